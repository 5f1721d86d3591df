package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The second way to use the checklist — all rules on one import in a plain test — and the API around it. */
class BackendChecklistTest {

    private static final String DATA_ACCESS = "dev.archrules.fixtures.dataaccess";
    private static final JavaClasses DATA_ACCESS_CLASSES = new ClassFileImporter().importPackages(DATA_ACCESS);
    private static final JavaClasses CLEAN_CLASSES = new ClassFileImporter().importPackages("dev.archrules.fixtures.clean");

    @Test
    void every_core_rule_has_a_stable_id_and_runs_in_checklist_order() {
        assertThat(BackendChecklist.forBasePackage("com.acme").definitions())
                .extracting(ChecklistRule::id)
                .containsExactly(
                        "data-access.persistence-api-only-in-repositories",
                        "data-access.sql-only-in-repositories",
                        "controllers.no-data-access",
                        "controllers.thin-handlers",
                        "controllers.single-responsibility",
                        "modules.own-their-data",
                        "integration.http-clients-in-client-adapters",
                        "config.no-hardcoded-endpoints",
                        "config.no-hardcoded-credentials",
                        "packages.no-cycles",
                        "modules.no-cycles",
                        "state.stateless-singletons",
                        "di.constructor-injection",
                        "di.no-direct-instantiation",
                        "layers.dependency-direction",
                        "layers.repositories-behind-interfaces",
                        "reliability.no-remote-calls-in-transactions",
                        "complexity.single-datasource",
                        "complexity.no-request-reply-over-messaging",
                        "complexity.no-sequential-remote-calls",
                        "complexity.no-pass-through-layers",
                        "complexity.request-hops");
    }

