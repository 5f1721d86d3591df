package dev.archrules.core.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.Role;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Detects the {@link Role} of each class and knows the framework vocabulary the rules need: which
 * annotations inject, which methods are endpoints, which types are data-access or HTTP client APIs,
 * which annotations hold queries, which types are mutable. The public entry point users configure.
 *
 * <p>{@link #defaults()} recognises Spring, Jakarta EE / JAX-RS / CDI / EJB, Micronaut and Quarkus
 * conventions by name, so no framework is needed on archrules' own class path. All of it is data, one
 * {@link Vocabulary}: every list can be extended ({@code with…}, {@link #withTerm(Term, String...)}) or
 * rebuilt ({@link #withVocabulary(UnaryOperator)}); role detection can also be replaced
 * ({@link #withRoleDetectionReplacedBy}) and the API catalogues swapped ({@link #withDataAccessApis(ApiCatalogue)}).
 * Instances are immutable values without caches; each {@code with…} returns a copy.
 *
 * <p>A class gets at most one role, found by the {@link RoleDetector}: an ordered list of tiers —
 * replacement, annotation, declared methods, supertype, enclosing class, suffix, package, usage, generic
 * bean — tried strongest first, and within a tier in {@linkplain RoleDetector#ROLE_ORDER role order}. The
 * rules of a run ask a {@link Roles} object, which remembers the answers for that run.
 */
public final class Conventions {

    /** Spring's {@code @Scope}, whose {@code value} or {@code scopeName} names the scope. */
    public static final String SPRING_SCOPE = "org.springframework.context.annotation.Scope";

    private final Vocabulary vocabulary;
    /** Derived from the vocabulary once: the tiers and the compiled package patterns (no per-class state). */
    private final RoleDetector detector;
    /** Derived from the vocabulary once: the external-client catalogue, by kind. */
    private final ExternalClients externalClients;

    /** Derived once: the class and method annotations of the handler kinds (event listeners apart) and their supertypes. */
    private final Set<String> handlerAnnotations;
    private final Set<String> handlerTypes;

    private Conventions(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        Set<String> annotations = new java.util.LinkedHashSet<>();
        Set<String> types = new java.util.LinkedHashSet<>();
        for (HandlerKind kind : HandlerKind.ALL) {
            kind.annotations().stream().filter(term -> !term.equals(Term.EVENT_LISTENER_ANNOTATIONS))
                    .forEach(term -> annotations.addAll(vocabulary.names(term)));
            kind.types().forEach(term -> types.addAll(vocabulary.names(term)));
        }
        this.handlerAnnotations = Set.copyOf(annotations);
        this.handlerTypes = Collections.unmodifiableSet(types);
        this.detector = new RoleDetector(vocabulary);
        this.externalClients = ExternalClients.of(vocabulary);
    }

    /** Conventions that recognise nothing: a starting point for a code base with its own vocabulary. */
    public static Conventions empty() {
        return new Conventions(Vocabulary.empty());
    }

    /** The Spring, Jakarta EE, Micronaut and Quarkus conventions described in {@code docs/conventions.md}. */
    public static Conventions defaults() {
        return new Conventions(Vocabulary.defaults());
    }

    /** Conventions over {@code vocabulary}. */
    public static Conventions of(Vocabulary vocabulary) {
        return new Conventions(vocabulary);
    }

    // ---------------------------------------------------------------- configuration (copies)

    /** A copy with the vocabulary changed, e.g. {@code v -> v.without(Term.QUERY_ANNOTATIONS, "org.apache.ibatis.annotations.Select")}. */
    public Conventions withVocabulary(UnaryOperator<Vocabulary> change) {
        return new Conventions(change.apply(vocabulary));
    }

    /** A copy in which {@code term} has more names, e.g. {@code withTerm(Term.QUERY_ANNOTATIONS, "com.acme.Sql")}. */
    public Conventions withTerm(Term term, String... names) {
        return withVocabulary(v -> v.plus(term, names));
    }

    /** A copy in which the convention of {@code role} is changed, e.g. {@code c -> c.withSuffixes("Endpoint")}. */
    public Conventions withRole(Role role, UnaryOperator<RoleConvention> change) {
        return withVocabulary(v -> v.withRole(role, change));
    }

    /** A copy in which classes annotated (or meta-annotated) with any of {@code annotationNames} have {@code role}. */
    public Conventions withRoleAnnotations(Role role, String... annotationNames) {
        return withRole(role, convention -> convention.withAnnotations(annotationNames));
    }

    /** A copy in which classes assignable to any of {@code typeNames} have {@code role}. */
    public Conventions withRoleSupertypes(Role role, String... typeNames) {
        return withRole(role, convention -> convention.withSupertypes(typeNames));
    }

    /** A copy in which classes whose simple name ends with any of {@code suffixes} have {@code role}. */
    public Conventions withRoleSuffixes(Role role, String... suffixes) {
        return withRole(role, convention -> convention.withSuffixes(suffixes));
    }

    /** A copy in which classes in packages matching any of the ArchUnit {@code patterns} have {@code role}. */
    public Conventions withRolePackages(Role role, String... patterns) {
        return withRole(role, convention -> convention.withPackages(patterns));
    }

    /** A copy in which classes matching {@code predicate} have {@code role} (tried with the annotations). */
    public Conventions withRoleDetectedBy(Role role, DescribedPredicate<? super JavaClass> predicate) {
        return withRole(role, convention -> convention.withPredicate(predicate));
    }

    /** A copy in which {@code role} is detected by {@code predicate} alone, replacing every default signal. */
    public Conventions withRoleDetectionReplacedBy(Role role, DescribedPredicate<? super JavaClass> predicate) {
        return withRole(role, convention -> convention.replacedBy(predicate));
    }

    /** A copy with more data-access API entries (type names, or packages ending in {@code ..}). */
    public Conventions withDataAccessApis(String... entries) {
        return withDataAccessApis(vocabulary.dataAccessApis().with(entries));
    }

    /** A copy with the data-access catalogue replaced. */
    public Conventions withDataAccessApis(ApiCatalogue catalogue) {
        return withVocabulary(v -> v.withDataAccessApis(catalogue));
    }

    /** A copy with more HTTP client API entries (type names, or packages ending in {@code ..}). */
    public Conventions withHttpClientApis(String... entries) {
        return withHttpClientApis(vocabulary.httpClientApis().with(entries));
    }

    /** A copy with the HTTP client catalogue replaced. */
    public Conventions withHttpClientApis(ApiCatalogue catalogue) {
        return withVocabulary(v -> v.withHttpClientApis(catalogue));
    }

    /**
     * A copy with more external service clients (vendor SDK types, or packages ending in {@code ..}) that only client
     * adapters may use, reported as "external service client"s; to add to a listed kind (cloud storage, payment, …)
     * use {@link #withTerm(Term, String...)} with that kind's term (see {@link ExternalClients#KINDS}).
     */
    public Conventions withExternalClientTypes(String... entries) {
        return withTerm(Term.EXTERNAL_CLIENT_TYPES, entries);
    }

    /** A copy with more annotations that mark field and setter injection (flagged by {@code di.constructor-injection}). */
    public Conventions withInjectionAnnotations(String... annotationNames) {
        return withTerm(Term.INJECTION_ANNOTATIONS, annotationNames);
    }

    /** A copy with more annotations of fields the container sets without injection, such as {@code @PersistenceContext}. */
    public Conventions withContainerManagedAnnotations(String... annotationNames) {
        return withTerm(Term.CONTAINER_MANAGED_ANNOTATIONS, annotationNames);
    }

    /** A copy with more annotations that inject configuration values rather than collaborators, such as {@code @Value}. */
    public Conventions withConfigValueAnnotations(String... annotationNames) {
        return withTerm(Term.CONFIG_VALUE_ANNOTATIONS, annotationNames);
    }

    /** A copy with more annotations that mark handler (endpoint) methods. */
    public Conventions withEndpointAnnotations(String... annotationNames) {
        return withTerm(Term.ENDPOINT_ANNOTATIONS, annotationNames);
    }

    /** A copy with more annotations of bean factory methods ({@code @Bean}, {@code @Produces}); classes declaring them are configuration. */
    public Conventions withBeanFactoryMethodAnnotations(String... annotationNames) {
        return withTerm(Term.BEAN_FACTORY_METHOD_ANNOTATIONS, annotationNames);
    }

    /** A copy with more annotations that mark a class as a container-managed bean (a service unless another role fits). */
    public Conventions withBeanAnnotations(String... annotationNames) {
        return withTerm(Term.BEAN_ANNOTATIONS, annotationNames);
    }

    /** A copy with more annotations of scopes whose beans are not shared between requests (request, session, prototype, …). */
    public Conventions withNonSingletonScopeAnnotations(String... annotationNames) {
        return withTerm(Term.NON_SINGLETON_SCOPE_ANNOTATIONS, annotationNames);
    }

    /** A copy with more service-locator methods, written {@code owner.Type#method} (subtypes of the owner included). */
    public Conventions withServiceLocatorMethods(String... methods) {
        return withTerm(Term.SERVICE_LOCATOR_METHODS, methods);
    }

    /** A copy with more methods that make HTTP requests, written {@code owner.Type#method}. */
    public Conventions withHttpClientMethods(String... methods) {
        return withTerm(Term.HTTP_CLIENT_METHODS, methods);
    }

    /**
     * A copy that also counts these library types (binary names, or packages written {@code com.acme..}) as
     * {@linkplain #typesOfInterest() types of interest}: needed only when a custom role predicate asks a
     * library type for its supertypes, e.g. {@code javaClass.isAssignableTo("com.vendor.BaseResource")} for a
     * class whose superclass extends that type in a library jar.
     */
    public Conventions withTypesOfInterest(String... typeNames) {
        return withTerm(Term.TYPES_OF_INTEREST, typeNames);
    }

    // ---------------------------------------------------------------- queries

    /** The vocabulary roles are detected from. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The names of {@code term} in this vocabulary, e.g. the query annotations the SQL rule reads. */
    public Set<String> names(Term term) {
        return vocabulary.names(term);
    }

    /** The tiers roles are detected by, in order. */
    public RoleDetector detector() {
        return detector;
    }

    /** The convention used for {@code role}. */
    public RoleConvention convention(Role role) {
        return vocabulary.role(role);
    }

    /** The data-access API catalogue. */
    public ApiCatalogue dataAccessApis() {
        return vocabulary.dataAccessApis();
    }

    /** The HTTP client API catalogue. */
    public ApiCatalogue httpClientApis() {
        return vocabulary.httpClientApis();
    }

    /**
     * The library types these conventions recognise by supertype: the data-access and HTTP client API
     * catalogues and the external-client catalogue (names and {@code package..} entries), the role supertypes, the owners of the
     * service-locator methods and the servlet base classes. The recommended import imports these, their
     * subtypes and annotation types fully and leaves other library types as bare names. A custom role
     * predicate that asks a library type for its supertypes needs those supertypes here: add them with
     * {@link #withTypesOfInterest(String...)}.
     */
    public Set<String> typesOfInterest() {
        Set<String> types = new TreeSet<>(dataAccessApis().entries());
        types.addAll(httpClientApis().entries());
        types.addAll(externalClients.entries());
        vocabulary.roles().values().forEach(convention -> types.addAll(convention.supertypes()));
        names(Term.SERVICE_LOCATOR_METHODS).forEach(entry -> types.add(entry.substring(0, entry.indexOf('#'))));
        types.addAll(Servlets.TYPES);
        types.addAll(handlerTypes);
        types.addAll(names(Term.LIFECYCLE_EVENT_TYPES));
        types.addAll(names(Term.STARTUP_RUNNER_TYPES));
        names(Term.HANDLER_METHODS).forEach(entry -> types.add(entry.substring(0, entry.indexOf('#'))));
        types.addAll(names(Term.TYPES_OF_INTEREST));
        return Collections.unmodifiableSet(types);
    }

    /**
     * The role of {@code javaClass}, if any. Each call detects afresh; to ask about many classes, ask a
     * {@link Roles} run ({@code Roles.of(conventions)}), which remembers its answers.
     */
    public Optional<Role> roleOf(JavaClass javaClass) {
        return explainRole(javaClass).map(RoleMatch::role);
    }

    /** Whether {@code javaClass} has {@code role}. */
    public boolean hasRole(JavaClass javaClass, Role role) {
        return roleOf(javaClass).filter(role::equals).isPresent();
    }

    /** The role of {@code javaClass} and the signal it was detected by, e.g. "annotated with @…RestController". */
    public Optional<RoleMatch> explainRole(JavaClass javaClass) {
        return Roles.of(this).explainRole(javaClass);
    }

    /**
     * A predicate for ArchUnit's {@code that(…)}: classes with {@code role}, described as e.g. "controllers".
     * The predicate remembers the roles it found for as long as it lives.
     */
    public DescribedPredicate<JavaClass> classesWithRole(Role role) {
        return Roles.of(this).classesWithRole(role);
    }

    /** Whether {@code type} belongs to the data-access APIs. */
    public boolean isDataAccessApi(JavaClass type) {
        return dataAccessApis().matches(type);
    }

    /** Whether {@code type} belongs to the HTTP client APIs. */
    public boolean isHttpClientApi(JavaClass type) {
        return httpClientApis().matches(type);
    }

    /** The external-client catalogue: vendor SDK clients by kind. */
    public ExternalClients externalClients() {
        return externalClients;
    }

    /** The kind of external service client {@code type} is (cloud storage, payment, …), if it is one. */
    public Optional<ExternalClients.Match> externalClient(JavaClass type) {
        return externalClients.match(type);
    }

    /**
     * Whether {@code method} is a handler method: an HTTP endpoint, a method with an annotation of a
     * {@linkplain HandlerKind handler kind} (a GraphQL mapping, a message listener, an event listener of anything but
     * {@linkplain Term#LIFECYCLE_EVENT_TYPES start-up and shut-down events}, …), one of the
     * {@linkplain Term#HANDLER_METHODS handler methods} of a filter, interceptor, WebSocket handler or gRPC service, or a
     * method of a controller or JAX-RS resource that inherits the HTTP mapping of the interface or superclass method it
     * overrides ({@link HttpMappings#inheritedFrom}: an API interface declares the endpoints, the controller implements
     * them), or of the mapped default wrapper that only calls the interface method it overrides (OpenAPI Generator's
     * delegate-method style). The methods of interfaces are endpoints only by their own annotations.
     */
    public boolean isEndpoint(JavaMethod method) {
        if (Annotations.hasAny(method, names(Term.ENDPOINT_ANNOTATIONS)) || Annotations.hasAny(method, handlerAnnotations)) {
            return true;
        }
        if (Annotations.hasAny(method, names(Term.EVENT_LISTENER_ANNOTATIONS))) {
            return !handlesOnlyLifecycleEvents(method);
        }
        return Servlets.isHandler(method) || isHandlerMethodOfType(method) || HttpMappings.inheritedFrom(method).isPresent();
    }

    /**
     * The method whose annotations declare the endpoint {@code method} is: the interface or superclass method whose HTTP
     * mapping it inherits, or the mapped default wrapper that calls it ({@link HttpMappings#inheritedFrom}), else
     * {@code method} itself. Its body stays
     * {@code method}'s: the implementation handles the request, not the declaration.
     */
    public JavaMethod endpointDeclaration(JavaMethod method) {
        return HttpMappings.inheritedFrom(method).orElse(method);
    }

    /**
     * The {@linkplain HandlerKind kind} of a request handler that is not a {@code @Controller}, from its supertypes, its
     * class annotations or the annotations of its handler methods (all of them: a controller with one listener method
     * stays a controller); empty for other classes. It names the class in
     * messages; whether the class is a controller is decided by role detection.
     */
    public Optional<HandlerKind> handlerKind(JavaClass javaClass) {
        List<JavaMethod> handlers = javaClass.getMethods().stream().filter(this::isEndpoint).toList();
        for (HandlerKind kind : HandlerKind.ALL) {
            for (Term types : kind.types()) {
                if (names(types).stream().anyMatch(type -> !javaClass.getName().equals(type) && ImportedSupertypes.isAssignableTo(javaClass, type))) {
                    return Optional.of(kind);
                }
            }
            for (Term annotations : kind.annotations()) {
                if (Annotations.hasAny(javaClass, names(annotations)) || !handlers.isEmpty()
                        && handlers.stream().allMatch(method -> Annotations.hasAny(method, names(annotations)))) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** A class annotation of a handler kind ({@code @DgsComponent}, a class-level {@code @KafkaListener}), as role detection reads it. */
    Optional<String> handlerKindAnnotation(JavaClass javaClass) {
        return Annotations.explain(javaClass, handlerAnnotations).map(found -> "annotated with " + found);
    }

    /** A supertype of a handler kind ({@code jakarta.servlet.Filter}, {@code io.grpc.BindableService}), as role detection reads it. */
    Optional<String> handlerKindSupertype(JavaClass javaClass) {
        return handlerTypes.stream().filter(type -> !javaClass.getName().equals(type) && ImportedSupertypes.isAssignableTo(javaClass, type))
                .findFirst().map(type -> "assignable to " + type);
    }

    /**
     * Whether {@code codeUnit} acts only when the application starts or stops, so that what it writes is initialisation
     * state: an event listener whose events are all {@linkplain Term#LIFECYCLE_EVENT_TYPES start-up or shut-down
     * events} ({@code @EventListener(ApplicationReadyEvent.class)}, with or without the event as parameter,
     * {@code onApplicationEvent(WebServerInitializedEvent)}
     * of an {@code ApplicationListener<WebServerInitializedEvent>}), any method whose one parameter is such an event,
     * or a listener of all events ({@code ApplicationListener<ApplicationEvent>}) that tests the event with
     * {@code instanceof} for lifecycle events only and does nothing before its first test
     * ({@code if (event instanceof WebServerInitializedEvent e) port = …}).
     */
    public boolean handlesOnlyLifecycleEvents(JavaCodeUnit codeUnit) {
        if (!codeUnit.isMethod() || codeUnit.getRawParameterTypes().size() > 1) {
            return false;
        }
        JavaMethod method = (JavaMethod) codeUnit;
        boolean listener = Annotations.hasAny(method, names(Term.EVENT_LISTENER_ANNOTATIONS));
        if (listener && handlesOnlyLifecycleEvents(method)) {
            return true;
        }
        if (method.getRawParameterTypes().isEmpty()) {
            return false;
        }
        if (isLifecycleEvent(method.getRawParameterTypes().get(0))) {
            return true;
        }
        return (listener || method.getName().equals("onApplicationEvent")) && actsOnlyOnLifecycleEvents(method);
    }

    /**
     * A listener of all events that acts only after an {@code instanceof} test of a lifecycle event: every test is of
     * one, and no call or field access comes on a line before the first test.
     */
    private boolean actsOnlyOnLifecycleEvents(JavaMethod method) {
        Set<InstanceofCheck> checks = method.getInstanceofChecks();
        if (checks.isEmpty() || !checks.stream().allMatch(check -> isLifecycleEvent(check.getRawType()))) {
            return false;
        }
        int firstCheck = checks.stream().mapToInt(InstanceofCheck::getLineNumber).min().orElseThrow();
        return method.getAccessesFromSelf().stream().allMatch(access -> access.getLineNumber() >= firstCheck);
    }

    private boolean isLifecycleEvent(JavaClass event) {
        Set<String> lifecycle = names(Term.LIFECYCLE_EVENT_TYPES);
        return lifecycle.contains(event.getName()) || lifecycle.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(event, name));
    }

    /** An event listener whose events (annotation {@code classes}/{@code value}, else its parameter) are all start-up or shut-down events. */
    private boolean handlesOnlyLifecycleEvents(JavaMethod method) {
        List<JavaClass> events = new java.util.ArrayList<>();
        for (JavaAnnotation<?> annotation : method.getAnnotations()) {
            for (String attribute : List.of("classes", "value")) {
                annotation.get(attribute).filter(JavaClass[].class::isInstance)
                        .ifPresent(classes -> events.addAll(List.of((JavaClass[]) classes)));
            }
        }
        if (events.isEmpty() && !method.getRawParameterTypes().isEmpty()) {
            events.add(method.getRawParameterTypes().get(0));
        }
        return !events.isEmpty() && events.stream().allMatch(this::isLifecycleEvent);
    }

    /** {@code owner.Type#method} of {@link Term#HANDLER_METHODS}, declared in a subtype of the owner ({@code #*}: any public instance method). */
    private boolean isHandlerMethodOfType(JavaMethod method) {
        JavaClass owner = method.getOwner();
        for (String entry : names(Term.HANDLER_METHODS)) {
            int hash = entry.indexOf('#');
            String type = entry.substring(0, hash);
            String name = entry.substring(hash + 1);
            boolean named = name.equals("*")
                    ? method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && !method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                    && !method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)
                    : name.equals(method.getName());
            if (named && !owner.getName().equals(type) && ImportedSupertypes.isAssignableTo(owner, type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code member} is injected through a field or setter annotation such as {@code @Autowired}. */
    public boolean isInjectedByAnnotation(HasAnnotations<?> member) {
        return Annotations.hasAny(member, names(Term.INJECTION_ANNOTATIONS));
    }

    /** The injection annotation on {@code member}, if any. */
    public Optional<JavaAnnotation<?>> injectionAnnotation(HasAnnotations<?> member) {
        return Annotations.find(member, names(Term.INJECTION_ANNOTATIONS));
    }

    /** Whether {@code member} is set by the container: injected, or e.g. {@code @PersistenceContext}. */
    public boolean isContainerManaged(HasAnnotations<?> member) {
        return isInjectedByAnnotation(member) || Annotations.hasAny(member, names(Term.CONTAINER_MANAGED_ANNOTATIONS));
    }

    /** Whether {@code member} carries a configuration value ({@code @Value}, {@code @ConfigProperty}) rather than a collaborator. */
    public boolean isConfigValue(HasAnnotations<?> member) {
        return Annotations.hasAny(member, names(Term.CONFIG_VALUE_ANNOTATIONS));
    }

    /**
     * Whether {@code element} — a bean class, or a bean-factory method — declares a non-singleton scope (request,
     * session, prototype, …).
     */
    public boolean hasNonSingletonScope(HasAnnotations<?> element) {
        Optional<JavaAnnotation<?>> scope = Annotations.find(element, names(Term.NON_SINGLETON_SCOPE_ANNOTATIONS));
        if (scope.isEmpty()) {
            return false;
        }
        JavaAnnotation<?> annotation = scope.get();
        if (!annotation.getRawType().getName().equals(SPRING_SCOPE)) {
            return true;
        }
        String value = Annotations.text(annotation, "value").orElse("") + Annotations.text(annotation, "scopeName").orElse("");
        return !value.isBlank() && !value.equals("singleton") && !value.equals("application");
    }

    /** Whether {@code call} is a service-locator look-up ({@code getBean}, JNDI {@code lookup}, {@code CDI.current()}, …). */
    public boolean isServiceLocatorCall(JavaMethodCall call) {
        return isCallTo(Term.SERVICE_LOCATOR_METHODS, call);
    }

    /**
     * Whether {@code call} calls one of the {@link Term.Kind#METHODS methods} of {@code term}: the method name is
     * an entry's and the called owner is assignable to the entry's owner type (as far as this import resolved it; rules
     * ask {@code RuleContext#isCallTo}, which also sees through types the recommended import kept as bare names).
     */
    public boolean isCallTo(Term term, JavaMethodCall call) {
        return isCallTo(term, call, ImportedSupertypes::isAssignableTo);
    }

    /** {@link #isCallTo(Term, JavaMethodCall)} with the given test of whether a class is assignable to a type name. */
    public boolean isCallTo(Term term, JavaMethodCall call, java.util.function.BiPredicate<JavaClass, String> assignable) {
        String method = call.getName();
        JavaClass owner = call.getTargetOwner();
        for (String entry : names(term)) {
            // the method name compared in place: asked for every call and entry, a copy of each name cost more than the test
            int hash = entry.indexOf('#');
            if (entry.length() - hash - 1 == method.length() && entry.startsWith(method, hash + 1)
                    && assignable.test(owner, entry.substring(0, hash))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code call} makes an HTTP request through a method of a type that is not an HTTP client
     * API as a whole, such as {@code java.net.URL#openStream} (a {@code URL} is usually just a value).
     */
    public boolean isHttpClientCall(JavaMethodCall call) {
        return names(Term.HTTP_CLIENT_METHODS).contains(call.getTargetOwner().getName() + "#" + call.getName());
    }

    /** Whether {@code codeUnit} is a bean-factory method ({@code @Bean}, {@code @Produces}, …): what it creates is wiring. */
    public boolean isBeanFactoryMethod(JavaCodeUnit codeUnit) {
        return Annotations.hasAny(codeUnit, names(Term.BEAN_FACTORY_METHOD_ANNOTATIONS));
    }

    /**
     * The calls of {@code javaClass} that make HTTP requests through a method such as {@code URL#openStream}
     * ({@link #isHttpClientCall}); none when the class gets its URLs from the class path or the file system
     * ({@code ClassLoader#getResource}, {@code Class#getResource}, {@code File#toURI}, {@code Path#toUri}) and
     * never makes one from text ({@code new URL(…)}, {@code URL.of}, {@code URI.create}, {@code new URI(…)}):
     * reading a resource is not an HTTP call. The same holds per method: a method that gets its URL from the class path
     * or the file system and makes none from text reads a resource, whatever another method of the class does with a
     * {@code URI} (normalising a path to check it).
     */
    public List<JavaMethodCall> httpClientCalls(JavaClass javaClass) {
        List<JavaMethodCall> calls = javaClass.getMethodCallsFromSelf().stream().filter(this::isHttpClientCall).toList();
        if (calls.isEmpty() || readsLocalUrlsOnly(javaClass.getMethodCallsFromSelf(), javaClass.getCodeUnitCallsFromSelf())) {
            return List.of();
        }
        return calls.stream()
                .filter(call -> !readsLocalUrlsOnly(call.getOrigin().getMethodCallsFromSelf(), call.getOrigin().getCallsFromSelf()))
                .toList();
    }

    private static boolean readsLocalUrlsOnly(java.util.Collection<JavaMethodCall> methodCalls, java.util.Collection<? extends JavaCall<?>> calls) {
        return methodCalls.stream().anyMatch(call -> LOCAL_URL_SOURCES.contains(call.getTargetOwner().getName() + "#" + call.getName()))
                && calls.stream().noneMatch(call -> URL_FROM_TEXT.contains(call.getTargetOwner().getName() + "#" + call.getName()));
    }

    private static final Set<String> LOCAL_URL_SOURCES = Set.of(
            "java.lang.ClassLoader#getResource", "java.lang.ClassLoader#getResources",
            "java.lang.ClassLoader#getSystemResource", "java.lang.ClassLoader#getSystemResources",
            "java.lang.Class#getResource", "java.io.File#toURI", "java.io.File#toURL", "java.nio.file.Path#toUri");
    private static final Set<String> URL_FROM_TEXT = Set.of(
            "java.net.URL#<init>", "java.net.URL#of", "java.net.URI#create", "java.net.URI#<init>");

    /** Whether {@code javaClass} is annotated with a generic bean annotation ({@code @Component}, {@code @Singleton}, …). */
    public boolean isBean(JavaClass javaClass) {
        return Annotations.hasAny(javaClass, names(Term.BEAN_ANNOTATIONS));
    }

    /**
     * A detected role with the signal that decided it.
     *
     * @param role   the role
     * @param reason the signal, e.g. {@code annotated with @org.springframework.stereotype.Service}
     */
    public record RoleMatch(Role role, String reason) {
    }
}
