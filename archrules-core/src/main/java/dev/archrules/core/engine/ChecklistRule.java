package dev.archrules.core.engine;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Severity;

import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A predefined checklist rule: a stable id, the checklist item it enforces, why it matters, and how it
 * becomes a plain ArchUnit {@link ArchRule} for a given {@link RuleContext}.
 *
 * <p>Rule ids are a contract: baselines and reports refer to them, so an id never changes.
 */
public interface ChecklistRule {

    /** The rule's id, checklist item, title, rationale and general fix. */
    RuleInfo info();

    /** The stable id, kebab-case with a dotted group, e.g. {@code controllers.no-data-access}. */
    default String id() {
        return info().id();
    }

    /** The checklist item this rule enforces. */
    default ChecklistItem item() {
        return info().item();
    }

    /** What the rule demands, as a sentence, e.g. "controllers should not access data directly". */
    default String title() {
        return info().title();
    }

    /** Why it matters; used as the rule's {@code because}. */
    default String rationale() {
        return info().rationale();
    }

    /** How to fix a violation in general; each violation also carries a specific hint. */
    default String fix() {
        return info().fix();
    }

    /** The rule's default severity ({@link RuleInfo#severity()}); a checklist can change it per rule. */
    default Severity severity() {
        return info().severity();
    }

    /** The classes the rule looks at, to tell users when a rule found nothing to check. */
    DescribedPredicate<JavaClass> scope(RuleContext context);

    /** The rule as a plain ArchUnit rule, ready for {@code @ArchTest}, {@code check(…)} or freezing. */
    ArchRule toArchRule(RuleContext context);

    /**
     * {@link #toArchRule(RuleContext)}, which, each time it is evaluated, tells {@code scopeSize} how many classes of
     * its {@linkplain #scope scope} it checked, if it can tell without testing the scope again (a rule that checks class
     * by class is handed exactly those classes); a rule that cannot tell says nothing, and the caller counts the scope itself.
     */
    default ArchRule toArchRule(RuleContext context, IntConsumer scopeSize) {
        return toArchRule(context);
    }

    /**
     * A speed hint: the library types whose subtypes this rule recognises by supertype, beyond what the
     * {@linkplain RuleContext#conventions() conventions} already name — binary type names, or packages written
     * {@code com.acme..}. The {@linkplain dev.archrules.core.ChecklistImporter recommended import} imports these
     * (with the conventions' and the other rules' types, one catalogue for all rules), their subtypes and every
     * annotation fully, so ArchUnit answers questions about them at once; other library types stay bare names.
     * {@link RuleContext#isAssignableTo} is right either way (it reads the class path where the import kept a
     * type bare); ArchUnit's own {@code JavaClass.isAssignableTo} sees a library supertype only if it is in that
     * catalogue.
     */
    default Set<String> typesOfInterest() {
        return Set.of();
    }

    /**
     * The ids of rules that report some of this rule's facts again, under the same key: a controller's dependency
     * on a repository is {@code controllers.no-data-access}'s fact, and also matches
     * {@code spring.repositories-only-in-services}. When a checklist runs both, such a fact is reported once, by
     * this rule, its message naming the others ("also breaks …"), so counts and baselines stay honest. A rule
     * evaluated on its own ({@code @ArchTest}) reports everything it finds.
     */
    default Set<String> subsumes() {
        return Set.of();
    }

    /**
     * Whether the rule reads source files through {@link RuleContext#sources()}. {@code BackendChecklist}
     * evaluates such rules last and calls {@link #parseAhead} on another thread first, so that their files are
     * parsed while the other rules run.
     */
    default boolean readsSources() {
        return false;
    }

    /**
     * Starts the source work the rule will need on {@code classes} (parsing the files it will read, through
     * {@link RuleContext#sources()}) and returns when it is done; called on a background thread while other
     * rules run, so it must only read the classes. Rules that do not read sources do nothing.
     */
    default void parseAhead(JavaClasses classes, RuleContext context) {
    }
}
