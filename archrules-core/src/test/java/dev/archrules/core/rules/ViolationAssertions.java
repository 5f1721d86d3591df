package dev.archrules.core.rules;

import dev.archrules.core.model.Violation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on single violations shared by the rule tests: find one by key, check where it points. */
public final class ViolationAssertions {

    private ViolationAssertions() {
    }

    /** The violation with {@code key}; fails listing the keys found if there is none. */
    public static Violation violationWithKey(List<Violation> violations, String key) {
        assertThat(violations).extracting(Violation::key).as("violation keys").contains(key);
        return violations.stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
    }

    /** The violation belongs to {@code ruleId}, points at {@code fileName:line} of {@code className}, and its message ends there. */
    public static void assertLocatedAt(Violation violation, String ruleId, String className, String fileName, int line) {
        assertThat(violation.ruleId()).isEqualTo(ruleId);
        assertThat(violation.location().className()).isEqualTo(className);
        assertThat(violation.location().fileName()).isEqualTo(fileName);
        assertThat(violation.location().line()).isEqualTo(line);
        assertThat(violation.message()).endsWith("(" + fileName + ":" + line + ")");
    }
}
