package dev.archrules.core.conventions;

import java.util.Objects;
import java.util.Set;

/**
 * One named list of the {@link Vocabulary}: the annotations that inject, the query annotations the SQL rule
 * reads, the types whose instances are mutable, …. A rule asks the conventions for the names of its terms
 * instead of keeping a private list, so a team can extend (or shrink) every list with
 * {@link Conventions#withTerm(Term, String...)} or {@link Vocabulary#plus(Term, String...)}.
 *
 * <p>A term has a built-in list that applies until a vocabulary sets the term. The role-detection terms
 * (injection, endpoint, bean annotations, …) have an empty built-in list: {@link Vocabulary#defaults()} fills
 * them, {@link Vocabulary#empty()} leaves them empty. The rule terms (query annotations, mutable types, …)
 * carry their lists themselves, so every vocabulary starts from them. Other modules declare their own terms
 * (archrules-spring does, for its rules) as constants like the ones here.
 *
 * @param name    a stable name, e.g. {@code query-annotations}
 * @param kind    what the names are; {@link Kind#METHODS} entries must be written {@code owner.Type#method}
 * @param builtIn the names used while no vocabulary sets this term
 *
 * <p>Terms are keys: two terms are equal when their names are.
 */
public record Term(String name, Kind kind, Set<String> builtIn) {

