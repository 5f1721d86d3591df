package dev.archrules.core.model;

import java.util.Objects;

/**
 * One occurrence of a fact that two rules of a checklist found under the same key, reported once: by the rule that
 * owns the fact ({@code ownerRuleId}), whose finding names {@code ruleId} ("also breaks …"). A controller's
 * dependency on a repository is {@code controllers.no-data-access}'s fact and is not reported again by
 * {@code spring.repositories-only-in-services}. Baselines use it so that an entry accepted under either id still
 * matches, and none turns "fixed" while the code still has the fact.
 *
 * @param ruleId      the rule that found the fact and does not report it
 * @param key         the fact's key, the same under both rules
 * @param ownerRuleId the rule that reports it
 */
public record FoldedFinding(String ruleId, String key, String ownerRuleId) {

    public FoldedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ownerRuleId, "ownerRuleId");
    }
}
