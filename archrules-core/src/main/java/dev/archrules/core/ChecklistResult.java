package dev.archrules.core;

import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.Masking;
import dev.archrules.core.report.ReportModel;
import dev.archrules.core.source.SourceProblem;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a checklist run: one {@link RuleResult} per rule, how they compare with the baseline if
 * there is one, and a readable report grouped by rule with counts.
 *
 * @param rules            the result of every rule, in checklist order
 * @param analysedClasses  how many imported classes belong to the code base (base package, not excluded)
 * @param baseline         the baseline assessment of the run, if a baseline is configured
 * @param sourceProblems   source files the source rules could not read or parse, and classes whose source
 *                         was not found: what those rules did not see
 */
public record ChecklistResult(List<RuleResult> rules, int analysedClasses, Optional<Baseline.Assessment> baseline,
                              List<SourceProblem> sourceProblems) {

    public ChecklistResult {
        rules = List.copyOf(rules);
        sourceProblems = List.copyOf(sourceProblems);
    }

    /** A result without a baseline and without source problems. */
    public ChecklistResult(List<RuleResult> rules, int analysedClasses) {
        this(rules, analysedClasses, Optional.empty(), List.of());
    }

    /** A result without a baseline. */
    public ChecklistResult(List<RuleResult> rules, int analysedClasses, List<SourceProblem> sourceProblems) {
        this(rules, analysedClasses, Optional.empty(), sourceProblems);
    }

    /** This result sorted against a baseline assessment: each rule's triage taken from it. */
    ChecklistResult with(Baseline.Assessment assessment) {
        List<RuleResult> triaged = rules.stream().map(rule -> new RuleResult(rule.rule(), rule.violations(), rule.classesInScope(),
                rule.scopeDescription(), assessment.byRule().get(rule.rule().id()))).toList();
        return new ChecklistResult(triaged, analysedClasses, Optional.of(assessment), sourceProblems);
    }

    /** Every violation of every rule, new and baselined. */
    public List<Violation> violations() {
        return rules.stream().flatMap(rule -> rule.violations().stream()).toList();
    }

    /** Every violation the baseline does not accept (all of them without a baseline). */
    public List<Violation> newViolations() {
        return rules.stream().flatMap(rule -> rule.newViolations().stream()).toList();
    }

    /** Every stale baseline entry: keys with fewer occurrences than the baseline accepts. */
    public List<FixedEntry> fixed() {
        return rules.stream().flatMap(rule -> rule.fixed().stream()).toList();
    }

    /** The violations of one rule, by id (empty if the rule found none or did not run). */
    public List<Violation> violationsOf(String ruleId) {
        return result(ruleId).map(RuleResult::violations).orElse(List.of());
    }

    /** The result of one rule, by id. */
    public Optional<RuleResult> result(String ruleId) {
        return rules.stream().filter(rule -> rule.rule().id().equals(ruleId)).findFirst();
    }

    /** Whether any rule found a violation, baselined or not. */
    public boolean hasViolations() {
        return rules.stream().anyMatch(rule -> !rule.violations().isEmpty());
    }

    /** Whether any rule found a violation the baseline does not accept. */
    public boolean hasNewViolations() {
        return rules.stream().anyMatch(rule -> !rule.passed());
    }

    /** Whether stale entries make this run fail: there are some, and the run is in {@code check} mode on CI. */
    public boolean staleEntriesFail() {
        return !fixed().isEmpty() && baseline.map(Baseline.Assessment::staleEntriesFail).orElse(false);
    }

    /** Whether {@link BackendChecklist#check} fails: new violations, or stale entries on CI. */
    public boolean failed() {
        return hasNewViolations() || staleEntriesFail();
    }

    /** The model every report renders, credentials masked. */
    public ReportModel reportModel() {
        return new ReportModel(rules.stream().map(rule -> new ReportModel.Rule(rule.rule(), rule.triage())).toList(),
                analysedClasses, baseline.isPresent());
    }

    /**
     * What a run prints on the console, green or red: {@code archrules: 3 new · 412 baselined · 5 fixed (prune
     * with …)}, then what a baseline write added, changed and removed.
     */
    public String console() {
        StringBuilder out = new StringBuilder("archrules: ").append(reportModel().summaryLine());
        baseline.ifPresent(assessment -> {
            if (!assessment.changes().isEmpty()) {
                out.append(System.lineSeparator()).append("archrules baseline ").append(assessment.baseline().file())
                        .append(" (").append(assessment.mode().argument()).append("):");
                assessment.changes().forEach(line -> out.append(System.lineSeparator()).append("  ").append(line));
            }
        });
        return out.toString();
    }

    /**
     * The report: a summary line, then per rule its id, checklist item, title and count, each new violation
     * with its clickable location and fix, and a note for rules that had nothing to check. With a baseline,
     * a key with more occurrences than accepted lists all its occurrences, and stale entries are listed with
     * the command that prunes them.
     */
    public String report() {
        String nl = System.lineSeparator();
        List<Violation> fresh = newViolations();
        long failed = rules.stream().filter(rule -> !rule.passed()).count();
        int total = fresh.size();
        StringBuilder out = new StringBuilder();
        out.append("archrules checklist: ")
                .append(total == 0 ? "no " + (baseline.isPresent() ? "new " : "") + "violations"
                        : total + (baseline.isPresent() ? " new" : "") + (total == 1 ? " violation" : " violations")
                        + " of " + failed + (failed == 1 ? " rule" : " rules"))
                .append(" in ").append(analysedClasses).append(analysedClasses == 1 ? " class (" : " classes (")
                .append(rules.size()).append(rules.size() == 1 ? " rule checked)" : " rules checked)")
                .append(nl);
        baseline.ifPresent(assessment -> out.append("baseline ").append(assessment.baseline().file()).append(" (")
                .append(assessment.mode().argument()).append("): ").append(reportModel().summaryLine()).append(nl));
        for (RuleResult result : rules) {
            out.append(nl).append(result.passed() ? "  PASS " : "  FAIL ")
                    .append(result.rule().id()).append(" (").append(result.rule().item()).append(") ")
                    .append(result.rule().title());
            int count = result.newViolations().size();
            if (count > 0) {
                out.append(" — ").append(count).append(baseline.isPresent() ? " new" : "").append(count == 1 ? " violation" : " violations");
            }
            if (!result.baselined().isEmpty()) {
                out.append(count > 0 ? ", " : " — ").append(result.baselined().size()).append(" baselined");
            }
            out.append(nl);
            result.note().ifPresent(note -> out.append("       note: ").append(note).append(nl));
            for (Violation violation : result.newViolations()) {
                Violation shown = Masking.mask(violation);
                out.append("    - ").append(shown.message()).append(nl)
                        .append("      fix: ").append(shown.hint()).append(nl);
            }
            for (String key : result.triage().grownKeys()) {
                List<Violation> all = result.triage().occurrencesOf(key);
                out.append("    key '").append(Masking.mask(all.get(0)).key()).append("' has ").append(all.size())
                        .append(" occurrences but the baseline accepts ").append(all.size() - (int) result.newViolations().stream()
                                .filter(v -> v.key().equals(key)).count())
                        .append("; all occurrences:").append(nl);
                all.forEach(v -> out.append("      ").append(Masking.mask(v).message()).append(nl));
            }
            for (FixedEntry entry : result.fixed()) {
                out.append("    stale baseline entry '").append(entry.key()).append("': ").append(entry.baselined())
                        .append(" accepted, ").append(entry.remaining()).append(" left").append(nl);
            }
        }
        if (!fixed().isEmpty()) {
            out.append(nl).append(staleEntriesFail() ? "Stale baseline entries fail on CI" : "Stale baseline entries")
                    .append(": remove them with ").append(BaselineMode.PRUNE.command()).append(nl);
        }
        if (!sourceProblems.isEmpty()) {
            out.append(nl).append("  source problems (the source rules skipped these): ").append(sourceProblems.size()).append(nl);
            for (SourceProblem problem : sourceProblems) {
                out.append("    - ").append(problem.message()).append(nl);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
