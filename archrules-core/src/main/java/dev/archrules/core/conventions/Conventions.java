package dev.archrules.core.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.model.Role;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

import static dev.archrules.core.model.Role.CLIENT;
import static dev.archrules.core.model.Role.CONFIGURATION;
import static dev.archrules.core.model.Role.CONTROLLER;
import static dev.archrules.core.model.Role.ENTITY;
import static dev.archrules.core.model.Role.REPOSITORY;
import static dev.archrules.core.model.Role.SERVICE;

/**
 * Detects the {@link Role} of each class and knows the framework vocabulary the rules need: which
 * annotations inject, which methods are endpoints, which types are data-access or HTTP client APIs.
 *
 * <p>{@link #defaults()} recognises Spring, Jakarta EE / JAX-RS / CDI / EJB, Micronaut and Quarkus
 * conventions by name, so no framework is needed on archrules' own class path. Every list can be
 * extended ({@code with…}); role detection can also be replaced ({@link #withRole(Role, UnaryOperator)},
 * {@link RoleConvention#replacedBy}) and the API catalogues swapped ({@link #withDataAccessApis(ApiCatalogue)}). Instances are immutable; each {@code with…} returns a copy.
 *
 * <p>A class gets at most one role. Signals are tried in tiers, strongest first, and within a tier in
 * the order entity, configuration, client, repository, controller, service:
 * <ol>
 *   <li>annotations (meta-annotations included) and custom predicates; then classes declaring
 *       endpoint methods (controllers) or bean factory methods (configuration);</li>
 *   <li>supertypes (any Spring Data {@code Repository}, {@code HttpServlet}, …);</li>
 *   <li>inner (non-static), anonymous and local classes take the role of their enclosing class;</li>
 *   <li>naming suffixes (not for records, enums or a name that is only the suffix, such as a
 *       customer record {@code Client}), then package patterns;</li>
 *   <li>usage: a class with no other role that uses a data-access API is a repository, one that uses an
 *       HTTP client API is a client;</li>
 *   <li>generic bean annotations ({@code @Component}, {@code @Singleton}, {@code @ApplicationScoped}) make
 *       a service.</li>
 * </ol>
 */
public final class Conventions {

    private static final List<Role> ROLE_ORDER = List.of(ENTITY, CONFIGURATION, CLIENT, REPOSITORY, CONTROLLER, SERVICE);

    private final Map<Role, RoleConvention> roles;
    private final ApiCatalogue dataAccessApis;
    private final ApiCatalogue httpClientApis;
    private final Set<String> injectionAnnotations;
    private final Set<String> containerManagedAnnotations;
    private final Set<String> configValueAnnotations;
    private final Set<String> endpointAnnotations;
    private final Set<String> beanFactoryMethodAnnotations;
    private final Set<String> beanAnnotations;
    private final Set<String> nonSingletonScopeAnnotations;
    private final Set<String> serviceLocatorMethods;
    private final Set<String> httpClientMethods;
    private final Set<String> extraTypesOfInterest;

    private final Map<JavaClass, Optional<RoleMatch>> roleCache = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<JavaClass, Boolean> dataAccessCache = Collections.synchronizedMap(new WeakHashMap<>());
    /** Role package patterns compiled once ({@link PackageMatcher#of} compiles a regular expression). */
    private final Map<String, PackageMatcher> packageMatchers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<JavaClass, Boolean> httpClientCache = Collections.synchronizedMap(new WeakHashMap<>());

