package dev.archrules.core.report;

import dev.archrules.core.baseline.BaselineChange;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.model.Masking;
import dev.archrules.core.model.Severity;
import dev.archrules.core.source.SourceProblem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every report shows: per rule, its new, baselined and fixed violations. Built once per run; every
 * violation in it has passed through {@link Masking}, so no renderer can print a credential.
 *
 * @param rules           the outcome of every evaluated rule, credentials masked, grouped by severity (errors, then
 *                        warnings, then notes), in checklist order within a group
 * @param analysedClasses how many classes of the code base were analysed
 * @param baseline        the baseline the run used, if any (otherwise every violation is new)
 * @param sourceProblems  source files the source rules could not read or parse, and classes whose source was not found
 * @param generatedClasses how many classes of the code base were left out as generated
 * @param completeness    what the import searched and the class files it could not read (an incomplete run)
 * @param failOn          from which severity on a new violation fails the run (default {@link Severity#ERROR})
 * @param moduleMap       the module map of the run, uncapped (empty when the code base is not cut into modules)
 */
public record ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline,
                         List<SourceProblem> sourceProblems, int generatedClasses, ImportCompleteness completeness,
                         Severity failOn, ModuleMap moduleMap) {

    /**
     * The baseline of a run, as the console report names it.
     *
     * @param file             the baseline file
     * @param mode             the mode of the run
     * @param staleEntriesFail whether stale entries fail this run ({@code check} mode on CI)
     * @param changes          what a baseline write added, changed and removed, in the order of the file
     */
    public record BaselineUse(Path file, BaselineMode mode, boolean staleEntriesFail, List<BaselineChange> changes) {

        public BaselineUse {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mode, "mode");
            changes = List.copyOf(changes);
        }
    }

    public ReportModel {
        rules = rules.stream().map(RuleResult::masked).sorted(Comparator.comparing(RuleResult::severity)).toList();
        Objects.requireNonNull(baseline, "baseline");
        sourceProblems = List.copyOf(sourceProblems);
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(moduleMap, "moduleMap");
    }

    /** A model without a module map. */
    public ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline, List<SourceProblem> sourceProblems,
                       int generatedClasses, ImportCompleteness completeness, Severity failOn) {
        this(rules, analysedClasses, baseline, sourceProblems, generatedClasses, completeness, failOn, new ModuleMap(List.of(), List.of()));
    }

    /** The module map as the reports draw it: at most {@link ModuleMap#MAX_NODES} modules and {@link ModuleMap#MAX_EDGES} dependencies. */
    public ModuleMap drawnModuleMap() {
        return moduleMap.capped(ModuleMap.MAX_NODES, ModuleMap.MAX_EDGES);
    }

    /** A model of a run that fails on errors only (the default {@code failOn}). */
    public ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline, List<SourceProblem> sourceProblems,
                       int generatedClasses, ImportCompleteness completeness) {
        this(rules, analysedClasses, baseline, sourceProblems, generatedClasses, completeness, Severity.ERROR);
    }

    /** A model of a complete import that left no generated classes out. */
    public ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline, List<SourceProblem> sourceProblems) {
        this(rules, analysedClasses, baseline, sourceProblems, 0, ImportCompleteness.complete(""));
    }

    /** A model of a complete import without source problems. */
    public ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline) {
        this(rules, analysedClasses, baseline, List.of());
    }

    /** Whether the import could not read some class files: the rules did not see them. */
    public boolean incomplete() {
        return completeness.incomplete();
    }

    /**
     * What every report says about the import when it is not a plain complete one: the empty-code-base sentence, and
     * for an incomplete import a heading and one {@code path: reason} line per file not read. Empty for a complete import.
     */
    public List<String> completenessLines() {
        List<String> lines = new java.util.ArrayList<>();
        emptyCodeBase().ifPresent(lines::add);
        if (incomplete()) {
            int count = completeness.unreadFiles().size();
            lines.add("INCOMPLETE: " + count + (count == 1 ? " file" : " files") + " could not be read; the rules did not see the classes in "
                    + (count == 1 ? "it" : "them") + (completeness.incompleteAllowed() ? " (allowed by archrules.allowIncomplete)" : "")
                    + ", and no baseline entry is reported fixed:");
            completeness.unreadFiles().forEach(file -> lines.add(file.message()));
        }
        return lines;
    }

    /**
     * The sentence a report shows when no class of the code base was imported, naming what was searched; empty when
     * classes were analysed.
     */
    public Optional<String> emptyCodeBase() {
        if (analysedClasses > 0) {
            return Optional.empty();
        }
        return Optional.of("no classes to check: nothing found for " + (completeness.searched().isEmpty() ? "the base package"
                : completeness.searched()) + "; check the base package and that the code is compiled");
    }

    /** Whether the run had a baseline (otherwise every violation is new). */
    public boolean baselineUsed() {
        return baseline.isPresent();
    }

    /** New violations of all rules. */
    public int newCount() {
        return rules.stream().mapToInt(RuleResult::newCount).sum();
    }

    /** New violations of the rules of this severity. */
    public int newCount(Severity severity) {
        return rules.stream().filter(rule -> rule.severity() == severity).mapToInt(RuleResult::newCount).sum();
    }

    /** Whether the rule's new violations fail this run: it has some, and its severity is at least {@link #failOn()}. */
    public boolean fails(RuleResult rule) {
        return rule.fails(failOn);
    }

    /**
     * The new violations counted by severity, zero counts left out, e.g. {@code 3 errors, 2 warnings, 1 note}; empty
     * when there is no new violation.
     */
    public String severityCounts() {
        return String.join(", ", java.util.Arrays.stream(Severity.values()).filter(severity -> newCount(severity) > 0)
                .map(severity -> severity.count(newCount(severity))).toList());
    }

    /** Baselined violations of all rules. */
    public int baselinedCount() {
        return rules.stream().mapToInt(RuleResult::baselinedCount).sum();
    }

    /** Fixed occurrences of all rules. */
    public int fixedCount() {
        return rules.stream().mapToInt(RuleResult::fixedCount).sum();
    }

    /** How many distinct classes have a new violation: the classes the console headline names. */
    public int violatingClasses() {
        return (int) rules.stream().flatMap(rule -> rule.newViolations().stream())
                .map(violation -> violation.location().className()).distinct().count();
    }

    /** {@code 42 classes analysed}, and {@code , 3 generated classes left out} when generated code was left out. */
    public String analysedLine() {
        return analysedClasses + (analysedClasses == 1 ? " class analysed" : " classes analysed")
                + (generatedClasses == 0 ? "" : ", " + generatedClasses + (generatedClasses == 1 ? " generated class" : " generated classes")
                + " left out");
    }

    /** How many rules found a new violation. */
    public long failedRules() {
        return rules.stream().filter(rule -> !rule.passed()).count();
    }

    /**
     * The console line printed on every run, e.g. {@code 6 new (3 errors, 2 warnings, 1 note) · 412 baselined · 5 fixed
     * (prune with mvn test -Darchrules.baseline.mode=prune)}: the new violations counted by severity when there are any.
     */
    public String summaryLine() {
        String counts = severityCounts();
        String line = newCount() + " new" + (counts.isEmpty() ? "" : " (" + counts + ")") + " · " + baselinedCount() + " baselined · "
                + fixedCount() + " fixed";
        return fixedCount() > 0 ? line + " (prune with " + BaselineMode.PRUNE.command() + ")" : line;
    }
}
