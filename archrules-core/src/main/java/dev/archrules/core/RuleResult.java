package dev.archrules.core;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.ChecklistRule;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one rule in a checklist run.
 *
 * @param rule             the rule
 * @param violations       its violations, sorted by key and location
 * @param classesInScope   how many imported classes the rule looked at
 * @param scopeDescription what the rule looks at, e.g. "controllers"
 */
public record RuleResult(ChecklistRule rule, List<Violation> violations, int classesInScope, String scopeDescription) {

    public RuleResult {
        violations = List.copyOf(violations);
    }

    /** Whether the rule found no violation. */
    public boolean passed() {
        return violations.isEmpty();
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
