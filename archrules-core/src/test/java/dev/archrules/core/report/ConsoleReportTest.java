package dev.archrules.core.report;

import dev.archrules.core.baseline.BaselineChange;
import dev.archrules.core.baseline.BaselineEntry;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.source.SourceProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The console renderer: exact text without colours, the same text with ANSI colours taken from the model. */
class ConsoleReportTest {

    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String RESET = "\u001B[0m";

    private static final String SAMPLE = """
            archrules checklist: 4 new violations of 4 rules in 4 classes (42 classes analysed, 5 rules checked)
            baseline archrules-baseline.txt (check): 4 new (4 errors) · 2 baselined · 2 fixed (prune with mvn test -Darchrules.baseline.mode=prune)

              FAIL controllers.no-data-access (C2) controllers should not access repositories or data-access APIs — 1 new violation, 1 baselined
                - Controller <com.acme.web.OrderController> runs "select 1" <script>document.body.setAttribute('data-pwned','yes')</script> in (OrderController.java:22)
                  fix: fix com.acme.web.OrderController -> org.springframework.jdbc.core.JdbcTemplate
                stale baseline entry 'com.acme.web.Gone -> com.acme.db.Repo': 2 accepted, 0 left

              FAIL modules.own-their-data (C4) modules should only use their own repositories and entities — 1 new violation, 1 baselined
                - Invoicing uses entity Order in (Invoicing.java:40)
                  fix: fix com.acme.billing.Invoicing -> com.acme.orders.Order
                key 'com.acme.billing.Invoicing -> com.acme.orders.Order' has 2 occurrences but the baseline accepts 1; all occurrences:
                  Invoicing uses entity Order in (Invoicing.java:12)
                  Invoicing uses entity Order in (Invoicing.java:40)

              PASS packages.no-cycles (C7) packages should be free of cycles

              FAIL state.stateless-singletons (C8) singletons should hold no mutable state and static fields should be immutable — 1 new violation
                - Field <com.acme.orders.OrderService.cache> is not final in (OrderService.java:0)
                  fix: fix com.acme.orders.OrderService#cache

              FAIL config.no-hardcoded-credentials (C6) credentials should not be hard-coded — 1 new violation
                - Field <com.acme.config.Db.password> holds the credential "****" in (Db.java:7)
                  fix: fix com.acme.config.Db#password

            Stale baseline entries: remove them with mvn test -Darchrules.baseline.mode=prune
            """;

    /** The text block with the platform's line separator, which is what the report uses. */
    private static String lines(String text) {
        return text.replace("\n", System.lineSeparator());
    }

    @Test
    void without_colours_the_report_lists_each_rule_its_new_violations_the_ratchet_and_stale_entries() {
        assertThat(ConsoleReport.plain().render(SampleModel.model())).isEqualTo(lines(SAMPLE));
    }

    @Test
    void with_colours_the_headline_is_bold_fail_red_and_pass_green_and_nothing_else_changes() {
        String coloured = ConsoleReport.coloured().render(SampleModel.model());

        assertThat(coloured).isEqualTo(lines(SAMPLE
                .replace("archrules checklist: 4 new violations of 4 rules in 4 classes (42 classes analysed, 5 rules checked)",
                        BOLD + "archrules checklist: 4 new violations of 4 rules in 4 classes (42 classes analysed, 5 rules checked)" + RESET)
                .replace("  FAIL ", "  " + RED + "FAIL" + RESET + " ")
                .replace("  PASS ", "  " + GREEN + "PASS" + RESET + " ")));
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(ConsoleReport.plain().render(SampleModel.model()));
    }

