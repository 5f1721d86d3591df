package dev.archrules.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.model.Severity;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.archrules.core.BackendChecklistFixtures.CLASSES;
import static dev.archrules.core.BaselineAdoptionTest.INITIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Severities: a rule's violations fail a run only when its severity is at least the checklist's {@code failOn}; every
 * report shows the severity and the summary counts new violations by it; the baseline and the SARIF fingerprints do not
 * depend on it. On the data-access fixtures: {@code data-access.persistence-api-only-in-repositories} 4 violations
 * (left an error), {@code controllers.no-data-access} 2 (made a warning), {@code modules.own-their-data} 2 (made a note);
 * one of the first and one of the last are {@code controllers.no-data-access}'s facts, reported once, at its severity
 * (one fact, one report does not depend on severities): 3 errors, 2 warnings, 1 note.
 */
class SeverityTest {

    private static final String ORDER_CONTROLLER_JDBC = "controllers.no-data-access | " + BackendChecklistFixtures.PACKAGE
            + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate | 1\n";
    private static final BackendChecklist ALL_ERRORS = BackendChecklistFixtures.DATA_ACCESS;
    private static final BackendChecklist MIXED = ALL_ERRORS
            .withSeverity(CoreRules.CONTROLLERS_NO_DATA_ACCESS, Severity.WARNING)
            .withSeverity(CoreRules.MODULES_OWN_THEIR_DATA, Severity.NOTE);
    private static final BackendChecklist ADVICE_ONLY = MIXED.withoutRules(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);

    @TempDir
    Path dir;

