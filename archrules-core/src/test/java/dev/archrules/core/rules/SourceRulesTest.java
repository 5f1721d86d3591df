package dev.archrules.core.rules;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The source rules on fixtures whose {@code .java} files are found through target/test-classes → src/test/java. */
class SourceRulesTest {

    private static final String SQL = "dev.archrules.fixtures.source.sql";
    private static final String ENDPOINTS = "dev.archrules.fixtures.source.endpoints";
    private static final String CREDENTIALS = "dev.archrules.fixtures.source.credentials";
    private static final String HANDLERS = "dev.archrules.fixtures.source.handlers";

    private static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(Fixtures.classes(basePackage));
    }

    private static String key(String className, String member, String literal) {
        return className + "#" + member + " @" + SourceRule.fingerprint(literal);
    }

    @Test
    void sql_is_reported_outside_repositories_where_it_is_used_and_prose_is_not_sql() {
        ChecklistResult result = evaluate(SQL);
        List<Violation> violations = result.violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple("data-access.sql-only-in-repositories",
                                key(SQL + ".OrderController", "orders", "SELECT id, total_cents FROM orders"), "(OrderController.java:20)"),
                        tuple("data-access.sql-only-in-repositories",
                                key(SQL + ".ReportService", "<class>", "select sum(amount_cents) from invoice"), "(ReportService.java:11)"),
                        tuple("data-access.sql-only-in-repositories",
                                key(SQL + ".ReportService", "perCustomer", "update ? set seen = true where customer_id = ?"), "(ReportService.java:22)"),
                        tuple("data-access.sql-only-in-repositories",
                                key(SQL + ".ReportService", "revenue", "SELECT cast(paid_at AS date) AS day, sum(amount_cents) FROM invoice GROUP BY cast(paid_at AS date)"),
                                "(ReportService.java:14)"),
                        tuple("data-access.sql-only-in-repositories",
                                key(SQL + ".ReportService", "unpaid", "select count(*) from invoice where paid = false"), "(ReportService.java:37)"));
        assertThat(violations.get(4).message()).startsWith("Service <" + SQL + ".ReportService> declares @Query on");
        assertThat(violations.get(0).message()).isEqualTo("Controller <" + SQL + ".OrderController> contains SQL constant Queries.FIND_ALL in <orders>:"
                + " \"SELECT id, total_cents FROM orders\" in (OrderController.java:20)");
        assertThat(violations.get(1).message()).contains("declares @NamedNativeQuery on the class");
        assertThat(result.sourceProblems()).isEmpty();
    }

    @Test
    void the_recognizer_knows_statements_from_prose() {
        assertThat(List.of("SELECT * FROM orders", "select o from Order o where o.id = :id", "insert into orders (id) values (?)",
                "UPDATE orders SET status = ? WHERE id = ?", "delete from orders", "MERGE INTO stock s USING incoming i ON s.id = i.id",
                "WITH recent AS (SELECT 1)", "create table audit (id bigint)", "DROP TABLE IF EXISTS audit", "truncate table audit",
                "(select count(*) from orders)", "SELECT 1"))
                .allMatch(SqlRecognizer::isSql);
        assertThat(List.of("Select an option", "Update your profile", "delete failed", "Select the items from your cart",
                "Insert into the slot", "Delete from cart failed.", "select a file from the list", "Create a new account",
                "with pleasure", "drop it", "update"))
                .noneMatch(SqlRecognizer::isSql);
    }

    @Test
    void endpoints_are_reported_outside_configuration_with_namespaces_documentation_and_placeholders_allowed() {
        List<Violation> violations = evaluate(ENDPOINTS).violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS);
        String service = ENDPOINTS + ".ShippingService";

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(ENDPOINTS + ".PaymentApi", "<class>", "https://payments.acme-pay.net/v1"), "(PaymentApi.java:0)"),
                        tuple(key(service, "<init>", "http://rates.internal/api"), "(ShippingService.java:21)"),
                        tuple(key(service, "book", "https://api.carrier.net/v2/shipments"), "(ShippingService.java:29)"),
                        tuple(key(service, "book", "http://shipping.internal:8080/api/shipments"), "(ShippingService.java:27)"),
                        tuple(key(service, "database", "jdbc:postgresql://db.internal:5432/shop"), "(ShippingService.java:34)"),
                        tuple(key(service, "hosts", "10.1.2.3"), "(ShippingService.java:38)"),
                        tuple(key(service, "hosts", "cache.internal:6379"), "(ShippingService.java:38)"));
        assertThat(violations.get(0).message()).as("a @FeignClient url; the CarrierProperties default passes")
                .startsWith("Client <" + ENDPOINTS + ".PaymentApi> hard-codes endpoint \"https://payments.acme-pay.net/v1\" in @FeignClient");
        assertThat(violations).noneMatch(v -> v.key().contains("CarrierProperties"));
        violations = violations.subList(1, violations.size());
        assertThat(violations.get(0).message()).isEqualTo("Service <" + service + "> hard-codes endpoint \"http://rates.internal/api\""
                + " in @Value on a constructor in (ShippingService.java:21)");
        assertThat(violations.get(1).message()).as("the value of Endpoints.CARRIER, inlined by javac, reported where it is used")
                .isEqualTo("Service <" + service + "> hard-codes endpoint \"https://api.carrier.net/v2/shipments\" in <book> in (ShippingService.java:29)");
    }

    @Test
    void the_allow_list_can_be_extended() {
        List<Violation> violations = BackendChecklist.forBasePackage(ENDPOINTS).withAllowedEndpoints("api.carrier.net/")
                .evaluate(Fixtures.classes(ENDPOINTS)).violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS);

        assertThat(violations).hasSize(6).noneMatch(v -> v.message().contains("api.carrier.net"));
    }

    @Test
    void credentials_are_reported_masked_everywhere() {
        ChecklistResult result = evaluate(CREDENTIALS);
        List<Violation> violations = result.violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS);
        String settings = CREDENTIALS + ".PaymentSettings";

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(key(settings, "apiKey", "apiKey=****"), "(PaymentSettings.java:14)",
                                "Class <" + settings + "> hard-codes a credential in <apiKey>: apiKey = \"****\" in (PaymentSettings.java:14)"),
                        tuple(key(settings, "connection", "password=le****23"), "(PaymentSettings.java:21)",
                                "Class <" + settings + "> hard-codes a credential in <connection>: password = \"le****23\" in (PaymentSettings.java:21)"),
                        tuple(key(settings, "header", "API_KEY=sk****Yz"), "(PaymentSettings.java:34)",
                                "Class <" + settings + "> hard-codes a credential constant API_KEY in <header>: API_KEY = \"sk****Yz\" in (PaymentSettings.java:34)"),
                        tuple(key(settings, "password", "password=hu****et"), "(PaymentSettings.java:13)",
                                "Class <" + settings + "> hard-codes a credential in <password>: password = \"hu****et\" in (PaymentSettings.java:13)"),
                        tuple(key(settings, "urls", "Password=Su****et"), "(PaymentSettings.java:29)",
                                "Class <" + settings + "> hard-codes a credential in <urls>: Password = \"Su****et\" in (PaymentSettings.java:29)"),
                        tuple(key(settings, "urls", "URL password=pa****rd"), "(PaymentSettings.java:28)",
                                "Class <" + settings + "> hard-codes a credential in <urls>: URL password = \"pa****rd\" in (PaymentSettings.java:28)"));
        assertThat(result.report()).doesNotContain("hunter2secret", "letmein123", "sk_live_51HxYz", "Sup3rS3cret", "pa55word", "\"abc\"");
        assertThat(result.violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("amqp://shop:pa****rd@broker.internal:5672"));
    }

    @Test
    void fat_handlers_are_reported_thin_ones_and_helpers_are_not() {
        List<Violation> violations = evaluate(HANDLERS).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(tuple(HANDLERS + ".OrderController#place(java.util.List)", "(OrderController.java:16)",
                        "Handler <" + HANDLERS + ".OrderController.place(…)> has 14 statements and 6 branches, more than the limits of"
                                + " 12 statements and 3 branches in (OrderController.java:16)"));
    }

    @Test
    void handler_limits_are_configurable() {
        BackendChecklist lenient = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(20).withMaxBranchesPerHandler(6);
        BackendChecklist strict = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(1);

        assertThat(lenient.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS)).isEmpty();
        assertThat(strict.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key).containsExactly(HANDLERS + ".OrderController#place(java.util.List)");
    }

    @Test
    void keys_do_not_contain_line_numbers_and_messages_end_with_the_location() {
        for (String pkg : List.of(SQL, ENDPOINTS, CREDENTIALS, HANDLERS)) {
            assertThat(evaluate(pkg).violations()).allSatisfy(v -> {
                assertThat(v.key()).doesNotContain(".java:");
                assertThat(v.message()).endsWith(v.location().toString());
            });
        }
    }
}
