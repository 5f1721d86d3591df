package dev.archrules.core.report;

import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Masking;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.ChecklistRule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The outcome of one rule in a checklist run: what the run found and what every report shows for the rule.
 *
 * @param rule             the rule
 * @param violations       its violations, sorted by key and location
 * @param classesInScope   how many imported classes the rule looked at
 * @param scopeDescription what the rule looks at, e.g. "controllers"
 * @param triage           the violations sorted against the baseline: new, baselined, fixed (all new without one)
 * @param reportedElsewhere what the rule found that the checklist reports under the rule owning the fact (one fact, one
 *                          report: a controller's dependency on a repository is reported by {@code controllers.no-data-access},
 *                          naming this rule); neither counted nor failing here, empty for most rules
 * @param severity         the rule's severity in this run: its default, or what the checklist set for it
 */
public record RuleResult(ChecklistRule rule, List<Violation> violations, int classesInScope, String scopeDescription,
                         Triage triage, List<FoldedFinding> reportedElsewhere, Severity severity) {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        violations = List.copyOf(violations);
        Objects.requireNonNull(scopeDescription, "scopeDescription");
        Objects.requireNonNull(triage, "triage");
        reportedElsewhere = List.copyOf(reportedElsewhere);
        Objects.requireNonNull(severity, "severity");
    }

    /** A result of the rule at its default severity, whose findings are all its own. */
    public RuleResult(ChecklistRule rule, List<Violation> violations, int classesInScope, String scopeDescription, Triage triage) {
        this(rule, violations, classesInScope, scopeDescription, triage, List.of(), rule.severity());
    }

    /** A result without a baseline: every violation is new. */
    public RuleResult(ChecklistRule rule, List<Violation> violations, int classesInScope, String scopeDescription) {
        this(rule, violations, classesInScope, scopeDescription, Triage.allNew(violations));
    }

    /** The same result sorted against a baseline. */
    public RuleResult withTriage(Triage newTriage) {
        return new RuleResult(rule, violations, classesInScope, scopeDescription, newTriage, reportedElsewhere, severity);
    }

    /** The same result with these findings reported under the rules that own them. */
    public RuleResult withReportedElsewhere(List<FoldedFinding> elsewhere) {
        return new RuleResult(rule, violations, classesInScope, scopeDescription, triage, elsewhere, severity);
    }

    /** The same result at another severity. */
    public RuleResult withSeverity(Severity newSeverity) {
        return new RuleResult(rule, violations, classesInScope, scopeDescription, triage, reportedElsewhere, newSeverity);
    }

    /**
     * The result as reports may show it: every violation through {@link Masking#mask(Violation)}, and the keys
     * that grew beyond the baseline masked like the keys of the violations, so they still name the same occurrences.
     */
    RuleResult masked() {
        UnaryOperator<Violation> mask = Masking::mask;
        Triage shown = new Triage(triage.newViolations().stream().map(mask).toList(), triage.baselined().stream().map(mask).toList(),
                triage.fixed(), triage.grownKeys().stream().map(key -> Masking.maskKey(rule.id(), key)).collect(Collectors.toSet()));
        return new RuleResult(rule, violations.stream().map(mask).toList(), classesInScope, scopeDescription, shown,
                reportedElsewhere.stream().map(folded -> new FoldedFinding(folded.ruleId(), Masking.maskKey(folded.ruleId(), folded.key()),
                        folded.ownerRuleId(), Masking.maskKey(folded.ownerRuleId(), folded.ownerKey()))).toList(), severity);
    }

    /** Whether the rule found no new violation (baselined ones are accepted). */
    public boolean passed() {
        return triage.newViolations().isEmpty();
    }

    /**
     * Whether the rule's new violations fail a run whose {@code failOn} is {@code failOn}: there are some, and the rule's
     * severity is at least {@code failOn}.
     */
    public boolean fails(Severity failOn) {
        return !passed() && severity.fails(failOn);
    }

    /** The violations the baseline does not accept. */
    public List<Violation> newViolations() {
        return triage.newViolations();
    }

    /** The violations the baseline accepts. */
    public List<Violation> baselined() {
        return triage.baselined();
    }

    /** Baseline entries of this rule with fewer occurrences than accepted. */
    public List<FixedEntry> fixed() {
        return triage.fixed();
    }

    /** New violations of the rule. */
    public int newCount() {
        return triage.newViolations().size();
    }

    /** Baselined violations of the rule. */
    public int baselinedCount() {
        return triage.baselined().size();
    }

    /** Fixed occurrences of the rule's baseline entries. */
    public int fixedCount() {
        return triage.fixedCount();
    }

    /** Current violations of the rule: new plus baselined. */
    public int total() {
        return triage.total();
    }

    /**
     * Why a passing rule may say little: set when no imported class was in its scope (a code base
     * without controllers passes {@code controllers.*} vacuously).
     */
    public Optional<String> note() {
        if (classesInScope > 0) {
            return Optional.empty();
        }
        return Optional.of("no " + scopeDescription + " found in the imported classes, so there was nothing to check;"
                + " if the code base has them, adjust the Conventions so that they are recognised");
    }
}
