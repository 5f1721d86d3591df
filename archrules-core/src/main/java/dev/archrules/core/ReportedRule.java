package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.archrules.core.model.Severity;

/**
 * A checklist rule whose severity is below the checklist's {@code failOn}, in the {@code @ArchTest} style: its
 * violations are reported (logged as a warning with ArchUnit's failure report) but {@link #check} does not fail, as
 * {@link BackendChecklist#check} does not fail on them. {@link #evaluate} still returns every violation, for callers
 * that decide themselves.
 */
final class ReportedRule extends ForwardingRule {

    private static final System.Logger LOG = System.getLogger("dev.archrules");

    private final String ruleId;
    private final Severity severity;
    private final Severity failOn;

    ReportedRule(ArchRule delegate, String ruleId, Severity severity, Severity failOn) {
        super(delegate);
        this.ruleId = ruleId;
        this.severity = severity;
        this.failOn = failOn;
    }

    @Override
    protected ReportedRule with(ArchRule newDelegate) {
        return new ReportedRule(newDelegate, ruleId, severity, failOn);
    }

    /** Logs the violations, if any, as a warning and passes: a {@code severity} below {@code failOn} does not fail. */
    @Override
    public void check(JavaClasses classes) {
        EvaluationResult result = evaluate(classes);
        if (result.hasViolation()) {
            LOG.log(System.Logger.Level.WARNING, ruleId + " (" + severity.argument() + ", does not fail with failOn="
                    + failOn.argument() + "): " + result.getFailureReport());
        }
    }

    @Override
    public String toString() {
        return getDescription() + " (" + severity.argument() + ", reported only: failOn=" + failOn.argument() + ")";
    }
}
