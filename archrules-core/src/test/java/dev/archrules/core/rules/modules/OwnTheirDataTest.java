package dev.archrules.core.rules.modules;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code modules.own-their-data} (C4) on the modules fixtures. */
class OwnTheirDataTest {

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
    void a_storage_package_beside_the_features_is_their_data_access_layer_not_a_module() {
        String fixtures = "dev.archrules.fixtures.storagelayer";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.MODULES_OWN_THEIR_DATA);

        // TraceQueryService reads through storage.TraceQueryDao: the layer of every feature's DAOs, no module
        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.MODULES_OWN_THEIR_DATA,
                        fixtures + ".traces.SlowTraceAlarmer -> " + fixtures + ".alarms.AlarmRuleRepository",
                        "(SlowTraceAlarmer.java:17)"));
        assertThat(violations.get(0).message()).startsWith("Service <" + fixtures + ".traces.SlowTraceAlarmer> of module 'traces'"
                + " uses repository <" + fixtures + ".alarms.AlarmRuleRepository> of module 'alarms': ");
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
}
