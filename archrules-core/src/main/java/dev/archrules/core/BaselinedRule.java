package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.FixedEntry;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.ViolationEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One checklist rule as an ArchUnit rule that honours the checklist's baseline the way {@link BackendChecklist#check}
 * does, for the {@code @ArchTest} style: only violations the baseline does not accept fail (a key with more occurrences
 * than accepted fails with the extra ones), stale entries of the rule fail on CI and are logged locally. The baseline is
 * read on every evaluation and never written: the writing modes ({@code init}, {@code prune}, {@code accept}) need every
 * rule's violations at once, so a single rule refuses them with a message that says what to run instead.
 */
final class BaselinedRule extends ForwardingRule {

    private static final System.Logger LOG = System.getLogger("dev.archrules");

    private final String ruleId;
    private final Baseline baseline;
    private final Set<String> knownRuleIds;
    private final Set<String> neverBaselined;
    private final Set<String> owners;

    /**
     * @param owners the rules of the checklist that own some of this rule's facts: evaluated alone, this rule reports
     *               them itself, and the checklist's baseline lists them under the owner's id, which accepts them here
     */
    BaselinedRule(ArchRule delegate, String ruleId, Baseline baseline, Set<String> knownRuleIds, Set<String> neverBaselined,
                  Set<String> owners) {
        super(delegate);
        this.ruleId = ruleId;
        this.baseline = baseline;
        this.knownRuleIds = Set.copyOf(knownRuleIds);
        this.neverBaselined = Set.copyOf(neverBaselined);
        this.owners = Set.copyOf(owners);
    }

    @Override
    protected BaselinedRule with(ArchRule newDelegate) {
        return new BaselinedRule(newDelegate, ruleId, baseline, knownRuleIds, neverBaselined, owners);
    }

    @Override
    public void check(JavaClasses classes) {
        Assertions.assertNoViolation(evaluate(classes));
    }

    @Override
    public EvaluationResult evaluate(JavaClasses classes) {
        BaselineMode mode = baseline.mode();
        if (mode != BaselineMode.CHECK) {
            throw new IllegalStateException("archrules baseline mode '" + mode.argument() + "' writes " + baseline.file()
                    + " from the violations of every rule at once, which the single rule " + ruleId + " (@ArchTest) cannot do; run "
                    + mode.command() + " on a test that calls checklist.check(…) (see docs/baseline.md), or leave the mode at 'check'");
        }
        EvaluationResult raw = delegate.evaluate(classes);
        List<Violation> violations = new ArrayList<>();
        ConditionEvents kept = ConditionEvents.Factory.create();
        raw.handleViolations((Collection<Object> objects, String message) -> {
            if (!objects.isEmpty() && objects.stream().allMatch(Violation.class::isInstance)) {
                objects.forEach(object -> violations.add((Violation) object));
            } else {
                kept.add(SimpleConditionEvent.violated(objects, message)); // not a checklist violation: never baselined
            }
        });
        violations.sort(ChecklistRun.VIOLATION_ORDER);
        // an owner's entry for the fact (its key there: the same, or the one the finding names) accepts the fact this rule
        // reports alone (one fact, one report)
        List<FoldedFinding> ownersFacts = owners.stream()
                .flatMap(owner -> violations.stream().map(violation -> new FoldedFinding(owner, violation.keyUnder(owner), ruleId, violation.key())))
                .toList();
        Baseline.Assessment assessment = baseline.assess(Map.of(ruleId, violations), ownersFacts, knownRuleIds, neverBaselined);
        Triage triage = assessment.byRule().get(ruleId);
        triage.newViolations().forEach(violation -> kept.add(new ViolationEvent(violation)));
        for (FixedEntry stale : triage.fixed()) {
            String message = stale.ruleId() + ": stale baseline entry '" + stale.key() + "': " + stale.baselined() + " accepted, "
                    + stale.remaining() + " left (" + baseline.file() + ") — remove it with " + BaselineMode.PRUNE.command();
            if (assessment.staleEntriesFail()) {
                kept.add(SimpleConditionEvent.violated(stale, message));
            } else {
                LOG.log(System.Logger.Level.WARNING, message);
            }
        }
        return new EvaluationResult(this, kept, raw.getPriority());
    }

    @Override
    public String toString() {
        return getDescription() + " (" + baseline + ")";
    }
}