    @Test
    void rules_have_error_as_their_default_and_a_checklist_changes_it_per_rule() {
        assertThat(ALL_ERRORS.definitions()).allMatch(rule -> rule.severity() == Severity.ERROR);
        assertThat(MIXED.severityOf(CoreRules.CONTROLLERS_NO_DATA_ACCESS)).isEqualTo(Severity.WARNING);
        assertThat(MIXED.severityOf(CoreRules.MODULES_OWN_THEIR_DATA)).isEqualTo(Severity.NOTE);
        assertThat(MIXED.severityOf(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES)).isEqualTo(Severity.ERROR);
        assertThat(MIXED.failOn()).isEqualTo(Severity.ERROR);
        assertThatThrownBy(() -> ALL_ERRORS.withSeverity("controllers.nope", Severity.NOTE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown rule id 'controllers.nope'; known ids: ");
        assertThatThrownBy(() -> Severity.parse("fatal")).hasMessage("unknown severity 'fatal'; use error, warning or note");
        assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
    }

    @Test
    void the_rules_that_are_advice_are_warnings_or_notes_by_default_and_every_other_core_rule_an_error() {
        assertThat(BackendChecklist.forBasePackage("a.b").definitions()).filteredOn(rule -> rule.severity() != Severity.ERROR)
                .extracting(rule -> rule.id() + " " + rule.severity().argument())
                .containsExactly(CoreRules.LAYERS_REPOSITORIES_BEHIND_INTERFACES + " warning",
                        CoreRules.SINGLE_DATASOURCE + " warning",
                        CoreRules.NO_REQUEST_REPLY_OVER_MESSAGING + " warning",
                        CoreRules.NO_SEQUENTIAL_REMOTE_CALLS + " warning",
                        CoreRules.NO_PASS_THROUGH_LAYERS + " warning",
                        CoreRules.REQUEST_HOPS + " note");
    }

    @Test
    void warnings_and_notes_are_reported_but_do_not_fail_by_default() {
        ChecklistResult result = ADVICE_ONLY.evaluate(CLASSES);

        assertThat(result.hasNewViolations()).isTrue();
        assertThat(result.hasFailingViolations()).isFalse();
        assertThat(result.failed()).isFalse();
        assertThat(result.console()).isEqualTo("archrules: 3 new (2 warnings, 1 note) · 0 baselined · 0 fixed");
        assertThat(result.report())
                .startsWith("archrules checklist: 3 violations (2 warnings, 1 note) of 2 rules in 2 classes (9 classes analysed, 10 rules checked)")
                .contains("  WARN controllers.no-data-access [warning] (C2) controllers should not access repositories or data-access APIs — 2 violations")
                .contains("  NOTE modules.own-their-data [note] (C4) modules should only use their own repositories and entities — 1 violation, 1 finding reported under controllers.no-data-access")
                .contains("    - Controller <" + BackendChecklistFixtures.PACKAGE + ".web.OrderController> uses data-access API <org.springframework.jdbc.core.JdbcTemplate>");
        assertThatCode(() -> ADVICE_ONLY.check(CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void fail_on_warning_fails_on_warnings_but_not_on_notes_and_fail_on_note_on_both() {
        ChecklistResult warnings = ADVICE_ONLY.withFailOn(Severity.WARNING).evaluate(CLASSES);
        ChecklistResult notes = ADVICE_ONLY.withoutRules(CoreRules.CONTROLLERS_NO_DATA_ACCESS).withFailOn(Severity.WARNING).evaluate(CLASSES);
        ChecklistResult notesFailing = ADVICE_ONLY.withoutRules(CoreRules.CONTROLLERS_NO_DATA_ACCESS).withFailOn(Severity.NOTE).evaluate(CLASSES);

        assertThat(warnings.failed()).isTrue();
        assertThat(warnings.report())
                .contains("  FAIL controllers.no-data-access [warning] (C2)")
                .contains("  NOTE modules.own-their-data [note] (C4)");
        assertThat(notes.failed()).isFalse();
        assertThat(notesFailing.failed()).isTrue();
        assertThat(notesFailing.report()).contains("  FAIL modules.own-their-data [note] (C4)");
        assertThatThrownBy(() -> ADVICE_ONLY.withFailOn(Severity.WARNING).check(CLASSES)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 3 violations (2 warnings, 1 note) of 2 rules in 2 classes");
    }

    @Test
    void reports_group_rules_by_severity_and_the_summary_counts_each() {
        ChecklistResult result = MIXED.evaluate(CLASSES);

        assertThat(result.failed()).isTrue();
        assertThat(result.console()).isEqualTo("archrules: 6 new (3 errors, 2 warnings, 1 note) · 0 baselined · 0 fixed");
        List<String> ids = result.reportModel().rules().stream().map(rule -> rule.rule().id() + " " + rule.severity().argument()).toList();
        assertThat(ids).endsWith(CoreRules.CONTROLLERS_NO_DATA_ACCESS + " warning", CoreRules.MODULES_OWN_THEIR_DATA + " note");
        assertThat(ids.subList(0, ids.size() - 2)).allMatch(id -> id.endsWith(" error"));
        // a fact the warning rule owns is reported under it, at its severity, whatever the other rule's severity
        assertThat(result.rules()).filteredOn(rule -> !rule.reportedElsewhere().isEmpty())
                .extracting(rule -> rule.rule().id(), rule -> rule.reportedElsewhere().get(0).ownerRuleId())
                .containsExactlyInAnyOrder(tuple(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES, CoreRules.CONTROLLERS_NO_DATA_ACCESS),
                        tuple(CoreRules.MODULES_OWN_THEIR_DATA, CoreRules.CONTROLLERS_NO_DATA_ACCESS));
        // the result itself keeps checklist order
        assertThat(result.rules()).extracting(rule -> rule.rule().id()).startsWith(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);
    }

    @Test
    void an_arch_test_rule_below_fail_on_passes_and_fails_once_fail_on_reaches_it() {
        ArchRule warning = ADVICE_ONLY.rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThatCode(() -> warning.check(CLASSES)).doesNotThrowAnyException();
        assertThat(warning.evaluate(CLASSES).hasViolation()).isTrue();
        assertThatCode(() -> ADVICE_ONLY.rule(CoreRules.MODULES_OWN_THEIR_DATA).because("advice").check(CLASSES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ADVICE_ONLY.withFailOn(Severity.WARNING).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(CLASSES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("was violated (2 times)");
        assertThatCode(() -> ADVICE_ONLY.withFailOn(Severity.WARNING).rule(CoreRules.MODULES_OWN_THEIR_DATA).check(CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void the_baseline_sorts_violations_the_same_whatever_their_severity() throws IOException {
        Path file = Files.writeString(dir.resolve("archrules-baseline.txt"), INITIAL.replace(ORDER_CONTROLLER_JDBC, ""));

        ChecklistResult errors = inCheckMode(ALL_ERRORS, file).evaluate(CLASSES);
        ChecklistResult mixed = inCheckMode(MIXED, file).evaluate(CLASSES);

        assertThat(triages(mixed)).isEqualTo(triages(errors));
        assertThat(errors.console()).isEqualTo("archrules: 1 new (1 error) · 5 baselined · 0 fixed");
        assertThat(mixed.console()).isEqualTo("archrules: 1 new (1 warning) · 5 baselined · 0 fixed");
        assertThat(errors.failed()).isTrue();
        assertThat(mixed.failed()).isFalse();
        assertThat(inCheckMode(MIXED.withFailOn(Severity.WARNING), file).evaluate(CLASSES).failed()).isTrue();
    }

    @Test
    void init_records_warnings_and_notes_like_errors() throws IOException {
        Path errors = dir.resolve("errors.txt");
        Path mixed = dir.resolve("mixed.txt");

        ALL_ERRORS.withBaseline(Baseline.at(errors).inMode(BaselineMode.INIT)).run(CLASSES);
        MIXED.withBaseline(Baseline.at(mixed).inMode(BaselineMode.INIT)).run(CLASSES);

        assertThat(Files.readString(mixed)).isEqualTo(Files.readString(errors)).isEqualTo(INITIAL);
        assertThatCode(() -> inCheckMode(MIXED.withFailOn(Severity.NOTE), mixed).check(CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void sarif_gives_each_result_its_rule_severity_as_level_and_the_same_fingerprint_at_any_severity() throws IOException {
        JsonNode errors = sarif(ALL_ERRORS, dir.resolve("errors"));
        JsonNode mixed = sarif(MIXED, dir.resolve("mixed"));

        Map<String, String> levels = new TreeMap<>();
        mixed.at("/runs/0/results").forEach(result -> levels.merge(result.get("ruleId").asText(), result.get("level").asText(),
                (a, b) -> a.equals(b) ? a : a + "," + b));
        assertThat(levels).containsExactly(
                Map.entry(CoreRules.CONTROLLERS_NO_DATA_ACCESS, "warning"),
                Map.entry(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES, "error"),
                Map.entry(CoreRules.MODULES_OWN_THEIR_DATA, "note"));
        Map<String, String> defaults = new TreeMap<>();
        mixed.at("/runs/0/tool/driver/rules").forEach(rule -> defaults.put(rule.get("id").asText(), rule.at("/defaultConfiguration/level").asText()));
        assertThat(defaults).containsEntry(CoreRules.CONTROLLERS_NO_DATA_ACCESS, "warning").containsEntry(CoreRules.MODULES_OWN_THEIR_DATA, "note")
                .containsEntry(CoreRules.PACKAGES_NO_CYCLES, "error");
        assertThat(fingerprints(mixed)).hasSize(6).containsExactlyInAnyOrderElementsOf(fingerprints(errors));
    }

    @Test
    void json_names_each_rules_severity_and_counts_new_violations_by_severity() throws IOException {
        Path reports = dir.resolve("json");
        MIXED.withReports(reports, ReportFormat.JSON).run(CLASSES);
        JsonNode json = new ObjectMapper().readTree(reports.resolve("archrules.json").toFile());

        assertThat(json.at("/summary/newErrors").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/newWarnings").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/newNotes").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/failOn").asText()).isEqualTo("error");
        JsonNode warning = null;
        for (JsonNode rule : json.get("rules")) {
            if (rule.get("id").asText().equals(CoreRules.CONTROLLERS_NO_DATA_ACCESS)) {
                warning = rule;
            }
        }
        assertThat(warning).isNotNull();
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("fails").asBoolean()).isFalse();
    }

    @Test
    void markdown_lists_new_violations_under_errors_warnings_and_notes() throws IOException {
        Path reports = dir.resolve("md");
        MIXED.withReports(reports, ReportFormat.MARKDOWN).run(CLASSES);
        String markdown = Files.readString(reports.resolve("archrules.md"));

        assertThat(markdown)
                .contains("**6 new (3 errors, 2 warnings, 1 note) · 0 baselined · 0 fixed**")
                .contains("| `controllers.no-data-access` | warning | 2 | 0 | 0 | 2 |")
                .contains("\n#### Errors (3)\n")
                .contains("\n#### Warnings (2) — reported, not failing (failOn=error)\n")
                .contains("\n#### Notes (1) — reported, not failing (failOn=error)\n");
        assertThat(markdown.indexOf("#### Errors")).isLessThan(markdown.indexOf("#### Warnings"));
        assertThat(markdown.indexOf("#### Warnings")).isLessThan(markdown.indexOf("#### Notes"));
    }

    @Test
    void the_settings_file_sets_severities_per_rule_and_fail_on_and_names_the_line_of_a_bad_value() {
        BackendChecklist fromFile = ChecklistProperties.parse("p", """
                archrules.basePackage=a.b
                archrules.severity.controllers.no-data-access=warning
                archrules.severity=packages.no-cycles=note, modules.no-cycles = warning
                archrules.failOn=note
                """).toChecklist();

        assertThat(fromFile.severityOf(CoreRules.CONTROLLERS_NO_DATA_ACCESS)).isEqualTo(Severity.WARNING);
        assertThat(fromFile.severityOf(CoreRules.PACKAGES_NO_CYCLES)).isEqualTo(Severity.NOTE);
        assertThat(fromFile.severityOf(CoreRules.MODULES_NO_CYCLES)).isEqualTo(Severity.WARNING);
        assertThat(fromFile.severityOf(CoreRules.MODULES_OWN_THEIR_DATA)).isEqualTo(Severity.ERROR);
        assertThat(fromFile.failOn()).isEqualTo(Severity.NOTE);
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\n\narchrules.severity.controllers.nope=warning\n").toChecklist())
                .hasMessageStartingWith("p:3: unknown rule id 'controllers.nope'; known ids: data-access.persistence-api-only-in-repositories, ");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.severity.packages.no-cycles=fatal\n").toChecklist())
                .hasMessage("p:2: unknown severity 'fatal'; use error, warning or note");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.severity=packages.no-cycles\n").toChecklist())
                .hasMessage("p:2: 'packages.no-cycles' is not RULE=LEVEL, e.g. spring.value-only-in-configuration=warning");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.failOn=never\n").toChecklist())
                .hasMessage("p:2: unknown severity 'never'; use error, warning or note");
    }

    private static BackendChecklist inCheckMode(BackendChecklist checklist, Path file) {
        return checklist.withBaseline(Baseline.at(file).inMode(BaselineMode.CHECK).onCi(false));
    }

    /** Per rule: its new, baselined and fixed entries, as text. */
    private static List<String> triages(ChecklistResult result) {
        List<String> lines = new ArrayList<>();
        for (RuleResult rule : result.rules()) {
            lines.add(rule.rule().id() + " new=" + rule.newViolations().stream().map(v -> v.key()).toList()
                    + " baselined=" + rule.baselined().stream().map(v -> v.key()).toList() + " fixed=" + rule.fixed());
        }
        return lines;
    }

    private static JsonNode sarif(BackendChecklist checklist, Path reports) throws IOException {
        checklist.withReports(reports, ReportFormat.SARIF).run(CLASSES);
        return new ObjectMapper().readTree(reports.resolve("archrules.sarif").toFile());
    }

    private static List<String> fingerprints(JsonNode sarif) {
        List<String> all = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(result -> all.add(result.get("ruleId").asText() + " "
                + result.at("/partialFingerprints/archrulesKey~1v1").asText()));
        return all;
    }
}
