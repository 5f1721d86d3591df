package dev.archrules.core.report;

import dev.archrules.core.baseline.BaselineChange;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.model.Masking;
import dev.archrules.core.source.SourceProblem;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every report shows: per rule, its new, baselined and fixed violations. Built once per run; every
 * violation in it has passed through {@link Masking}, so no renderer can print a credential.
 *
 * @param rules           the outcome of every evaluated rule, in checklist order, credentials masked
 * @param analysedClasses how many classes of the code base were analysed
 * @param baseline        the baseline the run used, if any (otherwise every violation is new)
 * @param sourceProblems  source files the source rules could not read or parse, and classes whose source was not found
 * @param generatedClasses how many classes of the code base were left out as generated
 */
public record ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline,
                         List<SourceProblem> sourceProblems, int generatedClasses) {

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
        rules = rules.stream().map(RuleResult::masked).toList();
        Objects.requireNonNull(baseline, "baseline");
        sourceProblems = List.copyOf(sourceProblems);
    }

    /** A model that left no generated classes out. */
    public ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline,
                       List<SourceProblem> sourceProblems) {
        this(rules, analysedClasses, baseline, sourceProblems, 0);
    }

    /** A model without source problems. */
    public ReportModel(List<RuleResult> rules, int analysedClasses, Optional<BaselineUse> baseline) {
        this(rules, analysedClasses, baseline, List.of());
    }

    /** Whether the run had a baseline (otherwise every violation is new). */
    public boolean baselineUsed() {
        return baseline.isPresent();
    }

    /** New violations of all rules. */
    public int newCount() {
        return rules.stream().mapToInt(RuleResult::newCount).sum();
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
     * The console line printed on every run, e.g. {@code 3 new · 412 baselined · 5 fixed (prune with mvn test
     * -Darchrules.baseline.mode=prune)}.
     */
    public String summaryLine() {
        String line = newCount() + " new · " + baselinedCount() + " baselined · " + fixedCount() + " fixed";
        return fixedCount() > 0 ? line + " (prune with " + BaselineMode.PRUNE.command() + ")" : line;
    }
}
