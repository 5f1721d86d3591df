package dev.archrules.core.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.archrules.core.model.Role.CLIENT;
import static dev.archrules.core.model.Role.CONFIGURATION;
import static dev.archrules.core.model.Role.CONTROLLER;
import static dev.archrules.core.model.Role.REPOSITORY;
import static dev.archrules.core.model.Role.SERVICE;

/**
 * The tiers of role detection, strongest first, in the order {@code docs/conventions.md} describes them.
 * Within a tier, roles are tried in {@linkplain RoleDetector#ROLE_ORDER role order}; a role whose detection
 * was replaced takes part only in the first tier.
 */
final class RoleTiers {

    /** Types whose value is one row of a query result: reading one into a value is mapping, not querying. */
    private static final Set<String> ROW_TYPES = Set.of("java.sql.ResultSet");

    private RoleTiers() {
    }

    /** The tiers in the order they are tried. */
    static final List<RoleTier> ALL = List.of(
            new RoleTier("replacement", RoleTiers::replacement),
            new RoleTier("annotation", RoleTiers::annotation),
            new RoleTier("mapper scan", RoleTiers::mapperScan),
            new RoleTier("declared methods", RoleTiers::declaredMethods),
            new RoleTier("supertype", RoleTiers::supertype),
            new RoleTier("enclosing class", RoleTiers::enclosingClass),
            new RoleTier("suffix", RoleTiers::suffix),
            new RoleTier("package", RoleTiers::packagePattern),
            new RoleTier("usage", RoleTiers::usage),
            new RoleTier("layer package", RoleTiers::layerPackage),
            new RoleTier("generic bean", RoleTiers::genericBean));

    /** 0. A replaced role's predicate, before every other signal. */
    static Optional<RoleMatch> replacement(JavaClass javaClass, RoleDetector detector, Roles run) {
        for (Role role : RoleDetector.ROLE_ORDER) {
            Optional<DescribedPredicate<? super JavaClass>> replacement = detector.vocabulary().role(role).replacement();
            if (replacement.isPresent() && replacement.get().test(javaClass)) {
                return match(role, replacement.get().getDescription());
            }
        }
        return Optional.empty();
    }