    @Test
    void colours_come_from_the_model_so_a_message_that_looks_like_a_verdict_stays_uncoloured() {
        Violation tricky = SampleModel.violation(CoreRules.STATELESS_SINGLETONS, "a.B#x", "a.B", 3, "first line\n  PASS not a verdict");
        ReportModel model = new ReportModel(List.of(SampleModel.result(SampleModel.core(CoreRules.STATELESS_SINGLETONS),
                Triage.allNew(List.of(tricky)))), 1, Optional.empty());

        String coloured = ConsoleReport.coloured().render(model);

        assertThat(coloured).contains("\n  PASS not a verdict in (B.java:3)").doesNotContain(GREEN);
        assertThat(coloured).contains("  " + RED + "FAIL" + RESET + " state.stateless-singletons");
    }

    @Test
    void without_a_baseline_a_rule_without_classes_gets_a_note_and_source_problems_come_last() {
        RuleResult empty = new RuleResult(SampleModel.core(CoreRules.CONTROLLERS_NO_DATA_ACCESS), List.of(), 0, "controllers");
        Violation cycle = SampleModel.violation(CoreRules.PACKAGES_NO_CYCLES, "a, b", "a.A", 1, "Cycle between a and b");
        RuleResult cycles = new RuleResult(SampleModel.core(CoreRules.PACKAGES_NO_CYCLES), List.of(cycle), 2, "classes");
        SourceProblem problem = new SourceProblem(SourceProblem.Kind.SYNTAX_ERROR, "src/main/java/a/A.java", "a/A.java does not parse; skipped");
        ReportModel model = new ReportModel(List.of(empty, cycles), 1, Optional.empty(), List.of(problem));

        assertThat(ConsoleReport.plain().render(model)).isEqualTo(lines("""
                archrules checklist: 1 violation of 1 rule in 1 class (1 class analysed, 2 rules checked)

                  PASS controllers.no-data-access (C2) controllers should not access repositories or data-access APIs
                       note: no controllers found in the imported classes, so there was nothing to check; if the code base has them, adjust the Conventions so that they are recognised

                  FAIL packages.no-cycles (C7) packages should be free of cycles — 1 violation
                    - Cycle between a and b in (A.java:1)
                      fix: fix a, b

                  source problems (the source rules skipped these): 1
                    - a/A.java does not parse; skipped
                """));
    }

    @Test
    void stale_entries_on_ci_say_that_they_fail() {
        RuleResult rule = SampleModel.model().rules().get(0);
        ReportModel model = new ReportModel(List.of(rule), 3,
                Optional.of(new ReportModel.BaselineUse(Path.of("b.txt"), BaselineMode.CHECK, true, List.of())));

        assertThat(ConsoleReport.plain().render(model))
                .startsWith(lines("archrules checklist: 1 new violation of 1 rule in 1 class (3 classes analysed, 1 rule checked)\n"))
                .endsWith(lines("\nStale baseline entries fail on CI: remove them with mvn test -Darchrules.baseline.mode=prune\n"));
    }

    @Test
    void the_summary_names_what_a_baseline_write_changed_one_line_each_and_is_never_coloured() {
        BaselineEntry added = BaselineEntry.of(CoreRules.MODULES_OWN_THEIR_DATA, "com.acme.a.A -> com.acme.b.B", 2);
        List<BaselineChange> changes = List.of(new BaselineChange(BaselineChange.Kind.ADDED, added.id(), 0, 2));
        ReportModel model = new ReportModel(List.of(), 3,
                Optional.of(new ReportModel.BaselineUse(Path.of("b.txt"), BaselineMode.ACCEPT, false, changes)));

        String expected = lines("""
                archrules: 0 new · 0 baselined · 0 fixed
                archrules baseline b.txt (accept):
                  added   modules.own-their-data | com.acme.a.A -> com.acme.b.B | 2""");
        assertThat(ConsoleReport.plain().summary(model)).isEqualTo(expected);
        assertThat(ConsoleReport.coloured().summary(model)).isEqualTo(expected);
        assertThat(ConsoleReport.plain().summary(SampleModel.model()))
                .isEqualTo("archrules: 4 new (4 errors) · 2 baselined · 2 fixed (prune with mvn test -Darchrules.baseline.mode=prune)");
    }
}