    private Conventions(Map<Role, RoleConvention> roles, ApiCatalogue dataAccessApis, ApiCatalogue httpClientApis,
                        Set<String> injectionAnnotations, Set<String> containerManagedAnnotations,
                        Set<String> configValueAnnotations, Set<String> endpointAnnotations,
                        Set<String> beanFactoryMethodAnnotations, Set<String> beanAnnotations,
                        Set<String> nonSingletonScopeAnnotations, Set<String> serviceLocatorMethods,
                        Set<String> httpClientMethods, Set<String> extraTypesOfInterest) {
        EnumMap<Role, RoleConvention> copy = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            copy.put(role, roles.getOrDefault(role, RoleConvention.none()));
        }
        this.roles = Collections.unmodifiableMap(copy);
        this.dataAccessApis = dataAccessApis;
        this.httpClientApis = httpClientApis;
        this.injectionAnnotations = Set.copyOf(injectionAnnotations);
        this.containerManagedAnnotations = Set.copyOf(containerManagedAnnotations);
        this.configValueAnnotations = Set.copyOf(configValueAnnotations);
        this.endpointAnnotations = Set.copyOf(endpointAnnotations);
        this.beanFactoryMethodAnnotations = Set.copyOf(beanFactoryMethodAnnotations);
        this.beanAnnotations = Set.copyOf(beanAnnotations);
        this.nonSingletonScopeAnnotations = Set.copyOf(nonSingletonScopeAnnotations);
        this.serviceLocatorMethods = Set.copyOf(serviceLocatorMethods);
        this.httpClientMethods = Set.copyOf(httpClientMethods);
        this.extraTypesOfInterest = Set.copyOf(extraTypesOfInterest);
    }

    /** Conventions that recognise nothing: a starting point for a code base with its own vocabulary. */
    public static Conventions empty() {
        return new Conventions(Map.of(), ApiCatalogue.of("data-access APIs"), ApiCatalogue.of("HTTP client APIs"),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The Spring, Jakarta EE, Micronaut and Quarkus conventions described in {@code docs/conventions.md}. */
    public static Conventions defaults() {
        return DefaultConventions.create();
    }

    static Conventions of(Map<Role, RoleConvention> roles, ApiCatalogue dataAccessApis, ApiCatalogue httpClientApis,
                          Set<String> injectionAnnotations, Set<String> containerManagedAnnotations,
                          Set<String> configValueAnnotations, Set<String> endpointAnnotations,
                          Set<String> beanFactoryMethodAnnotations, Set<String> beanAnnotations,
                          Set<String> nonSingletonScopeAnnotations, Set<String> serviceLocatorMethods,
                          Set<String> httpClientMethods) {
        return new Conventions(roles, dataAccessApis, httpClientApis, injectionAnnotations, containerManagedAnnotations,
                configValueAnnotations, endpointAnnotations, beanFactoryMethodAnnotations, beanAnnotations,
                nonSingletonScopeAnnotations, serviceLocatorMethods, httpClientMethods, Set.of());
    }

    // ---------------------------------------------------------------- configuration (copies)

    /** A copy in which the convention of {@code role} is changed, e.g. {@code c -> c.withSuffixes("Endpoint")}. */
    public Conventions withRole(Role role, UnaryOperator<RoleConvention> change) {
        Map<Role, RoleConvention> copy = new EnumMap<>(roles);
        copy.put(role, Objects.requireNonNull(change.apply(roles.get(role)), "changed convention"));
        return copy(parts -> parts.roles = copy);
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
        return withDataAccessApis(dataAccessApis.with(entries));
    }

    /** A copy with the data-access catalogue replaced. */
    public Conventions withDataAccessApis(ApiCatalogue catalogue) {
        return copy(parts -> parts.data = Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** A copy with more HTTP client API entries (type names, or packages ending in {@code ..}). */
    public Conventions withHttpClientApis(String... entries) {
        return withHttpClientApis(httpClientApis.with(entries));
    }

    /** A copy with the HTTP client catalogue replaced. */
    public Conventions withHttpClientApis(ApiCatalogue catalogue) {
        return copy(parts -> parts.http = Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** A copy with more annotations that mark field and setter injection (flagged by {@code di.constructor-injection}). */
    public Conventions withInjectionAnnotations(String... annotationNames) {
        return copy(parts -> parts.injection = plus(parts.injection, annotationNames));
    }

    /** A copy with more annotations of fields the container sets without injection, such as {@code @PersistenceContext}. */
    public Conventions withContainerManagedAnnotations(String... annotationNames) {
        return copy(parts -> parts.containerManaged = plus(parts.containerManaged, annotationNames));
    }

    /** A copy with more annotations that inject configuration values rather than collaborators, such as {@code @Value}. */
    public Conventions withConfigValueAnnotations(String... annotationNames) {
        return copy(parts -> parts.configValues = plus(parts.configValues, annotationNames));
    }

    /** A copy with more annotations that mark handler (endpoint) methods. */
    public Conventions withEndpointAnnotations(String... annotationNames) {
        return copy(parts -> parts.endpoints = plus(parts.endpoints, annotationNames));
    }

    /** A copy with more annotations of bean factory methods ({@code @Bean}, {@code @Produces}); classes declaring them are configuration. */
    public Conventions withBeanFactoryMethodAnnotations(String... annotationNames) {
        return copy(parts -> parts.beanFactories = plus(parts.beanFactories, annotationNames));
    }

    /** A copy with more annotations that mark a class as a container-managed bean (a service unless another role fits). */
    public Conventions withBeanAnnotations(String... annotationNames) {
        return copy(parts -> parts.beans = plus(parts.beans, annotationNames));
    }

    /** A copy with more annotations of scopes whose beans are not shared between requests (request, session, prototype, …). */
    public Conventions withNonSingletonScopeAnnotations(String... annotationNames) {
        return copy(parts -> parts.nonSingletonScopes = plus(parts.nonSingletonScopes, annotationNames));
    }

    /** A copy with more service-locator methods, written {@code owner.Type#method} (subtypes of the owner included). */
    public Conventions withServiceLocatorMethods(String... methods) {
        requireMethodForm(methods);
        return copy(parts -> parts.serviceLocators = plus(parts.serviceLocators, methods));
    }

    /** A copy with more methods that make HTTP requests, written {@code owner.Type#method}. */
    public Conventions withHttpClientMethods(String... methods) {
        requireMethodForm(methods);
        return copy(parts -> parts.httpMethods = plus(parts.httpMethods, methods));
    }

    /**
     * A copy that also counts these library types (binary names, or packages written {@code com.acme..}) as
     * {@linkplain #typesOfInterest() types of interest}: needed only when a custom role predicate asks a
     * library type for its supertypes, e.g. {@code javaClass.isAssignableTo("com.vendor.BaseResource")} for a
     * class whose superclass extends that type in a library jar.
     */
    public Conventions withTypesOfInterest(String... typeNames) {
        return copy(parts -> parts.typesOfInterest = plus(parts.typesOfInterest, typeNames));
    }

    private static void requireMethodForm(String... methods) {
        for (String method : methods) {
            if (!method.contains("#")) {
                throw new IllegalArgumentException("'" + method + "' is not of the form owner.Type#method");
            }
        }
    }

    private Conventions copy(java.util.function.Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return new Conventions(parts.roles, parts.data, parts.http, parts.injection, parts.containerManaged,
                parts.configValues, parts.endpoints, parts.beanFactories, parts.beans, parts.nonSingletonScopes,
                parts.serviceLocators, parts.httpMethods, parts.typesOfInterest);
    }

    /** A mutable copy of the parts, only used while building the next immutable instance. */
    private static final class Parts {
        Map<Role, RoleConvention> roles;
        ApiCatalogue data;
        ApiCatalogue http;
        Set<String> injection;
        Set<String> containerManaged;
        Set<String> configValues;
        Set<String> endpoints;
        Set<String> beanFactories;
        Set<String> beans;
        Set<String> nonSingletonScopes;
        Set<String> serviceLocators;
        Set<String> httpMethods;
        Set<String> typesOfInterest;

        Parts(Conventions from) {
            roles = from.roles;
            data = from.dataAccessApis;
            http = from.httpClientApis;
            injection = from.injectionAnnotations;
            containerManaged = from.containerManagedAnnotations;
            configValues = from.configValueAnnotations;
            endpoints = from.endpointAnnotations;
            beanFactories = from.beanFactoryMethodAnnotations;
            beans = from.beanAnnotations;
            nonSingletonScopes = from.nonSingletonScopeAnnotations;
            serviceLocators = from.serviceLocatorMethods;
            httpMethods = from.httpClientMethods;
            typesOfInterest = from.extraTypesOfInterest;
        }
    }

    private static Set<String> plus(Set<String> existing, String... more) {
        Set<String> result = new LinkedHashSet<>(existing);
        Arrays.stream(more).map(name -> Objects.requireNonNull(name, "name").strip()).forEach(result::add);
        return result;
    }

    // ---------------------------------------------------------------- queries

    /** The convention used for {@code role}. */
    public RoleConvention convention(Role role) {
        return roles.get(role);
    }

    /** The data-access API catalogue. */
    public ApiCatalogue dataAccessApis() {
        return dataAccessApis;
    }

    /** The HTTP client API catalogue. */
    public ApiCatalogue httpClientApis() {
        return httpClientApis;
    }

    /**
     * The library types these conventions recognise by supertype: the data-access and HTTP client API
     * catalogues (names and {@code package..} entries), the role supertypes, the owners of the
     * service-locator methods and the servlet base classes. The recommended import imports these, their
     * subtypes and annotation types fully and leaves other library types as bare names. A custom role
     * predicate that asks a library type for its supertypes needs those supertypes here: add them with
     * {@link #withTypesOfInterest(String...)}.
     */
    public Set<String> typesOfInterest() {
        Set<String> types = new TreeSet<>(dataAccessApis.entries());
        types.addAll(httpClientApis.entries());
        roles.values().forEach(convention -> types.addAll(convention.supertypes()));
        serviceLocatorMethods.forEach(entry -> types.add(entry.substring(0, entry.indexOf('#'))));
        types.addAll(SERVLETS);
        types.addAll(extraTypesOfInterest);
        return Collections.unmodifiableSet(types);
    }

    /** The role of {@code javaClass}, if any. */
    public Optional<Role> roleOf(JavaClass javaClass) {
        return explainRole(javaClass).map(RoleMatch::role);
    }

    /** Whether {@code javaClass} has {@code role}. */
    public boolean hasRole(JavaClass javaClass, Role role) {
        return roleOf(javaClass).filter(role::equals).isPresent();
    }

    /** The role of {@code javaClass} and the signal it was detected by, e.g. "annotated with @…RestController". */
    public Optional<RoleMatch> explainRole(JavaClass javaClass) {
        Optional<RoleMatch> cached = roleCache.get(javaClass);
        if (cached == null) {
            cached = detect(javaClass);
            roleCache.put(javaClass, cached);
        }
        return cached;
    }

    /** A predicate for ArchUnit's {@code that(…)}: classes with {@code role}, described as e.g. "controllers". */
    public DescribedPredicate<JavaClass> classesWithRole(Role role) {
        return DescribedPredicate.describe(plural(role), javaClass -> hasRole(javaClass, role));
    }

    /** Whether {@code type} belongs to the data-access APIs. */
    public boolean isDataAccessApi(JavaClass type) {
        return dataAccessCache.computeIfAbsent(type, dataAccessApis::matches);
    }

    /** Whether {@code type} belongs to the HTTP client APIs. */
    public boolean isHttpClientApi(JavaClass type) {
        return httpClientCache.computeIfAbsent(type, httpClientApis::matches);
    }

    /** Whether {@code method} is a handler method: an HTTP endpoint or message listener. */
    public boolean isEndpoint(JavaMethod method) {
        if (Annotations.hasAny(method, endpointAnnotations)) {
            return true;
        }
        return isServletHandler(method);
    }

    /** Whether {@code member} is injected through a field or setter annotation such as {@code @Autowired}. */
    public boolean isInjectedByAnnotation(HasAnnotations<?> member) {
        return Annotations.hasAny(member, injectionAnnotations);
    }

    /** The injection annotation on {@code member}, if any. */
    public Optional<JavaAnnotation<?>> injectionAnnotation(HasAnnotations<?> member) {
        return Annotations.find(member, injectionAnnotations);
    }

    /** Whether {@code member} is set by the container: injected, or e.g. {@code @PersistenceContext}. */
    public boolean isContainerManaged(HasAnnotations<?> member) {
        return isInjectedByAnnotation(member) || Annotations.hasAny(member, containerManagedAnnotations);
    }

    /** Whether {@code member} carries a configuration value ({@code @Value}, {@code @ConfigProperty}) rather than a collaborator. */
    public boolean isConfigValue(HasAnnotations<?> member) {
        return Annotations.hasAny(member, configValueAnnotations);
    }

    /** Whether {@code javaClass} is a container-managed bean of a non-singleton scope (request, session, prototype, …). */
    public boolean hasNonSingletonScope(JavaClass javaClass) {
        Optional<JavaAnnotation<?>> scope = Annotations.find(javaClass, nonSingletonScopeAnnotations);
        if (scope.isEmpty()) {
            return false;
        }
        JavaAnnotation<?> annotation = scope.get();
        if (!annotation.getRawType().getName().equals(SPRING_SCOPE)) {
            return true;
        }
        String value = annotation.get("value").map(Object::toString).orElse("")
                + annotation.get("scopeName").map(Object::toString).orElse("");
        return !value.isBlank() && !value.equals("singleton") && !value.equals("application");
    }

    /** Whether {@code call} is a service-locator look-up ({@code getBean}, JNDI {@code lookup}, {@code CDI.current()}, …). */
    public boolean isServiceLocatorCall(JavaMethodCall call) {
        String method = call.getTarget().getName();
        JavaClass owner = call.getTargetOwner();
        for (String entry : serviceLocatorMethods) {
            int hash = entry.indexOf('#');
            if (entry.substring(hash + 1).equals(method) && owner.isAssignableTo(entry.substring(0, hash))) {
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
        return httpClientMethods.contains(call.getTargetOwner().getName() + "#" + call.getName());
    }

    /**
     * The calls of {@code javaClass} that make HTTP requests through a method such as {@code URL#openStream}
     * ({@link #isHttpClientCall}); none when the class gets its URLs from the class path or the file system
     * ({@code ClassLoader#getResource}, {@code Class#getResource}, {@code File#toURI}, {@code Path#toUri}) and
     * never makes one from text ({@code new URL(…)}, {@code URL.of}, {@code URI.create}, {@code new URI(…)}):
     * reading a resource is not an HTTP call.
     */
    public List<JavaMethodCall> httpClientCalls(JavaClass javaClass) {
        List<JavaMethodCall> calls = javaClass.getMethodCallsFromSelf().stream().filter(this::isHttpClientCall).toList();
        if (calls.isEmpty()) {
            return calls;
        }
        boolean localUrls = javaClass.getMethodCallsFromSelf().stream()
                .anyMatch(call -> LOCAL_URL_SOURCES.contains(call.getTargetOwner().getName() + "#" + call.getName()));
        boolean urlsFromText = javaClass.getCodeUnitCallsFromSelf().stream()
                .anyMatch(call -> URL_FROM_TEXT.contains(call.getTargetOwner().getName() + "#" + call.getName()));
        return localUrls && !urlsFromText ? List.of() : calls;
    }

    private static final Set<String> LOCAL_URL_SOURCES = Set.of(
            "java.lang.ClassLoader#getResource", "java.lang.ClassLoader#getResources",
            "java.lang.ClassLoader#getSystemResource", "java.lang.ClassLoader#getSystemResources",
            "java.lang.Class#getResource", "java.io.File#toURI", "java.io.File#toURL", "java.nio.file.Path#toUri");
    private static final Set<String> URL_FROM_TEXT = Set.of(
            "java.net.URL#<init>", "java.net.URL#of", "java.net.URI#create", "java.net.URI#<init>");

    /** Whether {@code javaClass} is annotated with a generic bean annotation ({@code @Component}, {@code @Singleton}, …). */
    public boolean isBean(JavaClass javaClass) {
        return Annotations.hasAny(javaClass, beanAnnotations);
    }

    // ---------------------------------------------------------------- detection

    static final String SPRING_SCOPE = "org.springframework.context.annotation.Scope";

    private Optional<RoleMatch> detect(JavaClass javaClass) {
        if (javaClass.isAnnotation()) {
            return Optional.empty();
        }
        for (Role role : ROLE_ORDER) {
            Optional<DescribedPredicate<? super JavaClass>> replacement = roles.get(role).replacement();
            if (replacement.isPresent() && replacement.get().test(javaClass)) {
                return match(role, replacement.get().getDescription());
            }
        }
        for (Role role : detectable()) {
            RoleConvention convention = roles.get(role);
            Optional<String> annotation = Annotations.explain(javaClass, convention.annotations());
            if (annotation.isPresent()) {
                return match(role, "annotated with " + annotation.get());
            }
            for (DescribedPredicate<? super JavaClass> predicate : convention.predicates()) {
                if (predicate.test(javaClass)) {
                    return match(role, predicate.getDescription());
                }
            }
        }
        if (detectable().contains(CONFIGURATION) && declaresMethodAnnotatedWith(javaClass, beanFactoryMethodAnnotations)) {
            return match(CONFIGURATION, "declares bean factory methods");
        }
        if (detectable().contains(CONTROLLER) && declaresEndpoint(javaClass)) {
            return match(CONTROLLER, "declares handler methods");
        }
        for (Role role : detectable()) {
            for (String supertype : roles.get(role).supertypes()) {
                if (!javaClass.getName().equals(supertype) && javaClass.isAssignableTo(supertype)) {
                    return match(role, "assignable to " + supertype);
                }
            }
        }
        Optional<JavaClass> enclosing = javaClass.getEnclosingClass();
        boolean partOfEnclosingInstance = javaClass.isInnerClass() || javaClass.isAnonymousClass() || javaClass.isLocalClass();
        if (enclosing.isPresent() && partOfEnclosingInstance) {
            Optional<RoleMatch> outer = explainRole(enclosing.get());
            if (outer.isPresent()) {
                return match(outer.get().role(), "nested in " + enclosing.get().getName());
            }
        }
        String simpleName = javaClass.getSimpleName();
        boolean dataCarrier = javaClass.isRecord() || javaClass.isEnum();
        for (Role role : detectable()) {
            for (String suffix : roles.get(role).suffixes()) {
                // a record or enum named ...Client, or a class named just "Client", is data (a customer), not an adapter
                if (!dataCarrier && simpleName.length() > suffix.length() && simpleName.endsWith(suffix)) {
                    return match(role, "name ends with " + suffix);
                }
            }
        }
        for (Role role : detectable()) {
            for (String pattern : roles.get(role).packages()) {
                if (packageMatchers.computeIfAbsent(pattern, PackageMatcher::of).matches(javaClass.getPackageName())) {
                    return match(role, "package matches " + pattern);
                }
            }
        }
        if (detectable().contains(REPOSITORY) && usesAny(javaClass, this::isDataAccessApi)) {
            return match(REPOSITORY, "uses " + dataAccessApis.description());
        }
        if (detectable().contains(CLIENT) && (usesAny(javaClass, this::isHttpClientApi) || !httpClientCalls(javaClass).isEmpty())) {
            return match(CLIENT, "uses " + httpClientApis.description());
        }
        if (detectable().contains(SERVICE)) {
            Optional<String> bean = Annotations.explain(javaClass, beanAnnotations);
            if (bean.isPresent()) {
                return match(SERVICE, "bean annotated with " + bean.get());
            }
        }
        return Optional.empty();
    }

    private List<Role> detectable() {
        return ROLE_ORDER.stream().filter(role -> roles.get(role).replacement().isEmpty()).toList();
    }

    private static Optional<RoleMatch> match(Role role, String reason) {
        return Optional.of(new RoleMatch(role, reason));
    }

    private boolean declaresEndpoint(JavaClass javaClass) {
        return javaClass.getMethods().stream().anyMatch(this::isEndpoint);
    }

    private static boolean declaresMethodAnnotatedWith(JavaClass javaClass, Set<String> annotationNames) {
        return javaClass.getMethods().stream().anyMatch(method -> Annotations.hasAny(method, annotationNames));
    }

    private static boolean usesAny(JavaClass javaClass, java.util.function.Predicate<JavaClass> api) {
        return javaClass.getDirectDependenciesFromSelf().stream().anyMatch(dependency -> api.test(dependency.getTargetClass()));
    }

    private static final Set<String> SERVLETS = Set.of("jakarta.servlet.http.HttpServlet", "javax.servlet.http.HttpServlet");
    private static final Set<String> SERVLET_HANDLERS = Set.of("doGet", "doPost", "doPut", "doDelete", "doPatch", "service");

    private static boolean isServletHandler(JavaCodeUnit method) {
        JavaClass owner = method.getOwner();
        return SERVLET_HANDLERS.contains(method.getName())
                && SERVLETS.stream().anyMatch(owner::isAssignableTo)
                && !SERVLETS.contains(owner.getName());
    }

    private static String plural(Role role) {
        return switch (role) {
            case CONTROLLER -> "controllers";
            case SERVICE -> "services";
            case REPOSITORY -> "repositories";
            case CLIENT -> "clients";
            case CONFIGURATION -> "configuration classes";
            case ENTITY -> "entities";
        };
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