    /** What the names of a term are. */
    public enum Kind {
        /** Fully qualified annotation names. */
        ANNOTATIONS,
        /** Fully qualified (binary) type names. */
        TYPES,
        /** Methods written {@code owner.Type#method}. */
        METHODS,
        /** Plain names, such as method names. */
        NAMES
    }

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        builtIn = Set.copyOf(builtIn);
        builtIn.forEach(this::requireForm);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term term && term.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }

    /** A term with an empty built-in list, filled by {@link Vocabulary#defaults()}. */
    static Term of(String name, Kind kind) {
        return new Term(name, kind, Set.of());
    }

    /** Fails on a name that does not have the form of this term's kind. */
    String requireForm(String entry) {
        if (kind == Kind.METHODS && !entry.contains("#")) {
            throw new IllegalArgumentException("'" + entry + "' is not of the form owner.Type#method");
        }
        return entry;
    }

    // ------------------------------------------------------------ role detection and framework vocabulary

    /** Annotations of field and setter injection ({@code @Autowired}, {@code @Inject}, …); flagged by {@code di.constructor-injection}. */
    public static final Term INJECTION_ANNOTATIONS = of("injection-annotations", Kind.ANNOTATIONS);
    /** Annotations of fields the container sets without injection, such as {@code @PersistenceContext}. */
    public static final Term CONTAINER_MANAGED_ANNOTATIONS = of("container-managed-annotations", Kind.ANNOTATIONS);
    /** Annotations that inject configuration values rather than collaborators, such as {@code @Value}. */
    public static final Term CONFIG_VALUE_ANNOTATIONS = of("config-value-annotations", Kind.ANNOTATIONS);
    /** Annotations of handler (endpoint) methods; classes declaring such methods are controllers. */
    public static final Term ENDPOINT_ANNOTATIONS = of("endpoint-annotations", Kind.ANNOTATIONS);
    /** Annotations of bean factory methods ({@code @Bean}, {@code @Produces}); classes declaring them are configuration. */
    public static final Term BEAN_FACTORY_METHOD_ANNOTATIONS = of("bean-factory-method-annotations", Kind.ANNOTATIONS);
    /** Annotations of container-managed beans ({@code @Component}, …): a service unless another role fits. */
    public static final Term BEAN_ANNOTATIONS = of("bean-annotations", Kind.ANNOTATIONS);
    /** Annotations of scopes whose beans are not shared between requests (request, session, prototype, …). */
    public static final Term NON_SINGLETON_SCOPE_ANNOTATIONS = of("non-singleton-scope-annotations", Kind.ANNOTATIONS);
    /** Service-locator methods ({@code getBean}, JNDI {@code lookup}, …), subtypes of the owner included. */
    public static final Term SERVICE_LOCATOR_METHODS = of("service-locator-methods", Kind.METHODS);
    /** Methods that make HTTP requests on a type that is not an HTTP client API as a whole ({@code URL#openStream}). */
    public static final Term HTTP_CLIENT_METHODS = of("http-client-methods", Kind.METHODS);
    /** Further library types (or {@code package..}) the recommended import resolves fully, for custom predicates. */
    public static final Term TYPES_OF_INTEREST = of("types-of-interest", Kind.TYPES);

    // ------------------------------------------------------------ request handlers that are not controllers (handler kinds)

    /**
     * GraphQL handler annotations, on handler methods or on their class ({@code @DgsComponent}): a class carrying one
     * (or declaring a method with one) is a controller, called a "GraphQL handler"; the annotated methods are its handlers.
     */
    public static final Term GRAPHQL_HANDLER_ANNOTATIONS = of("graphql-handler-annotations", Kind.ANNOTATIONS);
    /** Message listener annotations, on handler methods or on their class: a "message listener". */
    public static final Term MESSAGE_LISTENER_ANNOTATIONS = of("message-listener-annotations", Kind.ANNOTATIONS);
    /** Message listener interfaces (subtypes included): a class implementing one is a "message listener". */
    public static final Term MESSAGE_LISTENER_TYPES = of("message-listener-types", Kind.TYPES);
    /**
     * Application event listener annotations ({@code @EventListener}): the annotated method is a handler, its class an
     * "event listener", unless every event it takes is one of the {@link #LIFECYCLE_EVENT_TYPES}.
     */
    public static final Term EVENT_LISTENER_ANNOTATIONS = of("event-listener-annotations", Kind.ANNOTATIONS);
    /**
     * Events of the application's start-up and shut-down (subtypes included): a listener taking only these does wiring,
     * not request handling ({@code @EventListener(ApplicationReadyEvent.class)}).
     */
    public static final Term LIFECYCLE_EVENT_TYPES = of("lifecycle-event-types", Kind.TYPES);
    /**
     * Types whose {@code run} method the framework calls once, after the application has started (subtypes included:
     * Spring Boot's {@code CommandLineRunner} and {@code ApplicationRunner}): what it writes is initialisation state.
     */
    public static final Term STARTUP_RUNNER_TYPES = of("startup-runner-types", Kind.TYPES);
    /** Request filter types (subtypes included): servlet {@code Filter}s, {@code OncePerRequestFilter}s, {@code WebFilter}s. */
    public static final Term FILTER_TYPES = of("filter-types", Kind.TYPES);
    /** Request interceptor types (subtypes included): Spring MVC {@code HandlerInterceptor}s. */
    public static final Term INTERCEPTOR_TYPES = of("interceptor-types", Kind.TYPES);
    /** WebSocket endpoint annotations, on the class ({@code @ServerEndpoint}) or its handler methods ({@code @OnMessage}). */
    public static final Term WEBSOCKET_HANDLER_ANNOTATIONS = of("websocket-handler-annotations", Kind.ANNOTATIONS);
    /** WebSocket handler types (subtypes included): Spring's {@code WebSocketHandler}, Jakarta's {@code Endpoint}. */
    public static final Term WEBSOCKET_HANDLER_TYPES = of("websocket-handler-types", Kind.TYPES);
    /** gRPC service types (subtypes included): {@code io.grpc.BindableService}, which every generated {@code *ImplBase} implements. */
    public static final Term GRPC_SERVICE_TYPES = of("grpc-service-types", Kind.TYPES);
    /**
     * The handler methods of the handler types, {@code owner.Type#method}: a method of that name declared in a subtype
     * of the owner is a handler ({@code jakarta.servlet.Filter#doFilter}); {@code owner.Type#*} makes every public
     * instance method declared in a subtype a handler (a gRPC service's methods are its RPCs).
     */
    public static final Term HANDLER_METHODS = of("handler-methods", Kind.METHODS);

    // ------------------------------------------------------------ every rule: generated code

    /**
     * Annotations, matched by exact name, that mark generated code: a class marked (or nested in a marked class) is
     * left out of the code base unless generated code is included; a member marked (Lombok's) never produces a
     * finding. The standard ones have {@code SOURCE} retention and are read from the source file (MapStruct,
     * OpenAPI Generator, jOOQ, QueryDSL, AutoValue and the JPA metamodel generator write one of them); Lombok's and
     * Micronaut's have {@code CLASS} retention and Spring AOT's {@code RUNTIME}, so bytecode shows them.
     */
    public static final Term GENERATED_ANNOTATIONS = new Term("generated-annotations", Kind.ANNOTATIONS, Set.of(
            "javax.annotation.Generated", "javax.annotation.processing.Generated", "jakarta.annotation.Generated",
            "lombok.Generated", "org.springframework.aot.generate.Generated", "io.micronaut.core.annotation.Generated",
            "org.immutables.value.Generated"));

    // ------------------------------------------------------------ data-access.sql-only-in-repositories

    /** Query annotations of repository methods, matched by exact name (Spring Data, Micronaut Data, Hibernate, MyBatis). */
    public static final Term QUERY_ANNOTATIONS = new Term("query-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.data.jpa.repository.Query", "org.springframework.data.jpa.repository.NativeQuery",
            "org.springframework.data.jdbc.repository.query.Query", "org.springframework.data.r2dbc.repository.Query",
            "io.micronaut.data.annotation.Query", "org.hibernate.annotations.processing.HQL",
            "org.hibernate.annotations.processing.SQL", "org.apache.ibatis.annotations.Select",
            "org.apache.ibatis.annotations.Insert", "org.apache.ibatis.annotations.Update",
            "org.apache.ibatis.annotations.Delete"));

    /** Named queries, matched by exact name: allowed on entities (where JPA wants them) and in repositories. */
    public static final Term NAMED_QUERY_ANNOTATIONS = new Term("named-query-annotations", Kind.ANNOTATIONS, Set.of(
            "jakarta.persistence.NamedQuery", "jakarta.persistence.NamedNativeQuery",
            "jakarta.persistence.NamedQueries", "jakarta.persistence.NamedNativeQueries",
            "javax.persistence.NamedQuery", "javax.persistence.NamedNativeQuery",
            "javax.persistence.NamedQueries", "javax.persistence.NamedNativeQueries",
            "org.hibernate.annotations.NamedQuery", "org.hibernate.annotations.NamedNativeQuery"));

    // ------------------------------------------------------------ config.no-hardcoded-endpoints

    /** Annotations, matched by exact name, whose string values {@code config.no-hardcoded-endpoints} reads for addresses. */
    public static final Term ENDPOINT_VALUE_ANNOTATIONS = new Term("endpoint-value-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.beans.factory.annotation.Value",
            "io.micronaut.context.annotation.Value",
            "org.springframework.cloud.openfeign.FeignClient",
            "io.micronaut.http.client.annotation.Client",
            "org.eclipse.microprofile.rest.client.inject.RegisterRestClient",
            "org.springframework.web.service.annotation.HttpExchange"));

    // ------------------------------------------------------------ controllers.single-responsibility

    /**
     * The container's own handles a component may be given (subtypes included): the application context, the event
     * publisher, the bean factory, CDI's {@code BeanManager} and {@code Event}. They are not collaborators with a
     * responsibility of their own, so {@code controllers.single-responsibility} does not count them; a look-up through
     * one is {@code spring.no-bean-lookup}'s and {@code di.no-direct-instantiation}'s to report.
     */
    public static final Term CONTAINER_HANDLE_TYPES = new Term("container-handle-types", Kind.TYPES, Set.of(
            "org.springframework.context.ApplicationEventPublisher", "org.springframework.beans.factory.BeanFactory",
            "org.springframework.context.ApplicationContext",
            "jakarta.enterprise.inject.spi.BeanManager", "javax.enterprise.inject.spi.BeanManager",
            "jakarta.enterprise.event.Event", "javax.enterprise.event.Event",
            "io.micronaut.context.event.ApplicationEventPublisher", "io.micronaut.context.BeanContext"));

    /**
     * The application's cross-cutting handles a component may be given (subtypes included): the in-process event bus it
     * posts its events to (Guava's {@code EventBus}, the publish-only counterpart of Spring's event publisher; its
     * {@code AsyncEventBus} is named too, for a code base's own bus extending it where Guava is not imported) and the
     * registry of metrics it records or reads its timings in (Dropwizard's {@code MetricRegistry}, Micrometer's
     * {@code MeterRegistry}). Like the container's handles they serve every component whatever its resource, so
     * {@code controllers.single-responsibility} does not count them as collaborators. A bus that answers requests
     * (Vert.x's) is a channel to other components and is not among them.
     */
    public static final Term CROSS_CUTTING_TYPES = new Term("cross-cutting-types", Kind.TYPES, Set.of(
            "com.google.common.eventbus.EventBus", "com.google.common.eventbus.AsyncEventBus",
            "com.codahale.metrics.MetricRegistry", "io.dropwizard.metrics5.MetricRegistry",
            "io.micrometer.core.instrument.MeterRegistry"));

    // ------------------------------------------------------------ state.stateless-singletons

    /** Logger types (and their subtypes): a static logger field is not mutable state. */
    public static final Term LOGGER_TYPES = new Term("logger-types", Kind.TYPES, Set.of(
            "org.slf4j.Logger", "java.util.logging.Logger", "java.lang.System$Logger",
            "org.apache.logging.log4j.Logger", "org.apache.commons.logging.Log", "org.jboss.logging.Logger",
            "ch.qos.logback.classic.Logger", "io.micronaut.logging.Logger"));

    /** Types (and their subtypes) whose instances can be changed; a static final field of such a type is global mutable state. */
    public static final Term MUTABLE_TYPES = new Term("mutable-types", Kind.TYPES, Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.ArrayDeque", "java.util.PriorityQueue", "java.util.Vector", "java.util.Hashtable",
            "java.util.EnumMap", "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.BitSet",
            "java.util.Date", "java.util.Calendar", "java.text.DateFormat",
            "java.lang.StringBuilder", "java.lang.StringBuffer",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.ConcurrentLinkedQueue",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicReference",
            "java.util.concurrent.atomic.LongAdder"));

    /** Collection interfaces: mutable or not depending on what the initializer stores. */
    public static final Term COLLECTION_INTERFACES = new Term("collection-interfaces", Kind.TYPES, Set.of(
            "java.util.Collection", "java.util.List", "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet",
            "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap", "java.util.Queue", "java.util.Deque",
            "java.util.concurrent.ConcurrentMap"));

    /** Factory calls that produce mutable collections, matched by exact owner and name. */
    public static final Term MUTABLE_FACTORIES = new Term("mutable-factories", Kind.METHODS, Set.of(
            "java.util.Arrays#asList", "java.util.stream.Collectors#toList", "java.util.stream.Collectors#toSet",
            "java.util.stream.Collectors#toMap", "java.util.stream.Collectors#groupingBy",
            "java.util.EnumSet#noneOf", "java.util.EnumSet#allOf", "java.util.EnumSet#of", "java.util.EnumSet#copyOf",
            "com.google.common.collect.Lists#newArrayList", "com.google.common.collect.Maps#newHashMap",
            "com.google.common.collect.Sets#newHashSet"));

    /** Names of methods that change the collection, map, atomic or builder they are called on. */
    public static final Term MUTATOR_METHODS = new Term("mutator-methods", Kind.NAMES, Set.of(
            "add", "addAll", "put", "putAll", "putIfAbsent", "remove", "removeIf", "removeAll", "retainAll", "clear",
            "merge", "compute", "computeIfAbsent", "computeIfPresent", "replace", "replaceAll", "set", "offer", "poll",
            "push", "pop", "addFirst", "addLast", "sort",
            "incrementAndGet", "decrementAndGet", "getAndIncrement", "getAndDecrement", "addAndGet", "getAndAdd",
            "getAndSet", "accumulateAndGet", "updateAndGet", "getAndUpdate", "lazySet", "compareAndSet", "increment",
            "decrement", "append", "insert", "setLength"));

    /**
     * Names of lifecycle methods that run before requests are served or after they stopped ({@code start},
     * {@code init}, {@code initialize} (its spelled-out form: an output's {@code initialize()}, which the registry launching
     * it calls once), {@code onInit} (the hook an initialisable base class such as a Shiro realm calls from its
     * {@code init}), {@code contextInitialized}, {@code postInit}, Guava's {@code Service} hooks {@code startUp} and
     * {@code shutDown} (an {@code AbstractIdleService} or {@code AbstractExecutionThreadService} runs them once as it
     * starts and stops), …), matched with at most one parameter (the lifecycle event or settings): what they write, and
     * what they alone call, is initialisation.
     */
    public static final Term LIFECYCLE_METHODS = new Term("lifecycle-methods", Kind.NAMES, Set.of(
            "start", "stop", "startup", "shutdown", "init", "initialize", "onInit", "postInit", "destroy", "close", "contextInitialized",
            "contextDestroyed", "afterSingletonsInstantiated", "afterPropertiesSet", "startUp", "shutDown"));

    /**
     * Name prefixes of configuration methods: {@code setX(value)}, {@code addX(…)}, {@code registerX(…)} (the prefix followed by an
     * upper-case letter). With fluent setters (one parameter, returning their own type) they are how wiring and
     * binding configure an object; one that only initialisation code calls, or that no code of the code base calls
     * (configuration binding), is initialisation.
     */
    public static final Term CONFIGURATION_METHOD_PREFIXES = new Term("configuration-method-prefixes", Kind.NAMES,
            Set.of("set", "add", "register"));

    /**
     * Names of registration callbacks: a framework base class's hook that its start-up entry point calls once per thing
     * it registers — Spring Boot's {@code RegistrationBean.register(description, servletContext)} called by
     * {@code onStartup}, a plugin framework's handler {@code register(plugin)} called as each plugin loads. An override of
     * one that no code of the code base calls is initialisation ({@code Initialisation}): what it adds to a registry is
     * start-up state.
     */
    public static final Term REGISTRATION_CALLBACKS = new Term("registration-callbacks", Kind.NAMES, Set.of("register"));

    /** Annotations of methods the container calls while building a bean, whose field writes are construction. */
    public static final Term POST_CONSTRUCT_ANNOTATIONS = new Term("post-construct-annotations", Kind.ANNOTATIONS, Set.of(
            "jakarta.annotation.PostConstruct", "javax.annotation.PostConstruct"));

    // ------------------------------------------------------------ di.no-direct-instantiation, spring.no-bean-lookup

    // ------------------------------------------------------------ roles

    /**
     * Words that, right before a {@code Service} or {@code ServiceImpl} suffix, name a data-access object: a
     * {@code GroupCapacityPersistService}, an {@code OrderPersistenceService}, a {@code ConflictFinderService}. Such a
     * class that works a data-access API itself is a repository whatever its stereotype ({@code @Service}, a
     * {@code …Service} name): the persistence layer, named for it, with a service's annotation.
     */
    public static final Term PERSISTENCE_SERVICE_WORDS = new Term("persistence-service-words", Kind.NAMES,
            Set.of("Persist", "Persistence", "Dao", "DAO", "Finder"));

    /**
     * Names of data stores and their access technologies that, as the first word of a service's name followed by the name
     * of an interface it implements, name the port's storage adapter: a {@code DatabaseKeyService implements KeyService},
     * a {@code JdbcQuotaService implements QuotaService}. Such a class that works a data-access API itself is a repository.
     */
    public static final Term STORE_WORDS = new Term("store-words", Kind.NAMES,
            Set.of("Database", "Db", "Jdbc", "Jpa", "Jdo", "Sql", "Hibernate", "Jooq", "MyBatis", "Mybatis", "R2dbc",
                    "Mongo", "MongoDb", "Cassandra", "Redis"));

    /**
     * Class-name suffixes of classes whose job is the creation or look-up the DI rules flag (a {@code …Factory},
     * a JNDI {@code …Lookup}, a registry {@code …Locator}): {@code di.no-direct-instantiation} does not check
     * them, and the objects a factory creates with {@code new} live per call.
     */
    public static final Term FACTORY_AND_LOOKUP_SUFFIXES = new Term("factory-and-lookup-suffixes", Kind.NAMES,
            Set.of("Factory", "Lookup", "Locator"));

    /** JPA entity lifecycle callbacks: a class declaring them is an entity listener, created by the JPA provider. */
    public static final Term ENTITY_CALLBACK_ANNOTATIONS = new Term("entity-callback-annotations", Kind.ANNOTATIONS, Set.of(
            "jakarta.persistence.PrePersist", "jakarta.persistence.PreUpdate", "jakarta.persistence.PreRemove",
            "jakarta.persistence.PostPersist", "jakarta.persistence.PostUpdate", "jakarta.persistence.PostRemove",
            "jakarta.persistence.PostLoad",
            "javax.persistence.PrePersist", "javax.persistence.PreUpdate", "javax.persistence.PreRemove",
            "javax.persistence.PostPersist", "javax.persistence.PostUpdate", "javax.persistence.PostRemove",
            "javax.persistence.PostLoad"));

    /**
     * Persistence contexts opened per session or transaction (subtypes included): a repository shares them with
     * the helpers it creates over them, which {@code di.no-direct-instantiation} does not report.
     */
    public static final Term UNIT_OF_WORK_TYPES = new Term("unit-of-work-types", Kind.TYPES, Set.of(
            "jakarta.persistence.EntityManager", "javax.persistence.EntityManager",
            "org.hibernate.Session", "org.hibernate.StatelessSession",
            "java.sql.Connection", "org.apache.ibatis.session.SqlSession"));
    /**
     * Names of sub-packages that implement their parent package ({@code orders.impl}): the parent must not depend on
     * them, so a cycle between the two is reported although other parent and sub-package cycles are not.
     */
    public static final Term IMPLEMENTATION_PACKAGE_NAMES = new Term("implementation-package-names", Kind.NAMES, Set.of(
            "impl", "internal"));

    // ------------------------------------------------------------ roles: data access laundered through utilities

    /**
     * Class-name suffixes of utilities ({@code DbUtils}, {@code JdbcHelper}): a class so named whose only role signal
     * is its use of data-access APIs is a data-access utility, not a repository.
     */
    public static final Term UTILITY_NAME_SUFFIXES = new Term("utility-name-suffixes", Kind.NAMES, Set.of(
            "Util", "Utils", "Helper", "Helpers", "Tools"));

    /** Package names of utilities ({@code com.acme.util}): a class there whose only role signal is data access is a utility. */
    public static final Term UTILITY_PACKAGE_NAMES = new Term("utility-package-names", Kind.NAMES, Set.of(
            "util", "utils", "helper", "helpers"));

    // ------------------------------------------------------------ roles: MyBatis mappers

    /**
     * Annotations that register every interface of the packages they name ({@code value}, {@code basePackages},
     * {@code basePackageClasses}) as a MyBatis mapper: such interfaces are repositories, though they carry no
     * {@code @Mapper} of their own.
     */
    public static final Term MAPPER_SCAN_ANNOTATIONS = new Term("mapper-scan-annotations", Kind.ANNOTATIONS, Set.of(
            "org.mybatis.spring.annotation.MapperScan"));

    /**
     * Annotations of interfaces that map between objects, not to a database, though named like mappers and possibly
     * placed in a scanned mapper package: MapStruct's {@code @Mapper}. They never become repositories by a scan.
     */
    public static final Term OBJECT_MAPPER_ANNOTATIONS = new Term("object-mapper-annotations", Kind.ANNOTATIONS, Set.of(
            "org.mapstruct.Mapper", "org.mapstruct.MapperConfig"));

    /**
     * Annotations of value classes whose implementation a processor generates: AutoValue's {@code @AutoValue} and the
     * Immutables {@code @Value.Immutable}. Such a class named like a repository ({@code PipelineDao}, a document a
     * service stores) is a value, not data access: it gets no role by its name unless it uses a data-access API itself.
     */
    public static final Term VALUE_OBJECT_ANNOTATIONS = new Term("value-object-annotations", Kind.ANNOTATIONS, Set.of(
            "com.google.auto.value.AutoValue", "org.immutables.value.Value$Immutable"));
    // ------------------------------------------------------------ integration.http-clients-in-client-adapters: vendor SDK clients

    /**
     * Cloud storage clients (subtypes included; packages written {@code com.acme..}): AWS S3 (SDK v1 and v2, transfer
     * managers, the presigner), MinIO, Google Cloud Storage, Azure Blob Storage, Aliyun OSS and Tencent COS. Like the
     * other kinds of {@link dev.archrules.core.conventions.ExternalClients}, used only by client adapters.
     */
    public static final Term CLOUD_STORAGE_CLIENT_TYPES = new Term("cloud-storage-client-types", Kind.TYPES, Set.of(
            "com.amazonaws.services.s3.AmazonS3", "com.amazonaws.services.s3.transfer.TransferManager",
            "software.amazon.awssdk.services.s3.S3Client", "software.amazon.awssdk.services.s3.S3AsyncClient",
            "software.amazon.awssdk.services.s3.presigner.S3Presigner", "software.amazon.awssdk.transfer.s3.S3TransferManager",
            "io.minio.MinioClient", "io.minio.MinioAsyncClient",
            "com.google.cloud.storage.Storage",
            "com.azure.storage.blob.BlobServiceClient", "com.azure.storage.blob.BlobServiceAsyncClient",
            "com.azure.storage.blob.BlobContainerClient", "com.azure.storage.blob.BlobContainerAsyncClient",
            "com.azure.storage.blob.specialized.BlobClientBase", "com.azure.storage.blob.specialized.BlobAsyncClientBase",
            "com.aliyun.oss.OSS", "com.qcloud.cos.COS"));

    /**
     * Other cloud service clients: every AWS SDK v2 service client ({@code SdkClient}), the AWS SDK v1 client classes
     * ({@code AmazonWebServiceClient}) and the common v1 service interfaces (SQS, SNS, DynamoDB, Secrets Manager, Lambda,
     * Kinesis, SES), Aliyun's {@code IAcsClient}.
     */
    public static final Term CLOUD_SERVICE_CLIENT_TYPES = new Term("cloud-service-client-types", Kind.TYPES, Set.of(
            "software.amazon.awssdk.core.SdkClient", "com.amazonaws.AmazonWebServiceClient",
            "com.amazonaws.services.sqs.AmazonSQS", "com.amazonaws.services.sns.AmazonSNS",
            "com.amazonaws.services.dynamodbv2.AmazonDynamoDB", "com.amazonaws.services.secretsmanager.AWSSecretsManager",
            "com.amazonaws.services.lambda.AWSLambda", "com.amazonaws.services.kinesis.AmazonKinesis",
            "com.amazonaws.services.simpleemail.AmazonSimpleEmailService",
            "com.aliyuncs.IAcsClient"));

    /** Payment service clients: Stripe (the whole {@code com.stripe} API), Alipay, PayPal, Braintree, WeChat Pay, Square, Razorpay. */
    public static final Term PAYMENT_CLIENT_TYPES = new Term("payment-client-types", Kind.TYPES, Set.of(
            "com.stripe..", "com.alipay.api.AlipayClient",
            "com.paypal.core.PayPalHttpClient", "com.paypal.base.rest.APIContext", "com.paypal.base.rest.PayPalResource",
            "com.braintreegateway.BraintreeGateway", "com.github.binarywang.wxpay.service.WxPayService",
            "com.squareup.square.SquareClient", "com.razorpay.RazorpayClient"));

    /**
     * Mail clients that talk to a mail server or service themselves: Jakarta / JavaMail {@code Transport} (SMTP),
     * Apache Commons Email, SendGrid, Mailjet. Spring's {@code JavaMailSender} is not one: it is already an interface
     * the container configures (see docs/rules.md).
     */
    public static final Term MAIL_CLIENT_TYPES = new Term("mail-client-types", Kind.TYPES, Set.of(
            "jakarta.mail.Transport", "javax.mail.Transport", "org.apache.commons.mail.Email",
            "com.sendgrid.SendGridAPI", "com.sendgrid.SendGrid", "com.mailjet.client.MailjetClient"));

    /** SMS and push notification clients: Twilio (the whole {@code com.twilio} API), Firebase Cloud Messaging. */
    public static final Term NOTIFICATION_CLIENT_TYPES = new Term("notification-client-types", Kind.TYPES, Set.of(
            "com.twilio..", "com.google.firebase.messaging.FirebaseMessaging"));

    /** Search engine clients: Elasticsearch (high-level REST, low-level REST, Java API client, transport), OpenSearch, Solr. */
    public static final Term SEARCH_CLIENT_TYPES = new Term("search-client-types", Kind.TYPES, Set.of(
            "org.elasticsearch.client.RestHighLevelClient", "org.elasticsearch.client.RestClient",
            "org.elasticsearch.client.transport.TransportClient",
            "co.elastic.clients.elasticsearch.ElasticsearchClient", "co.elastic.clients.elasticsearch.ElasticsearchAsyncClient",
            "org.opensearch.client.opensearch.OpenSearchClient", "org.opensearch.client.RestHighLevelClient",
            "org.apache.solr.client.solrj.SolrClient"));

    /** gRPC client stubs: every generated stub extends {@code io.grpc.stub.AbstractStub}. */
    public static final Term RPC_STUB_TYPES = new Term("rpc-stub-types", Kind.TYPES, Set.of("io.grpc.stub.AbstractStub"));

    /** LDAP directory clients: Spring LDAP's {@code LdapOperations}, JNDI's {@code DirContext}, UnboundID, Apache Directory. */
    public static final Term DIRECTORY_CLIENT_TYPES = new Term("directory-client-types", Kind.TYPES, Set.of(
            "org.springframework.ldap.core.LdapOperations", "javax.naming.directory.DirContext",
            "com.unboundid.ldap.sdk.LDAPInterface", "org.apache.directory.ldap.client.api.LdapConnection"));

    /** A team's own external service clients, types or {@code package..}: {@code Conventions#withExternalClientTypes}. */
    public static final Term EXTERNAL_CLIENT_TYPES = new Term("external-client-types", Kind.TYPES, Set.of());

    // ------------------------------------------------------------ config.no-hardcoded-credentials

    /**
     * The password and secret parameters of well-known APIs, {@code owner.Type#method(index:name)} or, for one arity only,
     * {@code owner.Type#method(index/count:name)} ({@code <init>} for constructors; subtypes of the owner included): a literal
     * passed there is a hard-coded credential whatever it is bound to ({@code encoder.encode("changeme")},
     * {@code DriverManager.getConnection(url, user, "…")}, {@code new UsernamePasswordAuthenticationToken(user, "…")}).
     */
    public static final Term CREDENTIAL_ARGUMENTS = new Term("credential-arguments", Kind.METHODS, Set.of(
            "org.springframework.security.crypto.password.PasswordEncoder#encode(0:rawPassword)",
            "org.springframework.security.crypto.password.PasswordEncoder#matches(0:rawPassword)",
            "org.springframework.security.authentication.UsernamePasswordAuthenticationToken#<init>(1:credentials)",
            "org.springframework.security.authentication.UsernamePasswordAuthenticationToken#unauthenticated(1:credentials)",
            "org.springframework.security.authentication.UsernamePasswordAuthenticationToken#authenticated(1:credentials)",
            "org.springframework.security.core.userdetails.User#<init>(1:password)",
            "org.springframework.security.core.userdetails.User$UserBuilder#password(0:password)",
            "org.springframework.security.config.annotation.authentication.configurers.provisioning.UserDetailsManagerConfigurer$UserDetailsBuilder#password(0:password)",
            "org.springframework.security.crypto.encrypt.Encryptors#text(0:password)",
            "org.springframework.security.crypto.encrypt.Encryptors#standard(0:password)",
            "org.springframework.security.crypto.encrypt.Encryptors#stronger(0:password)",
            "org.springframework.security.crypto.encrypt.Encryptors#delux(0:password)",
            "java.sql.DriverManager#getConnection(2/3:password)",
            "javax.sql.DataSource#getConnection(1/2:password)",
            "org.springframework.jdbc.datasource.DriverManagerDataSource#<init>(2/3:password)",
            "org.springframework.http.HttpHeaders#setBasicAuth(1:password)",
            "org.springframework.http.HttpHeaders#setBasicAuth(0/1:encodedCredentials)",
            "org.springframework.http.client.support.BasicAuthenticationInterceptor#<init>(1:password)",
            "org.springframework.boot.web.client.RestTemplateBuilder#basicAuthentication(1:password)",
            "org.springframework.boot.restclient.RestTemplateBuilder#basicAuthentication(1:password)",
            "org.springframework.web.reactive.function.client.ExchangeFilterFunctions#basicAuthentication(1:password)",
            "org.apache.http.auth.UsernamePasswordCredentials#<init>(1/2:password)",
            "org.apache.hc.client5.http.auth.UsernamePasswordCredentials#<init>(1/2:password)",
            "java.net.PasswordAuthentication#<init>(1:password)",
            "jakarta.mail.PasswordAuthentication#<init>(1:password)",
            "javax.mail.PasswordAuthentication#<init>(1:password)",
            "redis.clients.jedis.Jedis#auth(0/1:password)",
            "redis.clients.jedis.Jedis#auth(1/2:password)",
            "io.lettuce.core.RedisURI$Builder#withPassword(0:password)",
            "com.mongodb.MongoCredential#createCredential(2:password)",
            "com.mongodb.MongoCredential#createScramSha256Credential(2:password)",
            "io.jsonwebtoken.JwtBuilder#signWith(1/2:secret)",
            "io.jsonwebtoken.JwtParser#setSigningKey(0:secret)",
            "io.jsonwebtoken.JwtParserBuilder#setSigningKey(0:secret)",
            "com.auth0.jwt.algorithms.Algorithm#HMAC256(0:secret)",
            "com.auth0.jwt.algorithms.Algorithm#HMAC384(0:secret)",
            "com.auth0.jwt.algorithms.Algorithm#HMAC512(0:secret)",
            "javax.crypto.spec.SecretKeySpec#<init>(0:key)",
            "javax.crypto.spec.PBEKeySpec#<init>(0:password)",
            "io.minio.MinioClient$Builder#credentials(1:secretKey)",
            "software.amazon.awssdk.auth.credentials.AwsBasicCredentials#create(1:secretAccessKey)",
            "com.amazonaws.auth.BasicAWSCredentials#<init>(1:secretKey)"));
    // ------------------------------------------------------------ controllers.thin-handlers

    /**
     * Calls that are the work of a use case, {@code owner.Type#method} (subtypes of the owner included): checking a
     * password, authenticating through a provider, issuing a token, sending mail. A handler (or a private helper of its
     * class it calls) making one holds business logic however short it is; filters and interceptors, whose job is
     * security plumbing, are not held to it. Handing credentials to Spring Security's {@code AuthenticationManager} is
     * not among them: the manager is the service that checks them, and a login handler calling it is the framework's
     * documented way.
     */
    public static final Term USE_CASE_CALLS = new Term("use-case-calls", Kind.METHODS, Set.of(
            "org.springframework.security.crypto.password.PasswordEncoder#matches",
            "org.springframework.security.crypto.password.PasswordEncoder#encode",
            "org.springframework.security.authentication.AuthenticationProvider#authenticate",
            "org.springframework.security.oauth2.jwt.JwtEncoder#encode",
            "io.jsonwebtoken.JwtBuilder#compact",
            "com.auth0.jwt.JWTCreator$Builder#sign",
            "com.nimbusds.jwt.SignedJWT#sign",
            "com.nimbusds.jose.JWSObject#sign",
            "org.springframework.mail.MailSender#send",
            "jakarta.mail.Transport#send", "javax.mail.Transport#send"));

    // ------------------------------------------------------------ complexity.single-datasource

    /**
     * The types whose beans are a data store of their own, {@code family:owner.Type} (the family groups the layers of
     * one store: an {@code EntityManagerFactory} sits on a {@code DataSource}, a {@code MongoDatabaseFactory} on a
     * {@code MongoClient}): a {@code @Bean}/{@code @Produces} method returning one, or a bean class implementing one, is
     * a producer of a store.
     */
    public static final Term DATA_STORE_TYPES = new Term("data-store-types", Kind.NAMES, Set.of(
            "jdbc:javax.sql.DataSource",
            "jdbc:jakarta.persistence.EntityManagerFactory",
            "jdbc:javax.persistence.EntityManagerFactory",
            "jdbc:org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "jdbc:org.hibernate.SessionFactory",
            "r2dbc:io.r2dbc.spi.ConnectionFactory",
            "mongodb:com.mongodb.client.MongoClient",
            "mongodb:com.mongodb.reactivestreams.client.MongoClient",
            "mongodb:com.mongodb.MongoClient",
            "mongodb:org.springframework.data.mongodb.MongoDatabaseFactory",
            "mongodb:org.springframework.data.mongodb.ReactiveMongoDatabaseFactory"));

    /**
     * Data sources that route to or wrap others ({@code AbstractRoutingDataSource}, {@code LazyConnectionDataSourceProxy},
     * any {@code DelegatingDataSource}): with them, the data sources of a code base are one store with replicas.
     */
    public static final Term ROUTING_DATA_SOURCE_TYPES = new Term("routing-data-source-types", Kind.TYPES, Set.of(
            "org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource",
            "org.springframework.jdbc.datasource.DelegatingDataSource",
            "org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy",
            "org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy"));

    /**
     * Words in a store producer's name (method, bean name or qualifier; case ignored) that make it a read replica of
     * another store, not a store of its own.
     */
    public static final Term REPLICA_NAME_WORDS = new Term("replica-name-words", Kind.NAMES, Set.of(
            "replica", "readonly", "read-only", "read_only", "reader", "slave", "standby", "follower"));

    /**
     * Annotations of a data source that only runs schema migrations ({@code @FlywayDataSource}, {@code @LiquibaseDataSource}):
     * a second connection to the same store, not a store of its own.
     */
    public static final Term MIGRATION_DATA_SOURCE_ANNOTATIONS = new Term("migration-data-source-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.boot.autoconfigure.flyway.FlywayDataSource",
            "org.springframework.boot.autoconfigure.liquibase.LiquibaseDataSource",
            "org.springframework.boot.flyway.autoconfigure.FlywayDataSource",
            "org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource"));

    // ------------------------------------------------------------ complexity.no-request-reply-over-messaging

    /**
     * Calls that send a message and block for its reply, {@code owner.Type#method} (subtypes of the owner included):
     * a synchronous workflow over a queue, wherever it is made.
     */
    public static final Term REQUEST_REPLY_CALLS = new Term("request-reply-calls", Kind.METHODS, Set.of(
            "org.springframework.amqp.core.AmqpTemplate#sendAndReceive",
            "org.springframework.amqp.core.AmqpTemplate#convertSendAndReceive",
            "org.springframework.amqp.core.AmqpTemplate#convertSendAndReceiveAsType",
            "org.springframework.amqp.rabbit.AsyncRabbitTemplate#sendAndReceive",
            "org.springframework.amqp.rabbit.AsyncRabbitTemplate#convertSendAndReceive",
            "org.springframework.amqp.rabbit.AsyncRabbitTemplate#convertSendAndReceiveAsType",
            "org.springframework.jms.core.JmsOperations#sendAndReceive",
            "org.springframework.messaging.core.MessageRequestReplyOperations#sendAndReceive",
            "org.springframework.messaging.core.MessageRequestReplyOperations#convertSendAndReceive",
            "org.springframework.kafka.requestreply.ReplyingKafkaOperations#sendAndReceive",
            // the templates themselves, so the calls are recognised where the framework's interfaces are not on the
            // class path (the command without --classpath)
            "org.springframework.amqp.rabbit.core.RabbitTemplate#sendAndReceive",
            "org.springframework.amqp.rabbit.core.RabbitTemplate#convertSendAndReceive",
            "org.springframework.amqp.rabbit.core.RabbitTemplate#convertSendAndReceiveAsType",
            "org.springframework.amqp.rabbit.core.RabbitMessagingTemplate#sendAndReceive",
            "org.springframework.amqp.rabbit.core.RabbitMessagingTemplate#convertSendAndReceive",
            "org.springframework.jms.core.JmsTemplate#sendAndReceive",
            "org.springframework.jms.core.JmsMessagingTemplate#sendAndReceive",
            "org.springframework.jms.core.JmsMessagingTemplate#convertSendAndReceive",
            "org.springframework.messaging.core.GenericMessagingTemplate#sendAndReceive",
            "org.springframework.messaging.core.GenericMessagingTemplate#convertSendAndReceive",
            "org.springframework.integration.core.MessagingTemplate#sendAndReceive",
            "org.springframework.integration.core.MessagingTemplate#convertSendAndReceive",
            "org.springframework.kafka.requestreply.ReplyingKafkaTemplate#sendAndReceive"));

    /**
     * Annotations of messaging gateways (Spring Integration's {@code @MessagingGateway}): calling a gateway method that
     * returns a value sends a message and waits for the reply.
     */
    public static final Term REQUEST_REPLY_GATEWAY_ANNOTATIONS = new Term("request-reply-gateway-annotations", Kind.ANNOTATIONS,
            Set.of("org.springframework.integration.annotation.MessagingGateway"));

    /**
     * Calls that make a request handler wait on a broker, {@code owner.Type#method}: receiving from a queue
     * ({@code JmsTemplate.receive}), and sends whose result the handler blocks on with {@code get()}/{@code join()}.
     * Reported only in request handler methods.
     */
    public static final Term HANDLER_RECEIVE_CALLS = new Term("handler-receive-calls", Kind.METHODS, Set.of(
            "org.springframework.jms.core.JmsOperations#receive",
            "org.springframework.jms.core.JmsOperations#receiveSelected",
            "org.springframework.jms.core.JmsOperations#receiveAndConvert",
            "org.springframework.jms.core.JmsOperations#receiveSelectedAndConvert",
            "org.springframework.amqp.core.AmqpTemplate#receive",
            "org.springframework.amqp.core.AmqpTemplate#receiveAndConvert"));

    /** Sends whose result is a future ({@code KafkaTemplate.send}): blocking on it in a request handler waits on the broker. */
    public static final Term ASYNC_SEND_CALLS = new Term("async-send-calls", Kind.METHODS, Set.of(
            "org.springframework.kafka.core.KafkaOperations#send",
            "org.springframework.kafka.core.KafkaOperations#sendDefault",
            "org.apache.kafka.clients.producer.Producer#send"));

    /** The calls that block on a future's result. */
    public static final Term BLOCKING_FUTURE_CALLS = new Term("blocking-future-calls", Kind.METHODS, Set.of(
            "java.util.concurrent.Future#get", "java.util.concurrent.CompletableFuture#join",
            "java.util.concurrent.CompletableFuture#get"));

    // ------------------------------------------------------------ complexity.no-pass-through-layers

    /**
     * Annotations with which a forwarding service adds behaviour of its own (a transaction, security, caching,
     * validation, retries, asynchrony, metrics): a class or method carrying one is not a pass-through layer.
     */
    public static final Term BEHAVIOUR_ANNOTATIONS = new Term("behaviour-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional", "javax.transaction.Transactional",
            "jakarta.ejb.TransactionAttribute",
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize",
            "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed", "javax.annotation.security.RolesAllowed",
            "org.springframework.cache.annotation.Cacheable", "org.springframework.cache.annotation.CacheEvict",
            "org.springframework.cache.annotation.CachePut", "org.springframework.cache.annotation.Caching",
            "org.springframework.validation.annotation.Validated", "jakarta.validation.Valid", "javax.validation.Valid",
            "org.springframework.retry.annotation.Retryable", "org.springframework.resilience.annotation.Retryable",
            "org.springframework.scheduling.annotation.Async",
            "io.micrometer.core.annotation.Timed", "io.micrometer.observation.annotation.Observed"));
    // ------------------------------------------------------------ call paths (reliability.no-remote-calls-in-transactions,
    // complexity.no-sequential-remote-calls, complexity.request-hops)

    /**
     * Calls that make an HTTP request, {@code owner.Type#method} (subtypes of the owner included): the calls of the HTTP
     * client APIs that go over the wire, not those that build a request ({@code WebClient.get()}, {@code uri(…)}) — so a
     * fluent request is one call. {@code URL#openStream}/{@code #openConnection} count as well ({@link #HTTP_CLIENT_METHODS}).
     */
    public static final Term HTTP_REQUEST_CALLS = new Term("http-request-calls", Kind.METHODS, Set.of(
            "org.springframework.web.client.RestOperations#getForObject",
            "org.springframework.web.client.RestOperations#getForEntity",
            "org.springframework.web.client.RestOperations#headForHeaders",
            "org.springframework.web.client.RestOperations#postForLocation",
            "org.springframework.web.client.RestOperations#postForObject",
            "org.springframework.web.client.RestOperations#postForEntity",
            "org.springframework.web.client.RestOperations#put",
            "org.springframework.web.client.RestOperations#patchForObject",
            "org.springframework.web.client.RestOperations#delete",
            "org.springframework.web.client.RestOperations#optionsForAllow",
            "org.springframework.web.client.RestOperations#exchange",
            "org.springframework.web.client.RestOperations#execute",
            "org.springframework.web.client.RestClient$RequestHeadersSpec#retrieve",
            "org.springframework.web.client.RestClient$RequestHeadersSpec#exchange",
            "org.springframework.web.reactive.function.client.WebClient$RequestHeadersSpec#retrieve",
            "org.springframework.web.reactive.function.client.WebClient$RequestHeadersSpec#exchangeToMono",
            "org.springframework.web.reactive.function.client.WebClient$RequestHeadersSpec#exchangeToFlux",
            "java.net.http.HttpClient#send", "java.net.http.HttpClient#sendAsync",
            "okhttp3.Call#execute", "okhttp3.Call#enqueue",
            "org.apache.http.client.HttpClient#execute",
            "org.apache.hc.client5.http.classic.HttpClient#execute",
            "org.apache.hc.client5.http.impl.classic.CloseableHttpClient#execute",
            "org.apache.hc.client5.http.async.HttpAsyncClient#execute",
            "org.apache.hc.client5.http.fluent.Request#execute",
            "jakarta.ws.rs.client.SyncInvoker#get", "jakarta.ws.rs.client.SyncInvoker#post",
            "jakarta.ws.rs.client.SyncInvoker#put", "jakarta.ws.rs.client.SyncInvoker#delete",
            "jakarta.ws.rs.client.SyncInvoker#method",
            "javax.ws.rs.client.SyncInvoker#get", "javax.ws.rs.client.SyncInvoker#post",
            "javax.ws.rs.client.SyncInvoker#put", "javax.ws.rs.client.SyncInvoker#delete",
            "javax.ws.rs.client.SyncInvoker#method",
            "io.micronaut.http.client.HttpClient#retrieve", "io.micronaut.http.client.HttpClient#exchange",
            "io.micronaut.http.client.BlockingHttpClient#retrieve", "io.micronaut.http.client.BlockingHttpClient#exchange",
            "io.vertx.ext.web.client.HttpRequest#send", "io.vertx.ext.web.client.HttpRequest#sendJson",
            "io.vertx.ext.web.client.HttpRequest#sendBuffer", "io.vertx.ext.web.client.HttpRequest#sendForm"));

    /**
     * Calls that send a message to a broker, {@code owner.Type#method} (subtypes of the owner included): Kafka, AMQP
     * (RabbitMQ), JMS, Spring Cloud Stream's {@code StreamBridge}, Spring Cloud AWS SQS/SNS. Publishing an application
     * event ({@code ApplicationEventPublisher}) is not one: it is the fix.
     */
    public static final Term MESSAGE_SEND_CALLS = new Term("message-send-calls", Kind.METHODS, Set.of(
            "org.springframework.kafka.core.KafkaOperations#send",
            "org.springframework.kafka.core.KafkaOperations#sendDefault",
            "org.springframework.kafka.core.KafkaTemplate#send",
            "org.springframework.kafka.core.KafkaTemplate#sendDefault",
            "org.apache.kafka.clients.producer.Producer#send",
            "org.apache.kafka.clients.producer.KafkaProducer#send",
            "org.springframework.amqp.core.AmqpTemplate#send",
            "org.springframework.amqp.core.AmqpTemplate#convertAndSend",
            "org.springframework.amqp.rabbit.core.RabbitTemplate#send",
            "org.springframework.amqp.rabbit.core.RabbitTemplate#convertAndSend",
            "org.springframework.jms.core.JmsOperations#send",
            "org.springframework.jms.core.JmsOperations#convertAndSend",
            "org.springframework.jms.core.JmsTemplate#send",
            "org.springframework.jms.core.JmsTemplate#convertAndSend",
            "org.springframework.cloud.stream.function.StreamBridge#send",
            "io.awspring.cloud.sqs.operations.SqsOperations#send",
            "io.awspring.cloud.sqs.operations.SqsOperations#sendMany",
            "io.awspring.cloud.sns.core.SnsOperations#sendNotification",
            "jakarta.jms.MessageProducer#send", "javax.jms.MessageProducer#send",
            "jakarta.jms.JMSProducer#send", "javax.jms.JMSProducer#send"));

    /** Calls that send mail, {@code owner.Type#method} (subtypes of the owner included). */
    public static final Term MAIL_SEND_CALLS = new Term("mail-send-calls", Kind.METHODS, Set.of(
            "org.springframework.mail.MailSender#send",
            "org.springframework.mail.javamail.JavaMailSender#send",
            "jakarta.mail.Transport#send", "jakarta.mail.Transport#sendMessage",
            "javax.mail.Transport#send", "javax.mail.Transport#sendMessage"));

    /**
     * Annotations that run a method in a database transaction ({@code @Transactional} of Spring, Jakarta and javax), on
     * the method or its class. Read with their attributes: Spring's {@code propagation} / Jakarta's {@code value}
     * {@code NOT_SUPPORTED}, {@code NEVER} or {@code SUPPORTS} start none, {@code readOnly = true} writes nothing.
     */
    public static final Term TRANSACTIONAL_ANNOTATIONS = new Term("transactional-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.transaction.annotation.Transactional",
            "jakarta.transaction.Transactional", "javax.transaction.Transactional"));

    /**
     * Annotations of methods that run after a transaction ends ({@code @TransactionalEventListener}, unless its
     * {@code phase} is {@code BEFORE_COMMIT}): where remote calls belong.
     */
    public static final Term AFTER_COMMIT_ANNOTATIONS = new Term("after-commit-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.transaction.event.TransactionalEventListener"));

    /** Annotations that run a method on another thread ({@code @Async}): a call path does not follow a call into one. */
    public static final Term ASYNC_ANNOTATIONS = new Term("async-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.scheduling.annotation.Async",
            "jakarta.ejb.Asynchronous", "javax.ejb.Asynchronous",
            "jakarta.enterprise.concurrent.Asynchronous",
            "io.micronaut.scheduling.annotation.Async"));

    /**
     * Calls that hand work to another thread, {@code owner.Type#method} (subtypes of the owner included): an executor's
     * {@code execute}/{@code submit}/{@code invokeAll}, a scheduler's {@code schedule}, {@code CompletableFuture}'s
     * {@code supplyAsync}/{@code runAsync}. The lambda passed to one runs on another thread, in parallel with the request
     * or after it: the request's call paths ({@code complexity.request-hops}, {@code complexity.no-sequential-remote-calls})
     * leave its calls out, as they do methods marked asynchronous.
     */
    public static final Term EXECUTOR_CALLS = new Term("executor-calls", Kind.METHODS, Set.of(
            "java.util.concurrent.Executor#execute",
            "java.util.concurrent.ExecutorService#submit", "java.util.concurrent.ExecutorService#invokeAll",
            "java.util.concurrent.ExecutorService#invokeAny",
            "java.util.concurrent.ScheduledExecutorService#schedule",
            "java.util.concurrent.ScheduledExecutorService#scheduleAtFixedRate",
            "java.util.concurrent.ScheduledExecutorService#scheduleWithFixedDelay",
            "java.util.concurrent.CompletableFuture#supplyAsync", "java.util.concurrent.CompletableFuture#runAsync",
            "org.springframework.core.task.TaskExecutor#execute", "org.springframework.core.task.AsyncTaskExecutor#submit",
            "org.springframework.core.task.AsyncTaskExecutor#submitCompletable",
            "org.springframework.scheduling.TaskScheduler#schedule"));

    /**
     * Calls that hand an object the code built itself to the container to fill its injection points, {@code owner.Type#method}
     * (subtypes of the owner included): Guice's {@code bind(…).toInstance(new X(…))}, {@code toProvider(new XProvider(…))},
     * {@code requestInjection(…)} and {@code injectMembers(…)}, Spring's {@code autowireBean(…)}. Only a call that takes an
     * instance counts, not one taking a {@code Class}, {@code TypeLiteral} or {@code Key} (the container builds those itself).
     * The container cannot call the constructor of such an object, so field and method injection is the only way in
     * ({@code di.constructor-injection}).
     */
    public static final Term MEMBER_INJECTION_CALLS = new Term("member-injection-calls", Kind.METHODS, Set.of(
            "com.google.inject.binder.LinkedBindingBuilder#toInstance", "com.google.inject.binder.LinkedBindingBuilder#toProvider",
            "com.google.inject.binder.AnnotatedBindingBuilder#toInstance",
            "com.google.inject.binder.AnnotatedBindingBuilder#toProvider",
            "com.google.inject.Binder#requestInjection", "com.google.inject.AbstractModule#requestInjection",
            "com.google.inject.PrivateModule#requestInjection",
            "com.google.inject.Injector#injectMembers", "com.google.inject.MembersInjector#injectMembers",
            "org.springframework.beans.factory.config.AutowireCapableBeanFactory#autowireBean",
            "org.springframework.beans.factory.config.AutowireCapableBeanFactory#autowireBeanProperties"));

    /**
     * Annotations of scheduled jobs ({@code @Scheduled} of Spring, Quarkus and Micronaut, EJB {@code @Schedule}): the
     * scheduler runs one job method at a time, so state only it touches is confined to it
     * ({@code state.stateless-singletons}).
     */
    public static final Term SCHEDULED_ANNOTATIONS = new Term("scheduled-annotations", Kind.ANNOTATIONS, Set.of(
            "org.springframework.scheduling.annotation.Scheduled",
            "io.quarkus.scheduler.Scheduled", "io.micronaut.scheduling.annotation.Scheduled",
            "jakarta.ejb.Schedule", "javax.ejb.Schedule"));

    /**
     * Calls that run a callback in a programmatic transaction, {@code owner.Type#method} (subtypes of the owner
     * included): the lambda passed to them runs inside it ({@code reliability.no-remote-calls-in-transactions}).
     */
    public static final Term TRANSACTION_TEMPLATE_CALLS = new Term("transaction-template-calls", Kind.METHODS, Set.of(
            "org.springframework.transaction.support.TransactionOperations#execute",
            "org.springframework.transaction.support.TransactionOperations#executeWithoutResult"));
    // ------------------------------------------------------------ roles: layer packages of a package-by-layer code base

    /**
     * Package names whose classes are controllers where the code base is organised by layer (the layout {@link ModuleLayout}
     * infers as package-by-layer): a role tier below annotations, supertypes, suffixes, package patterns and usage.
     * Matched against the layer packages of the inferred layout (and everything below them), case-insensitively.
     */
    public static final Term CONTROLLER_LAYER_PACKAGES = new Term("controller-layer-packages", Kind.NAMES, Set.of(
            "controller", "controllers", "web", "api", "rest", "resource", "resources", "endpoint", "endpoints"));

    /** Package names whose classes are services in a package-by-layer code base ({@link #CONTROLLER_LAYER_PACKAGES}). */
    public static final Term SERVICE_LAYER_PACKAGES = new Term("service-layer-packages", Kind.NAMES, Set.of(
            "service", "services", "application", "usecase", "usecases"));

    /** Package names whose classes are repositories in a package-by-layer code base ({@link #CONTROLLER_LAYER_PACKAGES}). */
    public static final Term REPOSITORY_LAYER_PACKAGES = new Term("repository-layer-packages", Kind.NAMES, Set.of(
            "repository", "repositories", "dao", "daos", "persistence"));

    /**
     * Package names whose classes (not records, enums or interfaces) are entities in a package-by-layer code base
     * ({@link #CONTROLLER_LAYER_PACKAGES}). Not {@code model} or {@code domain}: they hold value objects, domain services and
     * aggregates persisted by other means as often as entities (measured: an event-sourced aggregate read as an entity).
     */
    public static final Term ENTITY_LAYER_PACKAGES = new Term("entity-layer-packages", Kind.NAMES, Set.of(
            "entity", "entities"));

    /**
     * Class-name suffixes of transfer objects — what a handler takes or answers ({@code MonitorVO}, {@code OrderDto},
     * {@code CreateOrderRequest}): a class so named in an {@link #ENTITY_LAYER_PACKAGES entity layer package} is no
     * entity unless a repository uses it (measured: a request-only {@code …VO} sitting beside the row types; a mapper's
     * row type named {@code …Vo} is an entity).
     */
    public static final Term TRANSFER_OBJECT_SUFFIXES = new Term("transfer-object-suffixes", Kind.NAMES, Set.of(
            "VO", "Vo", "DTO", "Dto", "Request", "Response", "Form"));
}
