package dev.archrules.core.engine;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The base class of checklist rules that check each class of their scope on its own — the core rules, a
 * framework preset's such as archrules-spring's, and a team's own. Subclasses say which classes to check and
 * report the violations of one class; this class limits the scope to the code base (base package,
 * exclusions) and turns it into an ArchUnit rule that carries the rule id, title and rationale, whose events
 * carry the structured {@link Violation}s, so that every violation reaches {@code ChecklistResult}, baselines
 * and reports alike.
 *
 * <pre>{@code
 * final class NoStaticHelpers extends PerClassRule {
 *     NoStaticHelpers() {
 *         super(new RuleInfo("team.no-static-helpers", ChecklistItem.C9, "…", "…", "…"));
 *     }
 *     protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) { … }
 *     protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
 *         violations.accept(newViolation(key, message, locationOf(javaClass), hint));
 *     }
 * }
 * }</pre>
 *
 * <p>To ask whether a class is a subtype of a library type, use {@link RuleContext#isAssignableTo}: it answers
 * from the class path where the recommended import kept a library type a bare name, so the rule needs to
 * declare nothing in {@link #typesOfInterest()} to be right.
 */
public abstract class PerClassRule implements ChecklistRule {

    private static final System.Logger LOG = System.getLogger("dev.archrules");

    private final RuleInfo info;

    /** @param info the rule's stable id, checklist item, title, rationale and general fix */
    protected PerClassRule(RuleInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    /** The classes to check, described for messages (e.g. "controllers"); always limited to the code base. */
    protected abstract DescribedPredicate<JavaClass> classesToCheck(RuleContext context);

    /** Reports the violations of one class of the scope, each made with {@link #newViolation}. */
    protected abstract void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations);

    /** Called once before the classes of the scope are checked, e.g. to read their sources in parallel. */
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
    }

    /** Called once after the classes of the scope were checked. */
    protected void finish(RuleContext context) {
    }

    @Override
    public final DescribedPredicate<JavaClass> scope(RuleContext context) {
        DescribedPredicate<JavaClass> classes = classesToCheck(context);
        return DescribedPredicate.describe(classes.getDescription(),
                javaClass -> context.inScope(javaClass) && classes.test(javaClass));
    }

    @Override
    public final ArchRule toArchRule(RuleContext context) {
        return toArchRule(context, size -> { });
    }

    /** The rule as an ArchUnit rule that tells {@code scopeSize} how many classes ArchUnit hands it to check. */
    @Override
    public final ArchRule toArchRule(RuleContext context, IntConsumer scopeSize) {
        DescribedPredicate<JavaClass> scope = scope(context);
        ArchCondition<JavaClass> condition = new ArchCondition<>(info.title()) {
            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                if (allObjectsToTest.isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, () -> info.id() + ": no " + scope.getDescription()
                            + " found in the imported classes, so the rule passes; if that is unexpected, check the Conventions");
                }
                scopeSize.accept(allObjectsToTest.size());
                prepare(allObjectsToTest, context);
            }

            @Override
            public void finish(ConditionEvents events) {
                PerClassRule.this.finish(context);
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                // where bytecode has no line (interfaces, signatures), the class's declaration in its source gives one
                checkClass(javaClass, context, violation -> events.add(new ViolationEvent(context.withSourceLine(violation, javaClass))));
            }
        };
        return ArchRuleDefinition.classes().that(scope).should(condition)
                .allowEmptyShould(true)
                .as(info.id() + ": " + info.title())
                .because(info.rationale() + "; " + info.fix());
    }

    /**
     * A violation of this rule. {@code key} is the stable identity of the violating element (no line
     * numbers, no message text); {@code message} gets {@code location} appended unless it already ends with it.
     */
    protected final Violation newViolation(String key, String message, SourceLocation location, String hint) {
        String located = message.endsWith(location.toString()) ? message : message + " in " + location;
        return new Violation(info.id(), key, located, location, hint);
    }

    /**
     * The dependencies of {@code javaClass} that match, one per target class (the first by line),
     * with how many dependencies to that target there are. Grouping keeps one violation per
     * "who uses what", however often the code touches it. Dependencies of synthetic members (bridge methods,
     * accessors, enhancer fields) are left out: the compiler wrote them.
     */
    protected static List<Grouped> dependenciesByTarget(JavaClass javaClass, Predicate<Dependency> matching) {
        Map<String, List<Dependency>> byTarget = new LinkedHashMap<>();
        GeneratedCode.dependenciesNotFromSynthetic(javaClass).stream()
                .filter(matching)
                .sorted(Comparator.comparing((Dependency d) -> d.getTargetClass().getName())
                        .thenComparingInt(d -> lineOrMax(d.getSourceCodeLocation().getLineNumber()))
                        .thenComparing(Dependency::getDescription))
                .forEach(d -> byTarget.computeIfAbsent(d.getTargetClass().getName(), name -> new ArrayList<>()).add(d));
        return byTarget.values().stream().map(list -> new Grouped(list.get(0), list.size())).toList();
    }

    private static int lineOrMax(int line) {
        return line > 0 ? line : Integer.MAX_VALUE;
    }

    /** The class name used in keys: anonymous and local class suffixes ({@code $1}) cut off, as javac renumbers them. */
    protected static String stableName(JavaClass javaClass) {
        return Locations.stableName(javaClass);
    }

    /**
     * "Controller", "Service", … for the start of a sentence, or "Class" for a class without a role: the
     * {@linkplain RuleContext#roleWord role word}, so a GraphQL handler, a message listener, a filter or a utility is
     * called what it is.
     */
    protected static String roleOrClass(JavaClass javaClass, RuleContext context) {
        return Locations.sentenceStart(context.roleWord(javaClass));
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

    /**
     * The first dependency on one target, and how many there are.
     *
     * @param first the first dependency on the target by line
     * @param count how many dependencies on the target there are
     */
    protected record Grouped(Dependency first, int count) {

        /** The target class. */
        public JavaClass target() {
            return first.getTargetClass();
        }

        /**
         * Where the use is: the dependency's line, or for dependencies bytecode has no line for (field
         * types, signatures) the first line of the class.
         */
        public SourceLocation location() {
            return Locations.ofUse(first);
        }

        /** ArchUnit's description of the first use, with the count of further uses and ending with {@link #location()}. */
        public String locatedDescription() {
            String description = first.getDescription();
            int in = description.lastIndexOf(" in (");
            String what = in < 0 ? description : description.substring(0, in);
            return Locations.withCount(what + " in " + location(), count);
        }
    }
}
