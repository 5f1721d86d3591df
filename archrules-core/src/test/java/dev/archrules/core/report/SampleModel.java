package dev.archrules.core.report;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.baseline.BaselineEntry;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A report model with every case a renderer meets: new, baselined, fixed, a grown key, a violation
 * without a line, HTML in a message, and a credential that must be masked.
 */
final class SampleModel {

    static final String SCRIPT_INJECTION = "<script>document.body.setAttribute('data-pwned','yes')</script>";
    static final String SECRET = "hunter2";
    static final String CREDENTIALS_RULE = "config.no-hardcoded-credentials";

    private SampleModel() {
    }

    static ChecklistRule core(String id) {
        return CoreRules.all().stream().filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
    }

    static Violation violation(String ruleId, String key, String className, int line, String message) {
        SourceLocation location = SourceLocation.of(className, line);
        return new Violation(ruleId, key, message + " in " + location, location, "fix " + key);
    }

    /** Stands in for the rule issue #3 adds; only its id matters to the reports. */
    static ChecklistRule credentialsRule() {
        return new ChecklistRule() {
            public RuleInfo info() {
                return new RuleInfo(CREDENTIALS_RULE, ChecklistItem.C6, "credentials should not be hard-coded",
                        "secrets in code leak through every clone", "read the credential from the environment or a secret store");
            }
            public DescribedPredicate<JavaClass> scope(RuleContext context) { throw new UnsupportedOperationException(); }
            public ArchRule toArchRule(RuleContext context) { throw new UnsupportedOperationException(); }
        };
    }

    /** The baseline the sample run used, in check mode and not on CI. */
    static final ReportModel.BaselineUse BASELINE = new ReportModel.BaselineUse(Path.of("archrules-baseline.txt"), BaselineMode.CHECK, false, List.of());

    /** A rule's outcome: its violations are the triage's, and one class was in scope. */
    static RuleResult result(ChecklistRule rule, Triage triage) {
        List<Violation> violations = java.util.stream.Stream.concat(triage.baselined().stream(), triage.newViolations().stream()).toList();
        return new RuleResult(rule, violations, 1, "classes", triage);
    }

    static ReportModel model() {
        String controllers = CoreRules.CONTROLLERS_NO_DATA_ACCESS;
        Violation injected = violation(controllers, "com.acme.web.OrderController -> org.springframework.jdbc.core.JdbcTemplate",
                "com.acme.web.OrderController", 22, "Controller <com.acme.web.OrderController> runs \"select 1\" " + SCRIPT_INJECTION);
        Violation accepted = violation(controllers, "com.acme.web.CustomerController -> com.acme.db.CustomerRepository",
                "com.acme.web.CustomerController", 21, "Controller <com.acme.web.CustomerController> uses a repository");
        Triage controllersTriage = Triage.of(List.of(accepted, injected), List.of(
                BaselineEntry.of(controllers, "com.acme.web.CustomerController -> com.acme.db.CustomerRepository", 1),
                BaselineEntry.of(controllers, "com.acme.web.Gone -> com.acme.db.Repo", 2)));

        String modules = CoreRules.MODULES_OWN_THEIR_DATA;
        String grownKey = "com.acme.billing.Invoicing -> com.acme.orders.Order";
        Triage modulesTriage = Triage.of(List.of(
                violation(modules, grownKey, "com.acme.billing.Invoicing", 12, "Invoicing uses entity Order"),
                violation(modules, grownKey, "com.acme.billing.Invoicing", 40, "Invoicing uses entity Order")),
                List.of(BaselineEntry.of(modules, grownKey, 1)));

        String state = CoreRules.STATELESS_SINGLETONS;
        Triage stateTriage = Triage.of(List.of(violation(state, "com.acme.orders.OrderService#cache",
                "com.acme.orders.OrderService", 0, "Field <com.acme.orders.OrderService.cache> is not final")), List.of());

        Triage credentials = Triage.allNew(List.of(violation(CREDENTIALS_RULE, "com.acme.config.Db#password",
                "com.acme.config.Db", 7, "Field <com.acme.config.Db.password> holds the credential \"" + SECRET + "\"")));

        return new ReportModel(List.of(
                result(core(controllers), controllersTriage),
                result(core(modules), modulesTriage),
                result(core(CoreRules.PACKAGES_NO_CYCLES), Triage.allNew(List.of())),
                result(core(state), stateTriage),
                result(credentialsRule(), credentials)), 42, Optional.of(BASELINE));
    }
}
