package dev.archrules.core.rules.controllers;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code controllers.no-data-access} (C2) on the data-access fixtures. */
class NoDataAccessTest {

    private static final String FIXTURES = "dev.archrules.fixtures.dataaccess";

    @Test
    void controllers_may_not_use_repositories_or_data_access_apis_but_may_call_services_that_do() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(FIXTURES + ".web.CustomerController -> " + FIXTURES + ".persistence.CustomerRepository", "(CustomerController.java:21)"),
                        tuple(FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate", "(OrderController.java:22)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + FIXTURES + ".web.CustomerController> depends on repository <" + FIXTURES + ".persistence.CustomerRepository>");
    }

    @Test
    void a_controller_that_only_looks_data_up_passes_one_that_decides_writes_or_feeds_a_use_case_does_not() {
        String lookups = "dev.archrules.fixtures.lookups";
        List<Violation> violations = Fixtures.violations(lookups, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(lookups + ".web.CustomerDashboardController -> " + lookups + ".persistence.CustomerRepository", "(CustomerDashboardController.java:19)"),
                        tuple(lookups + ".web.CustomerFinderController -> " + lookups + ".persistence.CustomerRepository", "(CustomerFinderController.java:25)"),
                        tuple(lookups + ".web.CustomerMainContactController -> " + lookups + ".persistence.CustomerRepository", "(CustomerMainContactController.java:25)"),
                        tuple(lookups + ".web.CustomerProbeController -> " + lookups + ".persistence.CustomerRepository", "(CustomerProbeController.java:26)"),
                        tuple(lookups + ".web.CustomerRankingController -> " + lookups + ".persistence.CustomerRepository", "(CustomerRankingController.java:23)"),
                        tuple(lookups + ".web.CustomerReactivationController -> " + lookups + ".persistence.CustomerRepository", "(CustomerReactivationController.java:24)"),
                        tuple(lookups + ".web.CustomerRenameController -> " + lookups + ".persistence.CustomerRepository", "(CustomerRenameController.java:22)"),
                        tuple(lookups + ".web.CustomerStatusController -> " + lookups + ".persistence.CustomerRepository", "(CustomerStatusController.java:21)"));
    }

    @Test
    void a_backend_spi_only_named_like_a_repository_is_no_data_access_a_repository_whose_implementations_all_are_is() {
        String spi = "dev.archrules.fixtures.backendspi";

        assertThat(Fixtures.violations(spi, CoreRules.CONTROLLERS_NO_DATA_ACCESS))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(spi + ".SettingsController -> " + spi + ".AuditRepository", "(SettingsController.java:32)"));
    }

    /**
     * A registry that takes a DataSource in its constructor only to build the per-tenant objects it keeps is no
     * repository, so a controller using it reaches no data access; the settings class that keeps the DataSource is one.
     */
    @Test
    void a_registry_built_from_a_data_source_is_no_repository_a_class_keeping_it_is() {
        String roles = "dev.archrules.fixtures.roles";
        assertThat(Fixtures.violations(roles, CoreRules.CONTROLLERS_NO_DATA_ACCESS))
                .filteredOn(v -> v.key().startsWith(roles + ".TenantReportsController "))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(roles + ".TenantReportsController -> " + roles + ".ArchiveSettings", "(TenantReportsController.java:29)"));
    }

    /**
     * A value class named like a DAO ({@code @AutoValue PipelineDao}, the document a service stores) is no repository:
     * the controller building one is not reported; the real {@code AuditDao} it writes through with JDBC is.
     */
    @Test
    void a_value_class_named_like_a_dao_is_no_repository_a_dao_using_jdbc_is() {
        String values = "dev.archrules.fixtures.valuedaos";
        List<Violation> violations = Fixtures.violations(values, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(values + ".PipelineController -> " + values + ".AuditDao", "(PipelineController.java:29)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + values + ".PipelineController> depends on repository <" + values + ".AuditDao>");
    }
}
