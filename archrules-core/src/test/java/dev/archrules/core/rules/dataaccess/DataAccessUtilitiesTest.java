package dev.archrules.core.rules.dataaccess;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Data access laundered through a utility: the static JDBC utility a controller calls is reported by both data-access
 * rules (the utility, and the controller with the path on to the API); a helper only a repository uses, and a helper
 * without data access, are not.
 */
class DataAccessUtilitiesTest {

    private static final String FIXTURES = "dev.archrules.fixtures.dataaccessutil";
    private static final String F = FIXTURES + ".";

    @Test
    void a_utility_running_jdbc_for_a_controller_is_data_access_outside_the_data_access_layer() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);

        assertThat(violations).extracting(Violation::key)
                // the controller's own JDBC use too: evaluated alone, the rule reports it (a checklist run reports it
                // once, under controllers.no-data-access); the repository's helper and the text helper are not reported
                .containsExactly(F + "util.JdbcUtils -> java.sql.Connection", F + "util.JdbcUtils -> java.sql.Statement",
                        F + "web.ReportController -> java.sql.Connection", F + "web.ReportController -> javax.sql.DataSource");
        assertThat(violationWithKey(violations, F + "util.JdbcUtils -> java.sql.Connection").message())
                .startsWith("Utility <" + F + "util.JdbcUtils> uses data-access API <java.sql.Connection> (and is used outside the"
                        + " data-access layer by <" + F + "web.ReportController>): ");
    }

    /**
     * A utility whose users outside the data-access layer call only what reaches no data-access API carries no data access
     * out: {@code TableMetadata} creates tables for the repository, and the catalogue service only reads a table's name
     * from it (through a method reference). {@code JdbcUtils}, whose controller calls the JDBC method, is reported.
     */
    @Test
    void a_utility_whose_outside_users_reach_none_of_its_data_access_is_not_reported() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);

        assertThat(Fixtures.classes(FIXTURES).contain(F + "util.TableMetadata")).isTrue();
        assertThat(violations).extracting(Violation::key)
                .filteredOn(key -> key.startsWith(F + "util."))
                .containsExactly(F + "util.JdbcUtils -> java.sql.Connection", F + "util.JdbcUtils -> java.sql.Statement");
    }

    @Test
    void a_controller_reaching_data_access_through_a_utility_is_reported_with_the_path() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(F + "web.ReportController -> " + F + "util.JdbcUtils", "(ReportController.java:25)"),
                        tuple(F + "web.ReportController -> java.sql.Connection", "(ReportController.java:24)"),
                        tuple(F + "web.ReportController -> javax.sql.DataSource", "(ReportController.java:24)"));
        assertThat(violationWithKey(violations, F + "web.ReportController -> " + F + "util.JdbcUtils").message())
                .startsWith("Controller <" + F + "web.ReportController> reaches data access through utility <" + F
                        + "util.JdbcUtils> (-> java.sql.Connection): ");
    }

    @Test
    void specifications_a_service_hands_to_its_repository_are_query_definitions_not_data_access() {
        String specs = "dev.archrules.fixtures.dataaccessspecs.";

        // CustomerSpecs (specifications and the private criteria fragment they call) is not reported; CustomerQueries,
        // which also runs a query itself, is a data-access utility the service uses
        assertThat(Fixtures.violations("dev.archrules.fixtures.dataaccessspecs", CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(specs + "query.CustomerQueries -> jakarta.persistence.EntityManager", "(CustomerQueries.java:20)"),
                        tuple(specs + "query.CustomerQueries -> jakarta.persistence.TypedQuery", "(CustomerQueries.java:20)"),
                        tuple(specs + "query.CustomerQueries -> jakarta.persistence.criteria.CriteriaBuilder", "(CustomerQueries.java:16)"));
    }
}
