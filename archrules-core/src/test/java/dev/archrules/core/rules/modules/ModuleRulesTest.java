package dev.archrules.core.rules.modules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * C4 and C7 on the module layouts a code base can have (inferred when not configured) and on the wiring idioms
 * that are not a module using another's data.
 */
class ModuleRulesTest {

    private static final String LAYOUT = "dev.archrules.fixtures.modulelayout";
    private static final String WIRING = "dev.archrules.fixtures.moduleswiring";

    private static RuleResult resultOf(ChecklistResult result, String ruleId) {
        return result.rules().stream().filter(rule -> rule.rule().id().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void package_by_layer_code_has_no_modules_and_the_module_rules_say_why_in_a_note() {
        String base = LAYOUT + ".bylayer";
        ChecklistResult result = Fixtures.evaluate(base);

        for (String ruleId : List.of(CoreRules.MODULES_OWN_THEIR_DATA, CoreRules.MODULES_NO_CYCLES)) {
            RuleResult rule = resultOf(result, ruleId);
            assertThat(rule.violations()).as(ruleId).isEmpty();
            assertThat(rule.note()).as(ruleId).hasValueSatisfying(note -> assertThat(note)
                    .contains("modules — none: inferred package-by-layer, the packages below '" + base
                            + "' are layers (model, repository, service, web) beside config")
                    .contains("withModules(\"" + base + ".(*)..\")"));
        }
    }

    @Test
    void package_by_feature_code_has_its_features_as_modules_and_shared_kernel_packages_in_none() {
        String base = LAYOUT + ".byfeature";
        ChecklistResult result = Fixtures.evaluate(base);

        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(base + ".orders.OrderService -> " + base + ".billing.repository.InvoiceRepository",
                        "(OrderService.java:18)"));
        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA).get(0).message())
                .startsWith("Service <" + base + ".orders.OrderService> of module 'orders' uses repository <"
                        + base + ".billing.repository.InvoiceRepository> of module 'billing': ");
        assertThat(resultOf(result, CoreRules.MODULES_OWN_THEIR_DATA).scopeDescription())
                .isEqualTo("classes in modules inferred: package-by-feature, the packages below '" + base
                        + "' (billing, orders); shared by all, no module: base, common, core, shared, support, util");
        // OrderAuditService uses the entities of shared and core and the code of support, util and base: no other module's data
    }

    @Test
    void features_under_a_nested_root_are_the_modules() {
        String base = LAYOUT + ".nestedroot";
        ChecklistResult result = Fixtures.evaluate(base);

        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(base + ".modules.orders.PricingService -> " + base + ".modules.catalog.Product", "(PricingService.java:17)"),
                        tuple(base + ".modules.orders.PricingService -> " + base + ".modules.catalog.ProductRepository",
                                "(PricingService.java:17)"));
        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA).get(1).message())
                .contains("of module 'orders' uses repository <").contains("of module 'catalog'");
        assertThat(resultOf(result, CoreRules.MODULES_OWN_THEIR_DATA).scopeDescription())
                .isEqualTo("classes in modules inferred: features under a nested root, the packages below '" + base
                        + ".modules' (catalog, orders)");
    }

    @Test
    void features_cut_across_the_layers_are_the_modules_and_their_cycle_shows_only_at_that_level() {
        String base = LAYOUT + ".featuresinlayers";
        ChecklistResult result = Fixtures.evaluate(base);

        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(base + ".service.billing.BillingService -> " + base + ".repository.orders.OrderRepository",
                        "(BillingService.java:20)"));
        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA).get(0).message())
                .startsWith("Service <" + base + ".service.billing.BillingService> of module 'billing' uses repository <"
                        + base + ".repository.orders.OrderRepository> of module 'orders': ");
        assertThat(resultOf(result, CoreRules.MODULES_OWN_THEIR_DATA).scopeDescription())
                .isEqualTo("classes in modules inferred: features inside the layers below '" + base
                        + "' (model, repository, service, web) are the modules (billing, orders); shared by all, no module: config");
        // orders -> billing (OrderService asks BillingService), billing -> orders (BillingService reads OrderRepository):
        // a module cycle, while service.orders -> service.billing -> repository.orders is no package cycle
        assertThat(result.violationsOf(CoreRules.MODULES_NO_CYCLES)).extracting(Violation::key).containsExactly("billing, orders");
        assertThat(result.violationsOf(CoreRules.PACKAGES_NO_CYCLES)).isEmpty();
    }

    @Test
    void aggregates_of_a_ddd_domain_model_are_modules_and_a_factory_creating_another_aggregates_entity_is_a_finding() {
        String base = LAYOUT + ".dddmodel";
        ChecklistResult result = Fixtures.evaluate(base);

        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(base + ".domain.model.handling.HandlingEventFactory -> " + base + ".domain.model.cargo.Cargo",
                        "(HandlingEventFactory.java:16)"));
        assertThat(result.violationsOf(CoreRules.MODULES_OWN_THEIR_DATA).get(0).message())
                .contains("<" + base + ".domain.model.handling.HandlingEventFactory> of module 'handling' uses entity <"
                        + base + ".domain.model.cargo.Cargo> of module 'cargo': ")
                .contains("calls constructor <" + base + ".domain.model.cargo.Cargo.<init>(java.lang.String)>");
        assertThat(resultOf(result, CoreRules.MODULES_OWN_THEIR_DATA).scopeDescription())
                .isEqualTo("classes in modules inferred: features inside the layers below '" + base
                        + "' (application, domain, interfaces) are the modules (booking, cargo, handling, voyage)");
    }

    @Test
    void a_configured_layout_is_never_second_guessed() {
        String base = LAYOUT + ".bylayer";
        List<Violation> violations = BackendChecklist.forBasePackage(base)
                .withModules(base + ".(*)..")
                .evaluate(Fixtures.classes(base))
                .violationsOf(CoreRules.MODULES_OWN_THEIR_DATA);

        assertThat(violations).extracting(Violation::key).containsExactly(
                base + ".service.CustomerService -> " + base + ".model.Customer",
                base + ".service.CustomerService -> " + base + ".repository.CustomerRepository");
    }

    @Test
    void an_archtest_rule_infers_the_layout_from_the_classes_it_checks() {
        String base = LAYOUT + ".byfeature";
        BackendChecklist checklist = BackendChecklist.forBasePackage(base);

        assertThat(checklist.rule(CoreRules.MODULES_OWN_THEIR_DATA).evaluate(Fixtures.classes(base)).getFailureReport().getDetails())
                .hasSize(1)
                .allSatisfy(detail -> assertThat(detail).contains("OrderService> of module 'orders' uses repository"));
        assertThat(BackendChecklist.forBasePackage(LAYOUT + ".bylayer").rule(CoreRules.MODULES_OWN_THEIR_DATA)
                .evaluate(Fixtures.classes(LAYOUT + ".bylayer")).hasViolation()).isFalse();
    }

    @Test
    void wiring_is_not_use_but_a_lambda_bean_or_a_kept_collaborator_is() {
        List<Violation> violations = Fixtures.violations(WIRING, CoreRules.MODULES_OWN_THEIR_DATA);

        // not reported: NotifierConfiguration (@Bean methods passing the repository), MailNotifier (hands it to
        // super(…)), JdbcStatusRepository (implements registry's interface), RegistryRuntimeHints (Instance.class in
        // AOT registration), NotifierPostProcessor (InstanceRepository.class in a bean-factory post-processor),
        // AuditLog (the shared EntityManager provider)
        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(WIRING + ".notify.CleanupConfiguration -> " + WIRING + ".registry.InstanceRepository",
                                "(CleanupConfiguration.java:13)"),
                        tuple(WIRING + ".notify.InstanceStatusCopier -> " + WIRING + ".registry.Instance",
                                "(InstanceStatusCopier.java:20)"),
                        tuple(WIRING + ".notify.SmsNotifier -> " + WIRING + ".registry.InstanceRepository",
                                "(SmsNotifier.java:18)"));
        // nor V9__CopyInstanceStatus: the same copy as InstanceStatusCopier's, in a Flyway Java migration (schema work
        // across modules by design, run once by the migration tool)
    }

    /**
     * The product's shared domain model shipped as a sibling artifact under the same base package: not imported (on the
     * class path only), its entity belongs to no module; imported with the features, it is a feature like them.
     */
    @Test
    void entities_of_the_products_own_shared_domain_artifact_are_shared_kernel_when_not_imported() {
        String base = "dev.archrules.fixtures.siblingdomain";
        BackendChecklist checklist = BackendChecklist.forBasePackage(base);
        JavaClasses features = new ClassFileImporter()
                .importPackages(base + ".orders", base + ".billing");
        assertThat(features.contain(base + ".customers.Customer")).isFalse();
        assertThat(checklist.evaluate(features).violationsOf(CoreRules.MODULES_OWN_THEIR_DATA)).isEmpty();

        assertThat(checklist.evaluate(Fixtures.classes(base)).violationsOf(CoreRules.MODULES_OWN_THEIR_DATA))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(base + ".orders.OrderService -> " + base + ".customers.Customer", "(OrderService.java:11)"));
    }
}
