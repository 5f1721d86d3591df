package dev.archrules.core.rules.layers;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code layers.repositories-behind-interfaces} (P1) on the repository-interface fixtures. */
class RepositoriesBehindInterfacesTest {

    private static final String FIXTURES = "dev.archrules.fixtures.repositoryinterfaces";

    @Test
    void a_service_bound_to_a_repository_class_with_an_interface_is_reported_and_classes_without_one_are_not() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.LAYERS_REPOSITORIES_BEHIND_INTERFACES);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(FIXTURES + ".CustomerService -> " + FIXTURES + ".JdbcCustomerRepository", "(CustomerService.java:21)"),
                        tuple(FIXTURES + ".prototypes.DefaultSearchService -> " + FIXTURES + ".prototypes.JdbcSearchResults",
                                "(DefaultSearchService.java:19)"),
                        tuple(FIXTURES + ".prototypes.ReplaySearchService -> " + FIXTURES + ".prototypes.JdbcSearchResults",
                                "(ReplaySearchService.java:20)"));
        assertThat(violations.get(0).message())
                .startsWith("Service <" + FIXTURES + ".CustomerService> depends on the repository class <" + FIXTURES
                        + ".JdbcCustomerRepository> instead of its interface CustomerRepository: ");
        assertThat(violations.get(0).hint()).isEqualTo("depend on CustomerRepository instead of JdbcCustomerRepository");
        // not reported: ArchivingCustomerService (extends JdbcCustomerRepository: its super(…) call and super.find inherit);
        // prototypes.SearchService (a new JdbcSearchResults per call from the prototype's factory, configured and handed out)
    }
}
