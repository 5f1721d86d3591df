package dev.archrules.spring;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.spring.conventions.SpringConventions;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.archrules.spring.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/** Role detection with the Spring vocabulary, on fixtures compiled against the real Spring jars. */
class SpringConventionsTest {

    private final Conventions conventions = SpringConventions.defaults();

    private Optional<Role> roleOf(String fixture, String simpleName) {
        JavaClasses classes = Fixtures.classes(fixture);
        JavaClass javaClass = classes.get(ROOT + "." + fixture + "." + simpleName);
        return conventions.roleOf(javaClass);
    }

    @Test
    void composed_stereotypes_count_like_springs_own() {
        assertThat(roleOf("roles", "Ping")).contains(Role.CONTROLLER);
        assertThat(conventions.explainRole(Fixtures.classes("roles").get(ROOT + ".roles.Ping")).orElseThrow().reason())
                .contains("meta-annotated with @org.springframework.web.bind.annotation.RestController");
    }

    @Test
    void http_interfaces_with_method_level_exchanges_are_clients() {
        assertThat(roleOf("roles", "StockApi")).contains(Role.CLIENT);
        assertThat(Conventions.defaults().roleOf(Fixtures.classes("roles").get(ROOT + ".roles.StockApi"))).isEmpty();
    }

    @Test
    void every_spring_data_repository_is_a_repository_including_repository_definition() {
        assertThat(roleOf("repositories", "CustomerRepository")).contains(Role.REPOSITORY);
        assertThat(roleOf("repositories", "AuditLog")).contains(Role.REPOSITORY);
    }

    @Test
    void configuration_entities_and_advice() {
        assertThat(roleOf("app", "DemoApplication")).contains(Role.CONFIGURATION);
        assertThat(roleOf("roles", "ShopProperties")).contains(Role.CONFIGURATION);
        assertThat(roleOf("value", "CarrierProperties")).contains(Role.CONFIGURATION);
        assertThat(roleOf("value", "MailConfiguration")).contains(Role.CONFIGURATION);
        assertThat(roleOf("entities", "Order")).contains(Role.ENTITY);
        assertThat(roleOf("entities", "ApiErrors")).contains(Role.CONTROLLER);
        JavaClass advice = Fixtures.classes("entities").get(ROOT + ".entities.ApiErrors");
        assertThat(advice.getMethods()).noneMatch(conventions::isEndpoint);
    }

    @Test
    void request_scoped_beans_and_configuration_properties_are_not_shared_mutable_state() {
        assertThat(Fixtures.violations("roles", CoreRules.STATELESS_SINGLETONS))
                .extracting(Violation::key)
                .containsExactly(ROOT + ".roles.VisitCounter#visits");
    }

    @Test
    void message_listeners_are_handlers_and_their_methods_endpoints() {
        JavaClasses classes = Fixtures.classes("listeners");
        JavaClass kafka = classes.get(ROOT + ".listeners.OrderEventsListener");
        JavaClass jms = classes.get(ROOT + ".listeners.InvoiceQueueListener");

        assertThat(roleOf("listeners", "OrderEventsListener")).contains(Role.CONTROLLER);
        assertThat(roleOf("listeners", "InvoiceQueueListener")).contains(Role.CONTROLLER);
        assertThat(roleOf("listeners", "PaymentEventsHandler")).contains(Role.CONTROLLER);
        assertThat(roleOf("listeners", "ShipmentService")).contains(Role.SERVICE);
        assertThat(conventions.isEndpoint(kafka.getMethod("onOrderPlaced", String.class))).isTrue();
        assertThat(conventions.isEndpoint(jms.getMethod("onInvoice", String.class))).isTrue();
        assertThat(conventions.isEndpoint(classes.get(ROOT + ".listeners.PaymentEventsHandler").getMethod("onPayment", String.class)))
                .as("@RabbitHandler in a class-level @RabbitListener").isTrue();
    }

    @Test
    void a_message_handler_keeping_a_counter_is_shared_mutable_state() {
        assertThat(Fixtures.violations("listeners", CoreRules.STATELESS_SINGLETONS))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ROOT + ".listeners.OrderEventsListener#received",
                        "(OrderEventsListener.java:19)"));
        assertThat(Fixtures.evaluate("listeners").violations()).extracting(Violation::ruleId)
                .containsExactly(CoreRules.STATELESS_SINGLETONS);
    }
}
