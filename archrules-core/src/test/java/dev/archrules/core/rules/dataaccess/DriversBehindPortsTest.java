package dev.archrules.core.rules.dataaccess;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.Roles;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage drivers named like services behind one port (a JDBC, an HTTP and an empty file store, chosen by
 * configuration) are the drivers of their stores: the JDBC one a repository, the HTTP one a client adapter. A lone
 * service that runs SQL itself keeps its name's role and is reported.
 */
class DriversBehindPortsTest {

    private static final String FIXTURES = "dev.archrules.fixtures.drivers";
    private static final String F = FIXTURES + ".";

    @Test
    void drivers_behind_a_port_take_the_role_of_what_they_drive() {
        JavaClasses classes = Fixtures.classes(FIXTURES);
        Roles roles = Roles.of(Conventions.defaults(), FIXTURES);

        assertThat(roles.explainRole(classes.get(F + "JdbcFileStoreService")))
                .hasValueSatisfying(match -> {
                    assertThat(match.role()).isEqualTo(Role.REPOSITORY);
                    assertThat(match.reason()).startsWith("one of 3 implementations of AbstractFileStoreService (a driver behind a port) that uses ");
                });
        assertThat(roles.roleOf(classes.get(F + "HttpFileStoreService"))).contains(Role.CLIENT);
        assertThat(roles.roleOf(classes.get(F + "EmptyFileStoreService"))).contains(Role.SERVICE);
        assertThat(roles.roleOf(classes.get(F + "AuditReportService"))).contains(Role.SERVICE);
    }

    @Test
    void only_the_lone_service_running_sql_is_reported() {
        assertThat(Fixtures.violations(FIXTURES, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key)
                .containsExactly(F + "AuditReportService -> java.sql.Connection", F + "AuditReportService -> java.sql.ResultSet",
                        F + "AuditReportService -> java.sql.Statement", F + "AuditReportService -> javax.sql.DataSource");
        assertThat(Fixtures.violations(FIXTURES, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS)).isEmpty();
    }
}
