package dev.archrules.core.report;

import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One line of a detailed report: a new or baselined violation, or a fixed baseline entry. */
record Finding(RuleResult rule, State state, Optional<Violation> violation, Optional<FixedEntry> fixed) {

    enum State {
        NEW, BASELINED, FIXED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Every finding of the model: per rule in checklist order, new, then baselined, then fixed. */
    static List<Finding> all(ReportModel model) {
        return model.rules().stream().flatMap(rule -> of(rule).stream()).toList();
    }

    /** The findings of one rule: new, then baselined, then fixed. */
    static List<Finding> of(RuleResult rule) {
        List<Finding> findings = new ArrayList<>();
        rule.triage().newViolations().forEach(v -> findings.add(new Finding(rule, State.NEW, Optional.of(v), Optional.empty())));
        rule.triage().baselined().forEach(v -> findings.add(new Finding(rule, State.BASELINED, Optional.of(v), Optional.empty())));
        rule.triage().fixed().forEach(f -> findings.add(new Finding(rule, State.FIXED, Optional.empty(), Optional.of(f))));
        return findings;
    }

    static List<Finding> inState(ReportModel model, State state) {
        return all(model).stream().filter(finding -> finding.state() == state).toList();
    }

    String key() {
        return violation.map(Violation::key).orElseGet(() -> fixed.orElseThrow().key());
    }

    /** The violation's message, or for a fixed entry what was fixed. */
    String text() {
        return violation.map(Violation::message).orElseGet(() -> {
            FixedEntry entry = fixed.orElseThrow();
            return entry.fixed() + " of " + entry.baselined() + " baselined occurrences of '" + entry.key() + "' fixed"
                    + (entry.remaining() == 0 ? "; the entry can be removed" : "; the count can be lowered to " + entry.remaining());
        });
    }

    /** {@code path:line} of a violation; empty for a fixed entry, which has no location. */
    String where(Locator locator) {
        return violation.map(v -> locator.pathAndLine(v.location())).orElse("");
    }

    /** The package of the violating class; empty for a fixed entry. */
    String packageName() {
        return violation.map(v -> Locator.packageOf(v.location())).orElse("");
    }
}
