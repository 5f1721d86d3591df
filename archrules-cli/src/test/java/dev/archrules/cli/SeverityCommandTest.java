package dev.archrules.cli;

import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.spring.SpringChecklist;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.archrules.cli.FilesAndVerdictCommandTest.archrules;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --severity RULE=LEVEL} (repeatable, or comma-separated) and {@code --fail-on LEVEL} on the bundled example
 * (10 violations of 8 rules with every rule an error): the exit code follows {@code --fail-on}, the report the severities.
 */
class SeverityCommandTest {

    /** {@code --severity RULE=warning} for every rule of the Spring preset. */
    private static List<String> everyRuleA(String level) {
        List<String> args = new ArrayList<>();
        for (ChecklistRule rule : SpringChecklist.forBasePackage("com.example.shop").definitions()) {
            args.add("--severity");
            args.add(rule.id() + "=" + level);
        }
        return args;
    }

    private static FilesAndVerdictCommandTest.Run check(List<String> options) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(options);
        return archrules(args.toArray(String[]::new));
    }

    @Test
    void warnings_are_reported_and_exit_0_and_fail_on_warning_makes_them_exit_1() {
        FilesAndVerdictCommandTest.Run warnings = check(everyRuleA("warning"));
        List<String> failOnWarning = new ArrayList<>(everyRuleA("warning"));
        failOnWarning.addAll(List.of("--fail-on", "warning"));
        FilesAndVerdictCommandTest.Run failing = check(failOnWarning);

        assertThat(warnings.exitCode()).as("warnings do not fail").isZero();
        assertThat(warnings.out()).startsWith("archrules checklist: 10 violations (10 warnings) of 8 rules in 4 classes (35 classes analysed, 28 rules checked)")
                .contains("  WARN data-access.sql-only-in-repositories [warning] (C1)")
                .doesNotContain("  FAIL ");
        assertThat(failing.exitCode()).as("failOn=warning").isEqualTo(1);
        assertThat(failing.out()).contains("  FAIL data-access.sql-only-in-repositories [warning] (C1)");
    }

    @Test
    void a_comma_separated_list_works_like_repeated_options_and_notes_pass_fail_on_warning() {
        List<String> ids = SpringChecklist.forBasePackage("com.example.shop").definitions().stream().map(rule -> rule.id() + "=note").toList();
        FilesAndVerdictCommandTest.Run notes = check(List.of("--severity", String.join(",", ids), "--fail-on", "warning"));

        assertThat(notes.exitCode()).isZero();
        assertThat(notes.out()).startsWith("archrules checklist: 10 violations (10 notes) of 8 rules in 4 classes")
                .contains("  NOTE data-access.sql-only-in-repositories [note] (C1)");
    }

    @Test
    void an_unknown_rule_or_level_is_bad_input_naming_the_option() {
        FilesAndVerdictCommandTest.Run unknownRule = check(List.of("--severity", "controllers.nope=warning"));
        FilesAndVerdictCommandTest.Run unknownLevel = check(List.of("--severity", "packages.no-cycles=fatal"));
        FilesAndVerdictCommandTest.Run badFailOn = check(List.of("--fail-on", "never"));

        assertThat(unknownRule.exitCode()).isEqualTo(2);
        assertThat(unknownRule.err()).startsWith("archrules: --severity: unknown rule id 'controllers.nope'; known ids: ");
        assertThat(unknownLevel.exitCode()).isEqualTo(2);
        assertThat(unknownLevel.err()).isEqualTo("archrules: --severity: unknown severity 'fatal'; use error, warning or note" + System.lineSeparator());
        assertThat(badFailOn.exitCode()).isEqualTo(2);
        assertThat(badFailOn.err()).isEqualTo("archrules: --fail-on: unknown severity 'never'; use error, warning or note" + System.lineSeparator());
    }
}
