package dev.archrules.core.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.model.Role;
import dev.archrules.fixtures.roles.AppSetup;
import dev.archrules.fixtures.roles.Billing;
import dev.archrules.fixtures.roles.CdiGreeter;
import dev.archrules.fixtures.roles.Customer;
import dev.archrules.fixtures.roles.CustomerStore;
import dev.archrules.fixtures.roles.ExchangeRates;
import dev.archrules.fixtures.roles.InvoiceDao;
import dev.archrules.fixtures.roles.LegacyOrderController;
import dev.archrules.fixtures.roles.MicronautGreetings;
import dev.archrules.fixtures.roles.Money;
import dev.archrules.fixtures.roles.OrdersResource;
import dev.archrules.fixtures.roles.PriceCalculator;
import dev.archrules.fixtures.roles.ReportQueries;
import dev.archrules.fixtures.roles.ReportServlet;
import dev.archrules.fixtures.roles.ShipmentsApi;
import dev.archrules.fixtures.roles.StockApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ConventionsTest {

    private static JavaClasses classes;
    private final Conventions conventions = Conventions.defaults();

    @BeforeAll
    static void importFixtures() {
        classes = new ClassFileImporter().importPackages("dev.archrules.fixtures.roles");
    }

    static Stream<Arguments> defaultRoles() {
        return Stream.of(
                arguments(ShipmentsApi.class, Role.CONTROLLER, "annotated with @dev.archrules.fixtures.roles.ApiController (meta-annotated with @org.springframework.web.bind.annotation.RestController)"),
                arguments(OrdersResource.class, Role.CONTROLLER, "annotated with @jakarta.ws.rs.Path"),
                arguments(MicronautGreetings.class, Role.CONTROLLER, "annotated with @io.micronaut.http.annotation.Controller"),
                arguments(ReportServlet.class, Role.CONTROLLER, "declares handler methods"),
                arguments(LegacyOrderController.class, Role.CONTROLLER, "annotated with @org.springframework.stereotype.Controller"),
                arguments(CustomerStore.class, Role.REPOSITORY, "assignable to org.springframework.data.repository.Repository"),
                arguments(InvoiceDao.class, Role.REPOSITORY, "name ends with Dao"),
                arguments(ReportQueries.class, Role.REPOSITORY, "uses data-access APIs"),
                arguments(ExchangeRates.class, Role.CLIENT, "uses HTTP client APIs"),
                arguments(StockApi.class, Role.CLIENT, "annotated with @org.springframework.web.service.annotation.HttpExchange"),
                arguments(Billing.class, Role.SERVICE, "annotated with @org.springframework.stereotype.Service"),
                arguments(PriceCalculator.class, Role.SERVICE, "bean annotated with @org.springframework.stereotype.Component"),
                arguments(CdiGreeter.class, Role.SERVICE, "bean annotated with @jakarta.enterprise.context.ApplicationScoped"),
                arguments(AppSetup.class, Role.CONFIGURATION, "annotated with @org.springframework.context.annotation.Configuration"),
                arguments(Customer.class, Role.ENTITY, "annotated with @jakarta.persistence.Entity"));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("defaultRoles")
    void detects_roles_by_default_conventions(Class<?> type, Role role, String reason) {
        assertThat(conventions.explainRole(classes.get(type)))
                .contains(new Conventions.RoleMatch(role, reason));
    }

    @Test
    void custom_annotation_meta_annotated_with_rest_controller_makes_a_controller() {
        // the trap: @ApiController is not a Spring annotation, only meta-annotated with @RestController
        assertThat(conventions.roleOf(classes.get(ShipmentsApi.class))).contains(Role.CONTROLLER);
        assertThat(conventions.roleOf(classes.get("dev.archrules.fixtures.roles.ApiController")))
                .as("annotation types themselves have no role").isEmpty();
    }

    @Test
    void value_objects_and_static_nested_dtos_have_no_role_but_anonymous_classes_inherit_it() {
        assertThat(conventions.roleOf(classes.get(Money.class))).isEmpty();
        assertThat(conventions.roleOf(classes.get(LegacyOrderController.OrderForm.class))).isEmpty();
        assertThat(conventions.explainRole(classes.get(LegacyOrderController.class.getName() + "$1")))
                .contains(new Conventions.RoleMatch(Role.CONTROLLER, "nested in " + LegacyOrderController.class.getName()));
    }

    @Test
    void endpoints_are_recognised_through_meta_annotations_for_spring_jaxrs_micronaut_and_servlets() {
        assertThat(classes.get(ShipmentsApi.class).getMethod("list").isAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping"))
                .as("@GetMapping is not @RequestMapping itself").isFalse();
        assertThat(conventions.isEndpoint(classes.get(ShipmentsApi.class).getMethod("list"))).isTrue();
        assertThat(conventions.isEndpoint(classes.get(OrdersResource.class).getMethod("list"))).isTrue();
        assertThat(conventions.isEndpoint(classes.get(MicronautGreetings.class).getMethod("greet"))).isTrue();
        assertThat(conventions.isEndpoint(classes.get(ReportServlet.class).getMethod("doGet",
                "jakarta.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletResponse"))).isTrue();
        assertThat(conventions.isEndpoint(classes.get(ReportQueries.class).getMethod("count"))).isFalse();
    }

    @Test
    void every_role_can_be_extended_by_suffix_annotation_and_predicate() {
        Conventions custom = conventions
                .withRoleSuffixes(Role.SERVICE, "Money")
                .withRoleDetectedBy(Role.ENTITY, DescribedPredicate.describe("named Billing",
                        (JavaClass c) -> c.getSimpleName().equals("Billing")));

        assertThat(custom.roleOf(classes.get(Money.class))).as("records are data: suffixes do not apply").isEmpty();
        assertThat(custom.roleOf(classes.get(Billing.class))).contains(Role.ENTITY);
        assertThat(conventions.roleOf(classes.get(Billing.class))).as("defaults are unchanged").contains(Role.SERVICE);
    }

    @Test
    void suffix_extension_applies_to_classes_without_stronger_signals() {
        Conventions custom = conventions.withRoleSuffixes(Role.REPOSITORY, "Calculator", "Rates");

        assertThat(custom.roleOf(classes.get(PriceCalculator.class)))
                .as("a suffix beats the generic @Component fallback").contains(Role.REPOSITORY);
        assertThat(custom.explainRole(classes.get(ExchangeRates.class)))
                .contains(new Conventions.RoleMatch(Role.REPOSITORY, "name ends with Rates"));
    }

    @Test
    void every_vocabulary_list_can_be_extended() {
        JavaClass reportQueries = classes.get(ReportQueries.class);
        Conventions custom = conventions
                .withInjectionAnnotations("dev.archrules.fixtures.roles.ApiController")
                .withEndpointAnnotations("org.springframework.web.bind.annotation.GetMapping")
                .withServiceLocatorMethods("org.springframework.jdbc.core.JdbcTemplate#queryForObject")
                .withHttpClientMethods("org.springframework.jdbc.core.JdbcTemplate#queryForObject");

        assertThat(reportQueries.getMethodCallsFromSelf()).anySatisfy(call -> {
            assertThat(custom.isServiceLocatorCall(call)).isTrue();
            assertThat(custom.isHttpClientCall(call)).isTrue();
            assertThat(conventions.isServiceLocatorCall(call)).isFalse();
        });
        assertThatThrownBy(() -> conventions.withServiceLocatorMethods("getBean"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'getBean' is not of the form owner.Type#method");
        assertThat(custom.isInjectedByAnnotation(classes.get(ShipmentsApi.class))).isTrue();
    }

    @Test
    void a_role_can_be_replaced_entirely() {
        Conventions custom = conventions.withRoleDetectionReplacedBy(Role.CONTROLLER,
                DescribedPredicate.describe("in a package named api", (JavaClass c) -> c.getPackageName().endsWith(".api")));

        assertThat(custom.roleOf(classes.get(OrdersResource.class))).as("@Path no longer counts").isEmpty();
        assertThat(custom.explainRole(classes.get(ShipmentsApi.class))).as("falls back to a generic bean")
                .contains(new Conventions.RoleMatch(Role.SERVICE, "bean annotated with @dev.archrules.fixtures.roles.ApiController"
                        + " (meta-annotated with @org.springframework.stereotype.Component)"));
    }

    @Test
    void package_patterns_assign_roles() {
        Conventions custom = Conventions.empty().withRolePackages(Role.SERVICE, "..fixtures.roles..");

        assertThat(custom.explainRole(classes.get(Money.class)))
                .contains(new Conventions.RoleMatch(Role.SERVICE, "package matches ..fixtures.roles.."));
        assertThat(Conventions.empty().roleOf(classes.get(Billing.class))).isEmpty();
    }

    @Test
    void api_catalogues_match_by_name_package_and_supertype_and_can_be_extended() {
        JavaClass jdbcTemplate = new ClassFileImporter().importClass(org.springframework.jdbc.core.JdbcTemplate.class);
        JavaClass restTemplate = new ClassFileImporter().importClass(org.springframework.web.client.RestTemplate.class);

        assertThat(conventions.isDataAccessApi(jdbcTemplate)).isTrue();
        assertThat(conventions.isHttpClientApi(restTemplate)).isTrue();
        assertThat(conventions.isDataAccessApi(restTemplate)).isFalse();

        Conventions custom = conventions.withDataAccessApis("dev.archrules.fixtures.roles..");
        assertThat(custom.isDataAccessApi(classes.get(Money.class))).isTrue();
        assertThat(ApiCatalogue.dataAccessApis().without("org.springframework.jdbc.core.JdbcTemplate",
                "org.springframework.jdbc.core.JdbcOperations").matches(jdbcTemplate)).isFalse();
        assertThat(ApiCatalogue.dataAccessApis().entries()).contains("org.jooq.DSLContext", "javax.sql.DataSource",
                "jakarta.persistence.EntityManager", "org.apache.ibatis.session.SqlSession", "org.hibernate.Session",
                "org.springframework.r2dbc.core.DatabaseClient", "org.springframework.jdbc.core.simple.JdbcClient");
        assertThat(ApiCatalogue.httpClientApis().entries()).contains("okhttp3.OkHttpClient", "feign.Feign",
                "retrofit2.Retrofit", "org.apache.http.client.HttpClient", "org.apache.hc.client5.http.classic.HttpClient",
                "jakarta.ws.rs.client.Client", "java.net.HttpURLConnection", "java.net.http.HttpClient",
                "org.springframework.web.reactive.function.client.WebClient");
    }

    @Test
    void modules_default_to_the_first_package_level_and_accept_patterns() {
        JavaClass money = classes.get(Money.class);
        assertThat(ModuleLayout.firstLevelBelow("dev.archrules").moduleOf(money)).contains("fixtures");
        assertThat(ModuleLayout.byPattern("dev.archrules.(*).(*)..").moduleOf(money)).contains("fixtures.roles");
        assertThat(ModuleLayout.byPattern("com.acme.(*)..").moduleOf(money)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> ModuleLayout.byPattern("com.acme.."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no capture group");
    }

    @Test
    void exclusions_by_class_name_package_and_regex_include_nested_classes() {
        JavaClass controller = classes.get(LegacyOrderController.class);
        JavaClass form = classes.get(LegacyOrderController.OrderForm.class);

        Exclusions byName = Exclusions.none().withClasses(LegacyOrderController.class.getName());
        assertThat(byName.excludes(controller)).isTrue();
        assertThat(byName.excludes(form)).isTrue();
        assertThat(byName.excludes(classes.get(Money.class))).isFalse();
        assertThat(Exclusions.none().withPackages("..fixtures..").excludes(form)).isTrue();
        assertThat(Exclusions.none().withRegexes(".*Money").excludes(classes.get(Money.class))).isTrue();
        assertThat(Exclusions.none().withRegexes(".*Money").excludes(controller)).isFalse();
    }
}
