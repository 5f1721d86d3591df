package dev.archrules.core.model;

import java.util.List;
import java.util.Objects;

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
 */
public record Violation(String ruleId, String key, String message, SourceLocation location, String hint,
                        List<String> details, Flow flow) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(hint, "hint");
        details = List.copyOf(details);
        Objects.requireNonNull(flow, "flow");
    }

    /** A violation without a flow. */
    public Violation(String ruleId, String key, String message, SourceLocation location, String hint, List<String> details) {
        this(ruleId, key, message, location, hint, details, Flow.NONE);
    }

    /** The same violation with this flow. */
    public Violation withFlow(Flow newFlow) {
        return new Violation(ruleId, key, message, location, hint, details, newFlow);
    }

    /** A violation whose message says everything (no details). */
    public Violation(String ruleId, String key, String message, SourceLocation location, String hint) {
        this(ruleId, key, message, location, hint, List.of());
    }
}