    /** 1. Per role: its annotations (meta-annotations included), then its custom predicates; for controllers also a handler kind's class annotations. */
    static Optional<RoleMatch> annotation(JavaClass javaClass, RoleDetector detector, Roles run) {
        for (Role role : detector.detectable()) {
            RoleConvention convention = detector.vocabulary().role(role);
            Optional<String> annotation = Annotations.explain(javaClass, convention.annotations());
            if (annotation.isPresent()) {
                if (role == SERVICE && detector.detects(CONTROLLER)) {
                    Optional<String> served = servedOverHttp(javaClass);
                    if (served.isPresent()) {
                        return match(CONTROLLER, "annotated with " + annotation.get() + ", " + served.get());
                    }
                }
                return match(role, "annotated with " + annotation.get());
            }
            for (DescribedPredicate<? super JavaClass> predicate : convention.predicates()) {
                if (predicate.test(javaClass)) {
                    return match(role, predicate.getDescription());
                }
            }
            if (role == CONTROLLER) {
                Optional<String> handler = run.conventions().handlerKindAnnotation(javaClass);
                if (handler.isPresent()) {
                    return match(role, handler.get());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why a class annotated as a service ({@code @Service}, an EJB {@code @Stateless}) is served over HTTP, if it is: it is
     * a JAX-RS root resource through a supertype — it implements an API interface or extends a class annotated
     * {@code @Path} (a resource declared by its API, which the JAX-RS runtime serves from the bean; {@code @Path} on the
     * class itself is a controller annotation already) — or it declares a method mapped to HTTP requests, by its own
     * annotation ({@code @GetMapping}, {@code @GET}) or inherited from the interface or superclass method it overrides
     * ({@link HttpMappings#inheritedFrom}). Such a class is an entry point, as a {@code @Component} of the same shape is
     * (tier 1b); the service stereotype says only that the bean container creates it. A service whose handler methods
     * are only message or event listeners is not served over HTTP and stays a service. Interfaces are not: an API
     * interface declares the endpoints.
     */
    private static Optional<String> servedOverHttp(JavaClass javaClass) {
        if (javaClass.isInterface()) {
            return Optional.empty();
        }
        Optional<JavaClass> resourceApi = Stream.concat(
                        javaClass.getAllRawSuperclasses().stream().filter(type -> !type.getName().equals("java.lang.Object")),
                        javaClass.getAllRawInterfaces().stream())
                .filter(type -> Annotations.hasAny(type, HttpMappings.JAX_RS_PATH))
                .findFirst();
        if (resourceApi.isPresent()) {
            return Optional.of("a JAX-RS resource (" + resourceApi.get().getName() + " is annotated with @Path)");
        }
        boolean mapped = javaClass.getMethods().stream().anyMatch(method -> Annotations.hasAny(method, HttpMappings.ANNOTATIONS)
                || HttpMappings.inheritedFrom(method).isPresent());
        return mapped ? Optional.of("declares methods mapped to HTTP requests") : Optional.empty();
    }

    /**
     * 1a. An interface in a package a scan annotation registers as MyBatis mappers ({@code @MapperScan}) is a
     * repository, unless it is an object mapper (MapStruct's {@code @Mapper}).
     */
    static Optional<RoleMatch> mapperScan(JavaClass javaClass, RoleDetector detector, Roles run) {
        if (!detector.detects(REPOSITORY) || !javaClass.isInterface() || javaClass.isAnnotation()
                || Annotations.hasAny(javaClass, detector.vocabulary().names(Term.OBJECT_MAPPER_ANNOTATIONS))) {
            return Optional.empty();
        }
        return run.mapperScanOf(javaClass).flatMap(owner -> match(REPOSITORY, "a mapper of the package @MapperScan on " + owner + " registers"));
    }

    /** 1b. A class declaring bean factory methods is configuration; then one declaring handler methods is a controller. */
    static Optional<RoleMatch> declaredMethods(JavaClass javaClass, RoleDetector detector, Roles run) {
        Set<String> beanFactories = detector.vocabulary().names(Term.BEAN_FACTORY_METHOD_ANNOTATIONS);
        if (detector.detects(CONFIGURATION)
                && javaClass.getMethods().stream().anyMatch(method -> Annotations.hasAny(method, beanFactories))) {
            return match(CONFIGURATION, "declares bean factory methods");
        }
        if (detector.detects(CONTROLLER)) {
            List<JavaMethod> handlers = javaClass.getMethods().stream().filter(run.conventions()::isEndpoint).toList();
            if (!handlers.isEmpty() && !isCollaboratorListeningToEvents(javaClass, handlers, detector)) {
                return match(CONTROLLER, "declares handler methods");
            }
        }
        return Optional.empty();
    }

    /**
     * A bean whose only handler methods listen to in-process application events ({@code @EventListener}) and whose other
     * methods other classes call: a service that also reacts to an event, not an entry point of the application.
     */
    private static boolean isCollaboratorListeningToEvents(JavaClass javaClass, List<JavaMethod> handlers, RoleDetector detector) {
        Set<String> listeners = detector.vocabulary().names(Term.EVENT_LISTENER_ANNOTATIONS);
        return handlers.stream().allMatch(method -> Annotations.hasAny(method, listeners))
                && javaClass.getMethodCallsToSelf().stream()
                .anyMatch(call -> !handlers.contains(call.getTarget().resolveMember().orElse(null))
                        && !topLevel(call.getOriginOwner()).equals(topLevel(javaClass)));
    }

    private static String topLevel(JavaClass javaClass) {
        String name = javaClass.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    /** 2. Per role: assignable to one of its supertypes, for controllers also a handler kind's (the supertype itself does not get the role). */
    static Optional<RoleMatch> supertype(JavaClass javaClass, RoleDetector detector, Roles run) {
        for (Role role : detector.detectable()) {
            for (String supertype : detector.vocabulary().role(role).supertypes()) {
                if (!javaClass.getName().equals(supertype) && ImportedSupertypes.isAssignableTo(javaClass, supertype)) {
                    return match(role, "assignable to " + supertype);
                }
            }
            if (role == CONTROLLER) {
                Optional<String> handler = run.conventions().handlerKindSupertype(javaClass);
                if (handler.isPresent()) {
                    return match(role, handler.get());
                }
            }
        }
        return Optional.empty();
    }

    /** 3. Inner (non-static), anonymous and local classes take the role of their enclosing class. */
    static Optional<RoleMatch> enclosingClass(JavaClass javaClass, RoleDetector detector, Roles run) {
        Optional<JavaClass> enclosing = javaClass.getEnclosingClass();
        boolean partOfEnclosingInstance = javaClass.isInnerClass() || javaClass.isAnonymousClass() || javaClass.isLocalClass();
        if (enclosing.isEmpty() || !partOfEnclosingInstance) {
            return Optional.empty();
        }
        return run.explainRole(enclosing.get()).flatMap(outer -> match(outer.role(), "nested in " + enclosing.get().getName()));
    }

    /** 4. Per role: a simple-name suffix; not for records, enums or a name that is only the suffix. */
    static Optional<RoleMatch> suffix(JavaClass javaClass, RoleDetector detector, Roles run) {
        if (javaClass.isRecord() || javaClass.isEnum()) {
            return Optional.empty(); // a record or enum named ...Client is data (a customer), not an adapter
        }
        String simpleName = javaClass.getSimpleName();
        for (Role role : detector.detectable()) {
            for (String suffix : detector.vocabulary().role(role).suffixes()) {
                if (endsAfterAPrefix(simpleName, suffix)) {
                    if (role == SERVICE && isBeanStyleValue(javaClass)) {
                        continue;
                    }
                    if (role == REPOSITORY && isValueNamedLikeRepository(javaClass, detector, run)) {
                        continue;
                    }
                    // a class named ...Service in the persistence layer of a code base organised by layer is in that layer
                    Optional<LayerPackages.Layer> layer = layerWithRole(javaClass, detector, run);
                    if (layer.isPresent() && layer.get().role() != role) {
                        return match(layer.get().role(), layer.get().reason() + ", whatever its name ending with " + suffix + " says");
                    }
                    if (role == SERVICE) {
                        Optional<RoleMatch> driver = driverBehindPort(javaClass, detector, run);
                        if (driver.isPresent()) {
                            return driver;
                        }
                    }
                    return match(role, "name ends with " + suffix);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A service by any tier but the replacement whose team named it, or built it, for another layer has that layer's
     * role: a class named for persistence or for its store that works a data-access API itself is a repository
     * ({@link #persistenceNamed}); an interface named like a service whose every implementation is annotated as a
     * repository is one too ({@link #implementedOnlyByRepositories}); a class named for the client it is that makes HTTP
     * calls itself is a client ({@link #clientNamed}). Any other match stands.
     */
    static Optional<RoleMatch> refineService(JavaClass javaClass, RoleMatch match, RoleDetector detector, Roles run) {
        if (match.role() != SERVICE) {
            return Optional.of(match);
        }
        Optional<RoleMatch> refined = javaClass.isInterface()
                ? implementedOnlyByRepositories(javaClass, match, detector)
                : clientNamed(javaClass, match, detector, run).or(() -> persistenceNamed(javaClass, match, detector, run));
        return refined.or(() -> Optional.of(match));
    }

    /**
     * A service named for persistence that works a data-access API itself is a repository: its simple name, without a
     * trailing {@code Impl} and {@code Service}, ends with a {@linkplain Term#PERSISTENCE_SERVICE_WORDS persistence word}
     * after a prefix ({@code GroupCapacityPersistService}, {@code ConflictFinderService}), and it uses a data-access API as
     * the usage tier counts use (not only handing it to factories, not only mapping itself from rows). The team named the
     * class for the persistence layer and gave it a service's stereotype; its SQL and its JDBC types are where the
     * layer's are. A {@code CatalogService} running SQL stays a service: nothing but the query says it is data access. So
     * is a service named for its store as the implementation of a port ({@code DatabaseKeyService implements KeyService}:
     * {@link #storeNamedPort}) that works a data-access API itself.
     */
    private static Optional<RoleMatch> persistenceNamed(JavaClass javaClass, RoleMatch match, RoleDetector detector, Roles run) {
        if (!detector.detects(REPOSITORY)) {
            return Optional.empty();
        }
        String name = javaClass.getSimpleName();
        name = name.endsWith("Impl") ? name.substring(0, name.length() - "Impl".length()) : name;
        if (!name.endsWith("Service")) {
            return Optional.empty();
        }
        String stem = name.substring(0, name.length() - "Service".length());
        Optional<String> word = detector.vocabulary().names(Term.PERSISTENCE_SERVICE_WORDS).stream()
                .filter(candidate -> endsAfterAPrefix(stem, candidate))
                .findFirst();
        Optional<String> storePort = word.isPresent() ? Optional.empty() : storeNamedPort(javaClass, name, detector);
        if (word.isEmpty() && storePort.isEmpty() || !accessesData(javaClass, run)) {
            return Optional.empty();
        }
        String uses = " and uses " + detector.vocabulary().dataAccessApis().description() + " itself: ";
        return word.isPresent()
                ? match(REPOSITORY, match.reason() + ", but named for persistence (…" + word.get() + "Service)" + uses
                        + "a data-access object with a service's stereotype")
                : match(REPOSITORY, match.reason() + ", but named for its store as the implementation of " + storePort.get()
                        + uses + "the port's storage adapter with a service's stereotype");
    }

    /**
     * An interface named like a service ({@code MetadataService}) whose every implementation in the code base — one at
     * least — is annotated as a repository ({@code @Repository}, or another repository annotation of the vocabulary): the
     * data-access layer's interface under a service's name, its methods the repository's ({@code createBucket(BucketEntity)},
     * {@code getFlowById(…)}). Its callers depend on the repository. The implementations are judged by their own
     * annotations, not their roles, so the answer never waits on this interface's own.
     */
    private static Optional<RoleMatch> implementedOnlyByRepositories(JavaClass javaClass, RoleMatch match, RoleDetector detector) {
        if (!detector.detects(REPOSITORY)) {
            return Optional.empty();
        }
        Set<String> repositoryAnnotations = detector.vocabulary().role(REPOSITORY).annotations();
        List<JavaClass> implementations = javaClass.getSubclasses().stream()
                .filter(type -> !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
        if (implementations.isEmpty() || !implementations.stream().allMatch(type -> Annotations.hasAny(type, repositoryAnnotations))) {
            return Optional.empty();
        }
        return match(REPOSITORY, match.reason() + ", but every implementation is a repository ("
                + implementations.stream().map(JavaClass::getSimpleName).sorted().collect(Collectors.joining(", "))
                + "): the data-access layer's interface");
    }

    /**
     * A service named for the client it is — its simple name ends with a {@linkplain Vocabulary#role client suffix}
     * ({@code ElasticSearchClient}) — that works an HTTP client API itself and no data-access API is a client adapter with
     * a service's stereotype ({@code @Service}): the team named the class for the outbound call it makes, and the call is
     * where the adapter's is. A plainly named service making the call stays a service, whose call
     * {@code integration.http-clients-in-client-adapters} reports.
     */
    private static Optional<RoleMatch> clientNamed(JavaClass javaClass, RoleMatch match, RoleDetector detector, Roles run) {
        if (!detector.detects(CLIENT)) {
            return Optional.empty();
        }
        String name = javaClass.getSimpleName();
        Optional<String> suffix = detector.vocabulary().role(CLIENT).suffixes().stream()
                .filter(candidate -> endsAfterAPrefix(name, candidate))
                .findFirst();
        if (suffix.isEmpty() || accessesData(javaClass, run) || !usesHttpClient(javaClass, run)) {
            return Optional.empty();
        }
        return match(CLIENT, match.reason() + ", but named for the client it is (…" + suffix.get() + ") and uses "
                + detector.vocabulary().httpClientApis().description() + " itself: a client adapter with a service's stereotype");
    }

    /**
     * The port a service named for its store implements: its simple name (without a trailing {@code Impl}) is a
     * {@linkplain Term#STORE_WORDS store word} followed by the simple name of an interface it implements directly —
     * {@code DatabaseKeyService implements KeyService}, {@code JdbcQuotaService implements QuotaService}. The team named
     * the class for the store behind the port it implements: the storage adapter of that port.
     */
    private static Optional<String> storeNamedPort(JavaClass javaClass, String name, RoleDetector detector) {
        return javaClass.getRawInterfaces().stream()
                .filter(port -> endsAfterAPrefix(name, port.getSimpleName())
                        && detector.vocabulary().names(Term.STORE_WORDS)
                        .contains(name.substring(0, name.length() - port.getSimpleName().length())))
                .map(JavaClass::getName)
                .findFirst();
    }

    /** Whether {@code name} ends with {@code word} after a prefix ({@code OrderService} with {@code Service}, not {@code Service}). */
    static boolean endsAfterAPrefix(String name, String word) {
        return name.length() > word.length() && name.endsWith(word);
    }

    /** The methods a bean-style value has besides its accessors. */
    private static final Set<String> VALUE_METHODS = Set.of("equals", "hashCode", "toString", "clone", "compareTo");

    /**
     * Whether a class named {@code …Service} is a bean-style value — the description of a service, not one: it declares
     * instance fields, and its methods are their getters and setters ({@code get…}, {@code is…}, {@code set…}) and
     * {@code equals}, {@code hashCode}, {@code toString}, {@code clone}, {@code compareTo}. An API catalogue's
     * {@code ApiService} is a row of the catalogue. A class with any other method, or without state, is asked no further.
     */
    private static boolean isBeanStyleValue(JavaClass javaClass) {
        if (javaClass.isInterface() || javaClass.getFields().stream().allMatch(field -> field.getModifiers().contains(JavaModifier.STATIC))) {
            return false;
        }
        return javaClass.getMethods().stream().filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE))
                .allMatch(method -> VALUE_METHODS.contains(method.getName()) || method.getName().matches("(get|is|set)[A-Z].*"));
    }

    /**
     * Whether a class named like a repository ({@code …Dao}, {@code …Repository}) is a value — the document or row a
     * repository stores, not one: a value class a processor implements ({@linkplain Term#VALUE_OBJECT_ANNOTATIONS
     * {@code @AutoValue}, {@code @Value.Immutable}}: abstract accessors and a builder) that uses no data-access API itself.
     * A Java record is never named into a role at all. An abstract class of accessors without such an annotation is not
     * asked: a JDBI SqlObject DAO has the same shape, its parameterless methods carrying the SQL.
     */
    private static boolean isValueNamedLikeRepository(JavaClass javaClass, RoleDetector detector, Roles run) {
        return !javaClass.isInterface() && Annotations.hasAny(javaClass, detector.vocabulary().names(Term.VALUE_OBJECT_ANNOTATIONS))
                && !DependencyTargets.anyMatch(javaClass, run::isDataAccessApi);
    }

    /**
     * A storage or remote-service driver named like a service: a concrete class, one of two or more implementations in
     * the code base of the abstract class or interface it directly extends (a port: {@code DfsService} with a GridFS, a
     * JDBC, an OSS and an S3 implementation chosen by configuration), that works a data-access API itself (a repository:
     * the driver of the store) or an HTTP client or vendor SDK client (a client adapter). Its name follows the port's;
     * its job is the adapter's. Only a name-suffix service is asked: an annotated {@code @Service} keeps its role.
     */
    private static Optional<RoleMatch> driverBehindPort(JavaClass javaClass, RoleDetector detector, Roles run) {
        if (javaClass.isInterface() || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
            return Optional.empty();
        }
        Optional<JavaClass> port = Stream.concat(javaClass.getRawSuperclass().stream()
                                .filter(type -> type.getModifiers().contains(JavaModifier.ABSTRACT)
                                        && implementsAnAbstractMethodOf(javaClass, type)),
                        javaClass.getRawInterfaces().stream())
                .filter(type -> alternatives(type, run) >= 2)
                .findFirst();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        long implementations = alternatives(port.get(), run);
        String why = "one of " + implementations + " implementations of " + port.get().getSimpleName() + " (a driver behind a port)";
        if (detector.detects(REPOSITORY) && DependencyTargets.anyMatch(javaClass, run::isDataAccessApi)) {
            return match(REPOSITORY, why + " that uses " + detector.vocabulary().dataAccessApis().description());
        }
        if (detector.detects(CLIENT) && DependencyTargets.anyMatch(javaClass,
                type -> run.isHttpClientApi(type) || run.externalClient(type).isPresent())) {
            return match(CLIENT, why + " that calls out through a client");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code javaClass} implements a method that its abstract superclass leaves abstract — one the superclass
     * declares abstract, or one of its interfaces declares and no class from the superclass up implements. An abstract
     * class with such a method is a port its subclasses drive ({@code AbstractFileStoreService} declaring {@code store}
     * and {@code load}); one without is a shared base class — the getters of the configuration and managers that every
     * service of a code base extends — and no port, however many classes extend it. A superclass whose methods were not
     * imported (a library class) is taken as a port, as before.
     */
    private static boolean implementsAnAbstractMethodOf(JavaClass javaClass, JavaClass superclass) {
        if (!superclass.isFullyImported()) {
            return true;
        }
        return javaClass.getMethods().stream()
                .filter(method -> !method.getModifiers().contains(JavaModifier.ABSTRACT)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE))
                .anyMatch(method -> leftAbstract(superclass, method.getName(), method.getRawParameterTypes()));
    }

    /** Whether the method {@code name(parameters)} is abstract in {@code type}: declared abstract, or by an interface and implemented by no class up from {@code type}. */
    private static boolean leftAbstract(JavaClass type, String name, List<JavaClass> parameters) {
        boolean fromInterface = false;
        for (Optional<JavaClass> current = Optional.of(type); current.isPresent(); current = current.get().getRawSuperclass()) {
            Optional<JavaMethod> declared = current.get().getMethods().stream()
                    .filter(method -> method.getName().equals(name) && method.getRawParameterTypes().equals(parameters))
                    .findFirst();
            if (declared.isPresent()) {
                return declared.get().getModifiers().contains(JavaModifier.ABSTRACT);
            }
            fromInterface |= current.get().getAllRawInterfaces().stream().anyMatch(port -> port.getMethods().stream()
                    .anyMatch(method -> method.getName().equals(name) && method.getRawParameterTypes().equals(parameters)
                            && method.getModifiers().contains(JavaModifier.ABSTRACT)));
        }
        return fromInterface;
    }

    /** How many concrete classes of the code base extend or implement {@code port}. */
    private static long alternatives(JavaClass port, Roles run) {
        return port.getAllSubclasses().stream()
                .filter(sub -> !sub.isInterface() && !sub.getModifiers().contains(JavaModifier.ABSTRACT)
                        && run.inCodeBase(sub))
                .count();
    }

    /** 4b. Per role: a package pattern. */
    static Optional<RoleMatch> packagePattern(JavaClass javaClass, RoleDetector detector, Roles run) {
        for (Role role : detector.detectable()) {
            for (String pattern : detector.vocabulary().role(role).packages()) {
                if (detector.packageMatcher(pattern).matches(javaClass.getPackageName())) {
                    return match(role, "package matches " + pattern);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 5b. Where the code base is organised by layer, the layer package of a class ({@code com.acme.dao},
     * {@code com.acme.web}, …) names its role ({@link LayerPackages}); not for exceptions, nor records, enums and
     * interfaces as entities. Below usage: a class in {@code web} that calls an HTTP client API is a client.
     */
    static Optional<RoleMatch> layerPackage(JavaClass javaClass, RoleDetector detector, Roles run) {
        return layerWithRole(javaClass, detector, run).flatMap(layer -> match(layer.role(), layer.reason()));
    }

    private static Optional<LayerPackages.Layer> layerWithRole(JavaClass javaClass, RoleDetector detector, Roles run) {
        if (ImportedSupertypes.isAssignableTo(javaClass, "java.lang.Throwable")) {
            return Optional.empty(); // an exception in the web package is no controller
        }
        return run.layerOf(javaClass).filter(layer -> detector.detects(layer.role()))
                .filter(layer -> layer.role() != Role.ENTITY || !(javaClass.isRecord() || javaClass.isEnum() || javaClass.isInterface()
                        || namedAsTransferObject(javaClass, run)))
                .filter(layer -> layer.role() != Role.CONTROLLER || isEntryPointShaped(javaClass, run))
                .filter(layer -> layer.role() != Role.SERVICE || isServiceShaped(javaClass))
                .filter(layer -> layer.role() != Role.REPOSITORY || isRepositoryShaped(javaClass))
                .filter(layer -> layer.role() == Role.ENTITY || !isImmutableValue(javaClass));
    }

    /**
     * A class of a repository layer package is a repository only when no other class of the code base creates it with
     * {@code new}, as for services ({@link #isServiceShaped}): the container or a factory of the store creates the
     * layer's data-access objects; a value parsed from a stored key, a pair a handler returns or a snapshot a loader
     * builds for one run is its creator's, whatever package it sits in. A class that works a data-access API itself is a
     * repository by the usage tier before this one is asked.
     */
    private static boolean isRepositoryShaped(JavaClass javaClass) {
        return usedOnlyByItself(javaClass.getConstructorCallsToSelf(), javaClass);
    }

    /**
     * Whether {@code javaClass} is shaped like an immutable value: a concrete class with instance fields, all of them
     * final (so set only by its constructors), whose methods are instance getters ({@code get…}, {@code is…} without
     * parameters) and {@code equals}, {@code hashCode}, {@code toString}, {@code compareTo}. A layer package gives it no
     * role but the entity layer's: a value is no controller, service or repository wherever it sits.
     */
    private static boolean isImmutableValue(JavaClass javaClass) {
        if (javaClass.isInterface() || javaClass.isEnum() || javaClass.isAnnotation()
                || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
            return false;
        }
        List<JavaField> fields = javaClass.getFields().stream()
                .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)
                        && !field.getModifiers().contains(JavaModifier.SYNTHETIC))
                .toList();
        if (fields.isEmpty() || fields.stream().anyMatch(field -> !field.getModifiers().contains(JavaModifier.FINAL))) {
            return false;
        }
        return javaClass.getMethods().stream()
                .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE))
                .allMatch(method -> !method.getModifiers().contains(JavaModifier.STATIC)
                        && (VALUE_METHODS.contains(method.getName()) && !method.getName().equals("clone")
                        || method.getRawParameterTypes().isEmpty() && method.getName().matches("(get|is)[A-Z].*")));
    }

    /**
     * A class named as a transfer object ({@link Term#TRANSFER_OBJECT_SUFFIXES}: {@code MonitorVO}, {@code OrderDto}) that
     * no repository uses: a row type a mapper reads or writes is an entity whatever its name ({@code TenantVo} of a
     * MyBatis mapper).
     */
    private static boolean namedAsTransferObject(JavaClass javaClass, Roles run) {
        String name = javaClass.getSimpleName();
        return run.conventions().vocabulary().names(Term.TRANSFER_OBJECT_SUFFIXES).stream()
                        .anyMatch(suffix -> name.length() > suffix.length() && name.endsWith(suffix))
                && javaClass.getDirectDependenciesToSelf().stream().map(dependency -> dependency.getOriginClass())
                        .filter(origin -> !origin.equals(javaClass))
                        .noneMatch(origin -> run.explainRole(origin).filter(match -> match.role() == REPOSITORY).isPresent());
    }

    /**
     * A layer package says where a class sits, not that it is the layer's entry point (measured: web-layer helpers and
     * values read as controllers). A controller is shaped like one: a concrete class with public instance methods that no
     * other class of its own layer uses — the framework calls it; a class of a lower layer calling it is the violation
     * {@code layers.dependency-direction} reports, not a sign of a helper — and that no other class creates with
     * {@code new}: the framework creates entry points, and a class a service builds is that service's helper, however
     * misplaced (as for services, {@link #isServiceShaped}).
     */
    private static boolean isEntryPointShaped(JavaClass javaClass, Roles run) {
        if (javaClass.isInterface() || javaClass.isRecord() || javaClass.isEnum()
                || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)
                || !hasPublicInstanceMethods(javaClass)) {
            return false;
        }
        if (!usedOnlyByItself(javaClass.getConstructorCallsToSelf(), javaClass)) {
            return false;
        }
        return otherUsers(javaClass.getAccessesToSelf(), javaClass)
                .noneMatch(origin -> run.layerOf(origin).filter(layer -> layer.role() == Role.CONTROLLER).isPresent());
    }

    /**
     * A service is shaped like one: public instance methods, and never created with {@code new} by another class of the code
     * base (measured: a scheduling helper its trigger creates read as a service) — the container creates services.
     */
    private static boolean isServiceShaped(JavaClass javaClass) {
        return !javaClass.isRecord() && !javaClass.isEnum() && hasPublicInstanceMethods(javaClass)
                && usedOnlyByItself(javaClass.getConstructorCallsToSelf(), javaClass);
    }

    private static boolean hasPublicInstanceMethods(JavaClass javaClass) {
        return javaClass.getMethods().stream().anyMatch(method -> method.getModifiers().contains(JavaModifier.PUBLIC)
                && !method.getModifiers().contains(JavaModifier.STATIC));
    }

    /** Whether every access comes from the class itself or a class nested in it. */
    private static boolean usedOnlyByItself(Collection<? extends JavaAccess<?>> accesses, JavaClass javaClass) {
        return otherUsers(accesses, javaClass).findAny().isEmpty();
    }

    /** The classes {@code accesses} come from, but {@code javaClass} itself and the classes nested in it. */
    private static Stream<JavaClass> otherUsers(Collection<? extends JavaAccess<?>> accesses, JavaClass javaClass) {
        String own = javaClass.getName();
        return accesses.stream().map(JavaAccess::getOriginOwner)
                .filter(origin -> !origin.getName().equals(own) && !origin.getName().startsWith(own + "$"));
    }

    /**
     * 5. Using a data-access API makes a repository — unless the class is shaped like a utility ({@link Utilities}),
     * which gets no role here; otherwise using an HTTP client API or method makes a client.
     */
    static Optional<RoleMatch> usage(JavaClass javaClass, RoleDetector detector, Roles run) {
        boolean dataAccess = accessesData(javaClass, run);
        if (detector.detects(REPOSITORY) && dataAccess && !Utilities.isUtilityShaped(javaClass, detector.vocabulary())) {
            return match(REPOSITORY, "uses " + detector.vocabulary().dataAccessApis().description());
        }
        if (dataAccess) {
            return Optional.empty(); // a data-access utility (DbUtils): no role; the data-access rules follow its users
        }
        if (detector.detects(CLIENT) && usesHttpClient(javaClass, run)) {
            return match(CLIENT, "uses " + detector.vocabulary().httpClientApis().description());
        }
        return Optional.empty();
    }

    /** Whether {@code javaClass} uses an HTTP client API or calls an HTTP client method ({@code URL#openStream}). */
    private static boolean usesHttpClient(JavaClass javaClass, Roles run) {
        return DependencyTargets.anyMatch(javaClass, run::isHttpClientApi) || !run.conventions().httpClientCalls(javaClass).isEmpty();
    }

    /**
     * Whether {@code javaClass} uses a data-access API for data access: it depends on one other than only to hand it to
     * factories of the code base ({@link #onlyHandsToFactories}) or to map itself from rows ({@link #onlyMapsItselfFromRows}).
     */
    private static boolean accessesData(JavaClass javaClass, Roles run) {
        return DependencyTargets.anyMatch(javaClass, api -> run.isDataAccessApi(api) && !onlyHandsToFactories(javaClass, api, run)
                && !onlyMapsItselfFromRows(javaClass, api));
    }

    /**
     * Whether a concrete class only receives {@code api} when it is built, to pass it on to factories of the code base:
     * the type is a parameter of its constructors and of none of its methods, and the class keeps it in no field, calls
     * nothing on it, returns it from no method, declares it in no {@code throws} clause, is no subtype of it, refers to it
     * no other way (a class literal, an {@code instanceof}), and every constructor or method it hands it to (one taking
     * it, or a supertype of it but {@code Object}) is a {@linkplain #isWiringTarget wiring target} of the code base. A
     * registry that takes a {@code DataSource} in its constructor only to hand it to the factory of the services it keeps
     * does not access data: wiring is not use. A method taking a {@code Connection} per call works on data through
     * whatever it hands it to; a class handing it to a library (a schema tool, a batch framework) or to a DAO it keeps
     * accesses data through them: all keep their role.
     */
    static boolean onlyHandsToFactories(JavaClass javaClass, JavaClass api, Roles run) {
        if (javaClass.isInterface() || ImportedSupertypes.isAssignableTo(javaClass, api.getName())) {
            return false;
        }
        boolean received = false;
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
            boolean taken = unit.getRawParameterTypes().contains(api);
            received |= taken;
            if (taken && !unit.isConstructor()
                    || unit.getRawReturnType().equals(api)
                    || unit.getThrowsClause().getTypes().contains(api)
                    || unit.getReferencedClassObjects().stream().anyMatch(reference -> reference.getRawType().equals(api))
                    || unit.getInstanceofChecks().stream().anyMatch(check -> check.getRawType().equals(api))) {
                return false;
            }
        }
        return received
                && javaClass.getFields().stream().noneMatch(field -> ImportedSupertypes.isAssignableTo(field.getRawType(), api.getName()))
                && javaClass.getAccessesFromSelf().stream().noneMatch(access -> ImportedSupertypes.isAssignableTo(access.getTargetOwner(), api.getName()))
                && javaClass.getCodeUnits().stream().flatMap(unit -> unit.getCallsFromSelf().stream())
                .filter(call -> call.getTarget().getRawParameterTypes().stream().anyMatch(parameter -> !parameter.getName().equals("java.lang.Object")
                        && ImportedSupertypes.isAssignableTo(api, parameter.getName())))
                .allMatch(call -> run.inCodeBase(call.getTargetOwner()) && isWiringTarget(call.getTargetOwner(), run));
    }

    /**
     * A class of the code base that handing a data-access API to is wiring: a factory of components (a Spring
     * {@code FactoryBean}, a class named {@code …Factory}, {@link Term#FACTORY_AND_LOOKUP_SUFFIXES}). Handing it to
     * anything else — a data-access object the class builds, keeps and delegates to — is data access through it.
     */
    private static boolean isWiringTarget(JavaClass target, Roles run) {
        String simpleName = target.getSimpleName();
        return ImportedSupertypes.isAssignableTo(target, "org.springframework.beans.factory.FactoryBean")
                || run.conventions().names(Term.FACTORY_AND_LOOKUP_SUFFIXES).stream().anyMatch(suffix -> simpleName.endsWith(suffix) || simpleName.endsWith(suffix + "Bean"));
    }

    /**
     * Whether {@code api} is a {@linkplain #ROW_TYPES row} that {@code javaClass} only reads in static factory methods
     * returning its own type: a value that maps itself from a query's row ({@code static GlobalLockVO convert(ResultSet rs)}),
     * which the repository running the query calls. No field holds the row and no other member touches it.
     */
    static boolean onlyMapsItselfFromRows(JavaClass javaClass, JavaClass api) {
        if (!ROW_TYPES.contains(api.getName())
                || javaClass.getFields().stream().anyMatch(field -> ImportedSupertypes.isAssignableTo(field.getRawType(), api.getName()))) {
            return false;
        }
        boolean maps = false;
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
            boolean touches = unit.getRawParameterTypes().contains(api) || unit.getRawReturnType().equals(api)
                    || unit.getAccessesFromSelf().stream().anyMatch(access -> ImportedSupertypes.isAssignableTo(access.getTargetOwner(), api.getName()));
            if (!touches) {
                continue;
            }
            if (!(unit instanceof JavaMethod method) || !method.getModifiers().contains(JavaModifier.STATIC)
                    || !method.getRawReturnType().equals(javaClass)) {
                return false;
            }
            maps = true;
        }
        return maps;
    }

    /**
     * 6. A generic bean annotation ({@code @Component}, {@code @ApplicationScoped}, …) makes a service — unless the bean is
     * shaped like a utility ({@link Utilities}: {@code …Helper}, a {@code utils} package) and only repositories use it:
     * then it is the data-access layer's helper (a bean running the repositories' blocking calls on a worker thread inside
     * a transaction), a repository too, not a service the repositories call upward.
     */
    static Optional<RoleMatch> genericBean(JavaClass javaClass, RoleDetector detector, Roles run) {
        if (!detector.detects(SERVICE)) {
            return Optional.empty();
        }
        Optional<String> bean = Annotations.explain(javaClass, detector.vocabulary().names(Term.BEAN_ANNOTATIONS));
        if (bean.isPresent() && detector.detects(REPOSITORY) && Utilities.isUtilityShaped(javaClass, detector.vocabulary())
                && usedOnlyByRepositories(javaClass, run)) {
            return match(REPOSITORY, "bean annotated with " + bean.get() + ", a helper only repositories use");
        }
        return bean.flatMap(annotation -> match(SERVICE, "bean annotated with " + annotation));
    }

    /** Whether the classes calling {@code javaClass} (itself and its nested classes aside) are all repositories, and there are some. */
    private static boolean usedOnlyByRepositories(JavaClass javaClass, Roles run) {
        List<JavaClass> users = otherUsers(javaClass.getAccessesToSelf(), javaClass).distinct().toList();
        return !users.isEmpty() && users.stream().allMatch(user -> run.roleOf(user).filter(REPOSITORY::equals).isPresent());
    }

    private static Optional<RoleMatch> match(Role role, String reason) {
        return Optional.of(new RoleMatch(role, reason));
    }
}
