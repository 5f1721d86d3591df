package dev.archrules.core;

import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.ChecklistRule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one rule in a checklist run.
 *
 * @param rule             the rule
 * @param violations       its violations, sorted by key and location
 * @param classesInScope   how many imported classes the rule looked at
 * @param scopeDescription what the rule looks at, e.g. "controllers"
 * @param triage           the violations sorted against the baseline: new, baselined, fixed (all new without one)
 */
public record RuleResult(ChecklistRule rule, List<Violation> violations, int classesInScope, String scopeDescription,
                         Triage triage) {

    public RuleResult {
        violations = List.copyOf(violations);
        Objects.requireNonNull(triage, "triage");
    }

    /** A result without a baseline: every violation is new. */
    public RuleResult(ChecklistRule rule, List<Violation> violations, int classesInScope, String scopeDescription) {
        this(rule, violations, classesInScope, scopeDescription, Triage.allNew(violations));
    }

    /** Whether the rule found no new violation (baselined ones are accepted). */
    public boolean passed() {
        return triage.newViolations().isEmpty();
    }

    /** The violations the baseline does not accept. */
    public List<Violation> newViolations() {
        return triage.newViolations();
    }

    /** The violations the baseline accepts. */
    public List<Violation> baselined() {
        return triage.baselined();
    }

    /** Baseline entries of this rule with fewer occurrences than accepted. */
    public List<FixedEntry> fixed() {
        return triage.fixed();
    }

    /**
     * Why a passing rule may say little: set when no imported class was in its scope (a code base
     * without controllers passes {@code controllers.*} vacuously).
     */
    public Optional<String> note() {
        if (classesInScope > 0) {
            return Optional.empty();
        }
        return Optional.of("no " + scopeDescription + " found in the imported classes, so there was nothing to check;"
                + " if the code base has them, adjust the Conventions so that they are recognised");
    }
}
