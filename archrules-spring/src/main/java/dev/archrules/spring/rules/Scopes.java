package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.model.Role;
import dev.archrules.core.engine.RuleContext;

/** Scopes shared by several Spring rules. */
final class Scopes {

    private Scopes() {
    }

    /** Everything but configuration classes, which may read settings and look beans up while wiring. */
    static DescribedPredicate<JavaClass> allButConfiguration(RuleContext context) {
        return DescribedPredicate.describe("classes other than configuration",
                javaClass -> !context.hasRole(javaClass, Role.CONFIGURATION));
    }
}
