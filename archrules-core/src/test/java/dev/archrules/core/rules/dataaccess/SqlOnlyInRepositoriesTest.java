package dev.archrules.core.rules.dataaccess;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.SqlRecognizer;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code data-access.sql-only-in-repositories} (C1) on fixtures whose {@code .java} files are found through target/test-classes → src/test/java. */
class SqlOnlyInRepositoriesTest {

    private static final String SQL = "dev.archrules.fixtures.source.sql";

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
                                key(SQL + ".IndexPrefixes", "pendingOrders", "SELECT id FROM app_orders WHERE status = 'PENDING'"), "(IndexPrefixes.java:22)"),
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
        assertThat(violations.get(5).message()).startsWith("Service <" + SQL + ".ReportService> declares @Query on");
        assertThat(violations.get(1).message()).isEqualTo("Controller <" + SQL + ".OrderController> contains SQL constant Queries.FIND_ALL in <orders>:"
                + " \"SELECT id, total_cents FROM orders\" in (OrderController.java:20)");
        assertThat(violations.get(2).message()).contains("declares @NamedNativeQuery on the class");
        assertThat(result.sourceProblems()).isEmpty();
    }

    @Test
    void an_entitys_schema_definition_a_jdbi_dao_and_connection_infrastructure_are_not_sql_outside_repositories() {
        String entities = "dev.archrules.fixtures.source.schemaentities";
        String jdbi = "dev.archrules.fixtures.source.jdbi";
        String pools = "dev.archrules.fixtures.source.poolsetup";

        // PageRow (an ORMLite table class returning its foreign key's ALTER TABLE) passes, and so does AbstractPageMetadataRow
        // (the abstract base of two table classes, returning their foreign keys); WidgetRow's query does not, nor the same
        // DDL in AbstractConstraintInstaller, whose subclass is no table class
        assertThat(evaluate(entities).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(entities + ".AbstractConstraintInstaller", "statements",
                                "ALTER TABLE ? ADD CONSTRAINT ?_code_fk FOREIGN KEY (code) REFERENCES pages (code)"),
                                "(AbstractConstraintInstaller.java:14)"),
                        tuple(key(entities + ".WidgetRow", "usageQuery",
                                "SELECT count(*) FROM widget_config WHERE widget_code = ?"), "(WidgetRow.java:14)"));
        // TaskHistoryJdbi (a JDBI SqlObject DAO: a repository) passes; the service's own query does not
        assertThat(evaluate(jdbi).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(key(jdbi + ".TaskHistoryService", "count",
                        "SELECT count(*) FROM task_history WHERE request_id = :requestId"), "(TaskHistoryService.java:17)"));
        // ConnectionPools (builds the pools; its nested health check's validation query) passes
        assertThat(evaluate(pools).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(key(pools + ".UsageReportService", "events", "SELECT count(*) FROM usage_events"),
                        "(UsageReportService.java:23)"));
    }

    /**
     * QuotaPersistService and LinkFinderService (data-access objects with a service's stereotype) and DatabaseKeyService
     * (the store-named implementation of a port) pass; QuotaPolicyService's count and AuditedKeyService's insert do not.
     */
    @Test
    void a_service_named_for_persistence_holds_its_sql_where_the_data_access_layer_does() {
        String services = "dev.archrules.fixtures.source.persistenceservices";

        assertThat(evaluate(services).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple("data-access.sql-only-in-repositories", key(services + ".AuditedKeyService", "keyOf",
                                "INSERT INTO key_audit (identity) VALUES (?)"), "(AuditedKeyService.java:21)"),
                        tuple("data-access.sql-only-in-repositories", key(services + ".QuotaPolicyService", "mayGrow",
                        "SELECT count(*) FROM config_info WHERE group_id = ?"), "(QuotaPolicyService.java:19)"));
    }

    /**
     * TableStatsClient (its queries are the bodies of the requests it sends to a query broker's HTTP API, through its own
     * sendQuery) passes; OrderSyncClient's query of the application's own database, which it sends nowhere, does not.
     */
    @Test
    void a_query_sent_to_a_remote_query_engine_over_http_is_its_adapters_request() {
        String clients = "dev.archrules.fixtures.source.remotequeries";

        assertThat(evaluate(clients).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple("data-access.sql-only-in-repositories", key(clients + ".OrderSyncClient", "pendingOrdersQuery",
                        "SELECT id FROM orders WHERE synced = false"), "(OrderSyncClient.java:22)"));
    }

    /**
     * ClientProbeResponder (a client's probe statements in a private array it only tokenises and compares incoming queries
     * with, and keep-alive statements in a private list it only compares with) passes; CacheWarmer, which hands each
     * element of the same kind of array to a query engine, and ProbeFilteringQueryService, which matches probes but runs queries on JDBC itself,
     * do not.
     */
    @Test
    void statements_a_class_only_matches_incoming_queries_against_are_patterns_not_sql_run() {
        String probes = "dev.archrules.fixtures.source.matchedstatements";

        assertThat(evaluate(probes).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple("data-access.sql-only-in-repositories", key(probes + ".CacheWarmer", "WARM_UP",
                                "SELECT count(*) FROM customers"), "(CacheWarmer.java:11)"),
                        tuple("data-access.sql-only-in-repositories", key(probes + ".CacheWarmer", "WARM_UP",
                                "SELECT region, sum(amount) FROM sales GROUP BY region"), "(CacheWarmer.java:10)"),
                        tuple("data-access.sql-only-in-repositories", key(probes + ".ProbeFilteringQueryService", "PROBES",
                                "DROP TABLE \"X_Connect\""), "(ProbeFilteringQueryService.java:16)"),
                        tuple("data-access.sql-only-in-repositories", key(probes + ".ProbeFilteringQueryService", "PROBES",
                                "SELECT 1"), "(ProbeFilteringQueryService.java:16)"));
        assertThat(evaluate(probes).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES).get(1).message())
                .isEqualTo("Class <" + probes + ".CacheWarmer> contains SQL in <WARM_UP>: \"SELECT region, sum(amount) FROM sales GROUP BY region\""
                        + " in (CacheWarmer.java:10)");
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
    void schema_definitions_are_the_statements_that_create_alter_drop_or_truncate_schema_objects() {
        assertThat(List.of("create table audit (id bigint)", "CREATE INDEX idx_orders_status ON orders (status)",
                "ALTER TABLE orders ADD COLUMN notes VARCHAR(200)", "(DROP TABLE IF EXISTS audit)", "truncate table audit"))
                .allMatch(SqlRecognizer::isSchemaDefinition);
        assertThat(List.of("SELECT id FROM orders", "UPDATE orders SET status = ? WHERE id = ?", "delete from orders",
                "Create a new account", "drop it"))
                .noneMatch(SqlRecognizer::isSchemaDefinition);
    }
}
