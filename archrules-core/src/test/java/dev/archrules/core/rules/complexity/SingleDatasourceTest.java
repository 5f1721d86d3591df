package dev.archrules.core.rules.complexity;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code complexity.single-datasource} (R1) on the data-store fixtures: one code base per package. */
class SingleDatasourceTest {

    private static final String FIXTURES = "dev.archrules.fixtures.datastores";

    @Test
    void two_databases_are_one_finding_listing_each_store_with_the_modules_using_it() {
        String base = FIXTURES + ".two";
        List<Violation> violations = Fixtures.violations(base, CoreRules.SINGLE_DATASOURCE);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple("data-stores: " + base + ".orders.OrdersDatabase#ordersDataSource, "
                        + base + ".reporting.ReportingDatabase#reportingDataSource", "(OrdersDatabase.java:16)"));
        assertThat(violations.get(0).message())
                .startsWith("The code base declares 2 data stores: DataSource <" + base + ".orders.OrdersDatabase#ordersDataSource>"
                        + " (OrdersDatabase.java:16) used by orders; DataSource <" + base + ".reporting.ReportingDatabase#reportingDataSource>"
                        + " (ReportingDatabase.java:15) used by reporting");
        assertThat(violations.get(0).hint()).contains("ordersDataSource and reportingDataSource");
    }

    @Test
    void a_relational_database_and_a_document_store_are_two_stores() {
        String base = FIXTURES + ".polyglot";

        assertThat(Fixtures.violations(base, CoreRules.SINGLE_DATASOURCE))
                .extracting(Violation::key)
                .containsExactly("data-stores: " + base + ".StoresConfiguration#dataSource, " + base + ".StoresConfiguration#mongoClient");
    }

    @ParameterizedTest
    @ValueSource(strings = {"replicas", "routing", "jpa"})
    void a_read_replica_a_routing_data_source_and_factories_on_one_data_source_are_one_store(String fixture) {
        assertThat(Fixtures.violations(FIXTURES + "." + fixture, CoreRules.SINGLE_DATASOURCE)).isEmpty();
    }

    /**
     * A node-local H2 file buffer and an in-memory cache database beside the shared database live in the node's own
     * process and directory: nothing another service could share, so one store. An H2 database in server mode is reached
     * over the network: a second database.
     */
    @Test
    void embedded_databases_are_no_second_store_and_a_database_server_is() {
        assertThat(Fixtures.violations(FIXTURES + ".embedded", CoreRules.SINGLE_DATASOURCE)).isEmpty();

        String networked = FIXTURES + ".networked";
        assertThat(Fixtures.violations(networked, CoreRules.SINGLE_DATASOURCE))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple("data-stores: " + networked + ".ReportingConfiguration#coreDataSource, "
                        + networked + ".ReportingConfiguration#reportingDataSource", "(ReportingConfiguration.java:18)"));
    }
}
