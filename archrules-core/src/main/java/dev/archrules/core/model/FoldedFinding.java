package dev.archrules.core.model;

import java.util.Objects;

/**
 * One occurrence of a fact that two rules of a checklist found, reported once: by the rule that owns the fact
 * ({@code ownerRuleId}), whose finding names {@code ruleId} ("also breaks …"). A controller's dependency on a
 * repository is {@code controllers.no-data-access}'s fact and is not reported again by
 * {@code spring.repositories-only-in-services}, under the same key; a module tangle that is a package tangle seen from
 * afar is {@code packages.no-cycles}'s, keyed by its packages there and by its modules under {@code modules.no-cycles}.
 * Baselines use it so that an entry accepted under either id still matches, and none turns "fixed" while the code
 * still has the fact.
 *
 * @param ruleId      the rule that found the fact and does not report it
 * @param key         the fact's key under {@code ruleId}
 * @param ownerRuleId the rule that reports it
 * @param ownerKey    the fact's key under {@code ownerRuleId}: mostly the same
 */
public record FoldedFinding(String ruleId, String key, String ownerRuleId, String ownerKey) {

    public FoldedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ownerRuleId, "ownerRuleId");
        Objects.requireNonNull(ownerKey, "ownerKey");
    }
}
