package dev.archrules.core.conventions;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.model.Role;
import dev.archrules.fixtures.roles.AppSetup;
import dev.archrules.fixtures.roles.Billing;
import dev.archrules.fixtures.roles.CustomerStore;
import dev.archrules.fixtures.roles.ExchangeRates;
import dev.archrules.fixtures.roles.InvoiceDao;
import dev.archrules.fixtures.roles.CatalogApiService;
import dev.archrules.fixtures.roles.CatalogRefreshService;
import dev.archrules.fixtures.roles.LegacyOrderController;
import dev.archrules.fixtures.roles.Ledger;
import dev.archrules.fixtures.roles.Money;
import dev.archrules.fixtures.roles.OrdersResource;
import dev.archrules.fixtures.roles.PriceCalculator;
import dev.archrules.fixtures.roles.ReportQueries;
import dev.archrules.fixtures.roles.ReportServlet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each tier of role detection on its own: the role it finds and the reason {@code explainRole} reports. */
class RoleDetectorTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importFixtures() {
        classes = new ClassFileImporter().importPackages("dev.archrules.fixtures.roles");
    }

    private static Optional<RoleMatch> tier(String name, Conventions conventions, Class<?> type) {
        return tier(name, conventions, classes.get(type));
    }

    private static Optional<RoleMatch> tier(String name, Conventions conventions, JavaClass javaClass) {
        return tier(name, conventions, javaClass, Roles.of(conventions));
    }

    private static Optional<RoleMatch> tier(String name, Conventions conventions, JavaClass javaClass, Roles run) {
        RoleTier tier = RoleTiers.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        return tier.match(javaClass, conventions.detector(), run);
    }

    private static RoleMatch match(Role role, String reason) {
        return new RoleMatch(role, reason);
    }

    private final Conventions defaults = Conventions.defaults();

    /** Imports {@code type} alone: the classes it refers to stay stubs without annotations. */
    private static JavaClasses importWithoutResolving(Class<?> type) {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().importClasses(type);
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void the_tiers_are_tried_in_the_documented_order() {
        assertThat(defaults.detector().tiers()).containsExactly("replacement", "annotation", "mapper scan", "declared methods", "supertype",
                "enclosing class", "suffix", "package", "usage", "layer package", "generic bean");
        assertThat(RoleDetector.ROLE_ORDER).containsExactly(Role.ENTITY, Role.CONFIGURATION, Role.CLIENT, Role.REPOSITORY,
                Role.CONTROLLER, Role.SERVICE);
    }

    @Test
    void replacement_tier_uses_the_predicate_description() {
        Conventions replaced = defaults.withRoleDetectionReplacedBy(Role.CLIENT,
                DescribedPredicate.describe("named like money", (JavaClass c) -> c.getSimpleName().equals("Money")));

        assertThat(tier("replacement", replaced, Money.class)).contains(match(Role.CLIENT, "named like money"));
        assertThat(tier("replacement", defaults, Money.class)).isEmpty();
        assertThat(tier("usage", replaced, ExchangeRates.class)).as("a replaced role gets no other signal").isEmpty();
    }

    @Test
    void annotation_tier_names_the_annotation_then_tries_predicates() {
        assertThat(tier("annotation", defaults, Billing.class))
                .contains(match(Role.SERVICE, "annotated with @org.springframework.stereotype.Service"));
        Conventions withPredicate = defaults.withRoleDetectedBy(Role.ENTITY,
                DescribedPredicate.describe("value objects", (JavaClass c) -> c.isRecord()));
        assertThat(tier("annotation", withPredicate, Money.class)).contains(match(Role.ENTITY, "value objects"));
        assertThat(tier("annotation", defaults, InvoiceDao.class)).isEmpty();
    }

    /**
     * A {@code @Service} served over HTTP — a JAX-RS resource through the {@code @Path} API interface it implements, or a
     * class declaring Spring MVC mappings — is a controller in the annotation tier, as a {@code @Component} of the same
     * shape is in the declared-methods tier; a {@code @Service} whose only handler is a message listener stays a service.
     */
    @Test
    void annotation_tier_makes_a_service_served_over_http_a_controller() {
        String fixtures = "dev.archrules.fixtures.stereotypedresources";
        JavaClasses resources = new ClassFileImporter().importPackages(fixtures);
        String service = "annotated with @org.springframework.stereotype.Service";

        assertThat(tier("annotation", defaults, resources.get(fixtures + ".OrderServiceImpl")))
                .contains(match(Role.CONTROLLER, service + ", a JAX-RS resource (" + fixtures + ".api.OrderApi is annotated with @Path)"));
        assertThat(tier("annotation", defaults, resources.get(fixtures + ".OrderStatusService")))
                .contains(match(Role.CONTROLLER, service + ", declares methods mapped to HTTP requests"));
        assertThat(tier("annotation", defaults, resources.get(fixtures + ".OrderEventsService")))
                .contains(match(Role.SERVICE, service));
        assertThat(tier("declared methods", defaults, resources.get(fixtures + ".OrderComponentResource")))
                .contains(match(Role.CONTROLLER, "declares handler methods"));
    }

    @Test
    void declared_methods_tier_finds_bean_factories_then_handlers() {
        assertThat(tier("declared methods", defaults, AppSetup.class))
                .contains(match(Role.CONFIGURATION, "declares bean factory methods"));
        assertThat(tier("declared methods", defaults, ReportServlet.class))
                .contains(match(Role.CONTROLLER, "declares handler methods"));
        assertThat(tier("declared methods", defaults, Billing.class)).isEmpty();
    }

    @Test
    void supertype_tier_names_the_supertype() {
        assertThat(tier("supertype", defaults, CustomerStore.class))
                .contains(match(Role.REPOSITORY, "assignable to org.springframework.data.repository.Repository"));
        assertThat(tier("supertype", defaults, Billing.class)).isEmpty();
    }

    @Test
    void enclosing_class_tier_gives_inner_classes_the_role_of_their_outer_class() {
        JavaClass anonymous = classes.get(LegacyOrderController.class.getName() + "$1");

        assertThat(tier("enclosing class", defaults, anonymous))
                .contains(match(Role.CONTROLLER, "nested in " + LegacyOrderController.class.getName()));
        assertThat(tier("enclosing class", defaults, LegacyOrderController.OrderForm.class)).as("static nested").isEmpty();
    }

    @Test
    void suffix_tier_names_the_suffix_and_skips_records() {
        assertThat(tier("suffix", defaults, InvoiceDao.class)).contains(match(Role.REPOSITORY, "name ends with Dao"));
        assertThat(tier("suffix", defaults.withRoleSuffixes(Role.SERVICE, "Money"), Money.class)).isEmpty();
    }

    @Test
    void suffix_tier_gives_no_service_role_to_a_bean_style_value() {
        // a catalogue row named ...Service (fields, getters, setters, toString) is a value
        assertThat(tier("suffix", defaults, CatalogApiService.class)).isEmpty();
        // state and a method that works: a service by its name
        assertThat(tier("suffix", defaults, CatalogRefreshService.class)).contains(match(Role.SERVICE, "name ends with Service"));
    }

    /**
     * A {@code @Service} named for persistence ({@code …PersistService}, {@code …FinderService}) that works a data-access
     * API itself is a data-access object with a service's stereotype; a plainly named service running a query stays a
     * service.
     */
    @Test
    void a_service_named_for_persistence_that_works_a_data_access_api_is_a_repository() {
        String fixtures = "dev.archrules.fixtures.source.persistenceservices";
        JavaClasses services = new ClassFileImporter().importPackages(fixtures);
        Roles run = Roles.of(defaults, fixtures);

        assertThat(run.explainRole(services.get(fixtures + ".QuotaPersistService"))).contains(match(Role.REPOSITORY,
                "annotated with @org.springframework.stereotype.Service, but named for persistence (…PersistService) and uses data-access APIs itself:"
                        + " a data-access object with a service's stereotype"));
        assertThat(run.explainRole(services.get(fixtures + ".LinkFinderService")).map(RoleMatch::role)).contains(Role.REPOSITORY);
        // the anonymous statement creator inside takes its enclosing class's role
        assertThat(run.explainRole(services.get(fixtures + ".QuotaPersistService$1")).map(RoleMatch::role)).contains(Role.REPOSITORY);
        assertThat(run.explainRole(services.get(fixtures + ".QuotaPolicyService")))
                .contains(match(Role.SERVICE, "annotated with @org.springframework.stereotype.Service"));
        // the store-named implementation of a port (Database + KeyService); one named for what it adds stays a service
        assertThat(run.explainRole(services.get(fixtures + ".DatabaseKeyService"))).contains(match(Role.REPOSITORY,
                "annotated with @org.springframework.stereotype.Service, but named for its store as the implementation of "
                        + fixtures + ".KeyService and uses data-access APIs itself: the port's storage adapter with a service's stereotype"));
        assertThat(run.explainRole(services.get(fixtures + ".AuditedKeyService")))
                .contains(match(Role.SERVICE, "annotated with @org.springframework.stereotype.Service"));
    }

    /** A {@code @Service} named for the client it is that makes HTTP calls itself is a client adapter; one plainly named stays a service. */
    @Test
    void a_service_named_for_the_client_it_is_that_calls_http_is_a_client() {
        String fixtures = "dev.archrules.fixtures.serviceclients";
        JavaClasses clients = new ClassFileImporter().importPackages(fixtures);
        Roles run = Roles.of(defaults, fixtures);

        assertThat(run.explainRole(clients.get(fixtures + ".SearchIndexClient"))).contains(match(Role.CLIENT,
                "annotated with @org.springframework.stereotype.Service, but named for the client it is (…Client) and uses HTTP client APIs"
                        + " itself: a client adapter with a service's stereotype"));
        assertThat(run.explainRole(clients.get(fixtures + ".SearchIndexService")))
                .contains(match(Role.SERVICE, "annotated with @org.springframework.stereotype.Service"));
    }

    @Test
    void package_tier_names_the_pattern() {
        Conventions custom = defaults.withRolePackages(Role.SERVICE, "..fixtures.roles..");

        assertThat(tier("package", custom, Money.class)).contains(match(Role.SERVICE, "package matches ..fixtures.roles.."));
        assertThat(tier("package", defaults, Money.class)).isEmpty();
    }

    @Test
    void usage_tier_names_the_catalogue() {
        assertThat(tier("usage", defaults, ReportQueries.class)).contains(match(Role.REPOSITORY, "uses data-access APIs"));
        assertThat(tier("usage", defaults, ExchangeRates.class)).contains(match(Role.CLIENT, "uses HTTP client APIs"));
        assertThat(tier("usage", defaults, Billing.class)).isEmpty();
    }

    /** Wiring is not use: a class that only hands a data-access API to the factory of what it keeps gets no role from it. */
    @Test
    void usage_tier_ignores_a_data_access_api_only_passed_on() {
        JavaClass registry = classes.get("dev.archrules.fixtures.roles.TenantReportsRegistry");
        JavaClass dataSource = registry.getConstructors().iterator().next().getRawParameterTypes().get(0);
        Roles run = Roles.of(defaults, "dev.archrules.fixtures");

        assertThat(tier("usage", defaults, registry, run)).isEmpty();
        assertThat(RoleTiers.onlyHandsToFactories(registry, dataSource, run)).isTrue();
        // without knowing the code base, the class it hands the DataSource to may be a library's: it keeps the role
        assertThat(RoleTiers.onlyHandsToFactories(registry, dataSource, Roles.of(defaults))).isFalse();
        // what it builds keeps and uses the DataSource; a class keeping it (never calling it) uses it too
        assertThat(tier("usage", defaults, classes.get("dev.archrules.fixtures.roles.TenantReports")))
                .contains(match(Role.REPOSITORY, "uses data-access APIs"));
        JavaClass archive = classes.get("dev.archrules.fixtures.roles.ArchiveSettings");
        assertThat(tier("usage", defaults, archive, run)).contains(match(Role.REPOSITORY, "uses data-access APIs"));
        assertThat(RoleTiers.onlyHandsToFactories(archive, dataSource, run)).isFalse();
        // handing the DataSource to a library's constructor (Spring's JdbcTemplate) is data access through it
        JavaClass tenantReports = classes.get("dev.archrules.fixtures.roles.TenantReports");
        assertThat(RoleTiers.onlyHandsToFactories(tenantReports, dataSource, run)).isFalse();
        // handing it to a data-access object it builds, keeps and delegates to is data access through that object
        JavaClass locks = classes.get("dev.archrules.fixtures.roles.ReportLocks");
        assertThat(RoleTiers.onlyHandsToFactories(locks, dataSource, run)).isFalse();
        assertThat(tier("usage", defaults, locks, run)).contains(match(Role.REPOSITORY, "uses data-access APIs"));
        // a method taking a Connection per call and handing it on works on data through it
        JavaClass updater = classes.get("dev.archrules.fixtures.roles.SchemaUpdater");
        JavaClass connection = updater.getMethod("update", java.sql.Connection.class).getRawParameterTypes().get(0);
        assertThat(RoleTiers.onlyHandsToFactories(updater, connection, run)).isFalse();
        assertThat(tier("usage", defaults, updater, run)).contains(match(Role.REPOSITORY, "uses data-access APIs"));
    }

    /** A value mapping itself from one row (a static factory reading a ResultSet) is no repository; a class walking the result is. */
    @Test
    void usage_tier_ignores_a_value_mapping_itself_from_a_row() {
        JavaClass row = classes.get("dev.archrules.fixtures.roles.LockRow");
        JavaClass rows = classes.get("dev.archrules.fixtures.roles.LockRows");
        JavaClass resultSet = row.getMethod("convert", java.sql.ResultSet.class).getRawParameterTypes().get(0);

        assertThat(RoleTiers.onlyMapsItselfFromRows(row, resultSet)).isTrue();
        assertThat(tier("usage", defaults, row)).isEmpty();
        assertThat(RoleTiers.onlyMapsItselfFromRows(rows, resultSet)).isFalse();
        assertThat(tier("usage", defaults, rows)).contains(match(Role.REPOSITORY, "uses data-access APIs"));
    }

    @Test
    void generic_bean_tier_makes_a_service() {
        assertThat(tier("generic bean", defaults, PriceCalculator.class))
                .contains(match(Role.SERVICE, "bean annotated with @org.springframework.stereotype.Component"));
        assertThat(tier("generic bean", defaults, OrdersResource.class)).isEmpty();
    }

    @Test
    void a_conventions_value_holds_no_state_and_runs_are_independent() {
        Conventions conventions = Conventions.defaults();
        String entry = Ledger.Entry.class.getName();
        JavaClasses alone = importWithoutResolving(Ledger.Entry.class);

        Roles full = Roles.of(conventions);
        Roles partial = Roles.of(conventions);
        assertThat(full.explainRole(classes.get(entry))).contains(match(Role.SERVICE, "nested in " + Ledger.class.getName()));
        assertThat(partial.explainRole(alone.get(entry))).as("the outer class is a bare name in this run: no @Service").isEmpty();
        assertThat(full.roleOf(classes.get(entry))).contains(Role.SERVICE);
        assertThat(conventions.roleOf(alone.get(entry))).isEmpty();
        assertThat(conventions.roleOf(classes.get(entry))).contains(Role.SERVICE);

        for (Class<?> type : new Class<?>[]{Conventions.class, Vocabulary.class, RoleDetector.class}) {
            assertThat(Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())))
                    .as(type.getSimpleName() + " keeps only final fields, none about classes")
                    .allMatch(field -> Modifier.isFinal(field.getModifiers()))
                    .noneMatch(field -> field.getGenericType().getTypeName().contains("JavaClass"));
        }
    }
}
