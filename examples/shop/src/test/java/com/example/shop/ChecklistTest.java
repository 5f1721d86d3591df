package com.example.shop;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.RuleResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole checklist on one import of the shop: the modules are clean, and the legacy package fails
 * with exactly the violations it was written to show.
 */
class ChecklistTest {

    private static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage("com.example.shop");

    /** One import of the production classes (test classes left out), shared by every rule. */
    private static final JavaClasses CLASSES = CHECKLIST.importClasses();

    @Test
    void the_modules_pass_every_rule_when_the_legacy_package_is_excluded() {
        BackendChecklist withoutLegacy = CHECKLIST.excluding("com.example.shop.legacy..");

        withoutLegacy.check(CLASSES);

        // and none of them passed for lack of something to check: every rule found classes in its scope
        assertThat(withoutLegacy.evaluate(CLASSES).rules())
                .allSatisfy(rule -> assertThat(rule.note()).as(rule.rule().id()).isEmpty());
    }

    @Test
    void the_legacy_package_fails_with_exactly_the_violations_it_was_written_to_show() {
        ChecklistResult result = CHECKLIST.evaluate(CLASSES);

        assertThat(result.violations())
                .extracting(Violation::ruleId, Violation::key)
                .containsExactlyInAnyOrder(
                        // C1 and C2: the report controller runs its own SQL; one fact, one report: reported by
                        // controllers.no-data-access, naming data-access.persistence-api-only-in-repositories
                        tuple("controllers.no-data-access",
                                "com.example.shop.legacy.LegacyReportController -> org.springframework.jdbc.core.JdbcTemplate"),
                        // C1, from the source: the SQL text itself (key: class, member, fingerprint of the statement)
                        tuple("data-access.sql-only-in-repositories",
                                "com.example.shop.legacy.LegacyReportController#revenuePerDay @6aae77cf"),
                        // C4: the export reads the orders module's repository and entity
                        tuple("modules.own-their-data",
                                "com.example.shop.legacy.LegacyOrderExportService -> com.example.shop.orders.OrderRepository"),
                        tuple("modules.own-their-data",
                                "com.example.shop.legacy.LegacyOrderExportService -> com.example.shop.orders.Order"),
                        // C5: a service calls the carrier with RestTemplate itself
                        tuple("integration.http-clients-in-client-adapters",
                                "com.example.shop.legacy.LegacyShippingService -> org.springframework.web.client.RestTemplate"),
                        // C6, from the source: the carrier's URL is hard-coded
                        tuple("config.no-hardcoded-endpoints",
                                "com.example.shop.legacy.LegacyShippingService#bookShipment @d1404106"),
                        // C8: a request counter shared by every request
                        tuple("state.stateless-singletons",
                                "com.example.shop.legacy.LegacyReportController#reportsServed"),
                        // C9: field injection, and collaborators created with new
                        tuple("di.constructor-injection",
                                "com.example.shop.legacy.LegacyOrderExportService#orderRepository"),
                        tuple("di.no-direct-instantiation",
                                "com.example.shop.legacy.LegacyShippingService -> new org.springframework.web.client.RestTemplate"),
                        tuple("di.no-direct-instantiation",
                                "com.example.shop.legacy.LegacyCheckoutService -> new com.example.shop.legacy.LegacyShippingService"));

        // every violation points into the legacy package, at a line an IDE can jump to
        assertThat(result.violations()).allSatisfy(violation -> {
            assertThat(violation.location().className()).startsWith("com.example.shop.legacy.");
            assertThat(violation.location().line()).isPositive();
            assertThat(violation.message()).endsWith(violation.location().toString());
        });

        // the rules the legacy code does not break still pass
        assertThat(result.rules()).filteredOn(RuleResult::passed)
                .extracting(rule -> rule.rule().id())
                .containsExactlyInAnyOrder("data-access.persistence-api-only-in-repositories", "controllers.thin-handlers", "controllers.single-responsibility",
                        "config.no-hardcoded-credentials", "packages.no-cycles", "modules.no-cycles", "layers.dependency-direction",
                        "layers.repositories-behind-interfaces", "reliability.no-remote-calls-in-transactions", "complexity.single-datasource",
                        "complexity.no-request-reply-over-messaging", "complexity.no-sequential-remote-calls", "complexity.no-pass-through-layers",
                        "complexity.request-hops");
        // and every source file was found and read
        assertThat(result.sourceProblems()).isEmpty();
    }

    @Test
    void check_fails_with_one_report_that_names_every_broken_rule() {
        assertThatThrownBy(() -> CHECKLIST.check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 10 violations of 8 rules")
                .hasMessageContainingAll(
                        "PASS data-access.persistence-api-only-in-repositories (C1) data-access APIs should only be used by repositories"
                                + " — 1 finding reported under controllers.no-data-access",
                        "(also breaks data-access.persistence-api-only-in-repositories) in (LegacyReportController.java:",
                        "FAIL controllers.no-data-access",
                        "FAIL modules.own-their-data",
                        "FAIL data-access.sql-only-in-repositories",
                        "FAIL integration.http-clients-in-client-adapters",
                        "FAIL config.no-hardcoded-endpoints",
                        "FAIL state.stateless-singletons",
                        "FAIL di.constructor-injection",
                        "FAIL di.no-direct-instantiation",
                        "(LegacyReportController.java:")
                .hasMessageContainingAll(
                        "PASS controllers.single-responsibility",
                        "PASS controllers.thin-handlers",
                        "PASS config.no-hardcoded-credentials",
                        "PASS packages.no-cycles",
                        "PASS modules.no-cycles",
                        "PASS layers.dependency-direction");
    }
}
