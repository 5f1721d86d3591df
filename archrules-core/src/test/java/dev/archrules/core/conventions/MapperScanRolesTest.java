package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * MyBatis mappers registered by {@code @MapperScan} carry no {@code @Mapper}: the scan makes them repositories; a
 * MapStruct object mapper in the scanned package stays what it is.
 */
class MapperScanRolesTest {

    private static final String FIXTURES = "dev.archrules.fixtures.mybatis";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    private static Optional<RoleMatch> role(Roles roles, String simpleName) {
        return roles.explainRole(CLASSES.get(FIXTURES + "." + simpleName));
    }

    @Test
    void interfaces_of_a_scanned_package_are_repositories_and_object_mappers_are_not() {
        Roles roles = Roles.of(Conventions.defaults());
        String reason = "a mapper of the package @MapperScan on " + FIXTURES + ".MyBatisConfiguration registers";

        assertThat(role(roles, "mapper.OrderMapper")).contains(new RoleMatch(Role.REPOSITORY, reason));
        assertThat(role(roles, "mapper.CustomerMapper")).contains(new RoleMatch(Role.REPOSITORY, reason));
        assertThat(role(roles, "mapper.OrderViewMapper")).isEmpty();
        // records of another package are no mappers
        assertThat(role(roles, "view.OrderRow")).isEmpty();
    }

    @Test
    void without_the_scan_annotation_term_the_interfaces_have_no_role() {
        Roles roles = Roles.of(Conventions.defaults().withVocabulary(v -> v.without(Term.MAPPER_SCAN_ANNOTATIONS,
                "org.mybatis.spring.annotation.MapperScan")));

        assertThat(role(roles, "mapper.OrderMapper")).isEmpty();
        assertThat(role(roles, "mapper.CustomerMapper")).isEmpty();
    }

    @Test
    void a_controller_reading_a_scanned_mapper_is_reported_and_one_using_an_object_mapper_is_not() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.CONTROLLERS_NO_DATA_ACCESS,
                        FIXTURES + ".web.OrderNamesController -> " + FIXTURES + ".mapper.OrderMapper", "(OrderNamesController.java:21)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + FIXTURES + ".web.OrderNamesController> depends on repository <" + FIXTURES + ".mapper.OrderMapper>: ");
    }
}
