package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Roles from layer packages (issue 12 item 8): in a code base organised by layer, classes with no annotation, supertype
 * or suffix get the role their layer package names; in a code base organised by feature, layer-named sub-packages give
 * no role.
 */
class LayerPackageRolesTest {

    private static final String LAYERED = "dev.archrules.fixtures.bylayer";
    private static final String BY_FEATURE = "dev.archrules.fixtures.byfeature";
    private static final String SIBLING = "dev.archrules.fixtures.siblingapi";
    private static final String WHY = " of a package-by-layer code base (the packages below '" + LAYERED + "' are layers)";

    private final Roles roles = Roles.of(Conventions.defaults(), LAYERED);

    @Test
    void the_layer_package_names_the_role_of_a_class_with_no_other_signal() {
        JavaClasses classes = Fixtures.classes(LAYERED);

        assertThat(roles.explainRole(classes.get(LAYERED + ".web.OrderPage")))
                .contains(new Conventions.RoleMatch(Role.CONTROLLER, "in layer package " + LAYERED + ".web" + WHY));
        assertThat(roles.explainRole(classes.get(LAYERED + ".service.OrderBook")))
                .contains(new Conventions.RoleMatch(Role.SERVICE, "in layer package " + LAYERED + ".service" + WHY));
        assertThat(roles.explainRole(classes.get(LAYERED + ".dao.OrderStore")))
                .contains(new Conventions.RoleMatch(Role.REPOSITORY, "in layer package " + LAYERED + ".dao" + WHY));
        assertThat(roles.explainRole(classes.get(LAYERED + ".entity.Order")))
                .contains(new Conventions.RoleMatch(Role.ENTITY, "in layer package " + LAYERED + ".entity" + WHY));
    }

    @Test
    void a_class_named_like_a_service_in_the_persistence_layer_stays_in_it_and_a_record_is_no_entity() {
        JavaClasses classes = Fixtures.classes(LAYERED);

        assertThat(roles.explainRole(classes.get(LAYERED + ".dao.AuditService"))).contains(new Conventions.RoleMatch(Role.REPOSITORY,
                "in layer package " + LAYERED + ".dao" + WHY + ", whatever its name ending with Service says"));
        assertThat(roles.roleOf(classes.get(LAYERED + ".entity.OrderSummary"))).isEmpty();
    }

    @Test
    void a_class_named_as_a_transfer_object_in_the_entity_layer_is_no_entity_unless_a_repository_uses_it() {
        JavaClasses classes = Fixtures.classes(LAYERED);

        assertThat(roles.roleOf(classes.get(LAYERED + ".entity.OrderFilterVO"))).isEmpty();
        assertThat(roles.roleOf(classes.get(LAYERED + ".entity.Order"))).contains(Role.ENTITY);
        // the row type a repository reads is an entity whatever its name
        assertThat(roles.roleOf(classes.get(LAYERED + ".entity.OrderLineVo"))).contains(Role.ENTITY);
    }

    @Test
    void a_run_without_a_base_package_gives_no_roles_from_layer_packages() {
        assertThat(Roles.of(Conventions.defaults()).roleOf(Fixtures.classes(LAYERED).get(LAYERED + ".web.OrderPage"))).isEmpty();
    }

    @Test
    void layer_named_packages_inside_features_give_no_role() {
        JavaClasses classes = Fixtures.classes(BY_FEATURE);
        Roles roles = Roles.of(Conventions.defaults(), BY_FEATURE);

        assertThat(roles.roleOf(classes.get(BY_FEATURE + ".orders.web.OrdersPage"))).isEmpty();
        assertThat(roles.roleOf(classes.get(BY_FEATURE + ".orders.model.Order"))).isEmpty();
        assertThat(BackendChecklist.forBasePackage(BY_FEATURE).evaluate(classes).violations()).isEmpty();
    }

    @Test
    void the_checklist_finds_the_layer_violations_of_an_unannotated_layered_code_base() {
        assertThat(BackendChecklist.forBasePackage(LAYERED).evaluate(Fixtures.classes(LAYERED)).violations())
                .extracting(Violation::ruleId, Violation::key, violation -> violation.location().toString())
                .containsExactlyInAnyOrder(
                        tuple("controllers.no-data-access", LAYERED + ".web.OrderPage -> " + LAYERED + ".dao.OrderStore", "(OrderPage.java:19)"),
                        tuple("layers.dependency-direction", LAYERED + ".service.OrderBook -> " + LAYERED + ".web.OrderPage", "(OrderBook.java:24)"),
                        // the only finding without roles from the layer packages
                        tuple("packages.no-cycles", LAYERED + ".service, " + LAYERED + ".web", "(OrderBook.java:24)"));
    }

