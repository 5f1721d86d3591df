package dev.archrules.core.conventions;

import java.util.List;
import java.util.Objects;

/**
 * A kind of request handler that is not a {@code @Controller}: GraphQL handlers, message and event listeners,
 * filters, interceptors, WebSocket handlers and gRPC services. Each kind is recognised from {@link Term}s of the
 * vocabulary — annotations of its handler methods or of its class, and supertypes — so a team extends a kind by
 * extending its terms. A class of a kind is a controller (role detection), its handler methods are endpoints
 * ({@link Conventions#isEndpoint}), and messages call it by the kind's {@link #word()}.
 *
 * @param word        what messages call a class of this kind, lower case ("GraphQL handler", "filter")
 * @param annotations terms of annotations on its handler methods or on its class
 * @param types       terms of its supertypes (subtypes included)
 */
public record HandlerKind(String word, List<Term> annotations, List<Term> types) {

    public HandlerKind {
        Objects.requireNonNull(word, "word");
        annotations = List.copyOf(annotations);
        types = List.copyOf(types);
    }

    public static final HandlerKind GRAPHQL_HANDLER =
            new HandlerKind("GraphQL handler", List.of(Term.GRAPHQL_HANDLER_ANNOTATIONS), List.of());
    public static final HandlerKind MESSAGE_LISTENER =
            new HandlerKind("message listener", List.of(Term.MESSAGE_LISTENER_ANNOTATIONS), List.of(Term.MESSAGE_LISTENER_TYPES));
    public static final HandlerKind EVENT_LISTENER =
            new HandlerKind("event listener", List.of(Term.EVENT_LISTENER_ANNOTATIONS), List.of());
    public static final HandlerKind FILTER = new HandlerKind("filter", List.of(), List.of(Term.FILTER_TYPES));
    public static final HandlerKind INTERCEPTOR = new HandlerKind("interceptor", List.of(), List.of(Term.INTERCEPTOR_TYPES));
    public static final HandlerKind WEBSOCKET_HANDLER = new HandlerKind("WebSocket handler",
            List.of(Term.WEBSOCKET_HANDLER_ANNOTATIONS), List.of(Term.WEBSOCKET_HANDLER_TYPES));
    public static final HandlerKind GRPC_SERVICE = new HandlerKind("gRPC service", List.of(), List.of(Term.GRPC_SERVICE_TYPES));

    /** Every kind, in the order a class is matched against them (the first that fits names it). */
    public static final List<HandlerKind> ALL = List.of(
            GRAPHQL_HANDLER, MESSAGE_LISTENER, EVENT_LISTENER, FILTER, INTERCEPTOR, WEBSOCKET_HANDLER, GRPC_SERVICE);

    /** Whether this kind's job is plumbing around the handlers (filters, interceptors) rather than a use case. */
    public boolean isPlumbing() {
        return this == FILTER || this == INTERCEPTOR;
    }
}
