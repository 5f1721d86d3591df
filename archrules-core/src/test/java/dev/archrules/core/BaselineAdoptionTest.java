package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineException;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Adopting the checklist on code with violations: each baseline mode end to end, through the public API. */
class BaselineAdoptionTest {

    private static final String FIXTURES = "dev.archrules.fixtures.dataaccess";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);
    /**
     * The bytecode rules only: the baselines below list the fixtures' bytecode violations. The fixtures are organised
     * by layer, which has no modules unless a team names them: this one names its layers as modules, so that
     * modules.own-their-data has violations to baseline.
     */
    private static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage(FIXTURES)
            .withModules(FIXTURES + ".(*)..")
            .withoutRules(CoreRules.SQL_ONLY_IN_REPOSITORIES, CoreRules.NO_HARDCODED_ENDPOINTS,
                    CoreRules.NO_HARDCODED_CREDENTIALS, CoreRules.CONTROLLERS_THIN_HANDLERS);

    /**
     * What init records: one entry per fact. The controllers' data access is {@code controllers.no-data-access}'s fact,
     * also found by {@code data-access.persistence-api-only-in-repositories} and {@code modules.own-their-data} and
     * reported once (one fact, one report).
     */
    static final String INITIAL = """
            # archrules baseline v1
            # Accepted violations of the archrules checklist, one 'rule id | key | count' per line, sorted.
            # The build fails only on violations not listed here. Put a comment (ticket, owner) directly above an entry;
            # it is kept. Shrink with -Darchrules.baseline.mode=prune, record on purpose with =accept. See docs/baseline.md.

            controllers.no-data-access | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.CustomerRepository | 1
            controllers.no-data-access | dev.archrules.fixtures.dataaccess.web.OrderController -> org.springframework.jdbc.core.JdbcTemplate | 1
            data-access.persistence-api-only-in-repositories | dev.archrules.fixtures.dataaccess.service.AuditService -> jakarta.persistence.EntityManager | 1
            data-access.persistence-api-only-in-repositories | dev.archrules.fixtures.dataaccess.service.AuditService -> jakarta.persistence.TypedQuery | 1
            data-access.persistence-api-only-in-repositories | dev.archrules.fixtures.dataaccess.service.CatalogService -> org.springframework.jdbc.core.JdbcTemplate | 1
            modules.own-their-data | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.Customer | 1
            """;

    /** The two entries a baseline written before one fact, one report also holds for the controllers' data access. */
    private static final String ALSO_BROKEN = """
            data-access.persistence-api-only-in-repositories | dev.archrules.fixtures.dataaccess.web.OrderController -> org.springframework.jdbc.core.JdbcTemplate | 1
            modules.own-their-data | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.CustomerRepository | 1
            """;

    private static final String ORDER_CONTROLLER_JDBC = "controllers.no-data-access | dev.archrules.fixtures.dataaccess.web.OrderController -> org.springframework.jdbc.core.JdbcTemplate | 1\n";

    @TempDir
    Path dir;

    private Path baseline(String text) throws IOException {
        Path file = dir.resolve("archrules-baseline.txt");
        Files.writeString(file, text);
        return file;
    }

    private static BackendChecklist in(Path file, BaselineMode mode) {
        return CHECKLIST.withBaseline(Baseline.at(file).inMode(mode).onCi(false));
    }

    @Test
    void init_records_todays_violations_sorted_and_then_the_build_passes() throws IOException {
        Path file = dir.resolve("archrules-baseline.txt");

        String printed = printed(() -> in(file, BaselineMode.INIT).check(CLASSES));

        assertThat(Files.readString(file)).isEqualTo(INITIAL);
        assertThat(printed).startsWith("archrules: 0 new · 6 baselined · 0 fixed" + System.lineSeparator()
                + "archrules baseline " + file + " (init):" + System.lineSeparator()
                + "  added   controllers.no-data-access | dev.archrules.fixtures.dataaccess.web.CustomerController");
        assertThatCode(() -> in(file, BaselineMode.CHECK).check(CLASSES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> in(file, BaselineMode.INIT).check(CLASSES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("archrules baseline " + file + " exists already; init only creates a new one — use mvn test -Darchrules.baseline.mode=accept to record the current violations in it");
    }

    @Test
    void check_never_writes_and_fails_only_on_the_new_violation() throws IOException {
        Path file = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, ""));
        FileTime before = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> in(file, BaselineMode.CHECK).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 1 new violation of 1 rule in 1 class (9 classes analysed, " + CHECKLIST.definitions().size() + " rules checked)" + System.lineSeparator()
                        + "baseline " + file + " (check): 1 new (1 error) · 5 baselined · 0 fixed")
                .hasMessageContaining("  FAIL controllers.no-data-access (C2) controllers should not access repositories or data-access APIs — 1 new violation, 1 baselined")
                .hasMessageContaining("    - Controller <" + FIXTURES + ".web.OrderController> uses data-access API <org.springframework.jdbc.core.JdbcTemplate>")
                .hasMessageContaining("(also breaks data-access.persistence-api-only-in-repositories) in (OrderController.java:")
                .hasMessageContaining("  PASS data-access.persistence-api-only-in-repositories (C1) data-access APIs should only be used by repositories"
                        + " — 3 baselined, 1 finding reported under controllers.no-data-access");
        assertThat(Files.readString(file)).isEqualTo(INITIAL.replace(ORDER_CONTROLLER_JDBC, ""));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void evaluate_sorts_violations_into_new_baselined_and_fixed_per_rule() throws IOException {
        Path file = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, "controllers.no-data-access | gone.Web -> gone.Repo | 2\n"));

        ChecklistResult result = in(file, BaselineMode.CHECK).evaluate(CLASSES);

        RuleResult rule = result.result(CoreRules.CONTROLLERS_NO_DATA_ACCESS).orElseThrow();
        assertThat(rule.newViolations()).extracting(Violation::key).containsExactly(FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate");
        assertThat(rule.baselined()).extracting(Violation::key).containsExactly(FIXTURES + ".web.CustomerController -> " + FIXTURES + ".persistence.CustomerRepository");
        assertThat(rule.fixed()).containsExactly(new FixedEntry(CoreRules.CONTROLLERS_NO_DATA_ACCESS, "gone.Web -> gone.Repo", 2, 0));
        assertThat(result.violations()).hasSize(6);
        assertThat(result.newViolations()).hasSize(1);
        assertThat(result.console()).isEqualTo("archrules: 1 new (1 error) · 5 baselined · 2 fixed (prune with mvn test -Darchrules.baseline.mode=prune)");
    }

    @Test
    void stale_entries_warn_locally_and_fail_on_ci_naming_the_prune_command() throws IOException {
        String stale = INITIAL + "packages.no-cycles | x.a, x.b | 1\n";
        Path file = baseline(stale);

        assertThatCode(() -> in(file, BaselineMode.CHECK).check(CLASSES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CHECKLIST.withBaseline(Baseline.at(file).inMode(BaselineMode.CHECK).onCi(true)).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: no new violations (9 classes analysed, " + CHECKLIST.definitions().size() + " rules checked)")
                .hasMessageContaining("    stale baseline entry 'x.a, x.b': 1 accepted, 0 left")
                .hasMessageEndingWith("Stale baseline entries fail on CI: remove them with mvn test -Darchrules.baseline.mode=prune" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo(stale);
    }

    @Test
    void prune_removes_fixed_entries_and_lowers_counts_but_never_adds() throws IOException {
        Path file = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, "")
                .replace("AuditService -> jakarta.persistence.TypedQuery | 1", "AuditService -> jakarta.persistence.TypedQuery | 3")
                + "# fixed long ago\npackages.no-cycles | x.a, x.b | 1\n");

        String printed = printed(() -> assertThatThrownBy(() -> in(file, BaselineMode.PRUNE).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 1 new violation of 1 rule"));

        assertThat(Files.readString(file)).isEqualTo(INITIAL.replace(ORDER_CONTROLLER_JDBC, ""));
        assertThat(printed).contains("  changed data-access.persistence-api-only-in-repositories | " + FIXTURES
                        + ".service.AuditService -> jakarta.persistence.TypedQuery | 3 -> 1")
                .contains("  removed packages.no-cycles | x.a, x.b | 1")
                .doesNotContain("added");
    }

    @Test
    void accept_records_new_violations_on_purpose_keeps_comments_and_prints_what_changed() throws IOException {
        Path file = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, "")
                .replace("modules.own-their-data | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.Customer |",
                        "# JIRA-7 owner: billing\nmodules.own-their-data | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.Customer |")
                + "packages.no-cycles | x.a, x.b | 1\n");

        String printed = printed(() -> in(file, BaselineMode.ACCEPT).check(CLASSES));

        assertThat(Files.readString(file)).isEqualTo(INITIAL.replace("modules.own-their-data | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.Customer |",
                "# JIRA-7 owner: billing\nmodules.own-their-data | dev.archrules.fixtures.dataaccess.web.CustomerController -> dev.archrules.fixtures.dataaccess.persistence.Customer |"));
        assertThat(printed).contains("archrules: 0 new · 6 baselined · 0 fixed")
                .contains("  added   " + ORDER_CONTROLLER_JDBC.strip())
                .contains("  removed packages.no-cycles | x.a, x.b | 1");
    }

    @Test
    void a_missing_baseline_fails_with_how_to_create_it_and_a_corrupt_one_fails_untouched() throws IOException {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> in(missing, BaselineMode.CHECK).check(CLASSES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist; create it from the current violations with mvn test -Darchrules.baseline.mode=init");
        assertThat(missing).doesNotExist();

        String corrupt = INITIAL + "<<<<<<< HEAD\n";
        Path file = baseline(corrupt);
        assertThatThrownBy(() -> in(file, BaselineMode.ACCEPT).check(CLASSES))
                .isInstanceOf(BaselineException.class)
                .hasMessageContaining(file + ":12: merge-conflict marker '<<<<<<<'");
        assertThat(Files.readString(file)).isEqualTo(corrupt);
    }

    @Test
    void never_baselined_rules_stay_new_and_are_not_recorded() throws IOException {
        Path file = dir.resolve("archrules-baseline.txt");
        BackendChecklist strict = CHECKLIST.withNeverBaselined(CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThatThrownBy(() -> strict.withBaseline(Baseline.at(file).inMode(BaselineMode.INIT)).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 2 new violations of 1 rule");
        assertThat(Files.readString(file)).doesNotContain("controllers.no-data-access").contains("modules.own-their-data");
        assertThatThrownBy(() -> CHECKLIST.withNeverBaselined("nope")).hasMessageStartingWith("unknown rule id 'nope'");
    }

    @Test
    void entries_of_rules_switched_off_are_neither_stale_nor_orphaned_nor_pruned() throws IOException {
        Path file = baseline(INITIAL);

        in(file, BaselineMode.PRUNE).withoutRules(CoreRules.MODULES_OWN_THEIR_DATA).check(CLASSES);

        assertThat(Files.readString(file)).isEqualTo(INITIAL);
    }

    @Test
    void check_writes_the_configured_reports() throws IOException {
        Path file = baseline(INITIAL);
        Path reports = dir.resolve("reports");

        in(file, BaselineMode.CHECK).withReports(reports).check(CLASSES);
        in(file, BaselineMode.CHECK).withReports(dir.resolve("md"), ReportFormat.MARKDOWN).check(CLASSES);

        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("archrules-new.sarif", "archrules.html", "archrules.json", "archrules.md", "archrules.sarif");
        }
        try (var files = Files.list(dir.resolve("md"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("archrules.md");
        }
        assertThat(Files.readString(reports.resolve("archrules.md"))).contains("**0 new · 6 baselined · 0 fixed** — 9 classes analysed");
        // one fact, one report: the JSON names what a rule found that its owner reports
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(reports.resolve("archrules.json").toFile());
        com.fasterxml.jackson.databind.JsonNode persistence = json.at("/rules/0");
        assertThat(persistence.at("/id").asText()).isEqualTo(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);
        assertThat(persistence.at("/reportedElsewhere/0/key").asText()).isEqualTo(FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate");
        assertThat(persistence.at("/reportedElsewhere/0/reportedBy").asText()).isEqualTo(CoreRules.CONTROLLERS_NO_DATA_ACCESS);
        assertThat(persistence.at("/reportedElsewhere").size()).isEqualTo(1);
    }

    /**
     * A baseline written before one fact, one report lists the controllers' data access under three ids. It keeps
     * matching: the fact is accepted under either id, no entry turns fixed while the code still has the fact, and
     * prune and accept keep the entries; only a fact accepted under no id at all is new.
     */
    @Test
    void entries_of_a_fact_another_rule_reports_still_match_and_are_kept() throws IOException {
        String older = sorted(INITIAL + ALSO_BROKEN);
        Path file = baseline(older);

        ChecklistResult result = in(file, BaselineMode.CHECK).evaluate(CLASSES);
        assertThat(result.newViolations()).isEmpty();
        assertThat(result.fixed()).isEmpty();
        RuleResult persistence = result.result(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES).orElseThrow();
        assertThat(persistence.reportedElsewhere()).extracting(FoldedFinding::key)
                .containsExactly(FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate");
        assertThat(persistence.violations()).extracting(Violation::key).doesNotContain(FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate");

        in(file, BaselineMode.PRUNE).check(CLASSES);
        assertThat(Files.readString(file)).isEqualTo(older);
        in(file, BaselineMode.ACCEPT).check(CLASSES);
        assertThat(Files.readString(file)).isEqualTo(older);

        // accepted only under the rule that no longer reports it: still accepted
        Path onlyAlso = baseline(sorted(INITIAL.replace(ORDER_CONTROLLER_JDBC, "") + ALSO_BROKEN));
        assertThat(in(onlyAlso, BaselineMode.CHECK).evaluate(CLASSES).newViolations()).isEmpty();
        // accepted under neither id: new, under the owning rule
        Path neither = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, ""));
        assertThat(in(neither, BaselineMode.CHECK).evaluate(CLASSES).newViolations())
                .extracting(Violation::ruleId, Violation::key)
                .containsExactly(tuple(CoreRules.CONTROLLERS_NO_DATA_ACCESS, FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate"));
    }

    /** The baseline text with its entry lines sorted, as the baseline file keeps them. */
    private static String sorted(String text) {
        String header = text.substring(0, text.indexOf("\n\n") + 2);
        java.util.List<String> entries = new java.util.ArrayList<>(text.substring(header.length()).lines().toList());
        java.util.Collections.sort(entries);
        return header + String.join("\n", entries) + "\n";
    }

    private static String printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
