package dev.archrules.core;

import dev.archrules.core.model.Violation;
import dev.archrules.core.source.SourceProblem;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a checklist run: one {@link RuleResult} per rule, and a readable report grouped by
 * rule with counts.
 *
 * @param rules            the result of every rule, in checklist order
 * @param analysedClasses  how many imported classes belong to the code base (base package, not excluded)
 * @param sourceProblems   source files the source rules could not read or parse, and classes whose source
 *                         was not found: what those rules did not see
 */
public record ChecklistResult(List<RuleResult> rules, int analysedClasses, List<SourceProblem> sourceProblems) {

    public ChecklistResult {
        rules = List.copyOf(rules);
        sourceProblems = List.copyOf(sourceProblems);
    }

    /** A result without source problems. */
    public ChecklistResult(List<RuleResult> rules, int analysedClasses) {
        this(rules, analysedClasses, List.of());
    }

    /** Every violation of every rule. */
    public List<Violation> violations() {
        return rules.stream().flatMap(rule -> rule.violations().stream()).toList();
    }

    /** The violations of one rule, by id (empty if the rule found none or did not run). */
    public List<Violation> violationsOf(String ruleId) {
        return result(ruleId).map(RuleResult::violations).orElse(List.of());
    }

    /** The result of one rule, by id. */
    public Optional<RuleResult> result(String ruleId) {
        return rules.stream().filter(rule -> rule.rule().id().equals(ruleId)).findFirst();
    }

    /** Whether any rule found a violation. */
    public boolean hasViolations() {
        return rules.stream().anyMatch(rule -> !rule.passed());
    }

    /**
     * The report: a summary line, then per rule its id, checklist item, title and count, each violation
     * with its clickable location and fix, and a note for rules that had nothing to check.
     */
    public String report() {
        long failed = rules.stream().filter(rule -> !rule.passed()).count();
        int total = violations().size();
        StringBuilder out = new StringBuilder();
        out.append("archrules checklist: ")
                .append(total == 0 ? "no violations" : total + (total == 1 ? " violation" : " violations")
                        + " of " + failed + (failed == 1 ? " rule" : " rules"))
                .append(" in ").append(analysedClasses).append(" classes (").append(rules.size()).append(" rules checked)")
                .append(System.lineSeparator());
        for (RuleResult result : rules) {
            out.append(System.lineSeparator())
                    .append(result.passed() ? "  PASS " : "  FAIL ")
                    .append(result.rule().id()).append(" (").append(result.rule().item()).append(") ")
                    .append(result.rule().title());
            if (!result.passed()) {
                int count = result.violations().size();
                out.append(" — ").append(count).append(count == 1 ? " violation" : " violations");
            }
            out.append(System.lineSeparator());
            result.note().ifPresent(note -> out.append("       note: ").append(note).append(System.lineSeparator()));
            for (Violation violation : result.violations()) {
                out.append("    - ").append(violation.message()).append(System.lineSeparator())
                        .append("      fix: ").append(violation.hint()).append(System.lineSeparator());
            }
        }
        if (!sourceProblems.isEmpty()) {
            out.append(System.lineSeparator()).append("  source problems (the source rules skipped these): ")
                    .append(sourceProblems.size()).append(System.lineSeparator());
            for (SourceProblem problem : sourceProblems) {
                out.append("    - ").append(problem.message()).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
