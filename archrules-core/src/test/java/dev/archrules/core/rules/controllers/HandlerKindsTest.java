package dev.archrules.core.rules.controllers;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Request handlers that are not {@code @Controller}s are handlers for {@code controllers.no-data-access} too — a DGS
 * data fetcher, a servlet filter, a Spring MVC interceptor, a WebSocket handler, a gRPC service — and messages name
 * what they are; the ones that delegate to a service, or touch only the HTTP exchange, pass.
 */
class HandlerKindsTest {

    private static final String FIXTURES = "dev.archrules.fixtures.handlers";
    private static final String F = FIXTURES + ".";
    private static final String REPOSITORY = F + "data.OrderRepository";

    @Test
    void handlers_of_every_kind_reading_a_repository_are_reported_naming_their_kind() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(F + "graphql.OrderDataFetcher -> " + REPOSITORY, "(OrderDataFetcher.java:21)"),
                        tuple(F + "grpc.OrderGrpcService -> " + REPOSITORY, "(OrderGrpcService.java:19)"),
                        tuple(F + "web.OrderAuditFilter -> " + REPOSITORY, "(OrderAuditFilter.java:23)"),
                        tuple(F + "web.OrderQuotaInterceptor -> " + REPOSITORY, "(OrderQuotaInterceptor.java:19)"),
                        tuple(F + "ws.OrderFeedSocketHandler -> " + REPOSITORY, "(OrderFeedSocketHandler.java:19)"));
        assertThat(violationWithKey(violations, F + "graphql.OrderDataFetcher -> " + REPOSITORY).message())
                .startsWith("GraphQL handler <" + F + "graphql.OrderDataFetcher> depends on repository <" + REPOSITORY + ">");
        assertThat(violationWithKey(violations, F + "grpc.OrderGrpcService -> " + REPOSITORY).message())
                .startsWith("gRPC service <" + F + "grpc.OrderGrpcService> depends on repository");
        assertThat(violationWithKey(violations, F + "web.OrderAuditFilter -> " + REPOSITORY).message())
                .startsWith("Filter <" + F + "web.OrderAuditFilter> depends on repository");
        assertThat(violationWithKey(violations, F + "web.OrderQuotaInterceptor -> " + REPOSITORY).message())
                .startsWith("Interceptor <" + F + "web.OrderQuotaInterceptor> depends on repository");
        assertThat(violationWithKey(violations, F + "ws.OrderFeedSocketHandler -> " + REPOSITORY).message())
                .startsWith("WebSocket handler <" + F + "ws.OrderFeedSocketHandler> depends on repository");
    }

    /**
     * A bean other classes call that also listens to an in-process event is a service with a listener method, not an
     * entry point: neither its data access nor the services calling it break a handler rule. A listener nobody calls
     * stays a handler.
     */
    @Test
    void a_service_with_an_event_listener_method_that_other_beans_call_is_no_handler() {
        String fixtures = "dev.archrules.fixtures.eventlisteners";

        assertThat(Fixtures.violations(fixtures, CoreRules.CONTROLLERS_NO_DATA_ACCESS))
                .extracting(Violation::key)
                .containsExactly(fixtures + ".ReminderListener -> " + fixtures + ".OrderRepository");
        assertThat(Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION)).isEmpty();
    }
    /**
     * A {@code @Service} served over HTTP is a handler: the JAX-RS resource implementing its {@code @Path} API and the
     * {@code @Service} with Spring MVC mappings that read the repository themselves are reported, as the {@code @Component}
     * resource of the same shape is; the {@code @Service} listening to a topic stays a service and passes.
     */
    @Test
    void a_service_stereotyped_bean_served_over_http_is_a_handler_one_listening_to_messages_is_not() {
        String fixtures = "dev.archrules.fixtures.stereotypedresources";
        String repository = fixtures + ".data.OrderRepository";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.CONTROLLERS_NO_DATA_ACCESS, fixtures + ".OrderComponentResource -> " + repository,
                                "(OrderComponentResource.java:20)"),
                        tuple(CoreRules.CONTROLLERS_NO_DATA_ACCESS, fixtures + ".OrderServiceImpl -> " + repository,
                                "(OrderServiceImpl.java:23)"),
                        tuple(CoreRules.CONTROLLERS_NO_DATA_ACCESS, fixtures + ".OrderStatusService -> " + repository,
                                "(OrderStatusService.java:23)"));
        assertThat(violationWithKey(violations, fixtures + ".OrderServiceImpl -> " + repository).message())
                .startsWith("Controller <" + fixtures + ".OrderServiceImpl> depends on repository <" + repository + ">");
    }
}
