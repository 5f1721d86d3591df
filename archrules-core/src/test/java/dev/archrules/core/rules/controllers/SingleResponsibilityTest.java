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

    private static final String FIXTURES = "dev.archrules.fixtures.responsibility";

    @Test
    void controllers_with_too_many_resource_paths_or_collaborators_are_reported_with_their_counts() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        // not reported: JobController (twelve endpoints, the operations of four resource paths), ProjectMembersResource
        // (a JAX-RS sub-resource: its constructor takes the request's context, not injected collaborators) and
        // EventPublishingController (five services and the application context it publishes events through) and
        // WorkflowFacadeController (eleven paths, each a one-line delegation to one of its two services: their REST face)
        assertThat(violations)
                .extracting(Violation::key, Violation::message)
                .containsExactly(
                        tuple(FIXTURES + ".AdminController#endpoints", "Controller <" + FIXTURES + ".AdminController> serves 11 resource"
                                + " paths with 15 endpoints, more than the limit of 10 resource paths in (AdminController.java:13)"),
                        // over both limits: one finding, under the endpoints, naming both counts
                        tuple(FIXTURES + ".BackOfficeController#endpoints", "Controller <" + FIXTURES + ".BackOfficeController> serves"
                                + " 11 resource paths with 11 endpoints, more than the limit of 10 resource paths, and has 6 injected"
                                + " collaborators (limit 5) in (BackOfficeController.java:23)"),
                        tuple(FIXTURES + ".BillingResource#collaborators", "Controller <" + FIXTURES
                                + ".BillingResource> has 6 injected collaborators, more than the limit of 5: ["
                                + FIXTURES + ".DiscountService, " + FIXTURES + ".LoyaltyService, " + FIXTURES + ".PricingService, "
                                + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]"
                                + " in (BillingResource.java:20)"),
                        tuple(FIXTURES + ".CheckoutController#collaborators", "Controller <" + FIXTURES
                                + ".CheckoutController> has 6 injected collaborators, more than the limit of 5: ["
                                + FIXTURES + ".DiscountService, " + FIXTURES + ".LoyaltyService, " + FIXTURES + ".PricingService, "
                                + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]"
                                + " in (CheckoutController.java:20)"),
                        // the same paths as WorkflowFacadeController, but one handler decides
                        tuple(FIXTURES + ".WorkflowCommandController#endpoints", "Controller <" + FIXTURES + ".WorkflowCommandController>"
                                + " serves 11 resource paths with 13 endpoints, more than the limit of 10 resource paths"
                                + " in (WorkflowCommandController.java:24)"));
        // not reported: subresources.RolesResource, whose six constructor parameters are the request context its
        // parent's locator hands down (a JAX-RS sub-resource), not injected collaborators
        assertThat(violations).extracting(Violation::key).doesNotContain(FIXTURES + ".subresources.RolesResource#collaborators");
        assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + ".subresources.RolesResource")).isTrue();
    }

    @Test
    void controller_limits_are_configurable_and_count_jaxrs_resource_paths() {
        List<Violation> violations = BackendChecklist.forBasePackage(FIXTURES)
                .withMaxEndpointsPerController(1)
                .withMaxCollaboratorsPerController(6)
                .evaluate(Fixtures.classes(FIXTURES))
                .violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        assertThat(violations).extracting(Violation::key).containsExactly(FIXTURES + ".AdminController#endpoints",
                FIXTURES + ".BackOfficeController#endpoints",
                FIXTURES + ".JobController#endpoints", FIXTURES + ".QuoteController#endpoints", FIXTURES + ".ReportsResource#endpoints",
                FIXTURES + ".WorkflowCommandController#endpoints");
        assertThat(violations.get(4).message()).contains("serves 2 resource paths with 3 endpoints, more than the limit of 1 resource paths");
    }
}
