package dev.archrules.core;

import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.UnreadFile;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.ConsoleReport;
import dev.archrules.core.report.ModuleGraph;
import dev.archrules.core.report.ReportFailure;
import dev.archrules.core.report.ReportModel;
import dev.archrules.core.report.RuleResult;
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
 * @param generatedClasses how many classes of the base package were left out as generated (0 when generated code
 *                         is included)
 * @param completeness     what the import searched and the class files it could not read: a run with unread files is
 *                         incomplete, and fails unless that is allowed
 * @param reportFailure    the report files that could not be written, if any: reports are best effort, so the result
 *                         (and whether it {@linkplain #failed() failed}) does not depend on them
 * @param failOn           from which severity on a new violation fails the run: {@link Severity#ERROR} by default, so
 *                         new warnings and notes are reported but do not fail it
 * @param moduleGraph      the modules and their class dependencies, for the module map of the reports
 */
public record ChecklistResult(List<RuleResult> rules, int analysedClasses, Optional<Baseline.Assessment> baseline,
                              List<SourceProblem> sourceProblems, int generatedClasses, ImportCompleteness completeness,
                              Optional<ReportFailure> reportFailure, Severity failOn, ModuleGraph moduleGraph) {

    public ChecklistResult {
        java.util.Objects.requireNonNull(moduleGraph, "moduleGraph");
        rules = List.copyOf(rules);
        sourceProblems = List.copyOf(sourceProblems);
        java.util.Objects.requireNonNull(completeness, "completeness");
        java.util.Objects.requireNonNull(failOn, "failOn");
    }

    /** A result without a module graph (no module map is drawn). */
    public ChecklistResult(List<RuleResult> rules, int analysedClasses, Optional<Baseline.Assessment> baseline,
                           List<SourceProblem> sourceProblems, int generatedClasses, ImportCompleteness completeness,
                           Optional<ReportFailure> reportFailure, Severity failOn) {
        this(rules, analysedClasses, baseline, sourceProblems, generatedClasses, completeness, reportFailure, failOn, ModuleGraph.empty());
    }

    /** A result that fails on new errors only (the default {@code failOn}). */
    public ChecklistResult(List<RuleResult> rules, int analysedClasses, Optional<Baseline.Assessment> baseline,
                           List<SourceProblem> sourceProblems, int generatedClasses, ImportCompleteness completeness,
                           Optional<ReportFailure> reportFailure) {
        this(rules, analysedClasses, baseline, sourceProblems, generatedClasses, completeness, reportFailure, Severity.ERROR);
    }

    /** A result of a complete import that left no generated classes out. */
    public ChecklistResult(List<RuleResult> rules, int analysedClasses, Optional<Baseline.Assessment> baseline,
                           List<SourceProblem> sourceProblems) {
        this(rules, analysedClasses, baseline, sourceProblems, 0, ImportCompleteness.complete(""), Optional.empty());
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
        List<RuleResult> triaged = rules.stream().map(rule -> rule.withTriage(assessment.byRule().get(rule.rule().id()))).toList();
        return new ChecklistResult(triaged, analysedClasses, Optional.of(assessment), sourceProblems, generatedClasses, completeness,
                reportFailure, failOn, moduleGraph);
    }

    /** This result with the failure to write its report files. */
    ChecklistResult with(ReportFailure failure) {
        return new ChecklistResult(rules, analysedClasses, baseline, sourceProblems, generatedClasses, completeness, Optional.of(failure),
                failOn, moduleGraph);
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

    /** Whether any rule found a violation the baseline does not accept, whatever its severity. */
    public boolean hasNewViolations() {
        return rules.stream().anyMatch(rule -> !rule.passed());
    }

    /**
     * Whether a rule whose severity is at least {@link #failOn()} found a violation the baseline does not accept: new
     * violations that fail the run (with the default {@code failOn=error}, new warnings and notes do not).
     */
    public boolean hasFailingViolations() {
        return rules.stream().anyMatch(rule -> rule.fails(failOn));
    }

    /** The class files, jar entries, jars and directories the import could not read (the rules did not see them). */
    public List<UnreadFile> unreadFiles() {
        return completeness.unreadFiles();
    }

    /** Whether the import could not read some files: then no rule's "no violation" covers them. */
    public boolean incomplete() {
        return completeness.incomplete();
    }

    /** Whether no class of the code base was imported at all (wrong base package, nothing compiled): an error. */
    public boolean emptyCodeBase() {
        return analysedClasses == 0;
    }

    /** Whether stale entries make this run fail: there are some, and the run is in {@code check} mode on CI. */
    public boolean staleEntriesFail() {
        return !fixed().isEmpty() && baseline.map(Baseline.Assessment::staleEntriesFail).orElse(false);
    }

    /**
     * Whether {@link BackendChecklist#check} fails: new violations of a rule whose severity is at least
     * {@link #failOn()}, stale entries on CI (whatever the rule's severity: the baseline works the same for all), an
     * incomplete import that is not allowed, or no class of the code base at all.
     */
    public boolean failed() {
        return hasFailingViolations() || staleEntriesFail() || completeness.failsRun() || emptyCodeBase();
    }

    /** The model every report renders, credentials masked. */
    public ReportModel reportModel() {
        return new ReportModel(rules, analysedClasses, baseline.map(assessment -> new ReportModel.BaselineUse(
                assessment.baseline().file(), assessment.mode(), assessment.staleEntriesFail(), assessment.changes())), sourceProblems,
                generatedClasses, completeness, failOn, moduleGraph.map(rules));
    }

    /**
     * What a run prints on the console, green or red: {@code archrules: 3 new (2 errors, 1 warning) · 412 baselined · 5 fixed (prune
     * with …)}, then what a baseline write added, changed and removed; see {@link ConsoleReport#summary}.
     */
    public String console() {
        return ConsoleReport.plain().summary(reportModel());
    }

    /**
     * The report, without colours: a summary line, then per rule its id, checklist item, title and count, each new
     * violation with its clickable location and fix, and a note for rules that had nothing to check; see
     * {@link ConsoleReport#render}.
     */
    public String report() {
        return ConsoleReport.plain().render(reportModel());
    }

    @Override
    public String toString() {
        return report();
    }
}
