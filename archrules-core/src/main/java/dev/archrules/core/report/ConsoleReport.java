package dev.archrules.core.report;

import dev.archrules.core.baseline.BaselineChange;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.model.UnreadFile;
import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Violation;
import dev.archrules.core.source.SourceProblem;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console report, the fifth renderer beside Markdown, HTML, JSON and SARIF: what {@code check(…)} fails
 * with and what the command prints. Plain, or with ANSI colours for a terminal: the headline in bold, each
 * rule's verdict {@code FAIL} in red and {@code PASS} in green. Colours come from the model (which line is the
 * headline, which rule passed), never from the rendered text, and the text is the same with and without them.
 *
 * <pre>{@code
 * String text = ConsoleReport.plain().render(result.reportModel());
 * }</pre>
 *
 * Lines end with the platform's line separator. Instances are immutable.
 */
public final class ConsoleReport {

    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private static final ConsoleReport PLAIN = new ConsoleReport(false);
    private static final ConsoleReport COLOURED = new ConsoleReport(true);

    private final boolean colours;

    private ConsoleReport(boolean colours) {
        this.colours = colours;
    }

    /** Without colours: for logs, files and failure messages. */
    public static ConsoleReport plain() {
        return PLAIN;
    }

    /** With ANSI colours: for a terminal that shows them. */
    public static ConsoleReport coloured() {
        return COLOURED;
    }

    /** {@link #coloured()} if {@code colours}, else {@link #plain()}. */
    public static ConsoleReport withColours(boolean colours) {
        return colours ? COLOURED : PLAIN;
    }

    /** Whether this renderer writes ANSI colours. */
    public boolean colours() {
        return colours;
    }

    /**
     * The report: a headline (new violations, counted by severity unless all are errors, of how many rules, in how many classes; how many classes were analysed
     * and left out as generated, how many rules checked), then per rule (errors first, then warnings, then notes) its verdict, id, severity, checklist item, title and count, each new violation
     * with its clickable location and fix, and a note for rules that had nothing to check. With a baseline, a key
     * with more occurrences than accepted lists all its occurrences, and stale entries are listed with the command
     * that prunes them. Source problems come last.
     */
    public String render(ReportModel model) {
        String nl = System.lineSeparator();
        boolean baselined = model.baselineUsed();
        int total = model.newCount();
        long failed = model.failedRules();
        int rules = model.rules().size();
        StringBuilder out = new StringBuilder();
        int violating = model.violatingClasses();
        // counted by severity when not all of them are errors
        String bySeverity = model.newCount(dev.archrules.core.model.Severity.ERROR) == total ? "" : " (" + model.severityCounts() + ")";
        out.append(styled(BOLD, "archrules checklist" + (model.incomplete() ? " (INCOMPLETE)" : "") + ": "
                + (total == 0 ? "no " + (baselined ? "new " : "") + "violations"
                : total + (baselined ? " new" : "") + (total == 1 ? " violation" : " violations") + bySeverity
                + " of " + failed + (failed == 1 ? " rule" : " rules")
                + " in " + violating + (violating == 1 ? " class" : " classes"))
                + " (" + model.analysedLine() + ", " + rules + (rules == 1 ? " rule checked)" : " rules checked)"))).append(nl);
        model.baseline().ifPresent(baseline -> out.append("baseline ").append(baseline.file()).append(" (")
                .append(baseline.mode().argument()).append("): ").append(model.summaryLine()).append(nl));
        // the empty-code-base sentence, the incomplete heading, then one line per file not read
        List<String> completeness = model.completenessLines();
        int files = model.completeness().unreadFiles().size();
        for (int i = 0; i < completeness.size(); i++) {
            boolean file = i >= completeness.size() - files;
            out.append(file ? "    - " + completeness.get(i) : "  " + styled(RED, completeness.get(i))).append(nl);
        }
        for (RuleResult result : model.rules()) {
            rule(result, model, out);
        }
        if (model.rules().stream().anyMatch(rule -> !rule.fixed().isEmpty())) {
            boolean fail = model.baseline().map(ReportModel.BaselineUse::staleEntriesFail).orElse(false);
            out.append(nl).append(fail ? "Stale baseline entries fail on CI" : "Stale baseline entries")
                    .append(": remove them with ").append(BaselineMode.PRUNE.command()).append(nl);
        }
        // source files already listed as not read above are not listed twice
        Set<String> listed = model.completeness().unreadFiles().stream().map(UnreadFile::path).collect(Collectors.toSet());
        List<SourceProblem> problems = model.sourceProblems().stream().filter(problem -> !listed.contains(problem.path())).toList();
        if (!problems.isEmpty()) {
            out.append(nl).append("  source problems (the source rules skipped these): ").append(problems.size()).append(nl);
            for (SourceProblem problem : problems) {
                out.append("    - ").append(problem.message()).append(nl);
            }
        }
        return out.toString();
    }

