package dev.archrules.core.conventions;

import dev.archrules.core.model.Role;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The default vocabulary of Spring, Jakarta EE / JAX-RS / CDI / EJB, Micronaut and Quarkus, by name. */
final class DefaultVocabulary {

    private DefaultVocabulary() {
    }

    static Vocabulary create() {
        Map<Role, RoleConvention> roles = new EnumMap<>(Role.class);
        roles.put(Role.CONTROLLER, RoleConvention.none()
                .withAnnotations(
                        "org.springframework.stereotype.Controller",
                        "org.springframework.web.bind.annotation.RestController",
                        "org.springframework.web.bind.annotation.ControllerAdvice",
                        "org.springframework.web.bind.annotation.RestControllerAdvice",
                        "jakarta.ws.rs.Path", "javax.ws.rs.Path",
                        "jakarta.servlet.annotation.WebServlet", "javax.servlet.annotation.WebServlet",
                        "jakarta.websocket.server.ServerEndpoint", "javax.websocket.server.ServerEndpoint",
                        "jakarta.ejb.MessageDriven", "javax.ejb.MessageDriven",
                        "io.micronaut.http.annotation.Controller",
                        "io.micronaut.configuration.kafka.annotation.KafkaListener",
                        "io.micronaut.rabbitmq.annotation.RabbitListener",
                        "io.quarkus.vertx.web.RouteBase",
                        "org.springframework.kafka.annotation.KafkaListener",
                        "org.springframework.amqp.rabbit.annotation.RabbitListener")
                .withSupertypes(
                        "jakarta.servlet.Servlet", "javax.servlet.Servlet",
                        "org.springframework.web.servlet.mvc.Controller",
                        "jakarta.jms.MessageListener", "javax.jms.MessageListener")
                .withSuffixes("Controller"));
        roles.put(Role.SERVICE, RoleConvention.none()
                .withAnnotations(
                        "org.springframework.stereotype.Service",
                        "jakarta.ejb.Stateless", "jakarta.ejb.Stateful", "jakarta.ejb.Singleton",
                        "javax.ejb.Stateless", "javax.ejb.Stateful", "javax.ejb.Singleton")
                .withSuffixes("Service", "ServiceImpl", "UseCase"));
        roles.put(Role.REPOSITORY, RoleConvention.none()
                .withAnnotations(
                        "org.springframework.stereotype.Repository",
                        "org.springframework.data.rest.core.annotation.RepositoryRestResource",
                        "io.micronaut.data.annotation.Repository",
                        "jakarta.data.repository.Repository",
                        "org.apache.ibatis.annotations.Mapper")
                .withSupertypes(
                        "org.springframework.data.repository.Repository",
                        "io.micronaut.data.repository.GenericRepository",
                        "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase",
                        "io.quarkus.mongodb.panache.PanacheMongoRepositoryBase",
                        "org.jdbi.v3.sqlobject.SqlObject")
                .withSuffixes("Repository", "RepositoryImpl", "Dao", "DAO", "DaoImpl"));
        roles.put(Role.CLIENT, RoleConvention.none()
                .withAnnotations(
                        "org.springframework.cloud.openfeign.FeignClient",
                        "org.springframework.web.service.annotation.HttpExchange",
                        "io.micronaut.http.client.annotation.Client",
                        "org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
                .withSuffixes("Client", "ClientImpl", "Gateway"));
        roles.put(Role.CONFIGURATION, RoleConvention.none()
                .withAnnotations(
                        "org.springframework.context.annotation.Configuration",
                        "org.springframework.boot.context.properties.ConfigurationProperties",
                        "io.micronaut.context.annotation.Factory",
                        "io.micronaut.context.annotation.ConfigurationProperties",
                        "io.micronaut.context.annotation.EachProperty",
                        "io.smallrye.config.ConfigMapping",
                        "org.eclipse.microprofile.config.inject.ConfigProperties")
                // a JSR-356 endpoint configurator is asked by the container for endpoint instances, a gRPC handler
                // registry by the server for the handler of a method: wiring
                // a Guice module declares bindings and provider methods: the injector's configuration; its base classes
                // are named too, for a class path without Guice (a stub AbstractModule shows no Module interface)
                .withSupertypes("org.springframework.beans.factory.FactoryBean", "com.google.inject.Module",
                        "com.google.inject.AbstractModule", "com.google.inject.PrivateModule",
                        "jakarta.websocket.server.ServerEndpointConfig$Configurator",
                        "javax.websocket.server.ServerEndpointConfig$Configurator",
                        "io.grpc.HandlerRegistry")
                .withSuffixes("Configuration", "Config", "Properties", "ConfigurationImpl", "ConfigImpl"));
        roles.put(Role.ENTITY, RoleConvention.none()
                .withAnnotations(
                        "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
                        "jakarta.persistence.MappedSuperclass",
                        "javax.persistence.Entity", "javax.persistence.Embeddable",
                        "javax.persistence.MappedSuperclass",
                        "org.springframework.data.mongodb.core.mapping.Document",
                        "org.springframework.data.relational.core.mapping.Table",
                        "org.springframework.data.cassandra.core.mapping.Table",
                        "org.springframework.data.elasticsearch.annotations.Document",
                        "io.micronaut.data.annotation.MappedEntity",
                        "com.j256.ormlite.table.DatabaseTable"));

        Set<String> configValues = Set.of(
                "org.springframework.beans.factory.annotation.Value",
                "io.micronaut.context.annotation.Value",
                "io.micronaut.context.annotation.Property",
                "org.eclipse.microprofile.config.inject.ConfigProperty");
        Set<String> injection = new java.util.HashSet<>(configValues);
        injection.addAll(Set.of(
                "org.springframework.beans.factory.annotation.Autowired",
                "jakarta.inject.Inject", "javax.inject.Inject",
                "jakarta.annotation.Resource", "javax.annotation.Resource",
                "jakarta.ejb.EJB", "javax.ejb.EJB",
                "com.google.inject.Inject"));
        Set<String> containerManaged = Set.of(
                "jakarta.persistence.PersistenceContext", "jakarta.persistence.PersistenceUnit",
                "javax.persistence.PersistenceContext", "javax.persistence.PersistenceUnit",
                "jakarta.ws.rs.core.Context", "javax.ws.rs.core.Context");
        Set<String> endpoints = new java.util.HashSet<>(HttpMappings.JAX_RS_DESIGNATORS); // @HttpMethod, and @GET … by name
        endpoints.addAll(Set.of(
                "org.springframework.web.bind.annotation.RequestMapping",
                "io.micronaut.http.annotation.HttpMethodMapping",
                "io.quarkus.vertx.web.Route",
                "org.springframework.kafka.annotation.KafkaListener",
                "org.springframework.amqp.rabbit.annotation.RabbitListener",
                "org.springframework.jms.annotation.JmsListener",
                "io.awspring.cloud.sqs.annotation.SqsListener",
                "org.springframework.messaging.handler.annotation.MessageMapping",
                "org.springframework.graphql.data.method.annotation.SchemaMapping",
                "org.eclipse.microprofile.reactive.messaging.Incoming",
                "io.micronaut.configuration.kafka.annotation.Topic",
                "io.micronaut.rabbitmq.annotation.Queue"));
        Set<String> beanFactories = Set.of(
                "org.springframework.context.annotation.Bean",
                "jakarta.enterprise.inject.Produces", "javax.enterprise.inject.Produces",
                // Guice's and Dagger's provider methods: a module's @Provides method builds what is injected
                "com.google.inject.Provides", "dagger.Provides");
        Set<String> beans = Set.of(
                "org.springframework.stereotype.Component",
                "jakarta.inject.Singleton", "javax.inject.Singleton",
                "jakarta.enterprise.context.ApplicationScoped", "javax.enterprise.context.ApplicationScoped",
                "io.micronaut.context.annotation.Context");
        Set<String> nonSingletonScopes = Set.of(
                Conventions.SPRING_SCOPE,
                "jakarta.enterprise.context.RequestScoped", "javax.enterprise.context.RequestScoped",
                "jakarta.enterprise.context.SessionScoped", "javax.enterprise.context.SessionScoped",
                "jakarta.enterprise.context.Dependent", "javax.enterprise.context.Dependent",
                "io.micronaut.context.annotation.Prototype",
                "io.micronaut.runtime.http.scope.RequestScope",
                "jakarta.ejb.Stateful", "javax.ejb.Stateful");
        Set<String> serviceLocators = Set.of(
                "org.springframework.beans.factory.BeanFactory#getBean",
                "io.micronaut.context.BeanLocator#getBean",
                "io.micronaut.context.BeanLocator#findBean",
                "javax.naming.Context#lookup",
                "jakarta.enterprise.inject.spi.CDI#current",
                "javax.enterprise.inject.spi.CDI#current",
                "io.quarkus.arc.Arc#container");

        Set<String> httpClientMethods = Set.of("java.net.URL#openConnection", "java.net.URL#openStream");

        Map<Term, Set<String>> terms = new HashMap<>();
        terms.put(Term.INJECTION_ANNOTATIONS, injection);
        terms.put(Term.CONTAINER_MANAGED_ANNOTATIONS, containerManaged);
        terms.put(Term.CONFIG_VALUE_ANNOTATIONS, configValues);
        terms.put(Term.ENDPOINT_ANNOTATIONS, endpoints);
        terms.put(Term.BEAN_FACTORY_METHOD_ANNOTATIONS, beanFactories);
        terms.put(Term.BEAN_ANNOTATIONS, beans);
        terms.put(Term.NON_SINGLETON_SCOPE_ANNOTATIONS, nonSingletonScopes);
        terms.put(Term.SERVICE_LOCATOR_METHODS, serviceLocators);
        terms.put(Term.HTTP_CLIENT_METHODS, httpClientMethods);
        handlerKinds(terms);
        return new Vocabulary(roles, ApiCatalogue.dataAccessApis(), ApiCatalogue.httpClientApis(), terms);
    }

    /** The {@link HandlerKind}s' terms: request handlers that are not {@code @Controller}s. */
    private static void handlerKinds(Map<Term, Set<String>> terms) {
        terms.put(Term.GRAPHQL_HANDLER_ANNOTATIONS, Set.of(
                "com.netflix.graphql.dgs.DgsComponent", "com.netflix.graphql.dgs.DgsData",
                "com.netflix.graphql.dgs.DgsEntityFetcher",
                "org.springframework.graphql.data.method.annotation.SchemaMapping",
                "org.springframework.graphql.data.method.annotation.BatchMapping"));
        terms.put(Term.MESSAGE_LISTENER_ANNOTATIONS, Set.of(
                "org.springframework.kafka.annotation.KafkaListener", "org.springframework.kafka.annotation.KafkaHandler",
                "org.springframework.amqp.rabbit.annotation.RabbitListener",
                "org.springframework.amqp.rabbit.annotation.RabbitHandler",
                "org.springframework.jms.annotation.JmsListener", "io.awspring.cloud.sqs.annotation.SqsListener",
                "org.springframework.pulsar.annotation.PulsarListener",
                "org.eclipse.microprofile.reactive.messaging.Incoming",
                "io.micronaut.configuration.kafka.annotation.KafkaListener", "io.micronaut.configuration.kafka.annotation.Topic",
                "io.micronaut.rabbitmq.annotation.RabbitListener", "io.micronaut.rabbitmq.annotation.Queue",
                "jakarta.ejb.MessageDriven", "javax.ejb.MessageDriven"));
        terms.put(Term.MESSAGE_LISTENER_TYPES, Set.of("jakarta.jms.MessageListener", "javax.jms.MessageListener"));
        terms.put(Term.EVENT_LISTENER_ANNOTATIONS, Set.of(
                "org.springframework.context.event.EventListener", "io.micronaut.runtime.event.annotation.EventListener"));
        terms.put(Term.STARTUP_RUNNER_TYPES, Set.of("org.springframework.boot.CommandLineRunner", "org.springframework.boot.ApplicationRunner"));
        terms.put(Term.LIFECYCLE_EVENT_TYPES, Set.of(
                "org.springframework.context.event.ApplicationContextEvent",
                "org.springframework.context.event.ContextRefreshedEvent", "org.springframework.context.event.ContextStartedEvent",
                "org.springframework.context.event.ContextStoppedEvent", "org.springframework.context.event.ContextClosedEvent",
                "org.springframework.boot.context.event.SpringApplicationEvent",
                "org.springframework.boot.context.event.ApplicationStartingEvent",
                "org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent",
                "org.springframework.boot.context.event.ApplicationContextInitializedEvent",
                "org.springframework.boot.context.event.ApplicationPreparedEvent",
                "org.springframework.boot.context.event.ApplicationStartedEvent",
                "org.springframework.boot.context.event.ApplicationReadyEvent",
                "org.springframework.boot.context.event.ApplicationFailedEvent",
                "org.springframework.boot.availability.AvailabilityChangeEvent",
                "org.springframework.boot.web.context.WebServerInitializedEvent",
                "org.springframework.boot.web.server.context.WebServerInitializedEvent",
                "io.micronaut.context.event.StartupEvent", "io.micronaut.context.event.ShutdownEvent",
                "io.micronaut.runtime.server.event.ServerStartupEvent", "io.micronaut.runtime.server.event.ServerShutdownEvent"));
        terms.put(Term.FILTER_TYPES, Set.of(
                "jakarta.servlet.Filter", "javax.servlet.Filter", "org.springframework.web.server.WebFilter"));
        terms.put(Term.INTERCEPTOR_TYPES, Set.of(
                "org.springframework.web.servlet.HandlerInterceptor", "org.springframework.web.context.request.WebRequestInterceptor"));
        terms.put(Term.WEBSOCKET_HANDLER_ANNOTATIONS, Set.of(
                "jakarta.websocket.server.ServerEndpoint", "javax.websocket.server.ServerEndpoint",
                "jakarta.websocket.OnMessage", "javax.websocket.OnMessage",
                "jakarta.websocket.OnOpen", "javax.websocket.OnOpen"));
        terms.put(Term.WEBSOCKET_HANDLER_TYPES, Set.of(
                "org.springframework.web.socket.WebSocketHandler", "org.springframework.web.reactive.socket.WebSocketHandler",
                "jakarta.websocket.Endpoint", "javax.websocket.Endpoint"));
        terms.put(Term.GRPC_SERVICE_TYPES, Set.of("io.grpc.BindableService"));
        terms.put(Term.HANDLER_METHODS, Set.of(
                "jakarta.servlet.Filter#doFilter", "javax.servlet.Filter#doFilter",
                "org.springframework.web.filter.OncePerRequestFilter#doFilterInternal",
                "org.springframework.web.server.WebFilter#filter",
                "org.springframework.web.servlet.HandlerInterceptor#preHandle",
                "org.springframework.web.servlet.HandlerInterceptor#postHandle",
                "org.springframework.web.servlet.HandlerInterceptor#afterCompletion",
                "org.springframework.web.context.request.WebRequestInterceptor#preHandle",
                "org.springframework.web.socket.WebSocketHandler#handleMessage",
                "org.springframework.web.socket.WebSocketHandler#afterConnectionEstablished",
                "org.springframework.web.socket.handler.AbstractWebSocketHandler#handleTextMessage",
                "org.springframework.web.socket.handler.AbstractWebSocketHandler#handleBinaryMessage",
                "org.springframework.web.reactive.socket.WebSocketHandler#handle",
                "jakarta.websocket.Endpoint#onOpen", "javax.websocket.Endpoint#onOpen",
                "jakarta.jms.MessageListener#onMessage", "javax.jms.MessageListener#onMessage",
                "io.grpc.BindableService#*"));
    }
}
