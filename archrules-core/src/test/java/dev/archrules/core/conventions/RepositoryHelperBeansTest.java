package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A generic bean shaped like a utility that only repositories use is the data-access layer's helper (a repository), not a
 * service the repositories call upward; a business-rule bean a repository asks stays a service.
 */
class RepositoryHelperBeansTest {

    private static final String FIXTURES = "dev.archrules.fixtures.repositoryhelpers";
    private static final String F = FIXTURES + ".jobs.";

    @Test
    void a_utility_shaped_bean_only_repositories_use_is_a_repository() {
        JavaClasses classes = Fixtures.classes(FIXTURES);
        Roles roles = Roles.of(Conventions.defaults(), FIXTURES);

        assertThat(roles.explainRole(classes.get(F + "utils.WorkerHelper"))).contains(new Conventions.RoleMatch(Role.REPOSITORY,
                "bean annotated with @jakarta.enterprise.context.ApplicationScoped, a helper only repositories use"));
        assertThat(roles.roleOf(classes.get(F + "RetentionPolicy"))).as("not shaped like a utility").contains(Role.SERVICE);
        assertThat(roles.roleOf(classes.get(F + "JobService"))).contains(Role.SERVICE);
    }

    @Test
    void the_repository_depending_on_the_business_rule_is_still_reported() {
        assertThat(BackendChecklist.forBasePackage(FIXTURES).evaluate(Fixtures.classes(FIXTURES)).violationsOf("layers.dependency-direction"))
                .extracting(Violation::ruleId, Violation::key, violation -> violation.location().toString())
                .containsExactly(tuple("layers.dependency-direction", F + "JobRepository -> " + F + "RetentionPolicy", "(JobRepository.java:27)"));
    }
}
