package dev.archrules.core.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.fixtures.cycles.a.Alpha;
import dev.archrules.fixtures.cycles.b.Beta;
import dev.archrules.fixtures.cycles.c.Gamma;
import dev.archrules.fixtures.cycles.d.Delta;
import dev.archrules.fixtures.cycles.e.Epsilon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** C3, C4, C5, C7 and C10: rules about how classes and packages are put together. */
class StructureRulesTest {

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

    @Test
    void a_module_using_another_modules_repository_or_entity_is_reported_but_using_its_service_passes() {
        String fixtures = "dev.archrules.fixtures.modules";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.MODULES_OWN_THEIR_DATA);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".billing.BillingService -> " + fixtures + ".orders.Order", "(BillingService.java:18)"),
                        tuple(fixtures + ".billing.BillingService -> " + fixtures + ".orders.OrderRepository", "(BillingService.java:18)"),
                        tuple(fixtures + ".billing.Invoice -> " + fixtures + ".orders.Order", "(Invoice.java:10)"));
        assertThat(violations.get(1).message()).startsWith("Service <" + fixtures + ".billing.BillingService> of module 'billing'"
                + " uses repository <" + fixtures + ".orders.OrderRepository> of module 'orders': ");
    }

    @Test
    void modules_follow_a_custom_pattern() {
        String fixtures = "dev.archrules.fixtures.modules";
        List<Violation> violations = BackendChecklist.forBasePackage("dev.archrules.fixtures")
                .withModules("dev.archrules.fixtures.(*)..")
                .evaluate(Fixtures.classes(fixtures))
                .violationsOf(CoreRules.MODULES_OWN_THEIR_DATA);

        assertThat(violations).as("billing and orders are one module 'modules' now").isEmpty();
    }

    @Test
    void http_client_apis_are_reported_outside_client_adapters_and_configuration() {
        String fixtures = "dev.archrules.fixtures.http";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::hint)
                .containsExactly(
                        tuple(fixtures + ".payment.CurrencyService -> java.net.URL#openStream",
                                "(CurrencyService.java:15)",
                                "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"),
                        tuple(fixtures + ".payment.FraudCheckService -> org.springframework.web.client.RestTemplate",
                                "(FraudCheckService.java:17)",
                                "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"),
                        tuple(fixtures + ".payment.RefundService -> " + fixtures + ".payment.HttpPaymentGateway",
                                "(RefundService.java:16)", "depend on PaymentGateway instead of HttpPaymentGateway"),
                        tuple(fixtures + ".web.StatusController -> java.net.http.HttpClient",
                                "(StatusController.java:16)",
                                "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"));
    }

    @Test
    void http_client_rule_knows_which_classes_are_adapters_and_which_uses_are_wiring() {
        String fixtures = "dev.archrules.fixtures.httpadapters";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".AuditRepository -> org.springframework.web.client.RestTemplate", "(AuditRepository.java:19)"),
                        tuple(fixtures + ".PingCallbackController -> " + fixtures + ".HttpRequest", "(PingCallbackController.java:14)"),
                        tuple(fixtures + ".StatusDashboardController -> " + fixtures + ".StatusClient", "(StatusDashboardController.java:18)"));
        // not reported: RateTableService (URL.openStream on a class-path resource), ConsentService (OAuthClient is a
        // model named …Client), GitHubIdentityProvider (a plug-in whose job is the call, using an HTTP utility),
        // VaultSecretRepository (a repository over a remote store is the adapter), StatusClientCustomizer (outbound
        // side), StatusProxyController (only passes the adapter on), HealthUpdateTrigger (HealthUpdater makes a call
        // among other work: a service, not an adapter)
    }

    @Test
    void package_cycles_are_reported_once_per_tangle_with_the_sorted_members_as_key() {
        String fixtures = "dev.archrules.fixtures.cycles";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.PACKAGES_NO_CYCLES);

        assertThat(violations)
                .extracting(Violation::key)
                .containsExactly(
                        fixtures + ".a, " + fixtures + ".b, " + fixtures + ".c",
                        fixtures + ".d, " + fixtures + ".e",
                        fixtures + ".f.x, " + fixtures + ".f.y");
        assertThat(violations.get(0).message())
                .startsWith("Cycle between packages " + fixtures + ".a, " + fixtures + ".b, " + fixtures + ".c: "
                        + fixtures + ".a -> " + fixtures + ".b by Method <" + fixtures + ".a.Alpha.beta()>")
                .contains("; " + fixtures + ".b -> " + fixtures + ".c by ")
                .contains("; " + fixtures + ".c -> " + fixtures + ".a by ")
                .endsWith("first at (Alpha.java:7)");
    }

    @Test
    void module_cycles_ignore_cycles_inside_one_module() {
        String fixtures = "dev.archrules.fixtures.cycles";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.MODULES_NO_CYCLES);

        assertThat(violations).extracting(Violation::key).containsExactly("a, b, c", "d, e");
        assertThat(violations.get(1).message()).startsWith("Cycle between modules d, e: d -> e by Field <")
                .endsWith("first at (Delta.java:5)");
    }

    @Test
    void a_cycle_is_the_same_violation_whichever_class_the_import_starts_from() {
        String fixtures = "dev.archrules.fixtures.cycles";
        BackendChecklist checklist = BackendChecklist.forBasePackage(fixtures);
        JavaClasses forward = new ClassFileImporter().importClasses(Alpha.class, Beta.class, Gamma.class, Delta.class, Epsilon.class);
        JavaClasses backward = new ClassFileImporter().importClasses(Epsilon.class, Delta.class, Gamma.class, Beta.class, Alpha.class);

        List<Violation> fromAlpha = checklist.evaluate(forward).violationsOf(CoreRules.PACKAGES_NO_CYCLES);
        List<Violation> fromEpsilon = checklist.evaluate(backward).violationsOf(CoreRules.PACKAGES_NO_CYCLES);

        assertThat(fromAlpha).hasSize(2).isEqualTo(fromEpsilon);
    }

    @Test
    void layers_depend_downward_only_and_inheritance_does_not_count() {
        String fixtures = "dev.archrules.fixtures.layers";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".AdminController -> " + fixtures + ".OrderController", "(AdminController.java:18)"),
                        tuple(fixtures + ".OrderRepository -> " + fixtures + ".PricingService", "(OrderRepository.java:16)"),
                        tuple(fixtures + ".OrderService -> " + fixtures + ".OrderController", "(OrderService.java:20)"));
        assertThat(violations.get(1).message()).startsWith("Repository <" + fixtures + ".OrderRepository> depends on service <"
                + fixtures + ".PricingService>: ");
    }

    /**
     * Sub-resource locators, typed links and names borrowed from a framework's extension point are not
     * layering; what is reported besides them is only the call of logic hosted on the other resource.
     */
    @Test
    void locators_links_and_nominal_layers_are_not_upward_dependencies() {
        String fixtures = "dev.archrules.fixtures.layeridioms";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION, fixtures + ".links.InvoiceResource -> " + fixtures + ".links.CustomerResource",
                                "(InvoiceResource.java:40)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".subresources.OrdersResource -> " + fixtures + ".subresources.OrderItemsResource",
                                "(OrdersResource.java:23)"));
        assertThat(violationWithKey(violations, fixtures + ".subresources.OrdersResource -> " + fixtures + ".subresources.OrderItemsResource")
                .message())
                .contains("calls method <" + fixtures + ".subresources.OrderItemsResource.isValidQuantity(int)>")
                .doesNotContain("(and ")
                .doesNotContain("items(");
        assertThat(violationWithKey(violations, fixtures + ".links.InvoiceResource -> " + fixtures + ".links.CustomerResource").message())
                .contains("calls method <" + fixtures + ".links.CustomerResource.messages(java.lang.String)>")
                .doesNotContain("(and ");
    }
}
