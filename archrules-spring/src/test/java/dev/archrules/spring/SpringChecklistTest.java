package dev.archrules.spring;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.spring.fixtures.app.DemoApplication;
import dev.archrules.spring.fixtures.app.GreetingController;
import dev.archrules.spring.rules.SpringRules;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.archrules.spring.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The one-line preset. */
class SpringChecklistTest {

    @Test
    void the_preset_holds_every_core_rule_and_every_spring_rule() {
        List<String> expected = new ArrayList<>(CoreRules.all().stream().map(ChecklistRule::id).toList());
        expected.addAll(List.of(SpringRules.NO_ENTITIES_IN_WEB_API, SpringRules.REPOSITORIES_ONLY_IN_SERVICES,
                SpringRules.VALUE_ONLY_IN_CONFIGURATION, SpringRules.NO_BEAN_LOOKUP,
                SpringRules.TRANSACTIONS_NOT_IN_CONTROLLERS, SpringRules.NO_SELF_INVOCATION_OF_PROXIED_METHODS));

        assertThat(SpringChecklist.forBasePackage("com.acme.shop").definitions())
                .extracting(ChecklistRule::id)
                .containsExactlyElementsOf(expected)
                .hasSize(CoreRules.all().size() + 6);
    }

    @Test
    void the_base_package_is_the_package_of_the_spring_boot_application() {
        BackendChecklist checklist = SpringChecklist.forApplication(DemoApplication.class);

        assertThat(checklist.context().basePackage()).isEqualTo(ROOT + ".app");
        checklist.check(Fixtures.classes("app"));
        assertThat(checklist.evaluate(Fixtures.classes("app")).analysedClasses()).isEqualTo(2);
    }

    @Test
    void the_base_package_is_found_among_imported_classes() {
        assertThat(SpringChecklist.basePackageOf(Fixtures.classes("app"))).isEqualTo(ROOT + ".app");

        assertThatThrownBy(() -> SpringChecklist.basePackageOf(Fixtures.classes("tx")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found none");
        assertThatThrownBy(() -> SpringChecklist.basePackageOf(new ClassFileImporter()
                .importClasses(DemoApplication.class, Duplicate.class)))
                .hasMessageContaining("[" + Duplicate.class.getName() + ", " + DemoApplication.class.getName() + "]");
    }

    @Test
    void a_class_that_is_no_spring_boot_application_is_refused_with_the_alternative() {
        assertThatThrownBy(() -> SpringChecklist.forApplication(GreetingController.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not annotated with @SpringBootApplication")
                .hasMessageContaining("SpringChecklist.forBasePackage");
    }

    @Test
    void archrules_spring_itself_is_free_of_cycles() {
        BackendChecklist.forBasePackage("dev.archrules.spring")
                .withoutRules(CoreRules.all().stream().map(ChecklistRule::id)
                        .filter(id -> !id.equals(CoreRules.PACKAGES_NO_CYCLES)).toArray(String[]::new))
                .check(new ClassFileImporter().withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.archrules.spring"));
    }

    @org.springframework.boot.autoconfigure.SpringBootApplication
    static class Duplicate {
    }

    /**
     * One fact, one report in the Spring preset: a bean look-up is {@code spring.no-bean-lookup}'s finding (a holder's
     * callers included), naming {@code di.no-direct-instantiation}, which found it too and lists it as reported there; a
     * controller's repository is {@code controllers.no-data-access}'s, naming {@code spring.repositories-only-in-services}.
     */
    @Test
    void the_preset_reports_a_fact_two_rules_find_once_under_its_owner_naming_the_other() {
        String lookup = ROOT + ".lookup.";
        ChecklistResult lookups = Fixtures.evaluate("lookup");
        assertThat(lookups.violationsOf(SpringRules.NO_BEAN_LOOKUP))
                .filteredOn(v -> v.key().equals(lookup + "InvoicePrinter -> " + lookup + "ContextHolder#bean"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("(also breaks di.no-direct-instantiation)"));
        assertThat(lookups.violationsOf(CoreRules.NO_DIRECT_INSTANTIATION)).extracting(v -> v.key())
                .doesNotContain(lookup + "InvoicePrinter -> " + lookup + "ContextHolder#bean",
                        lookup + "ReportService -> org.springframework.context.ApplicationContext#getBean");
        assertThat(lookups.result(CoreRules.NO_DIRECT_INSTANTIATION).orElseThrow().reportedElsewhere())
                .extracting(folded -> folded.key(), folded -> folded.ownerRuleId())
                .contains(tuple(lookup + "InvoicePrinter -> " + lookup + "ContextHolder#bean", SpringRules.NO_BEAN_LOOKUP),
                        tuple(lookup + "ReportService -> org.springframework.context.ApplicationContext#getBean",
                                SpringRules.NO_BEAN_LOOKUP));

        String repositories = ROOT + ".repositories.";
        ChecklistResult controllers = Fixtures.evaluate("repositories");
        String fact = repositories + "CustomerController -> " + repositories + "CustomerRepository";
        assertThat(controllers.violationsOf(CoreRules.CONTROLLERS_NO_DATA_ACCESS)).filteredOn(v -> v.key().equals(fact)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("(also breaks spring.repositories-only-in-services)"));
        assertThat(controllers.violationsOf(SpringRules.REPOSITORIES_ONLY_IN_SERVICES)).extracting(v -> v.key()).doesNotContain(fact);
        assertThat(controllers.result(SpringRules.REPOSITORIES_ONLY_IN_SERVICES).orElseThrow().reportedElsewhere())
                .extracting(folded -> folded.key(), folded -> folded.ownerRuleId())
                .contains(tuple(fact, CoreRules.CONTROLLERS_NO_DATA_ACCESS));
    }
}
