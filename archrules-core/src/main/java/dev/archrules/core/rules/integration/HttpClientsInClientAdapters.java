package dev.archrules.core.rules.integration;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.DependencyTargets;
import dev.archrules.core.conventions.RoleConvention;
import dev.archrules.core.engine.GeneratedCode;
import dev.archrules.core.engine.GroupedCalls;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.WebHandlers;
import dev.archrules.core.recognize.Wiring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code integration.http-clients-in-client-adapters} (C5): HTTP client APIs ({@code RestTemplate},
 * {@code WebClient}, {@code java.net.http.HttpClient}, OkHttp, … and {@code URL.openStream()}) and vendor SDK clients of
 * external services (the {@linkplain dev.archrules.core.conventions.ExternalClients external-client catalogue}: cloud
 * storage, payment, mail, SMS, search, gRPC stubs, LDAP, …; messages name the kind) are used only inside client adapters,
 * and callers depend on an interface the adapter implements, not on the adapter class. A service that
 * builds HTTP requests itself is tied to the remote protocol and cannot be tested without the remote
 * system. Configuration classes may create the client beans.
 *
 * <p>Checked are the layers: controllers, services, entities and repositories that use a data-access API. A
 * repository without one is itself the adapter to a remote store (a key-value or secret store over HTTP), and
 * a generic HTTP forwarder (a service each of whose public methods calls out over HTTP to an address its caller hands
 * in, using no other layer of the code base) is an HTTP utility whatever its stereotype, and so is a reverse-proxy servlet
 * (its {@code service} forwarding the incoming request's own method and headers over its HTTP client: the outbound
 * adapter itself), and so is a caching HTTP loader
 * (all its state a cache, every public operation a read of it, its nested cache loader the HTTP call, no other layer
 * used) with the classes nested in either, and a class named {@code …Controller} declaring no handler where the code
 * base's controllers declare theirs (a coordination class) is no layer at all, and
 * a class with no role — a plug-in whose job is the outbound call, an HTTP utility using another, a
 * customizer of a client builder, a factory — is on the outbound side too, and so is a handler nested in such a
 * class that makes the outbound calls itself (the OAuth callback endpoint of an identity-provider plug-in), and so is a bean
 * that is a service only by a generic bean annotation ({@code @Component}, {@code @Singleton}) and works a vendor SDK client
 * (an SMTP sender on its own pool: the same bean working an HTTP client API is a client by usage). Reading a class-path or file URL
 * with {@code URL.openStream()} is not an HTTP call. An adapter class others should not depend on is one
 * declared as a client (annotation, supertype, custom predicate), one named like one ({@code …Client},
 * {@code …Gateway}) that makes outbound calls (an HTTP client API or a library {@code …Client}), or an HTTP
 * utility found by usage that hands out requests from static factory methods ({@code Http.doPost(url)});
 * a domain model named {@code …Client} (an OAuth client's settings) is none, and neither is a class that
 * merely makes an HTTP call among other work. A constructor that only passes an adapter on (to a helper it
 * builds, to {@code super(…)}) is wiring, not use, and so is only keeping or handing out an HTTP client another object
 * built (its type in fields and return types alone): such a holder is no adapter, and a getter delegating to it no use. A caller handing the adapter the remote protocol's own messages, built
 * by itself (a library type of a package the caller depends on, in the parameters of an adapter method it calls), speaks
 * the protocol: the adapter is the protocol's typed binding, and an interface would carry the same methods.
 */
public final class HttpClientsInClientAdapters extends PerClassRule {

    public static final String ID = "integration.http-clients-in-client-adapters";

    public HttpClientsInClientAdapters() {
        super(new RuleInfo(ID, ChecklistItem.C5,
                "HTTP client APIs and vendor SDK clients should only be used by client adapters, and callers should depend on their interfaces",
                "a service or controller that calls remote systems directly is tied to their protocol and cannot be tested in isolation",
                "wrap the remote call in a client adapter that implements an interface, and depend on the interface"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers, services, entities and repositories using a data-access API",
                javaClass -> isLayerClass(javaClass, context) && !nestedInOutboundClass(javaClass, context)
                        && !isHttpForwarder(Locations.topLevel(javaClass), context) && !isReverseProxyServlet(Locations.topLevel(javaClass), context)
                        && !isCachingHttpLoader(Locations.topLevel(javaClass), context) && !isOutboundBean(javaClass, context));
    }

    /** Whether a controller of the code base declares a handler: its web framework is recognised ({@link WebHandlers}). */
    private volatile boolean handlersRecognised;

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        handlersRecognised = WebHandlers.recognisedIn(classes, context);
    }

    @Override
    protected void finish(RuleContext context) {
        handlersRecognised = false;
    }

    /** Caches whose reads run the loader: Guava's and Caffeine's. */
    private static final Set<String> CACHES = Set.of("com.google.common.cache.Cache", "com.google.common.cache.LoadingCache",
            "com.github.benmanes.caffeine.cache.Cache", "com.github.benmanes.caffeine.cache.LoadingCache",
            "com.github.benmanes.caffeine.cache.AsyncCache", "com.github.benmanes.caffeine.cache.AsyncLoadingCache");
    /** Loaders of those caches, subclassed or implemented by the code that fetches on a miss. */
    private static final Set<String> CACHE_LOADERS = Set.of("com.google.common.cache.CacheLoader",
            "com.github.benmanes.caffeine.cache.CacheLoader", "com.github.benmanes.caffeine.cache.AsyncCacheLoader");

    /**
     * A caching HTTP loader with a service stereotype: all its state is a cache (Guava's or Caffeine's), every public
     * operation reads it, the cache's loader — a class nested in it, which it builds — fetches over HTTP, and neither
     * depends on a controller, service or repository of the code base or a data-access API ({@code @Service
     * LogoLoadingService} whose {@code logo(client)} is {@code cache.get(client)} and whose loader GETs the
     * logo). Fetching and keeping what it fetched is all it does: it is the client adapter, and its interface is what
     * callers use. A service that also does other work ({@code recordShown} in a repository) stays checked.
     */
    private static boolean isCachingHttpLoader(JavaClass javaClass, RuleContext context) {
        if (!context.hasRole(javaClass, Role.SERVICE)) {
            return false;
        }
        List<com.tngtech.archunit.core.domain.JavaField> state = javaClass.getAllFields().stream()
                .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)).toList();
        if (state.isEmpty() || !state.stream().allMatch(field -> isAny(field.getRawType(), CACHES, context))) {
            return false;
        }
        List<JavaMethod> operations = publicOperations(javaClass);
        if (operations.isEmpty() || !operations.stream().allMatch(method -> method.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getName().startsWith("get") && isAny(call.getTargetOwner(), CACHES, context)))) {
            return false;
        }
        List<JavaClass> loaders = javaClass.getConstructorCallsFromSelf().stream().map(call -> call.getTargetOwner())
                .filter(created -> !created.equals(javaClass) && Locations.sameTopLevel(created, javaClass)
                        && isAny(created, CACHE_LOADERS, context))
                .distinct().toList();
        return loaders.stream().anyMatch(loader -> loader.getMethods().stream().anyMatch(method -> callsOverHttp(method, context)))
                && Stream.concat(Stream.of(javaClass), loaders.stream()).noneMatch(type -> dependsOnLayerOrDataAccess(type, context));
    }

    private static boolean isAny(JavaClass type, Set<String> names, RuleContext context) {
        return names.stream().anyMatch(name -> context.isAssignableTo(type, name));
    }

    private static List<JavaMethod> publicOperations(JavaClass javaClass) {
        return javaClass.getMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE) && !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                .toList();
    }

    /**
     * Whether {@code javaClass} depends on a controller, service or repository of the code base other than itself and the
     * interfaces it implements ({@code LogoService}, its own contract), or on a data-access API.
     */
    private static boolean dependsOnLayerOrDataAccess(JavaClass javaClass, RuleContext context) {
        JavaClass top = Locations.topLevel(javaClass);
        return DependencyTargets.anyMatch(javaClass, dependency -> !Locations.sameTopLevel(dependency, javaClass)
                && !top.isAssignableTo(dependency.getName()) && context.inScope(dependency)
                && (context.hasRole(dependency, Role.CONTROLLER) || context.hasRole(dependency, Role.SERVICE)
                || context.hasRole(dependency, Role.REPOSITORY)) || context.conventions().isDataAccessApi(dependency));
    }

    /** The reason role detection gives for a service found by a generic bean annotation alone ({@code @Component}, {@code @Singleton}). */
    private static final String GENERIC_BEAN = "bean annotated with ";

    /**
     * A bean whose service role comes from a generic bean annotation alone ({@code @Component}, {@code @Singleton} — no
     * service stereotype, name or package) that works a vendor SDK client of the external-client catalogue: the same bean
     * working an HTTP client API is a client by usage, found before the generic-bean tier, and a bean sending mail through
     * the SMTP transport on its own pool is no more a service than that — it is the adapter. A class declared a service
     * ({@code @Service}, {@code …Service}) working the SDK stays checked.
     */
    private static boolean isOutboundBean(JavaClass javaClass, RuleContext context) {
        return context.hasRole(javaClass, Role.SERVICE)
                && context.roles().explainRole(javaClass).filter(match -> match.reason().startsWith(GENERIC_BEAN)).isPresent()
                && DependencyTargets.anyMatch(javaClass, dependency -> context.roles().externalClient(dependency).isPresent());
    }

    /**
     * A generic HTTP forwarder with a service stereotype: every public method it declares makes an HTTP call itself to
     * an address its caller hands in (a {@code java.net.URI} or {@code URL} parameter), and it depends on no controller,
     * service or repository of the code base and on no data-access API — a {@code @Service ProxyService} whose
     * {@code callExternal(uri, method, headers, body)} forwards a request. It knows no remote system, only HTTP: it is an
     * HTTP utility (one used by the others), the adapter layer itself, whatever its stereotype says. A service that
     * calls one remote system ({@code FraudCheckService.suspicious(customer)}), or does other work too, stays checked.
     */
    private static boolean isHttpForwarder(JavaClass javaClass, RuleContext context) {
        if (!context.hasRole(javaClass, Role.SERVICE) || javaClass.getEnclosingClass().isPresent()) {
            return false;
        }
        List<JavaMethod> operations = publicOperations(javaClass);
        if (operations.isEmpty() || !operations.stream().allMatch(method -> takesAddress(method) && callsOverHttp(method, context))) {
            return false;
        }
        return !DependencyTargets.anyMatch(javaClass, dependency -> !dependency.equals(javaClass) && context.inScope(dependency)
                && (context.hasRole(dependency, Role.CONTROLLER) || context.hasRole(dependency, Role.SERVICE)
                || context.hasRole(dependency, Role.REPOSITORY)) || context.conventions().isDataAccessApi(dependency));
    }

    /** The servlet API's HTTP request types, by name: a class path without the servlet API still shows them in signatures. */
    private static final Set<String> SERVLET_REQUESTS = Set.of("jakarta.servlet.http.HttpServletRequest", "javax.servlet.http.HttpServletRequest");
    private static final Set<String> SERVLET_RESPONSES = Set.of("jakarta.servlet.http.HttpServletResponse", "javax.servlet.http.HttpServletResponse");

    /**
     * A reverse-proxy servlet: it overrides the servlet's {@code service(HttpServletRequest, HttpServletResponse)} — every
     * HTTP method, not one handler per method — and there makes the HTTP call itself with the incoming request's own method
     * ({@code request.getMethod()} read in {@code service}), while the class copies the incoming request's headers
     * ({@code getHeaderNames()}). Forwarding whatever request arrives to the address it names is the class's whole job: it
     * knows no remote API to put behind an interface, it is the outbound adapter — the servlet form of a generic HTTP
     * forwarder ({@link #isHttpForwarder}). A servlet calling one remote API from {@code service} (a fixed GET, no headers
     * copied) stays checked.
     */
    private static boolean isReverseProxyServlet(JavaClass javaClass, RuleContext context) {
        boolean copiesHeaders = javaClass.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getName().equals("getHeaderNames") && SERVLET_REQUESTS.contains(call.getTargetOwner().getName()));
        return copiesHeaders && javaClass.getMethods().stream().anyMatch(method -> method.getName().equals("service")
                && method.getRawParameterTypes().size() == 2
                && SERVLET_REQUESTS.contains(method.getRawParameterTypes().get(0).getName())
                && SERVLET_RESPONSES.contains(method.getRawParameterTypes().get(1).getName())
                && callsOverHttp(method, context)
                && method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("getMethod")
                        && SERVLET_REQUESTS.contains(call.getTargetOwner().getName())));
    }

    private static boolean takesAddress(JavaMethod method) {
        return method.getRawParameterTypes().stream().anyMatch(type -> type.getName().equals("java.net.URI") || type.getName().equals("java.net.URL"));
    }

    /** Whether {@code method} makes an HTTP call itself: calls an HTTP client API or makes an HTTP request. */
    private static boolean callsOverHttp(JavaMethod method, RuleContext context) {
        return method.getMethodCallsFromSelf().stream().anyMatch(call -> context.roles().isHttpClientApi(call.getTargetOwner())
                || context.conventions().isHttpClientCall(call));
    }

    private static boolean isLayerClass(JavaClass javaClass, RuleContext context) {
        Optional<Role> role = context.roleOf(javaClass);
        if (role.isEmpty()) {
            return false;
        }
        return switch (role.get()) {
            case CONTROLLER, SERVICE, ENTITY -> true;
            case REPOSITORY -> DependencyTargets.anyMatch(javaClass, context.conventions()::isDataAccessApi);
            case CLIENT, CONFIGURATION -> false;
        };
    }

    /**
     * A class nested in an outbound-side class that makes the outbound calls itself — the callback endpoint of an
     * identity-provider or payment plug-in, declared inside it — is part of that adapter: the remote protocol stays in
     * the one top-level class (or the code base's superclass it specialises).
     */
    private static boolean nestedInOutboundClass(JavaClass javaClass, RuleContext context) {
        JavaClass top = Locations.topLevel(javaClass);
        if (top.equals(javaClass) || isLayerClass(top, context)) {
            return false;
        }
        // the adapter's own class or a superclass of the code base it extends (a provider specialising a base provider)
        List<JavaClass> adapter = new ArrayList<>(List.of(top));
        top.getAllRawSuperclasses().stream().filter(context::inScope).forEach(adapter::add);
        return adapter.stream().anyMatch(type -> callsOut(type, context));
    }

    private static boolean callsOut(JavaClass type, RuleContext context) {
        return makesOutboundCalls(type, context.roles()::isHttpClientApi, context)
                || DependencyTargets.anyMatch(type, dependency -> context.hasRole(dependency, Role.CLIENT) && isOutboundAdapter(dependency, context));
    }

    /** Whether {@code type} calls out itself: uses an HTTP client API ({@code httpClientApi}), makes HTTP requests or uses a vendor SDK client. */
    private static boolean makesOutboundCalls(JavaClass type, java.util.function.Predicate<JavaClass> httpClientApi, RuleContext context) {
        return DependencyTargets.anyMatch(type, httpClientApi) || !context.conventions().httpClientCalls(type).isEmpty()
                || DependencyTargets.anyMatch(type, dependency -> context.roles().externalClient(dependency).isPresent());
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        if (handlersRecognised && WebHandlers.isControllerByNameOnly(javaClass, context)) {
            return; // a coordination class named …Controller, no layer: what it calls out to is its own business
        }
        String who = roleOrClass(javaClass, context) + " <" + javaClass.getName() + ">";
        for (Grouped use : dependenciesByTarget(javaClass, d -> context.roles().isHttpClientApi(d.getTargetClass())
                && !onlyHoldsOrHandsOut(javaClass, d.getTargetClass()))) {
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + use.target().getName(),
                    who + " uses HTTP client API <" + use.target().getName() + ">: " + use.locatedDescription(),
                    use.location(),
                    "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"));
        }
        Map<String, List<Dependency>> sdkUses = new TreeMap<>();
        Map<String, String> kinds = new HashMap<>();
        GeneratedCode.dependenciesNotFromSynthetic(javaClass).stream()
                .filter(dependency -> !context.roles().isHttpClientApi(dependency.getTargetClass()))
                .forEach(dependency -> context.roles().externalClient(dependency.getTargetClass())
                        .filter(match -> !Wiring.onlyPassesOn(javaClass, dependency.getTargetClass()))
                        .ifPresent(match -> {
                            // a generated stub of the code base is named itself; a library's implementation class by the listed type
                            String target = match.bySupertype() && context.inScope(dependency.getTargetClass()) ? match.type() : match.entry();
                            sdkUses.computeIfAbsent(target, entry -> new ArrayList<>()).add(dependency);
                            kinds.put(target, match.kind());
                        }));
        sdkUses.forEach((entry, uses) -> {
            uses.sort(Comparator.comparingInt((Dependency d) -> lineOrMax(d.getSourceCodeLocation().getLineNumber()))
                    .thenComparing(Dependency::getDescription));
            Dependency first = uses.get(0);
            String description = first.getDescription();
            int in = description.lastIndexOf(" in (");
            String what = in < 0 ? description : description.substring(0, in);
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + entry,
                    who + " uses the " + kinds.get(entry) + " <" + entry + ">: "
                            + Locations.withCount(what + " in " + Locations.ofUse(first), uses.size()),
                    Locations.ofUse(first),
                    "move the " + kinds.get(entry) + " calls into a client adapter (e.g. a class ending in Client or Gateway) behind an interface, and inject the interface"));
        });
        List<JavaMethodCall> requests = context.conventions().httpClientCalls(javaClass);
        for (GroupedCalls<JavaMethodCall> group : GroupedCalls.byKey(requests,
                call -> Locations.stableName(javaClass) + " -> " + call.getTargetOwner().getName() + "#" + call.getName())) {
            JavaMethodCall first = group.first();
            violations.accept(newViolation(group.key(),
                    who + " makes HTTP requests with <" + first.getTargetOwner().getName() + "." + first.getName() + ">: " + group.description(),
                    Locations.of(first.getSourceCodeLocation()),
                    "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"));
        }
        for (Grouped use : dependenciesByTarget(javaClass, d -> isConcreteAdapter(d.getTargetClass(), javaClass, context)
                && !Wiring.onlyPassesOn(javaClass, d.getTargetClass()) && !speaksTheProtocol(javaClass, d.getTargetClass(), context))) {
            JavaClass adapter = use.target();
            List<String> interfaces = adapter.getRawInterfaces().stream()
                    .filter(context::inScope).map(JavaClass::getSimpleName).sorted().toList();
            String hint = interfaces.isEmpty()
                    ? "extract an interface from " + adapter.getSimpleName() + " and depend on it"
                    : "depend on " + String.join(" or ", interfaces) + " instead of " + adapter.getSimpleName();
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + Locations.stableName(adapter),
                    who + " depends on the client adapter class <" + adapter.getName() + "> instead of an interface: "
                            + use.locatedDescription(),
                    use.location(),
                    hint));
        }
    }

    /**
     * Whether {@code origin} hands {@code adapter} the remote protocol's own messages, which it holds itself: one of the
     * adapter's methods it calls takes a library type (not the JDK's, not the code base's; also as a type argument,
     * {@code List<OfferId>}) of a package {@code origin} itself depends on (it builds the messages) or that another call
     * of it returns (a converter of the code base hands them over). The adapter is then the protocol's typed
     * binding, and the caller speaks the protocol: an interface in front of the adapter would have the same
     * protocol-typed methods and could have no second implementation. A caller using only methods in its own terms
     * ({@code put(String key, String text)}) could depend on an interface, and is reported.
     */
    private static boolean speaksTheProtocol(JavaClass origin, JavaClass adapter, RuleContext context) {
        Set<String> protocolPackages = new HashSet<>();
        for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
            if (call.getTargetOwner().equals(adapter)) {
                call.getTarget().resolveMember().ifPresent(method -> method.getParameterTypes()
                        .forEach(type -> collectLibraryPackages(type, protocolPackages, context, 0)));
            }
        }
        // it builds them (depends on the package itself) or holds them from another call (a converter of the code base)
        return !protocolPackages.isEmpty()
                && (DependencyTargets.anyMatch(origin, dependency -> protocolPackages.contains(dependency.getPackageName()))
                || origin.getMethodCallsFromSelf().stream().filter(call -> !call.getTargetOwner().equals(adapter))
                        .anyMatch(call -> call.getTarget().resolveMember().map(method -> {
                            Set<String> returned = new HashSet<>();
                            collectLibraryPackages(method.getReturnType(), returned, context, 0);
                            return returned.stream().anyMatch(protocolPackages::contains);
                        }).orElse(false)));
    }

    private static void collectLibraryPackages(JavaType type, Set<String> packages, RuleContext context, int depth) {
        if (depth > 3) {
            return;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> collectLibraryPackages(argument, packages, context, depth + 1));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(bound -> collectLibraryPackages(bound, packages, context, depth + 1));
            return;
        } else if (type instanceof JavaTypeVariable<?>) {
            return;
        }
        JavaClass erasure = type.toErasure();
        while (erasure.isArray()) {
            erasure = erasure.getComponentType();
        }
        String name = erasure.getName();
        if (!erasure.isPrimitive() && !context.inScope(erasure) && !name.startsWith("java.") && !name.startsWith("javax.")) {
            packages.add(erasure.getPackageName());
        }
    }

    /**
     * Whether {@code javaClass} only keeps or hands out {@code client}, built by another object: its type appears in
     * fields and return types alone — no parameter (it is not given one to use), no call, no creation, no field access
     * of the type. A servlet filter's {@code getHttpClient()} delegating to its container's holder, or the holder keeping
     * the client the container built, passes the client on; the code that calls it uses it.
     */
    private static boolean onlyHoldsOrHandsOut(JavaClass javaClass, JavaClass client) {
        boolean held = javaClass.getFields().stream().anyMatch(field -> field.getRawType().equals(client))
                || javaClass.getMethods().stream().anyMatch(method -> method.getRawReturnType().equals(client));
        return held && javaClass.getCodeUnits().stream().noneMatch(unit -> unit.getRawParameterTypes().contains(client))
                && javaClass.getAccessesFromSelf().stream().noneMatch(access -> access.getTargetOwner().equals(client))
                && javaClass.getConstructorCallsFromSelf().stream().noneMatch(call -> call.getTargetOwner().equals(client))
                && (javaClass.getRawSuperclass().isEmpty() || !javaClass.getRawSuperclass().get().equals(client))
                && javaClass.getRawInterfaces().stream().noneMatch(client::equals);
    }

    /** Whether {@code type} uses an HTTP client API ({@code httpClientApi}) other than by only holding or handing one out. */
    private static boolean usesHttpClientApi(JavaClass type, java.util.function.Predicate<JavaClass> httpClientApi) {
        return DependencyTargets.anyMatch(type, dependency -> httpClientApi.test(dependency) && !onlyHoldsOrHandsOut(type, dependency));
    }

    private static boolean isConcreteAdapter(JavaClass target, JavaClass origin, RuleContext context) {
        return context.hasRole(target, Role.CLIENT)
                && !target.isInterface()
                && !target.getModifiers().contains(JavaModifier.ABSTRACT)
                && !Locations.sameTopLevel(target, origin)
                && isOutboundAdapter(target, context);
    }

    /** Whether a class with the client role is an adapter for outbound calls (see the class comment). */
    private static boolean isOutboundAdapter(JavaClass type, RuleContext context) {
        Conventions conventions = context.conventions();
        RoleConvention convention = conventions.convention(Role.CLIENT);
        if (convention.replacement().isPresent()
                || Annotations.hasAny(type, convention.annotations())
                || convention.supertypes().stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(type, name))
                || convention.predicates().stream().anyMatch(predicate -> predicate.test(type))) {
            return true;
        }
        boolean callsOut = makesOutboundCalls(type, conventions::isHttpClientApi, context);
        if (convention.suffixes().stream().anyMatch(type.getSimpleName()::endsWith)) {
            // named like an adapter: it is one if it calls out, through HTTP or a library's client (an SDK)
            return callsOut || DependencyTargets.anyMatch(type, dependency -> !context.inScope(dependency) && dependency.getSimpleName().endsWith("Client"));
        }
        // found by usage: an HTTP utility handing out requests from static factories, not a class making a call among other
        // work, nor a holder keeping a client another object built (onlyHoldsOrHandsOut)
        boolean usesClient = usesHttpClientApi(type, conventions::isHttpClientApi) || !conventions.httpClientCalls(type).isEmpty()
                || DependencyTargets.anyMatch(type, dependency -> context.roles().externalClient(dependency).isPresent());
        return usesClient && type.getMethods().stream().anyMatch(method -> method.getModifiers().contains(JavaModifier.STATIC)
                && method.getRawReturnType().equals(type));
    }

    private static int lineOrMax(int line) {
        return line > 0 ? line : Integer.MAX_VALUE;
    }
}
