package dev.archrules.core.rules.dataaccess;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code data-access.persistence-api-only-in-repositories} (C1) on the data-access fixtures. */
class PersistenceApiOnlyInRepositoriesTest {

    private static final String FIXTURES = "dev.archrules.fixtures.dataaccess";

    @Test
    void persistence_api_is_reported_outside_repositories_and_configuration() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple("data-access.persistence-api-only-in-repositories",
                                FIXTURES + ".service.AuditService -> jakarta.persistence.EntityManager", "(AuditService.java:15)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                FIXTURES + ".service.AuditService -> jakarta.persistence.TypedQuery", "(AuditService.java:15)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                FIXTURES + ".service.CatalogService -> org.springframework.jdbc.core.JdbcTemplate", "(CatalogService.java:17)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate", "(OrderController.java:22)"));
        assertThat(violations.get(3).message())
                .startsWith("Controller <" + FIXTURES + ".web.OrderController> uses data-access API <org.springframework.jdbc.core.JdbcTemplate>: ")
                .endsWith("(OrderController.java:22)");
        assertThat(violations.get(3).hint()).contains("repository");
    }

    /**
     * A service that only asks a connection to a registered data source whether it is valid, and closes it, is a
     * connection probe; the same service preparing a statement on it accesses data outside the data-access layer.
     */
    @Test
    void connection_infrastructure_that_builds_the_pools_is_not_checked() {
        String pools = "dev.archrules.fixtures.source.poolsetup";

        // ConnectionPools and its nested HealthCheck construct the pools and run their validation query: not checked
        assertThat(Fixtures.violations(pools, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key)
                .containsExactly(pools + ".UsageReportService -> javax.sql.DataSource",
                        pools + ".UsageReportService -> org.springframework.jdbc.core.JdbcTemplate");
    }

    /**
     * A data-access object with a service's stereotype ({@code @Service …PersistService}, the store-named implementation of a
     * port {@code DatabaseKeyService}) passes; a plainly named service's query and a port's implementation named for what it
     * adds do not.
     */
    @Test
    void a_service_named_for_persistence_is_the_data_access_layer_a_plainly_named_one_is_not() {
        String services = "dev.archrules.fixtures.source.persistenceservices";

        assertThat(Fixtures.violations(services, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple("data-access.persistence-api-only-in-repositories",
                                services + ".AuditedKeyService -> org.springframework.jdbc.core.JdbcTemplate", "(AuditedKeyService.java:21)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                services + ".QuotaPolicyService -> org.springframework.jdbc.core.JdbcTemplate", "(QuotaPolicyService.java:19)"));
    }

    /**
     * An interface taking the caller's connection, and the implementation and command that only pass it to the code base's
     * session factory, hand it on; a service keeping an EntityManager nothing reads, one running its own statement on
     * the connection it also hands on, and one keeping an injected DataSource it hands to a metadata helper are reported.
     */
    @Test
    void a_data_access_type_handed_on_is_not_used_a_dead_field_and_a_statement_are() {
        String handoff = "dev.archrules.fixtures.connectionhandoff";

        assertThat(Fixtures.violations(handoff, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple("data-access.persistence-api-only-in-repositories",
                                handoff + ".ArchiveService -> jakarta.persistence.EntityManager", "(ArchiveService.java:16)"),
                        // the metadata helper is a data-access utility a service uses: reported as before
                        tuple("data-access.persistence-api-only-in-repositories",
                                handoff + ".ChunkSizes -> java.sql.Connection", "(ChunkSizes.java:14)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                handoff + ".ChunkSizes -> javax.sql.DataSource", "(ChunkSizes.java:14)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                handoff + ".PurgeService -> java.sql.Connection", "(PurgeService.java:19)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                handoff + ".PurgeService -> java.sql.Statement", "(PurgeService.java:19)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                handoff + ".TaskDeleteService -> javax.sql.DataSource", "(TaskDeleteService.java:15)"));
    }

    @Test
    void a_connection_probe_passes_a_statement_on_the_same_connection_does_not() {
        String probe = "dev.archrules.fixtures.connectionprobe";

        assertThat(Fixtures.violations(probe, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple("data-access.persistence-api-only-in-repositories",
                                probe + ".DataSourceRowCounter -> java.sql.Connection", "(DataSourceRowCounter.java:22)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                probe + ".DataSourceRowCounter -> java.sql.PreparedStatement", "(DataSourceRowCounter.java:22)"));
    }

    @Test
    void members_eclipselink_weaving_adds_to_an_entity_are_not_the_teams_data_access() {
        String woven = "dev.archrules.fixtures.woven";

        // the woven _persistence_ members come first in the class; the one finding is the team's own method
        assertThat(Fixtures.violations(woven, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple("data-access.persistence-api-only-in-repositories",
                        woven + ".entity.WovenInvoice -> jakarta.persistence.EntityManager", "(WovenInvoice.java:34)"));
    }

    /**
     * Queries built and not run — a criteria callback handed the builder, a translator returning the query it built —
     * and mapping metadata read through the entity manager are no data access; their neighbours that run the query are.
     */
    @Test
    void queries_built_for_a_caller_and_mapping_metadata_pass_running_the_query_does_not() {
        String building = "dev.archrules.fixtures.querybuilding";

        assertThat(Fixtures.violations(building, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".EntityRowCounter -> jakarta.persistence.EntityManager", "(EntityRowCounter.java:20)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".EntityRowCounter -> jakarta.persistence.TypedQuery", "(EntityRowCounter.java:22)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".InvoiceQueryRunner -> jakarta.persistence.EntityManager", "(InvoiceQueryRunner.java:16)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".InvoiceQueryRunner -> jakarta.persistence.TypedQuery", "(InvoiceQueryRunner.java:21)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".InvoiceQueryRunner -> jakarta.persistence.criteria.CriteriaBuilder", "(InvoiceQueryRunner.java:17)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".OverdueInvoiceService -> jakarta.persistence.EntityManager", "(OverdueInvoiceService.java:28)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".OverdueInvoiceService -> jakarta.persistence.TypedQuery", "(OverdueInvoiceService.java:32)"),
                        tuple("data-access.persistence-api-only-in-repositories",
                                building + ".OverdueInvoiceService -> jakarta.persistence.criteria.CriteriaBuilder", "(OverdueInvoiceService.java:24)"));
    }
}
