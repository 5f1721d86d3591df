package dev.archrules.core.engine;

import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Severity;

import java.util.Objects;

/**
 * What a checklist rule is, apart from how it checks: its stable id, the checklist item it enforces, what it
 * demands, why, and how to fix a violation in general. Reports, baselines and the command read rules through it.
 *
 * @param id        the stable id, kebab-case with a dotted group, e.g. {@code controllers.no-data-access}; baselines
 *                  and reports refer to it, so it never changes
 * @param item      the checklist item the rule enforces
 * @param title     what the rule demands, as a sentence, e.g. "controllers should not access data directly"
 * @param rationale why it matters; used as the rule's {@code because}
 * @param fix       how to fix a violation in general; each violation also carries a specific hint
 * @param severity  the rule's default severity: {@link Severity#ERROR} (fails the build) unless the rule is advice
 *                  ({@link Severity#WARNING}) or an inventory ({@link Severity#NOTE}); a checklist can change it
 */
public record RuleInfo(String id, ChecklistItem item, String title, String rationale, String fix, Severity severity) {

    /** A rule whose violations fail the build: {@link Severity#ERROR}. */
    public RuleInfo(String id, ChecklistItem item, String title, String rationale, String fix) {
        this(id, item, title, rationale, fix, Severity.ERROR);
    }

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(severity, "severity");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a rule id must not be blank");
        }
    }

    /** The same rule with another default severity. */
    public RuleInfo withSeverity(Severity newSeverity) {
        return new RuleInfo(id, item, title, rationale, fix, newSeverity);
    }
}