    /**
     * One rule: its verdict ({@code PASS}; {@code FAIL} when its new violations fail the run; {@code WARN} or {@code NOTE}
     * when they are below {@code failOn}), its id with its severity when that is not {@code error}, item and title.
     */
    private void rule(RuleResult result, ReportModel model, StringBuilder out) {
        boolean baselined = model.baselineUsed();
        String nl = System.lineSeparator();
        String verdict = result.passed() ? styled(GREEN, "PASS") : model.fails(result) ? styled(RED, "FAIL")
                : styled(YELLOW, result.severity() == dev.archrules.core.model.Severity.NOTE ? "NOTE" : "WARN");
        out.append(nl).append("  ").append(verdict).append(' ')
                .append(result.rule().id())
                .append(result.severity() == dev.archrules.core.model.Severity.ERROR ? "" : " [" + result.severity().argument() + "]")
                .append(" (").append(result.rule().item()).append(") ")
                .append(result.rule().title());
        int count = result.newCount();
        if (count > 0) {
            out.append(" — ").append(count).append(baselined ? " new" : "").append(count == 1 ? " violation" : " violations");
        }
        if (result.baselinedCount() > 0) {
            out.append(count > 0 ? ", " : " — ").append(result.baselinedCount()).append(" baselined");
        }
        if (!result.reportedElsewhere().isEmpty()) {
            int elsewhere = result.reportedElsewhere().size();
            String owners = result.reportedElsewhere().stream().map(FoldedFinding::ownerRuleId).distinct().sorted()
                    .collect(Collectors.joining(", "));
            out.append(count > 0 || result.baselinedCount() > 0 ? ", " : " — ").append(elsewhere)
                    .append(elsewhere == 1 ? " finding" : " findings").append(" reported under ").append(owners);
        }
        out.append(nl);
        result.note().ifPresent(note -> out.append("       note: ").append(note).append(nl));
        for (Violation violation : result.newViolations()) {
            out.append("    - ").append(violation.message()).append(nl)
                    .append("      fix: ").append(violation.hint()).append(nl);
        }
        for (String key : result.triage().grownKeys()) {
            List<Violation> all = result.triage().occurrencesOf(key);
            long fresh = result.newViolations().stream().filter(v -> v.key().equals(key)).count();
            out.append("    key '").append(all.get(0).key()).append("' has ").append(all.size())
                    .append(" occurrences but the baseline accepts ").append(all.size() - fresh)
                    .append("; all occurrences:").append(nl);
            all.forEach(v -> out.append("      ").append(v.message()).append(nl));
        }
        for (FixedEntry entry : result.fixed()) {
            out.append("    stale baseline entry '").append(entry.key()).append("': ").append(entry.baselined())
                    .append(" accepted, ").append(entry.remaining()).append(" left").append(nl);
        }
    }

    /**
     * The short form printed on every {@code check(…)}: {@code archrules: 3 new · 412 baselined · 5 fixed (prune
     * with …)}, then what a baseline write added, changed and removed. Never coloured.
     */
    public String summary(ReportModel model) {
        StringBuilder out = new StringBuilder("archrules: ").append(model.summaryLine());
        model.completenessLines().forEach(line -> out.append(System.lineSeparator()).append("  ").append(line));
        model.baseline().filter(baseline -> !baseline.changes().isEmpty()).ifPresent(baseline -> {
            out.append(System.lineSeparator()).append("archrules baseline ").append(baseline.file())
                    .append(" (").append(baseline.mode().argument()).append("):");
            for (BaselineChange change : baseline.changes()) {
                out.append(System.lineSeparator()).append("  ").append(change.line());
            }
        });
        return out.toString();
    }

    private String styled(String colour, String text) {
        return colours ? colour + text + RESET : text;
    }
}
