package dev.archrules.core;

import dev.archrules.core.baseline.BaselineEntry;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The failure report of a run with a baseline: the ratchet lists every occurrence, credentials are masked. */
class ChecklistResultReportTest {

    private static final ChecklistRule MODULES = BackendChecklist.forBasePackage("com.acme").definitions().stream()
            .filter(rule -> rule.id().equals(CoreRules.MODULES_OWN_THEIR_DATA)).findFirst().orElseThrow();
    private static final String KEY = "com.acme.billing.Invoicing -> com.acme.orders.Order";

    private static Violation at(int line, String message) {
        SourceLocation location = SourceLocation.of("com.acme.billing.Invoicing", line);
        return new Violation(CoreRules.MODULES_OWN_THEIR_DATA, KEY, message + " in " + location, location, "ask the orders module");
    }

    @Test
    void one_more_occurrence_of_a_baselined_key_fails_listing_all_its_occurrences_with_locations() {
        List<Violation> violations = List.of(at(12, "Invoicing uses Order"), at(40, "Invoicing uses Order"), at(77, "Invoicing uses Order"));
        Triage triage = Triage.of(violations, List.of(BaselineEntry.of(CoreRules.MODULES_OWN_THEIR_DATA, KEY, 2)));
        ChecklistResult result = new ChecklistResult(List.of(new RuleResult(MODULES, violations, 1, "classes", triage)), 1);

        assertThat(result.failed()).isTrue();
        assertThat(result.report()).contains(String.join(System.lineSeparator(),
                "  FAIL modules.own-their-data (C4) modules should only use their own repositories and entities — 1 violation, 2 baselined",
                "    - Invoicing uses Order in (Invoicing.java:77)",
                "      fix: ask the orders module",
                "    key '" + KEY + "' has 3 occurrences but the baseline accepts 2; all occurrences:",
                "      Invoicing uses Order in (Invoicing.java:12)",
                "      Invoicing uses Order in (Invoicing.java:40)",
                "      Invoicing uses Order in (Invoicing.java:77)"));
    }

    @Test
    void the_failure_report_masks_credentials_like_every_other_report() {
        ChecklistRule credentials = new ChecklistRule() {
            public dev.archrules.core.engine.RuleInfo info() {
                return new dev.archrules.core.engine.RuleInfo("config.no-hardcoded-credentials", dev.archrules.core.model.ChecklistItem.C6,
                        "credentials should not be hard-coded", "secrets leak", "use a secret store");
            }
            public com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> scope(dev.archrules.core.engine.RuleContext c) { throw new UnsupportedOperationException(); }
            public com.tngtech.archunit.lang.ArchRule toArchRule(dev.archrules.core.engine.RuleContext c) { throw new UnsupportedOperationException(); }
        };
        Violation secret = new Violation(credentials.id(), "com.acme.Db#password", "Field <com.acme.Db.password> holds \"hunter2\" in (Db.java:7)",
                SourceLocation.of("com.acme.Db", 7), "move \"hunter2\" to the environment");
        ChecklistResult result = new ChecklistResult(List.of(new RuleResult(credentials, List.of(secret), 1, "classes")), 1);

        assertThat(result.report()).doesNotContain("hunter2")
                .contains("    - Field <com.acme.Db.password> holds \"****\" in (Db.java:7)")
                .contains("      fix: move \"****\" to the environment");
    }
}
