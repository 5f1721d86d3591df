package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;

import java.util.function.Consumer;

/**
 * The base class for checklist rules defined outside archrules-core — a framework preset such as
 * archrules-spring, or a team's own rule — that check each class of their scope on its own. It is the
 * core rules' own machinery: the scope is limited to the code base (base package, exclusions), the
 * ArchUnit rule carries the rule id, title and rationale, and every {@link Violation} reaches
 * {@code ChecklistResult}, baselines and reports like a core rule's.
 *
 * <pre>{@code
 * final class NoStaticHelpers extends PerClassRule {
 *     NoStaticHelpers() {
 *         super("team.no-static-helpers", ChecklistItem.C9, "…", "…", "…");
 *     }
 *     protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) { … }
 *     protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
 *         violations.accept(newViolation(key, message, locationOf(javaClass), hint));
 *     }
 * }
 * }</pre>
 */
public abstract class PerClassRule extends ClassRule {

    /**
     * @param id        the stable id, kebab-case with a dotted group, e.g. {@code spring.no-bean-lookup}
     * @param item      the checklist item the rule enforces
     * @param title     what the rule demands, as a sentence
     * @param rationale why it matters (the rule's {@code because})
     * @param fix       how to fix a violation in general
     */
    protected PerClassRule(String id, ChecklistItem item, String title, String rationale, String fix) {
        super(id, item, title, rationale, fix);
    }

    /** The classes to check, described for messages (e.g. "controllers"); always limited to the code base. */
    protected abstract DescribedPredicate<JavaClass> classesToCheck(RuleContext context);

    /** Reports the violations of one class of the scope, each made with {@link #newViolation}. */
    protected abstract void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations);

    @Override
    final DescribedPredicate<JavaClass> classes(RuleContext context) {
        return classesToCheck(context);
    }

    @Override
    final void check(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        checkClass(javaClass, context, violations);
    }

    /**
     * A violation of this rule. {@code key} is the stable identity of the violating element (no line
     * numbers, no message text); {@code message} gets {@code location} appended unless it already ends with it.
     */
    protected final Violation newViolation(String key, String message, SourceLocation location, String hint) {
        return violation(key, message, location, hint);
    }

    /** The class name used in keys: anonymous and local class suffixes ({@code $1}) cut off, as javac renumbers them. */
    protected static String stableName(JavaClass javaClass) {
        return Locations.stableName(javaClass);
    }

    /** "Controller", "Service", … for the start of a sentence, or "Class" for a class without a role. */
    protected static String roleOrClass(JavaClass javaClass, RuleContext context) {
        return Locations.roleOrClass(context.roleOf(javaClass));
    }

    /** The first line of the class that bytecode knows. */
    protected static SourceLocation locationOf(JavaClass javaClass) {
        return Locations.of(javaClass);
    }

    /** The line of a method or constructor, or the class when bytecode has none. */
    protected static SourceLocation locationOf(JavaCodeUnit codeUnit) {
        return Locations.of(codeUnit);
    }

    /** A field's first write (usually its initializer or constructor assignment), else its class. */
    protected static SourceLocation locationOf(JavaField field) {
        return Locations.of(field);
    }

    /** An ArchUnit source code location (of an access, a call, a dependency). */
    protected static SourceLocation locationOf(SourceCodeLocation location) {
        return Locations.of(location);
    }
}
