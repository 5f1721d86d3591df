package dev.archrules.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One violation of one checklist rule, as data that baselines and reports consume.
 *
 * @param ruleId   the stable id of the rule, e.g. {@code controllers.no-data-access}
 * @param key      the stable identity of the violating element, e.g.
 *                 {@code com.acme.web.OrderController -> com.acme.orders.OrderRepository}; never contains
 *                 line numbers or message text, so moving or reformatting code does not change it
 * @param message  a sentence in ArchUnit's style that ends with the clickable location
 *                 {@code (File.java:line)}
 * @param location where the violation is in the source
 * @param hint     how to fix it
 * @param details  lines that the short message summarises, for the reports that show everything (JSON, HTML) —
 *                 e.g. every dependency of a package tangle; empty for most rules, never part of the key
 * @param flow     the request flow the finding is about, for the reports to draw (the call-path rules); {@link Flow#NONE}
 *                 for most rules, never part of the key
 * @param sameFactAs the keys under which other rules report the same fact, by rule id, where they key it differently
 *                 (a module tangle that is a package tangle seen from afar: {@code packages.no-cycles} → the package
 *                 tangle's key); one fact, one report folds the finding into the other rule's by that key. Empty for
 *                 most rules, never part of the key
 */
public record Violation(String ruleId, String key, String message, SourceLocation location, String hint,
                        List<String> details, Flow flow, Map<String, String> sameFactAs) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hint, "hint");
        details = List.copyOf(details);
        Objects.requireNonNull(flow, "flow");
        sameFactAs = Map.copyOf(sameFactAs);
    }

    /** A violation whose fact no other rule keys differently. */
    public Violation(String ruleId, String key, String message, SourceLocation location, String hint, List<String> details, Flow flow) {
        this(ruleId, key, message, location, hint, details, flow, Map.of());
    }

    /** A violation without a flow. */
    public Violation(String ruleId, String key, String message, SourceLocation location, String hint, List<String> details) {
        this(ruleId, key, message, location, hint, details, Flow.NONE);
    }

    /** The same violation with this flow. */
    public Violation withFlow(Flow newFlow) {
        return new Violation(ruleId, key, message, location, hint, details, newFlow, sameFactAs);
    }

    /** The same violation, whose fact the rule {@code otherRuleId} reports under {@code otherKey}. */
    public Violation withSameFactAs(String otherRuleId, String otherKey) {
        Map<String, String> keys = new TreeMap<>(sameFactAs);
        keys.put(otherRuleId, otherKey);
        return new Violation(ruleId, key, message, location, hint, details, flow, keys);
    }

    /** The key under which {@code otherRuleId} reports this violation's fact: the one it names, else this key. */
    public String keyUnder(String otherRuleId) {
        return sameFactAs.getOrDefault(otherRuleId, key);
    }

    /** A violation whose message says everything (no details). */
    public Violation(String ruleId, String key, String message, SourceLocation location, String hint) {
        this(ruleId, key, message, location, hint, List.of());
    }
}
