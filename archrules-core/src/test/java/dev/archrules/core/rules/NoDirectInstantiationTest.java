package dev.archrules.core.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.assertLocatedAt;
import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code di.no-direct-instantiation} (C9) on the fixtures in {@code dev.archrules.fixtures.instantiation}. */
class NoDirectInstantiationTest {

    private static final String RULE = CoreRules.NO_DIRECT_INSTANTIATION;
    private static final String FIXTURES = "dev.archrules.fixtures.instantiation";
    private static final String F = FIXTURES + ".";
    private static final String INVENTORY = F + "service.InventoryService";

    private static JavaClasses classes;
    private static List<Violation> violations;

    @BeforeAll
    static void evaluate() {
        classes = Fixtures.classes(FIXTURES);
        violations = Fixtures.violations(FIXTURES, RULE);
    }

    @Test
    void reports_exactly_the_created_and_looked_up_collaborators() {
        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, F + "service.AuditService -> jakarta.enterprise.inject.spi.CDI#current", "(AuditService.java:11)"),
                        tuple(RULE, F + "service.CheckoutService -> new " + INVENTORY, "(CheckoutService.java:9)"),
                        tuple(RULE, F + "service.ExchangeRateService -> new org.springframework.web.client.RestTemplate",
                                "(ExchangeRateService.java:12)"),
                        tuple(RULE, F + "service.LegacyPaymentService -> javax.naming.InitialContext#lookup",
                                "(LegacyPaymentService.java:15)"),
                        tuple(RULE, F + "service.ReportService -> org.springframework.context.ApplicationContext#getBean",
                                "(ReportService.java:17)"),
                        tuple(RULE, F + "service.RestockService -> new " + INVENTORY, "(RestockService.java:10)"),
                        tuple(RULE, F + "web.OrderController -> new " + F + "repository.OrderRepository", "(OrderController.java:17)"));
    }

    @Test
    void service_creating_another_service_with_new() {
        String className = F + "service.CheckoutService";
        Violation violation = violationWithKey(violations, className + " -> new " + INVENTORY);

        assertLocatedAt(violation, RULE, className, "CheckoutService.java", 9);
        assertThat(violation.message())
                .isEqualTo("Service <" + className + "> creates service <" + INVENTORY + "> with new: Constructor <"
                        + className + ".<init>()> calls constructor <" + INVENTORY + ".<init>()> in (CheckoutService.java:9)");
        assertThat(violation.hint()).startsWith("inject it through the constructor of CheckoutService");
    }

    @Test
    void controller_creating_a_repository() {
        String className = F + "web.OrderController";
        Violation violation = violationWithKey(violations, className + " -> new " + F + "repository.OrderRepository");

        assertLocatedAt(violation, RULE, className, "OrderController.java", 17);
        assertThat(violation.message())
                .startsWith("Controller <" + className + "> creates repository <" + F + "repository.OrderRepository> with new");
    }

    @Test
    void service_creating_an_http_client() {
        String className = F + "service.ExchangeRateService";
        Violation violation = violationWithKey(violations, className + " -> new org.springframework.web.client.RestTemplate");

        assertLocatedAt(violation, RULE, className, "ExchangeRateService.java", 12);
        assertThat(violation.message())
                .startsWith("Service <" + className + "> creates HTTP client <org.springframework.web.client.RestTemplate> with new");
    }

    @Test
    void service_locator_look_ups_are_reported() {
        Violation getBean = violationWithKey(violations, F + "service.ReportService -> org.springframework.context.ApplicationContext#getBean");
        Violation jndi = violationWithKey(violations, F + "service.LegacyPaymentService -> javax.naming.InitialContext#lookup");
        Violation cdi = violationWithKey(violations, F + "service.AuditService -> jakarta.enterprise.inject.spi.CDI#current");

        assertLocatedAt(getBean, RULE, F + "service.ReportService", "ReportService.java", 17);
        assertThat(getBean.message()).startsWith("Service <" + F + "service.ReportService> looks up a collaborator through "
                + "<org.springframework.context.ApplicationContext.getBean>");
        assertLocatedAt(jndi, RULE, F + "service.LegacyPaymentService", "LegacyPaymentService.java", 15);
        assertThat(jndi.message()).startsWith("Service <" + F + "service.LegacyPaymentService> looks up a collaborator through "
                + "<javax.naming.InitialContext.lookup>");
        assertLocatedAt(cdi, RULE, F + "service.AuditService", "AuditService.java", 11);
        assertThat(cdi.message()).startsWith("Service <" + F + "service.AuditService> looks up a collaborator through "
                + "<jakarta.enterprise.inject.spi.CDI.current>");
    }

    /** Two {@code new}s of one type in one class: one violation at the first, the location printed once. */
    @Test
    void repeated_creation_is_one_violation_at_the_first_call() {
        String className = F + "service.RestockService";
        Violation violation = violationWithKey(violations, className + " -> new " + INVENTORY);
        String location = "(RestockService.java:10)";

        assertLocatedAt(violation, RULE, className, "RestockService.java", 10);
        assertThat(violation.message())
                .contains("Method <" + className + ".restock(java.lang.String, int)> calls constructor <" + INVENTORY + ".<init>()>")
                .contains("(and 1 more)")
                .doesNotContain("(RestockService.java:14)");
        assertThat(violation.message().indexOf(location))
                .as("the location is printed once, at the end: %s", violation.message())
                .isEqualTo(violation.message().length() - location.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "config.HttpClientConfiguration",   // @Bean methods new a RestTemplate and a service: the trap
            "config.RestTemplateFactoryBean",   // Spring FactoryBean creating a client
            "payment.PaymentServiceFactory",    // ...Factory creating services
            "service.OrderService",             // collections, value object, entity, exception, anonymous Comparator
            "service.DiscountService",          // anonymous subclass of itself
            "service.InventoryService",         // creates only its own ConcurrentHashMap
            "domain.Money"                      // a value object creating value objects
    })
    void creating_non_collaborators_or_creating_in_wiring_code_passes(String fixture) {
        String className = F + fixture;
        assertThat(classes.contain(className)).as("fixture %s is imported", className).isTrue();

        assertThat(violations)
                .filteredOn(v -> v.location().className().startsWith(className) || v.key().startsWith(className + " ->")
                        || v.key().startsWith(className + "$"))
                .isEmpty();
    }

    @Test
    void controller_creating_its_response_dto_is_not_reported() {
        assertThat(violations).extracting(Violation::key)
                .filteredOn(key -> key.startsWith(F + "web.OrderController"))
                .containsExactly(F + "web.OrderController -> new " + F + "repository.OrderRepository");
    }
}
