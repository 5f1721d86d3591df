package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.model.ChecklistItem;

import java.util.Set;

/**
 * A predefined checklist rule: a stable id, the checklist item it enforces, why it matters, and how it
 * becomes a plain ArchUnit {@link ArchRule} for a given {@link RuleContext}.
 *
 * <p>Rule ids are a contract: baselines and reports refer to them, so an id never changes.
 */
public interface ChecklistRule {

    /** The stable id, kebab-case with a dotted group, e.g. {@code controllers.no-data-access}. */
    String id();

    /** The checklist item this rule enforces. */
    ChecklistItem item();

    /** What the rule demands, as a sentence, e.g. "controllers should not access data directly". */
    String title();

    /** Why it matters; used as the rule's {@code because}. */
    String rationale();

    /** How to fix a violation in general; each violation also carries a specific hint. */
    String fix();

    /** The classes the rule looks at, to tell users when a rule found nothing to check. */
    DescribedPredicate<JavaClass> scope(RuleContext context);

    /** The rule as a plain ArchUnit rule, ready for {@code @ArchTest}, {@code check(…)} or freezing. */
    ArchRule toArchRule(RuleContext context);

    /**
     * The library types whose subtypes this rule recognises by supertype ({@code isAssignableTo}), beyond
     * what the {@linkplain RuleContext#conventions() conventions} already name: binary type names, or
     * packages written {@code com.acme..}. The {@linkplain dev.archrules.core.ChecklistImporter recommended
     * import} imports a library type fully only if it is one of these (or of the conventions'), a subtype of
     * one, or an annotation; other library types stay bare names. A rule that calls {@code isAssignableTo}
     * on library types must list them here, or it will not see their subtypes through that import.
     */
    default Set<String> typesOfInterest() {
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
