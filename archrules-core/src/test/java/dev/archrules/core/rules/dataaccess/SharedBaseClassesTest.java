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
 * An abstract base class that services extend for shared getters, declaring no abstract method, is no port: a service
 * on it that runs queries stays a service (and its queries are reported as a service's), and the controller calling it
 * depends on a service. An abstract class declaring an abstract operation its stores implement is a port: its JDBC
 * store is a repository, and the controller calling that store is reported.
 */
class SharedBaseClassesTest {

    private static final String FIXTURES = "dev.archrules.fixtures.sharedbase";
    private static final String F = FIXTURES + ".";

    @Test
    void a_base_class_without_abstract_methods_is_no_port() {
        JavaClasses classes = Fixtures.classes(FIXTURES);
        Roles roles = Roles.of(Conventions.defaults(), FIXTURES);

        assertThat(roles.explainRole(classes.get(F + "CatalogQueryService")))
                .hasValueSatisfying(match -> {
                    assertThat(match.role()).isEqualTo(Role.SERVICE);
                    assertThat(match.reason()).isEqualTo("name ends with Service");
                });
        assertThat(roles.explainRole(classes.get(F + "JdbcImageStoreService")))
                .hasValueSatisfying(match -> {
                    assertThat(match.role()).isEqualTo(Role.REPOSITORY);
                    assertThat(match.reason()).startsWith("one of 2 implementations of AbstractImageStoreService (a driver behind a port) that uses ");
                });
    }

    @Test
    void only_the_controller_calling_the_store_behind_a_port_is_reported() {
        assertThat(Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_NO_DATA_ACCESS))
                .extracting(Violation::key)
                .containsExactly(F + "ImageController -> " + F + "JdbcImageStoreService");
        assertThat(Fixtures.violations(FIXTURES, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key)
                .containsExactly(F + "CatalogQueryService -> java.sql.Connection", F + "CatalogQueryService -> java.sql.ResultSet",
                        F + "CatalogQueryService -> java.sql.Statement", F + "CatalogQueryService -> javax.sql.DataSource");
    }
}