    @Test
    void clean_code_passes_every_rule_in_one_plain_test() {
        BackendChecklist checklist = BackendChecklist.forBasePackage("dev.archrules.fixtures.clean");

        ChecklistResult result = checklist.evaluate(CLEAN_CLASSES);

        assertThat(result.violations()).isEmpty();
        assertThat(result.rules()).hasSize(CoreRules.all().size()).allMatch(RuleResult::passed);
        assertThat(result.sourceProblems()).isEmpty();
        assertThat(result.analysedClasses()).isEqualTo(8);
        assertThatCode(() -> checklist.check(CLEAN_CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void check_reports_every_violation_of_every_rule_at_once_grouped_by_rule_with_counts() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(DATA_ACCESS);

        assertThatThrownBy(() -> checklist.check(DATA_ACCESS_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 8 violations of 3 rules in 4 classes (9 classes analysed, " + CoreRules.all().size() + " rules checked)")
                .hasMessageContaining("  FAIL data-access.sql-only-in-repositories (C1) SQL should only appear in repositories — 3 violations")
                // one fact, one report: the controller's JdbcTemplate is controllers.no-data-access's finding, naming this rule
                .hasMessageContaining("  FAIL data-access.persistence-api-only-in-repositories (C1) data-access APIs should only be used by repositories"
                        + " — 3 violations, 1 finding reported under controllers.no-data-access")
                .hasMessageContaining("  FAIL controllers.no-data-access (C2) controllers should not access repositories or data-access APIs — 2 violations")
                .hasMessageContaining("(also breaks data-access.persistence-api-only-in-repositories) in (OrderController.java:22)")
                .hasMessageContaining("  PASS controllers.single-responsibility (C3)")
                // the fixtures are organised by layer: no modules, so nothing for C4 to check, and a note that says why
                .hasMessageContaining("  PASS modules.own-their-data (C4) modules should only use their own repositories and entities" + System.lineSeparator()
                        + "       note: no classes in modules — none: inferred package-by-layer, the packages below '" + DATA_ACCESS
                        + "' are layers (persistence, service, web) beside config; name the modules with withModules(\"" + DATA_ACCESS + ".(*)..\")")
                .hasMessageContaining("    - Controller <" + DATA_ACCESS + ".web.CustomerController> depends on repository <"
                        + DATA_ACCESS + ".persistence.CustomerRepository>: ")
                .hasMessageContaining("      fix: move the use of CustomerRepository into a service method and call that from CustomerController");
    }

    @Test
    void each_rule_is_a_plain_archunit_rule_whose_failure_report_names_id_rationale_and_locations() {
        ArchRule rule = BackendChecklist.forBasePackage(DATA_ACCESS).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(rule.getDescription()).isEqualTo("controllers.no-data-access: controllers should not access repositories or data-access APIs,"
                + " because a controller that reaches the database mixes request handling, business logic and persistence;"
                + " call a service that owns the use case; the service talks to the repository");
        assertThatThrownBy(() -> rule.check(DATA_ACCESS_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated (2 times)")
                .hasMessageContaining("(CustomerController.java:21)")
                .hasMessageContaining("(OrderController.java:22)");
    }

    @Test
    void violations_are_available_as_data_from_an_archunit_evaluation() {
        ArchRule rule = BackendChecklist.forBasePackage(DATA_ACCESS).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);
        List<Violation> found = new java.util.ArrayList<>();

        rule.evaluate(DATA_ACCESS_CLASSES).handleViolations((java.util.Collection<Violation> violations, String message) -> found.addAll(violations));

        assertThat(found).extracting(Violation::ruleId).containsOnly(CoreRules.CONTROLLERS_NO_DATA_ACCESS).hasSize(2);
    }

    @Test
    void a_rule_with_nothing_to_check_passes_and_says_so_without_changing_archunit_configuration() {
        JavaClasses noControllers = new ClassFileImporter().importPackages("dev.archrules.fixtures.cycles");
        BackendChecklist checklist = BackendChecklist.forBasePackage("dev.archrules.fixtures.cycles");

        assertThatCode(() -> checklist.rule(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY).check(noControllers))
                .doesNotThrowAnyException();
        RuleResult result = checklist.evaluate(noControllers).result(CoreRules.CONTROLLERS_NO_DATA_ACCESS).orElseThrow();
        assertThat(result.passed()).isTrue();
        assertThat(result.classesInScope()).isZero();
        assertThat(result.note()).hasValueSatisfying(note -> assertThat(note).startsWith("no controllers found in the imported classes"));
        assertThat(checklist.evaluate(noControllers).report()).contains("       note: no controllers found");
        assertThat(com.tngtech.archunit.ArchConfiguration.get().getPropertyOrDefault("archRule.failOnEmptyShould", "true"))
                .as("the global ArchUnit configuration is untouched").isNotEqualTo("false");
    }

    @Test
    void rules_can_be_switched_off_by_id_and_unknown_ids_fail_with_the_known_ones() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(DATA_ACCESS).withoutRules(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);

        ChecklistResult result = checklist.evaluate(DATA_ACCESS_CLASSES);

        assertThat(result.rules()).extracting(r -> r.rule().id()).doesNotContain(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES).hasSize(CoreRules.all().size() - 1);
        assertThat(result.violations()).extracting(Violation::ruleId).doesNotContain(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);
        assertThatThrownBy(() -> checklist.withoutRules("controllers.no-sql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule id 'controllers.no-sql'; known ids: data-access.persistence-api-only-in-repositories, data-access.sql-only-in-repositories, controllers.no-data-access");
        assertThatThrownBy(() -> checklist.rule("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule id 'nope'");
    }

    @Test
    void excluded_classes_are_ignored_by_name_package_or_regex() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(DATA_ACCESS);
        String orderController = DATA_ACCESS + ".web.OrderController";

        assertThat(keys(checklist.excluding(orderController))).noneMatch(key -> key.startsWith(orderController));
        assertThat(keys(checklist.excluding(DATA_ACCESS + ".web.."))).noneMatch(key -> key.contains(".web."));
        assertThat(keys(checklist.excludingMatching(".*Service"))).noneMatch(key -> key.contains("Service ->"));
        assertThat(keys(checklist)).anyMatch(key -> key.startsWith(orderController)).anyMatch(key -> key.contains("Service ->"));
    }

    @Test
    void excluding_a_repository_also_removes_dependencies_on_it() {
        List<String> keys = keys(BackendChecklist.forBasePackage(DATA_ACCESS).excluding(DATA_ACCESS + ".persistence.CustomerRepository"));

        assertThat(keys).noneMatch(key -> key.endsWith("CustomerRepository"));
    }

    @Test
    void a_base_package_must_be_a_package_name() {
        assertThatThrownBy(() -> BackendChecklist.forBasePackage("com/acme"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'com/acme' is not a package name; pass the root package of the code base, e.g. com.acme.shop");
    }

    @Test
    void classes_whose_source_is_not_found_are_reported_once_as_a_count_with_examples() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(DATA_ACCESS)
                .withSourceSettings(dev.archrules.core.source.SourceSettings.defaults().withDetectedRoots(false));

        ChecklistResult result = checklist.evaluate(DATA_ACCESS_CLASSES);

        assertThat(result.violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES)).isEmpty();
        assertThat(result.sourceProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(dev.archrules.core.source.SourceProblem.Kind.NO_SOURCE);
            assertThat(problem.message()).startsWith("no source file found for 9 classes, e.g. " + DATA_ACCESS + ".config.DataConfig, ");
        });
        assertThat(result.report()).contains("  source problems (the source rules skipped these): 1", "    - no source file found for 9 classes");
    }

    @Test
    void source_roots_can_be_given_explicitly() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(DATA_ACCESS)
                .withSourceSettings(dev.archrules.core.source.SourceSettings.defaults().withDetectedRoots(false))
                .withSourceRoots(java.nio.file.Paths.get("src/test/java"));

        ChecklistResult result = checklist.evaluate(DATA_ACCESS_CLASSES);

        assertThat(result.violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES)).hasSize(3);
        assertThat(result.sourceProblems()).isEmpty();
    }

    @Test
    void archrules_core_obeys_its_own_cycle_rules() {
        JavaClasses archrules = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.archrules.core");
        BackendChecklist checklist = BackendChecklist.forBasePackage("dev.archrules.core");

        ChecklistResult result = checklist.evaluate(archrules);

        assertThat(result.result(CoreRules.PACKAGES_NO_CYCLES).orElseThrow().classesInScope()).isGreaterThan(20);
        assertThat(result.violationsOf(CoreRules.PACKAGES_NO_CYCLES)).isEmpty();
        assertThat(result.violationsOf(CoreRules.MODULES_NO_CYCLES)).isEmpty();
        assertThat(result.violations()).as("and the rest of the checklist").isEmpty();
        assertThat(result.sourceProblems()).as("the source rules read all of archrules-core").isEmpty();
        assertThat(result.result(CoreRules.SQL_ONLY_IN_REPOSITORIES).orElseThrow().classesInScope()).isGreaterThan(20);
    }

    @Test
    void each_rule_reports_as_many_classes_in_scope_as_its_scope_admits() {
        // class-by-class rules report the classes ArchUnit handed them instead of having their scope tested again
        BackendChecklist checklist = BackendChecklist.forBasePackage(DATA_ACCESS);
        ChecklistResult result = checklist.evaluate(DATA_ACCESS_CLASSES);
        RuleContext context = checklist.context();

        assertThat(checklist.definitions()).allSatisfy(rule -> assertThat(result.result(rule.id()).orElseThrow().classesInScope())
                .as(rule.id())
                .isEqualTo((int) DATA_ACCESS_CLASSES.stream().filter(rule.scope(context)::test).count()));
        assertThat(checklist.definitions()).filteredOn(rule -> result.result(rule.id()).orElseThrow().classesInScope() > 0).hasSizeGreaterThan(5);
    }

    private static List<String> keys(BackendChecklist checklist) {
        return checklist.evaluate(DATA_ACCESS_CLASSES).violations().stream().map(Violation::key).toList();
    }
}
