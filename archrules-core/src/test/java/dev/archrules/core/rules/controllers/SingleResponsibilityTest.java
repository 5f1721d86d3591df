package dev.archrules.core.rules.controllers;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code controllers.single-responsibility} (C3) on the responsibility fixtures. */
class SingleResponsibilityTest {

    @Test
    void controllers_with_too_many_endpoints_or_collaborators_are_reported_with_their_counts() {
        String fixtures = "dev.archrules.fixtures.responsibility";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        assertThat(violations)
                .extracting(Violation::key, Violation::message)
                .containsExactly(
                        tuple(fixtures + ".AdminController#endpoints", "Controller <" + fixtures
                                + ".AdminController> declares 11 endpoints, more than the limit of 10 in (AdminController.java:13)"),
                        tuple(fixtures + ".CheckoutController#collaborators", "Controller <" + fixtures
                                + ".CheckoutController> has 6 injected collaborators, more than the limit of 5: ["
                                + fixtures + ".DiscountService, " + fixtures + ".LoyaltyService, " + fixtures + ".PricingService, "
                                + fixtures + ".ShippingService, " + fixtures + ".StockService, " + fixtures + ".TaxService]"
                                + " in (CheckoutController.java:20)"));
        // not reported: subresources.RolesResource, whose six constructor parameters are the request context its
        // parent's locator hands down (a JAX-RS sub-resource), not injected collaborators
        assertThat(violations).extracting(Violation::key).doesNotContain(fixtures + ".subresources.RolesResource#collaborators");
        assertThat(Fixtures.classes(fixtures).contain(fixtures + ".subresources.RolesResource")).isTrue();
    }

    @Test
    void controller_limits_are_configurable_and_count_jaxrs_endpoints() {
        String fixtures = "dev.archrules.fixtures.responsibility";
        List<Violation> violations = BackendChecklist.forBasePackage(fixtures)
                .withMaxEndpointsPerController(2)
                .withMaxCollaboratorsPerController(6)
                .evaluate(Fixtures.classes(fixtures))
                .violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        assertThat(violations).extracting(Violation::key)
                .containsExactly(fixtures + ".AdminController#endpoints", fixtures + ".ReportsResource#endpoints");
        assertThat(violations.get(1).message()).contains("declares 3 endpoints, more than the limit of 2");
    }
}
