package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.model.ChecklistItem;

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
}
