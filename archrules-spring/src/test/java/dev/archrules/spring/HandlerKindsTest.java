package dev.archrules.spring;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.HandlerKind;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.spring.conventions.SpringConventions;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.archrules.spring.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Request handlers that are not {@code @Controller}s (GraphQL handlers, filters, interceptors, WebSocket handlers, gRPC
 * services, message and event listeners) on the real framework jars: they are controllers, their handler methods are
 * endpoints, and the controller rules name them by kind.
 */
class HandlerKindsTest {

    private static final String H = ROOT + ".handlers.";
    private static final String REPOSITORY = H + "OrderRepository";

    private final Conventions conventions = SpringConventions.defaults();

    private JavaClass handler(String simpleName) {
        return Fixtures.classes("handlers").get(H + simpleName);
    }

    private Optional<String> kindOf(String simpleName) {
        return conventions.handlerKind(handler(simpleName)).map(HandlerKind::word);
    }

    @Test
    void every_kind_of_handler_is_a_controller_named_by_its_kind() {
        assertThat(kindOf("OrderDataFetcher")).contains("GraphQL handler");
        assertThat(kindOf("OrderQueries")).contains("GraphQL handler");
        assertThat(kindOf("TenantFilter")).contains("filter");
        assertThat(kindOf("CorsHeaderFilter")).contains("filter");
        assertThat(kindOf("AuditInterceptor")).contains("interceptor");
        assertThat(kindOf("ChatSocketHandler")).contains("WebSocket handler");
        assertThat(kindOf("OrderStatusEndpoint")).contains("WebSocket handler");
        assertThat(kindOf("OrderGrpcService")).contains("gRPC service");
        assertThat(kindOf("PaymentListener")).contains("message listener");
        assertThat(kindOf("StockReservations")).contains("event listener");
        assertThat(kindOf("LoginController")).as("a plain controller").isEmpty();
        for (String name : new String[]{"OrderDataFetcher", "OrderQueries", "TenantFilter", "CorsHeaderFilter", "AuditInterceptor",
                "ChatSocketHandler", "OrderGrpcService", "PaymentListener", "StockReservations"}) {
            assertThat(conventions.roleOf(handler(name))).as(name).contains(Role.CONTROLLER);
        }
        assertThat(conventions.explainRole(handler("OrderDataFetcher")).orElseThrow().reason())
                .as("a @DgsComponent is a handler although it is meta-annotated @Component")
                .isEqualTo("annotated with @com.netflix.graphql.dgs.DgsComponent");
    }

    @Test
    void handler_methods_of_each_kind_are_endpoints_and_start_up_listeners_are_not_handlers() throws Exception {
        assertThat(conventions.isEndpoint(handler("TenantFilter").getMethod("doFilterInternal",
                jakarta.servlet.http.HttpServletRequest.class, jakarta.servlet.http.HttpServletResponse.class, jakarta.servlet.FilterChain.class))).isTrue();
        assertThat(conventions.isEndpoint(handler("OrderGrpcService").getMethod("getOrder", Long.class, io.grpc.stub.StreamObserver.class))).isTrue();
        assertThat(conventions.isEndpoint(handler("OrderQueries").getMethod("price", java.util.List.class, boolean.class))).isTrue();
        assertThat(conventions.isEndpoint(handler("OrderStatusEndpoint").getMethod("status", String.class))).as("@OnMessage").isTrue();
        assertThat(conventions.explainRole(handler("OrderStatusEndpoint")).orElseThrow().reason())
                .isEqualTo("annotated with @jakarta.websocket.server.ServerEndpoint");

        assertThat(conventions.isEndpoint(handler("CacheWarmup").getMethod("warmUp")))
                .as("@EventListener(ApplicationReadyEvent.class) is start-up wiring").isFalse();
        assertThat(conventions.roleOf(handler("CacheWarmup"))).contains(Role.SERVICE);
        assertThat(conventions.handlerKind(handler("CacheWarmup"))).isEmpty();
    }

    @Test
    void data_access_in_any_handler_is_reported_and_the_message_names_the_kind() {
        assertThat(Fixtures.violations("handlers", CoreRules.CONTROLLERS_NO_DATA_ACCESS))
                .extracting(Violation::key, v -> v.location().toString(), v -> v.message().substring(0, v.message().indexOf(" <")))
                .containsExactly(
                        tuple(H + "AuditInterceptor -> " + REPOSITORY, "(AuditInterceptor.java:20)", "Interceptor"),
                        tuple(H + "ChatSocketHandler -> " + REPOSITORY, "(ChatSocketHandler.java:18)", "WebSocket handler"),
                        tuple(H + "OrderDataFetcher -> " + REPOSITORY, "(OrderDataFetcher.java:18)", "GraphQL handler"),
                        tuple(H + "OrderGrpcService -> " + REPOSITORY, "(OrderGrpcService.java:16)", "gRPC service"),
                        tuple(H + "OrderStatusEndpoint -> " + REPOSITORY, "(OrderStatusEndpoint.java:18)", "WebSocket handler"),
                        tuple(H + "StockReservations -> " + REPOSITORY, "(StockReservations.java:18)", "Event listener"),
                        tuple(H + "TenantFilter -> " + REPOSITORY, "(TenantFilter.java:23)", "Filter"));
        // not reported: CorsHeaderFilter (sets headers), TokenAuthenticationFilter (security plumbing through a service),
        // PaymentListener (delegates to a service), CacheWarmup (start-up wiring on ApplicationReadyEvent)
    }

    @Test
    void thin_handlers_weighs_every_kind_counts_private_helpers_and_use_case_calls() {
        assertThat(Fixtures.violations("handlers", CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key, Violation::message)
                .containsExactly(
                        tuple(H + "LoginController#login(java.lang.String, java.lang.String)",
                                "Handler <" + H + "LoginController.login(…)> does the work of a use case itself: calls PasswordEncoder.matches"
                                        + " in (LoginController.java:20)"),
                        tuple(H + "OrderQueries#price(java.util.List, boolean)",
                                "GraphQL handler <" + H + "OrderQueries.price(…)> makes 4 decisions (branches on domain state, loops, arithmetic,"
                                        + " data-access and client calls), more than the limit of 3 in (OrderQueries.java:25)"),
                        tuple(H + "RefundController#refund(long, java.util.List)",
                                "Handler <" + H + "RefundController.refund(…)> makes 4 decisions (branches on domain state, loops, arithmetic,"
                                        + " data-access and client calls; 4 in private helpers it calls), more than the limit of 3 in (RefundController.java:19)"));
        // not reported: SessionLoginController (hands the credentials to the AuthenticationManager, the service that
        // checks them), OrderViewController (its private helper only maps the answer), CheckoutController (a helper two
        // handlers share, a helper called only in a catch clause), TokenAuthenticationFilter (a filter's
        // password check is security plumbing; guards and chain calls weigh nothing), CorsHeaderFilter (headers)
    }

    @Test
    void guice_and_ejb_fields_are_field_injection_guice_constructors_are_not() {
        assertThat(Fixtures.violations("injection", CoreRules.CONSTRUCTOR_INJECTION))
                .extracting(Violation::key, Violation::message)
                .containsExactly(
                        tuple(ROOT + ".injection.EjbInjected#inventory",
                                "Field <" + ROOT + ".injection.EjbInjected.inventory> is injected with @EJB in (EjbInjected.java:12)"),
                        tuple(ROOT + ".injection.GuiceInjected#inventory",
                                "Field <" + ROOT + ".injection.GuiceInjected.inventory> is injected with @Inject in (GuiceInjected.java:12)"));
    }
}
