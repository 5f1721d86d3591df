package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A rule that checks each class of its scope on its own. Subclasses say which classes are in scope
 * and report violations for one class; this class turns that into an ArchUnit rule whose events carry
 * the structured {@link Violation}s.
 */
abstract class ClassRule implements ChecklistRule {

    private static final System.Logger LOG = System.getLogger("dev.archrules");

    private final String id;
    private final ChecklistItem item;
    private final String title;
    private final String rationale;
    private final String fix;

    ClassRule(String id, ChecklistItem item, String title, String rationale, String fix) {
        this.id = id;
        this.item = item;
        this.title = title;
        this.rationale = rationale;
        this.fix = fix;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final ChecklistItem item() {
        return item;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String rationale() {
        return rationale;
    }

    @Override
    public final String fix() {
        return fix;
    }

    /** Reports the violations of one class of the scope. */
    abstract void check(JavaClass javaClass, RuleContext context, Consumer<Violation> violations);

    /** Called once before the classes of the scope are checked, e.g. to read their sources in parallel. */
    void prepare(Collection<JavaClass> classes, RuleContext context) {
    }

    /** Called once after the classes of the scope were checked. */
    void finish(RuleContext context) {
    }

    /** The scope as described by the subclass, always limited to the code base (base package, exclusions). */
    abstract DescribedPredicate<JavaClass> classes(RuleContext context);

    @Override
    public final DescribedPredicate<JavaClass> scope(RuleContext context) {
        DescribedPredicate<JavaClass> classes = classes(context);
        return DescribedPredicate.describe(classes.getDescription(),
                javaClass -> context.inScope(javaClass) && classes.test(javaClass));
    }

    @Override
    public ArchRule toArchRule(RuleContext context) {
        DescribedPredicate<JavaClass> scope = scope(context);
        ArchCondition<JavaClass> condition = new ArchCondition<>(title) {
            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                if (allObjectsToTest.isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, () -> id + ": no " + scope.getDescription()
                            + " found in the imported classes, so the rule passes; if that is unexpected, check the Conventions");
                }
                prepare(allObjectsToTest, context);
            }

            @Override
            public void finish(ConditionEvents events) {
                ClassRule.this.finish(context);
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                ClassRule.this.check(javaClass, context, violation -> events.add(new ViolationEvent(violation)));
            }
        };
        return ArchRuleDefinition.classes().that(scope).should(condition)
                .allowEmptyShould(true)
                .as(id + ": " + title)
                .because(rationale + "; " + fix);
    }

    final Violation violation(String key, String message, SourceLocation location, String hint) {
        String located = message.endsWith(location.toString()) ? message : message + " in " + location;
        return new Violation(id, key, located, location, hint);
    }

    /**
     * The dependencies of {@code javaClass} that match, one per target class (the first by line),
     * with how many dependencies to that target there are. Grouping keeps one violation per
     * "who uses what", however often the code touches it.
     */
    static List<Grouped> dependenciesByTarget(JavaClass javaClass, Predicate<Dependency> matching) {
        Map<String, List<Dependency>> byTarget = new LinkedHashMap<>();
        javaClass.getDirectDependenciesFromSelf().stream()
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

    /** The first dependency on one target, and how many there are. */
    record Grouped(Dependency first, int count) {

        JavaClass target() {
            return first.getTargetClass();
        }

        /**
         * Where the use is: the dependency's line, or for dependencies bytecode has no line for (field
         * types, signatures) the first line of the class.
         */
        SourceLocation location() {
            return Locations.ofUse(first);
        }

        /** ArchUnit's description of the first use, with the count of further uses and ending with {@link #location()}. */
        String locatedDescription() {
            String description = first.getDescription();
            int in = description.lastIndexOf(" in (");
            String what = in < 0 ? description : description.substring(0, in);
            return Locations.withCount(what + " in " + location(), count);
        }
    }
}
