package dev.archrules.spring.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.model.Role;

import java.util.Set;

/**
 * The Spring vocabulary, by name and with Spring's meta-annotation semantics (a team's own
 * {@code @ApiController} carrying {@code @RestController} counts as one), on top of
 * {@link Conventions#defaults()}, which already knows Spring's stereotypes:
 * <ul>
 *   <li>controllers: {@code @Controller}, {@code @RestController}, {@code @ControllerAdvice} (whose
 *       {@code @ExceptionHandler} methods are not endpoints, so they never count towards endpoint limits),
 *       and message listeners — classes with {@code @KafkaListener}, {@code @RabbitListener},
 *       {@code @JmsListener}, {@code @SqsListener}, {@code @PulsarListener} methods, and the other request handlers of
 *       the core's {@link dev.archrules.core.conventions.HandlerKind handler kinds} (GraphQL handlers, {@code @EventListener}
 *       classes, filters, interceptors, WebSocket handlers, gRPC services);</li>
 *   <li>services: {@code @Service}, and {@code @Component} classes with no other role;</li>
 *   <li>repositories: {@code @Repository}, {@code @RepositoryDefinition} and every subtype of Spring Data's
 *       {@code Repository} ({@code CrudRepository}, {@code JpaRepository}, reactive and Kotlin ones, …);</li>
 *   <li>clients: {@code @FeignClient}, {@code @HttpExchange} interfaces (also when only their methods carry
 *       {@code @GetExchange}, {@code @PostExchange}, …) and classes using {@code RestTemplate},
 *       {@code RestClient}, {@code WebClient} or another HTTP client API;</li>
 *   <li>configuration: {@code @Configuration} (so {@code @SpringBootApplication}), {@code @ConfigurationProperties}
 *       and classes declaring {@code @Bean} factory methods;</li>
 *   <li>entities: {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass}, Spring Data's {@code @Document},
 *       {@code @Table}, {@code @Node} and {@code @RedisHash}.</li>
 * </ul>
 * Injection annotations are {@code @Autowired}, {@code @Value}, {@code @Inject} and {@code @Resource}; beans of
 * request, session or prototype scope ({@code @RequestScope}, {@code @Scope("prototype")}, …) and
 * {@code @ConfigurationProperties} classes are not shared mutable state.
 *
 * <p>The lists below are the built-in lists of the Spring rules' {@link SpringTerms}; the rules read the terms
 * from the conventions, so a team changes them there.
 */
public final class SpringConventions {

    /** {@code @SpringBootApplication}: its package is the base package of a Spring Boot application. */
    public static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

    /** Spring's {@code @Value}: a configuration value injected into a field or parameter. */
    public static final String VALUE = "org.springframework.beans.factory.annotation.Value";

    /** The transaction annotations: Spring's and JTA's {@code @Transactional}. */
    public static final Set<String> TRANSACTIONAL = Set.of(
            "org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional", "javax.transaction.Transactional");

    /**
     * Annotations that only work through a Spring proxy, so a call from the same object ({@code this.…})
     * silently skips them: transactions, {@code @Async}, caching, retries and method security.
     */
    public static final Set<String> PROXIED_METHOD_ANNOTATIONS = Set.of(
            "org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional", "javax.transaction.Transactional",
            "org.springframework.scheduling.annotation.Async",
            "org.springframework.cache.annotation.Cacheable",
            "org.springframework.cache.annotation.CachePut",
            "org.springframework.cache.annotation.CacheEvict",
            "org.springframework.cache.annotation.Caching",
            "org.springframework.retry.annotation.Retryable",
            "org.springframework.resilience.annotation.Retryable",
            "org.springframework.resilience.annotation.ConcurrencyLimit",
            // method security: Spring checks these in a proxy (or an advisor on it) around the bean
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize",
            "org.springframework.security.access.prepost.PreFilter",
            "org.springframework.security.access.prepost.PostFilter",
            "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed", "javax.annotation.security.RolesAllowed");

    /**
     * Bean look-ups, written {@code owner.Type#method}: the method of that type or any subtype
     * ({@code ApplicationContext} is a {@code BeanFactory}).
     */
    public static final Set<String> BEAN_LOOKUP_METHODS = Set.of(
            "org.springframework.beans.factory.BeanFactory#getBean",
            "org.springframework.beans.factory.BeanFactory#getBeanProvider",
            "org.springframework.beans.factory.ListableBeanFactory#getBeansOfType",
            "org.springframework.beans.factory.ListableBeanFactory#getBeansWithAnnotation");

    private static final String HTTP_EXCHANGE = "org.springframework.web.service.annotation.HttpExchange";

    private SpringConventions() {
    }

    /** The default conventions with the Spring additions described above. */
    public static Conventions defaults() {
        return on(Conventions.defaults());
    }

    /** {@code conventions} with the Spring additions, e.g. on a team's already customised conventions. */
    public static Conventions on(Conventions conventions) {
        return conventions
                .withEndpointAnnotations(
                        "org.springframework.kafka.annotation.KafkaHandler",
                        "org.springframework.amqp.rabbit.annotation.RabbitHandler",
                        "org.springframework.pulsar.annotation.PulsarListener")
                .withRoleAnnotations(Role.REPOSITORY, "org.springframework.data.repository.RepositoryDefinition")
                .withRoleDetectedBy(Role.CLIENT, HTTP_EXCHANGE_INTERFACES)
                .withRoleAnnotations(Role.ENTITY,
                        "org.springframework.data.neo4j.core.schema.Node",
                        "org.springframework.data.redis.core.RedisHash",
                        "org.springframework.data.couchbase.core.mapping.Document")
                .withRoleAnnotations(Role.CONFIGURATION, SPRING_BOOT_APPLICATION);
    }

    /** Interfaces whose methods carry {@code @HttpExchange} or an annotation meta-annotated with it ({@code @GetExchange}, …). */
    private static final DescribedPredicate<JavaClass> HTTP_EXCHANGE_INTERFACES = DescribedPredicate.describe(
            "interface with @HttpExchange methods",
            javaClass -> javaClass.isInterface() && javaClass.getMethods().stream()
                    .anyMatch(method -> Annotations.hasAny(method, Set.of(HTTP_EXCHANGE))));
}
