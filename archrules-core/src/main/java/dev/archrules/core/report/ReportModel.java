package dev.archrules.core.report;

import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.ChecklistRule;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What every report shows: per rule, its new, baselined and fixed violations. Built once per run; every
 * violation in it has passed through {@link Masking}, so no renderer can print a credential.
 *
 * @param rules           one row per evaluated rule, in checklist order
 * @param analysedClasses how many classes of the code base were analysed
 * @param baselineUsed    whether the run had a baseline (otherwise every violation is new)
 */
public record ReportModel(List<Rule> rules, int analysedClasses, boolean baselineUsed) {

    /**
     * One rule's outcome.
     *
     * @param rule   the rule
     * @param triage its violations sorted against the baseline
     */
    public record Rule(ChecklistRule rule, Triage triage) {

        public Rule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(triage, "triage");
        }

        /** New violations of the rule. */
        public int newCount() {
            return triage.newViolations().size();
        }

        /** Baselined violations of the rule. */
        public int baselinedCount() {
            return triage.baselined().size();
        }

        /** Fixed occurrences of the rule's baseline entries. */
        public int fixedCount() {
            return triage.fixedCount();
        }

        /** Current violations of the rule: new plus baselined. */
        public int total() {
            return triage.total();
        }
    }

    public ReportModel {
        rules = rules.stream().map(row -> new Rule(row.rule(), masked(row.triage(), Masking::mask))).toList();
    }

    private static Triage masked(Triage triage, UnaryOperator<Violation> mask) {
        return new Triage(triage.newViolations().stream().map(mask).toList(), triage.baselined().stream().map(mask).toList(),
                triage.fixed(), triage.grownKeys());
    }

    /** New violations of all rules. */
    public int newCount() {
        return rules.stream().mapToInt(Rule::newCount).sum();
    }

    /** Baselined violations of all rules. */
    public int baselinedCount() {
        return rules.stream().mapToInt(Rule::baselinedCount).sum();
    }

    /** Fixed occurrences of all rules. */
    public int fixedCount() {
        return rules.stream().mapToInt(Rule::fixedCount).sum();
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