    @Test
    void a_layer_package_gives_the_role_only_to_classes_shaped_like_the_layer_entry() {
        JavaClasses classes = Fixtures.classes(LAYERED);
        Roles roles = Roles.of(Conventions.defaults(), LAYERED);

        assertThat(roles.roleOf(classes.get(LAYERED + ".web.OrderPage"))).as("called by a lower layer only").contains(Role.CONTROLLER);
        assertThat(roles.roleOf(classes.get(LAYERED + ".web.PageLinks"))).as("used by the web layer itself: a helper").isEmpty();
        assertThat(roles.roleOf(classes.get(LAYERED + ".web.VisibleColumns"))).as("created with new by a service: its helper").isEmpty();
        assertThat(roles.roleOf(classes.get(LAYERED + ".service.OrderBook"))).contains(Role.SERVICE);
        assertThat(roles.roleOf(classes.get(LAYERED + ".service.RetrySchedule"))).as("created with new by its user").isEmpty();
        assertThat(roles.roleOf(classes.get(LAYERED + ".dao.OrderStore"))).contains(Role.REPOSITORY);
        assertThat(roles.roleOf(classes.get(LAYERED + ".dao.PageWindow"))).as("created with new by its user").isEmpty();
        assertThat(roles.roleOf(classes.get(LAYERED + ".dao.StoredOrderKey"))).as("an immutable value").isEmpty();
    }

    @Test
    void a_code_base_whose_services_lie_beside_its_service_layer_takes_no_role_from_layer_packages() {
        String namesake = "dev.archrules.fixtures.namesake";
        JavaClasses classes = Fixtures.classes(namesake);
        Roles roles = Roles.of(Conventions.defaults(), namesake);

        assertThat(roles.roleOf(classes.get(namesake + ".repository.imports.ImportAudits"))).as("no role from 'repository'").isEmpty();
        assertThat(roles.roleOf(classes.get(namesake + ".repository.store.EntityStore"))).isEmpty();
        assertThat(roles.roleOf(classes.get(namesake + ".repository.imports.ImportService"))).contains(Role.SERVICE);
        assertThat(BackendChecklist.forBasePackage(namesake).evaluate(classes).violationsOf("layers.dependency-direction")).isEmpty();
        // the services of a package-by-layer code base lie in its service layer: its layer packages give roles
        assertThat(this.roles.roleOf(Fixtures.classes(LAYERED).get(LAYERED + ".dao.OrderStore"))).contains(Role.REPOSITORY);
    }

    @Test
    void layer_package_names_are_terms_a_team_can_change() {
        JavaClasses classes = Fixtures.classes(LAYERED);
        Roles withoutWeb = Roles.of(Conventions.defaults().withVocabulary(vocabulary -> vocabulary.without(Term.CONTROLLER_LAYER_PACKAGES, "web")), LAYERED);
        Roles webAsService = Roles.of(Conventions.defaults()
                .withVocabulary(vocabulary -> vocabulary.without(Term.CONTROLLER_LAYER_PACKAGES, "web"))
                .withTerm(Term.SERVICE_LAYER_PACKAGES, "web"), LAYERED);

        assertThat(withoutWeb.roleOf(classes.get(LAYERED + ".web.OrderPage"))).isEmpty();
        assertThat(webAsService.roleOf(classes.get(LAYERED + ".web.OrderPage"))).contains(Role.SERVICE);
        assertThat(withoutWeb.roleOf(classes.get(LAYERED + ".service.OrderBook"))).contains(Role.SERVICE);
    }

    @Test
    void classes_of_a_sibling_artifact_on_the_class_path_neither_shape_the_layout_nor_get_a_layer_role() {
        // the service's own packages are the import; its API model (api, model) is resolved from the class path
        JavaClasses service = new ClassFileImporter().importPackages(SIBLING + ".jobs", SIBLING + ".timers", SIBLING + ".resource");
        JavaClass job = service.get(SIBLING + ".jobs.JobValidator").getMethods().iterator().next().getRawParameterTypes().get(0);
        assertThat(service.contain(job.getName())).isFalse();
        assertThat(job.getName()).isEqualTo(SIBLING + ".api.Job");

        Roles roles = Roles.of(Conventions.defaults(), SIBLING);
        roles.learnImport(service);

        assertThat(roles.roleOf(job)).as("a class of the API artifact").isEmpty();
        assertThat(roles.roleOf(service.get(SIBLING + ".resource.JobResource"))).contains(Role.CONTROLLER);
        // the service → controller dependency of the code base itself is still found; the validator's use of the
        // API's request type (api.Job) is no service → controller dependency
        assertThat(BackendChecklist.forBasePackage(SIBLING).evaluate(service).violationsOf("layers.dependency-direction"))
                .extracting(Violation::ruleId, Violation::key, violation -> violation.location().toString())
                .containsExactly(tuple("layers.dependency-direction",
                        SIBLING + ".jobs.JobScheduler -> " + SIBLING + ".resource.JobResource", "(JobScheduler.java:21)"));
        // the same through the plain ArchUnit rule an @ArchTest field holds
        assertThat(BackendChecklist.forBasePackage(SIBLING).rule("layers.dependency-direction").evaluate(service).getFailureReport().getDetails())
                .singleElement().asString().contains("JobScheduler").contains("JobResource");
    }
}
