package dev.archrules.core.rules.di;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.DependencyTargets;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.GroupedCalls;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.internal.io.ServiceRegistrations;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.CallSites;
import dev.archrules.core.recognize.DataAccessUtilities;
import dev.archrules.core.recognize.Initialisation;
import dev.archrules.core.recognize.JaxRsResources;
import dev.archrules.core.recognize.NominalRoles;
import dev.archrules.core.recognize.DataSourceProviders;
import dev.archrules.core.recognize.SchemaMigrations;
import dev.archrules.core.recognize.ServiceLocators;
import dev.archrules.core.recognize.Wiring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code di.no-direct-instantiation} (C9): collaborators are injected, not created. Flags {@code new}
 * of services, repositories and clients of the code base and of data-access or HTTP client API types
 * ({@code new RestTemplate()} in a service, {@code new JdbcTemplate(ds)} in a controller), and
 * service-locator look-ups ({@code ApplicationContext.getBean}, JNDI {@code lookup}, {@code CDI.current()},
 * …), anywhere but in wiring code (configuration classes, including Spring {@code FactoryBean}s and Guice modules —
 * recognised by the names of {@code AbstractModule} and {@code PrivateModule} too, for a class path without Guice —, and
 * classes nested in them), injection providers ({@code jakarta.inject.Provider}, {@code javax.inject.Provider}, Guice's
 * {@code Provider}: {@link Wiring#isInjectionProvider}, which build what the injector asks them for) and factories and
 * look-up bridges (classes named {@code …Factory}, {@code …Lookup},
 * {@code …Locator}: {@link Term#FACTORY_AND_LOOKUP_SUFFIXES}, or implementing an interface so named). A repository may create its own data-access objects and a client
 * adapter its own HTTP client; {@code super(…)} calls are inheritance, not creation. Objects that live for
 * one request, entity or unit of work are not collaborators: JAX-RS sub-resources, per-entity model adapters,
 * a repository's helpers over its own persistence context, classes named like a role only nominally, stateless
 * helpers, self-contained helpers, query specifications, and plain (not bean-declared) classes a repository, a
 * per-request object, a constructor or a builder's step composes (see {@code isPerCallObject}). Look-ups are unavoidable
 * where the container cannot inject (JPA entities and entity listeners, servlets the servlet container creates) or the
 * bean name is built or read at run time, and some fetch no fixed collaborator at all
 * ({@link ServiceLocators#fetchesNoFixedCollaborator}); a {@code getBean} that creates a prototype, with run-time
 * arguments or by a type declared {@code @Scope("prototype")} ({@link ServiceLocators#createsPrototype}), is a factory of
 * per-call objects, not a look-up. Schema migrations
 * ({@link SchemaMigrations}: Flyway and Liquibase migrations, callbacks and the helpers only they use) are created and
 * run by the migration tool once per schema version: they build their SQL commands themselves, and creating a
 * migration callback is how Flyway is configured (it takes callbacks as instances). Service-loader providers (classes a
 * {@code META-INF/services} file beside them registers, {@link ServiceRegistrations}) are created reflectively by the
 * loader with their no-argument constructor: nothing can be injected into them, so they build what they use — but not a
 * JAX-RS resource or a declared bean, and their look-ups are still reported. The same holds for a class that makes its
 * own only instance and that only such providers obtain ({@code StoreManager.getInstance()} called by a provider's
 * {@code init}). In a code base wired by hand ({@link Wiring#isWiredByHand}: no class declared a bean, no injection point
 * outside JAX-RS resources, nothing built by a bean-factory method) {@code new} of its own classes is how it is composed
 * — a container class building its parts, a command-line tool the services it runs — and is not reported; a layer class
 * creating another layer's class (a controller building its service), creating a JAX-RS resource, a library's HTTP
 * client or data-access object in the wrong class, and look-ups still are. A type's static factory choosing its
 * implementation (a static method returning the class's own type that creates one of its subtypes) is a factory too.
 * A delegate chosen among the implementations of an interface the class implements itself ({@link #choosesItsDelegate}:
 * a binder delegate creating the DNS or the elastic-IP binder the configuration names) is a factory too.
 * An adapter the class creates around itself and nothing else, typed with an interface the class implements
 * ({@code new ApplicationMasterProtocolPBServiceImpl(this)}, the server-side translator of an RPC protocol,
 * {@link #adaptsItsCreator}), is no collaborator: it depends on its creator, which it exposes, so there is nothing to
 * inject; the same adapter created around another object (a collaborator the class holds), and a part given a
 * back-reference typed with the creator's own class ({@code new BlobRepository(this)}), are reported.
 * A static method returning an interface or abstract class and creating two or more of its implementations
 * ({@code newTool(name)}, {@link #isStaticFactoryOfImplementations}) is a factory too. A program's
 * {@code public static void main(String[])} is its composition root: what it creates is read as in a code base wired by
 * hand. A JNDI look-up of an environment entry (its result cast to {@code String} or a boxed primitive) reads a setting,
 * not a collaborator ({@link ServiceLocators#fetchesNoFixedCollaborator}).
 * A web application's bootstrap — a {@code ServletContextListener} or {@code ServletContainerInitializer} that is no bean
 * and no layer class ({@link #isServletBootstrap}) — is a composition root: what it creates is read as in a code base
 * wired by hand.
 * A look-up through a bean container handed to an object the container does not create — a run context or plug-in
 * deserialized and wired in an {@code init(ApplicationContext)} hook, the per-run helpers it builds and hands the
 * container ({@link ServiceLocators#onContainerHandedToAnObjectItDoesNotCreate}) — is that object's only bridge to the
 * beans; a bean handed the container, a helper a bean builds with its injected container and an interface's default
 * method stay reported. A connection-pool provider building, in the method that builds a pool, a class of the code base
 * over it ({@code new JooqDSLContextWrapper(DSL.using(pool, …), pool)}, {@link DataSourceProviders#wrapsThePoolItBuilds})
 * builds the pool's wrapper as a {@code @Bean} method would.
 * A view built in a constructor from that constructor's own parameters ({@code new EntityGraphRetriever(graph,
 * typeRegistry)}, {@link #composesAViewOfWhatItWasGiven}) is no collaborator, even of a declared bean; nor is what a
 * per-use object ({@link #isPerUseObject}: no bean, created only with {@code new} by beans) builds — plain helpers, views of
 * what it holds, and the object graph a private method of it wires ({@link #assemblesAnObjectGraph}) — when it reaches
 * no data-access or HTTP client API.
 */
public final class NoDirectInstantiation extends PerClassRule {

    public static final String ID = "di.no-direct-instantiation";

    private static final Set<Role> COLLABORATORS = Set.of(Role.SERVICE, Role.REPOSITORY, Role.CLIENT);
    /** Roles whose annotations declare a class a bean the container creates. */
    private static final Set<Role> DECLARED_ROLES = Set.of(Role.SERVICE, Role.REPOSITORY, Role.CLIENT, Role.CONTROLLER);

    /** Per called method, whether it is a holder's look-up: asked for every call the code base makes, answered once. */
    private final Map<JavaMethod, Boolean> holderLookups = Collections.synchronizedMap(new WeakHashMap<>());

    private boolean isHolderLookup(JavaMethod method, Predicate<JavaMethodCall> lookup) {
        return holderLookups.computeIfAbsent(method, key -> ServiceLocators.isHolderLookup(key, lookup));
    }

    /** Per class, whether it keeps a container handle (the owner type of a service-locator method) in a static field. */
    private final Map<JavaClass, Boolean> handleKeepers = Collections.synchronizedMap(new WeakHashMap<>());

    /** Whether {@code owner} could be a service-locator holder: only then are calls into it resolved and looked at. */
    private boolean keepsHandleStatically(JavaClass owner, RuleContext context) {
        return handleKeepers.computeIfAbsent(owner, key -> ServiceLocators.keepsHandleStatically(key,
                ServiceLocators.handleTypes(context.conventions().names(Term.SERVICE_LOCATOR_METHODS))));
    }

    /**
     * Whether the code base being checked is wired by hand ({@link Wiring#isWiredByHand}): set by {@link #prepare} for
     * the one evaluation that follows.
     */
    private volatile boolean wiredByHand;

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        wiredByHand = Wiring.isWiredByHand(classes, context);
    }

    @Override
    protected void finish(RuleContext context) {
        wiredByHand = false;
    }

    public NoDirectInstantiation() {
        super(new RuleInfo(ID, ChecklistItem.C9,
                "collaborators should be injected, not created with new or looked up",
                "a class that creates or looks up its collaborators hard-wires them: they cannot be replaced, configured or mocked",
                "declare the collaborator as a constructor parameter and let the container (or a configuration class) create it"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than wiring code, injection providers, factories, look-up bridges and schema migrations",
                javaClass -> !Wiring.isConfigurationOrNestedInOne(javaClass, context) && !isInjectionProviderOrNestedInOne(javaClass, context)
                        && !ServiceLocators.isFactoryOrLookup(javaClass, context)
                        && !SchemaMigrations.isMigrationCode(javaClass));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        List<JavaCall<?>> creations = new ArrayList<>();
        Map<JavaCall<?>, String> what = new HashMap<>();
        boolean provider = ServiceRegistrations.isRegisteredProvider(javaClass) || isSingletonOnlyProvidersObtain(javaClass, context);
        boolean servletBootstrap = isServletBootstrap(javaClass, context);
        for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
            JavaClass created = call.getTargetOwner();
            if (Locations.sameTopLevel(created, javaClass) || isSuperConstructorCall(call, javaClass)
                    || SchemaMigrations.isMigrationCode(created) || provider && buildsItsOwn(created, context)
                    || isPerCallObject(call, javaClass, context) || context.generated().isGenerated(call.getOrigin())
                    || (wiredByHand || servletBootstrap || Initialisation.isMainMethod(call.getOrigin())) && composedByHand(javaClass, created, context)
                    || isStaticFactoryOfItsType(call, javaClass) || isStaticFactoryOfImplementations(call) || choosesItsDelegate(call, javaClass)
                    // connection infrastructure builds the pools and what wraps them, as a @Bean method would
                    || (context.roles().isDataAccessApi(created) || DataSourceProviders.wrapsThePoolItBuilds(call, context))
                            && DataSourceProviders.isDataSourceProvider(javaClass, context)) {
                continue;
            }
            // new ProtocolTranslator(this): an adapter of the creator itself, which depends on the creator (read last: the class file)
            createdKind(created, javaClass, context).filter(kind -> !adaptsItsCreator(call, javaClass)).ifPresent(kind -> {
                creations.add(call);
                what.put(call, "creates " + kind + " <" + created.getName() + "> with new");
            });
        }
        boolean cannotBeInjected = ServiceLocators.createdByThePersistenceProvider(javaClass, context)
                || ServiceLocators.createdByTheServletContainer(javaClass, context);
        // a look-up fetching no collaborator (by a name read at run time, …) makes no holder method a look-up either
        Predicate<JavaMethodCall> lookup = call -> context.conventions().isServiceLocatorCall(call)
                && !ServiceLocators.fetchesNoFixedCollaborator(call);
        for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
            // a holder's static look-up method only delegates; its callers look up (ServiceLocators.isHolderLookup)
            boolean looksUp = lookup.test(call) && !(call.getOrigin() instanceof JavaMethod origin && isHolderLookup(origin, lookup))
                    || keepsHandleStatically(call.getTargetOwner(), context)
                    && call.getTarget().resolveMember().map(target -> isHolderLookup(target, lookup)).orElse(false);
            if (looksUp && !cannotBeInjected
                    && !ServiceLocators.byNameOrTypeComputedAtRunTime(call, context) && !ServiceLocators.createsWithArguments(call)
                    && !ServiceLocators.createsPrototype(call, context)
                    && !ServiceLocators.onContainerItBuilds(call)
                    && !ServiceLocators.onContainerHandedToAnObjectItDoesNotCreate(call, javaClass, context)
                    && !context.generated().isGenerated(call.getOrigin())) {
                creations.add(call);
                what.put(call, "looks up a collaborator through <" + call.getTargetOwner().getName() + "." + call.getName() + ">");
            }
        }
        String who = roleOrClass(javaClass, context) + " <" + javaClass.getName() + ">";
        for (GroupedCalls<JavaCall<?>> group : GroupedCalls.byKey(creations, call -> key(javaClass, call))) {
            violations.accept(newViolation(group.key(),
                    who + " " + what.get(group.first()) + ": " + group.description(),
                    Locations.of(group.first().getSourceCodeLocation()),
                    "inject it through the constructor of " + Locations.simpleName(javaClass)
                            + "; create it in a configuration class (@Bean / producer) if it needs construction code"));
        }
    }

    private static String key(JavaClass javaClass, JavaCall<?> call) {
        return call instanceof JavaConstructorCall
                ? Locations.stableName(javaClass) + " -> new " + Locations.stableName(call.getTargetOwner())
                : Locations.stableName(javaClass) + " -> " + call.getTargetOwner().getName() + "#" + call.getName();
    }

    /**
     * In a code base wired by hand ({@link Wiring#isWiredByHand}: no container creates any of its classes) {@code new} of
     * one of its own classes is how it is composed — a container class building its repositories and handlers, a
     * command-line tool building the services it runs, a type's static factory choosing its implementation: there is
     * nothing to inject from. But a class of a layer (a controller, service, repository or client) creating another
     * layer's class — a controller building its service, a service its repository — hard-wires its collaborator as it
     * would under a container: a hand-wired code base passes it to the constructor from its composition code, so that
     * stays reported. Creating a JAX-RS resource outside its request is still reusing an entry point, and a library's
     * HTTP client or data-access object built in a service is still hard-wired there: both stay reported.
     */
    private static boolean composedByHand(JavaClass creator, JavaClass created, RuleContext context) {
        return context.inScope(created) && !JaxRsResources.isResource(created)
                && !(DECLARED_ROLES.stream().anyMatch(role -> context.hasRole(creator, role))
                        && DECLARED_ROLES.stream().anyMatch(role -> context.hasRole(created, role)));
    }

    /**
     * A delegate chosen among the implementations of the interface the creator implements itself: the code unit creates
     * two or more classes implementing an interface of the creator and writes a field of the creator of that interface's
     * type ({@code switch (strategy) { case DNS -> delegate = new DnsBinder(config); case EIP -> delegate = new
     * ElasticIpBinder(config); }} in an {@code AddressBinderDelegate implements AddressBinder}). The class is the factory
     * and the proxy of the strategy the configuration names; injecting every implementation to use one changes nothing. A
     * delegate wrapping the one implementation it creates, and a class that does not implement the interface (a service
     * choosing the implementation it uses), stay reported.
     */
    private static boolean choosesItsDelegate(JavaConstructorCall call, JavaClass creator) {
        JavaClass created = call.getTargetOwner();
        JavaCodeUnit unit = call.getOrigin();
        return !created.equals(creator) && creator.getAllRawInterfaces().stream()
                .filter(shared -> created.isAssignableTo(shared.getName()))
                .anyMatch(shared -> unit.getConstructorCallsFromSelf().stream().map(JavaConstructorCall::getTargetOwner)
                        .filter(other -> !other.equals(creator) && other.isAssignableTo(shared.getName())).distinct().count() >= 2
                        && unit.getFieldAccesses().stream().anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET
                        && access.getTargetOwner().equals(creator)
                        && access.getTarget().resolveMember().filter(field -> field.getRawType().equals(shared)).isPresent()));
    }

    /**
     * An adapter the class creates around itself: the created constructor takes one argument, typed with an interface the
     * creator implements (the protocol the adapter serves: {@code ApplicationMasterProtocolPBServiceImpl(ApplicationMasterProtocol)}),
     * and the creator passes {@code this} ({@link CallSites#passesOnlyItsCreator}). The adapter exposes the creator — a
     * server-side protocol translator, a listener or MBean view of it — and depends on it: there is nothing to inject. A
     * back-reference typed with the creator's own class ({@code new BlobRepository(this)} in a node that holds the
     * repository) is a collaborator built with new, and an adapter around another object stays reported.
     */
    private static boolean adaptsItsCreator(JavaConstructorCall call, JavaClass creator) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (parameters.size() != 1 || !parameters.get(0).isInterface()) {
            return false;
        }
        String protocol = parameters.get(0).getName();
        return creator.getAllRawInterfaces().stream().anyMatch(implemented -> implemented.getName().equals(protocol))
                && CallSites.passesOnlyItsCreator(call);
    }

    /**
     * A web application's bootstrap: a class the servlet container creates and calls once at start-up — a
     * {@code ServletContextListener} or {@code ServletContainerInitializer} (jakarta or javax) that is neither a declared
     * bean nor a class of a layer. Nothing can be injected into it, and building the application's services for the
     * servlet context (configuration, registry, peer clients, the server context it publishes) is its job: it is the
     * composition root of a server that runs without a DI container, or beside one. What it creates is treated as in a
     * code base wired by hand ({@link #composedByHand}: classes of the code base, not JAX-RS resources); a listener that
     * is a bean (a Spring {@code @Component} listener) or a layer class is checked like any other class.
     */
    private static boolean isServletBootstrap(JavaClass javaClass, RuleContext context) {
        return SERVLET_BOOTSTRAP_TYPES.stream().anyMatch(type -> context.isAssignableTo(javaClass, type))
                && !isDeclaredBean(javaClass, context)
                && DECLARED_ROLES.stream().noneMatch(role -> context.hasRole(javaClass, role));
    }

    private static final List<String> SERVLET_BOOTSTRAP_TYPES = List.of(
            "jakarta.servlet.ServletContextListener", "javax.servlet.ServletContextListener",
            "jakarta.servlet.ServletContainerInitializer", "javax.servlet.ServletContainerInitializer");

    /**
     * A type's static factory choosing its implementation — a static method of the creating class that returns the
     * class's own type and creates one of its subtypes ({@code ConfigService.instantiate(…)} returning a file-system or a
     * ZooKeeper {@code ConfigService}): creating the implementation is the factory's job, as in a class named
     * {@code …Factory}. A subtype created anywhere else (a service building the implementation it uses) stays reported.
     */
    private static boolean isStaticFactoryOfItsType(JavaConstructorCall call, JavaClass creator) {
        return call.getOrigin() instanceof JavaMethod method && method.getModifiers().contains(JavaModifier.STATIC)
                && method.getRawReturnType().equals(creator) && !call.getTargetOwner().equals(creator)
                && call.getTargetOwner().isAssignableTo(creator.getName());
    }

    /**
     * A static factory choosing among the implementations of the type it returns: a static method declared to return an
     * interface or abstract class and creates two or more classes of that type
     * ({@code newTool(name)} returning the {@code Tool} a command-line name selects: {@code new PostTool(runtime)},
     * {@code new StatusTool(runtime)}, …). Creating the implementation the argument names is the factory's job, as in
     * {@link #isStaticFactoryOfItsType}, whatever class declares it. A static method creating one implementation, or
     * returning a concrete class, builds a collaborator and stays reported.
     */
    private static boolean isStaticFactoryOfImplementations(JavaConstructorCall call) {
        if (!(call.getOrigin() instanceof JavaMethod method) || !method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        JavaClass returned = method.getRawReturnType();
        boolean abstractType = returned.isInterface() || returned.getModifiers().contains(JavaModifier.ABSTRACT);
        return abstractType && !returned.equals(call.getTargetOwner()) && call.getTargetOwner().isAssignableTo(returned.getName())
                && method.getConstructorCallsFromSelf().stream().map(JavaConstructorCall::getTargetOwner)
                .filter(other -> other.isAssignableTo(returned.getName())).distinct().count() >= 2;
    }

    /**
     * An injection provider ({@link Wiring#isInjectionProvider}) or a class nested in one: what the injector asks it for,
     * it builds — the implementation it provides and what that needs ({@code new MongoConnectionImpl(configuration)} in a
     * {@code Provider<MongoConnection>}), as a {@code @Bean} method does. Creating the provider itself elsewhere (a service
     * calling {@code new ObjectMapperProvider().get()}) is still reported where it happens.
     */
    private static boolean isInjectionProviderOrNestedInOne(JavaClass javaClass, RuleContext context) {
        return Locations.selfAndEnclosing(javaClass).anyMatch(type -> Wiring.isInjectionProvider(type, context));
    }

    /**
     * What a service-loader provider may build itself, since nothing can be injected into it: anything but an entry point
     * (a JAX-RS resource) or a class the container declares a bean — creating one of those is reusing a resource or a bean
     * outside the container, whoever does it.
     */
    private static boolean buildsItsOwn(JavaClass created, RuleContext context) {
        return !JaxRsResources.isResource(created) && !isDeclaredBean(created, context);
    }

    /**
     * A class that makes its own only instance — every constructor private, a static method returning its type — and that
     * only service-loader providers obtain (every call of those methods from outside the class comes from a registered
     * provider): it belongs to the providers' composition, and nothing can be injected into it either. A hand-rolled
     * singleton that beans or any other code obtain stays reported.
     */
    private static boolean isSingletonOnlyProvidersObtain(JavaClass javaClass, RuleContext context) {
        if (javaClass.getConstructors().isEmpty() || isDeclaredBean(javaClass, context)
                || !javaClass.getConstructors().stream().allMatch(constructor -> constructor.getModifiers().contains(JavaModifier.PRIVATE))) {
            return false;
        }
        List<JavaClass> obtainedBy = javaClass.getMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.STATIC) && method.getRawReturnType().equals(javaClass))
                .flatMap(method -> method.getAccessesToSelf().stream())
                .map(access -> access.getOriginOwner())
                .filter(origin -> !Locations.sameTopLevel(origin, javaClass))
                .toList();
        return !obtainedBy.isEmpty() && obtainedBy.stream().allMatch(ServiceRegistrations::isRegisteredProvider);
    }

    /** {@code super(…)} in a constructor calls the superclass constructor: inheritance, not creation. */
    private static boolean isSuperConstructorCall(JavaConstructorCall call, JavaClass origin) {
        return call.getOrigin().isConstructor()
                && origin.getRawSuperclass().filter(superclass -> superclass.equals(call.getTargetOwner())).isPresent();
    }

    /**
     * Whether the object {@code call} creates is not a collaborator to inject: it lives for one request, one
     * entity, one session or one call, or the creator only composes it from what it was given.
     * <ul>
     *   <li>a JAX-RS sub-resource: a per-request resource created in a sub-resource locator (or a helper it
     *       calls), or by another resource for the same request — how JAX-RS nests resources; any other
     *       creation of a resource (outside a request) is reported;</li>
     *   <li>a per-entity adapter: its constructor takes an entity, as a provider wrapping each entity it loads
     *       in a model adapter does;</li>
     *   <li>a per-session helper of a repository: its constructor takes the persistence context (an
     *       {@code EntityManager}, a Hibernate {@code Session}, a JDBC {@code Connection}, …) that the
     *       repository shares with it, such as a query builder or a delegate of one JPA implementation;</li>
     *   <li>a class named like a role only nominally ({@link NominalRoles}): a framework extension named
     *       after the extension point, a {@code …Client} that is a domain model;</li>
     *   <li>a stateless helper: no instance fields, nothing to configure or replace; or a self-contained one
     *       ({@link #isSelfContained}): state fixed at construction, from nothing but itself.</li>
     * </ul>
     * An object created with the current request's context ({@link #REQUEST_CONTEXT_TYPES}) lives for that request too.
     * A class declared a bean ({@code @Service}, {@code @Component}, {@code @Singleton}, …) is otherwise always
     * a collaborator: {@code new} makes a second instance the container does not manage. A plain class of the
     * code base is the code base's own composition in these cases too:
     * <ul>
     *   <li>a repository's delegates: a repository creating another (plain) repository per call or per key,
     *       over the locations or connection of that call;</li>
     *   <li>helpers of a per-request object: created by a per-request JAX-RS resource, or by a class that a
     *       factory creates per session or call (a plugin SPI's provider), they live as long as their creator;</li>
     *   <li>composition: created in a constructor, or in a step of a fluent builder ({@link #isBuilderStep}), from that
     *       constructor's or step's own parameters, so a test replaces what it depends on through the creator (not for
     *       repositories: data access is injected, not assembled by its users);</li>
     *   <li>a query specification ({@link #isQuerySpecification}), built per query over the JPA {@code CriteriaBuilder}
     *       the query hands it.</li>
     * </ul>
     */
    private static boolean isPerCallObject(JavaConstructorCall call, JavaClass creator, RuleContext context) {
        JavaClass created = call.getTargetOwner();
        if (JaxRsResources.isResource(created)) {
            return JaxRsResources.isPerRequestResource(created)
                    && (JaxRsResources.isLocatorOrItsHelper(call.getOrigin()) || JaxRsResources.isResourceOrNestedInOne(creator));
        }
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (parameters.stream().anyMatch(type -> context.hasRole(type, Role.ENTITY) || isRequestContext(type, context))) {
            return true;
        }
        Set<String> unitsOfWork = context.conventions().names(Term.UNIT_OF_WORK_TYPES);
        if (context.hasRole(creator, Role.REPOSITORY)
                && parameters.stream().anyMatch(type -> unitsOfWork.stream().anyMatch(unit -> context.isAssignableTo(type, unit)))) {
            return true;
        }
        if (NominalRoles.isNominal(created, context) || isStateless(created) || isSelfContained(created, context, SELF_CONTAINED_DEPTH)) {
            return true;
        }
        if (composesAViewOfWhatItWasGiven(call, context)) {
            return true;
        }
        boolean perUseCreator = isPerUseObject(creator, context);
        if (perUseCreator && !reachesOut(created, context)
                && (buildsAViewOfWhatItHolds(call, creator, context) || assemblesAnObjectGraph(call, context))) {
            return true;
        }
        if (isDeclaredBean(created, context)) {
            return false;
        }
        if (isQuerySpecification(created, context)) {
            return true;
        }
        return context.hasRole(creator, Role.REPOSITORY) && context.hasRole(created, Role.REPOSITORY)
                || JaxRsResources.isPerRequestResource(creator) || isFactoryProduct(creator, context)
                || perUseCreator && context.inScope(created) && !reachesOut(created, context)
                || !context.hasRole(created, Role.REPOSITORY) && composesWhatItWasGiven(call);
    }

    /** How deep the classes a view holds or builds are followed ({@link #isViewOver}). */
    private static final int VIEW_DEPTH = 3;

    /**
     * A view over what the creator was given: {@code call} is in a constructor, the created constructor takes at least
     * one class (beside values), each of its parameter types is a parameter type of the creating constructor (a
     * collaborator the creator was handed, or injected with) or a value ({@link #isValue}: a flag or setting the creator
     * computed from its configuration), and the created class is a view over its arguments ({@link #isViewOver}) —
     * {@code this.retriever = new EntityGraphRetriever(graph, typeRegistry)} in an {@code @Inject} constructor taking the
     * graph and the type registry. The helper adds no dependency: a test replaces what it reads through the creator's
     * constructor, and a second instance is indistinguishable from the container's, even when the class is declared a
     * bean or named like a repository. A helper that owns a thread pool, a cache or a client, has injection points of
     * its own (left unset by {@code new}), or is built in a method from what the creator holds, stays reported.
     */
    private static boolean composesAViewOfWhatItWasGiven(JavaConstructorCall call, RuleContext context) {
        if (!call.getOrigin().isConstructor()) {
            return false;
        }
        List<JavaClass> given = call.getOrigin().getRawParameterTypes();
        return passesOnly(call, given) && isViewOver(call.getTargetOwner(), context, VIEW_DEPTH);
    }

    /**
     * Whether the created constructor of {@code call} takes at least one collaborator, and each of its parameter types is
     * a value ({@link #isValue}) or a type one of {@code available} is assignable to.
     */
    private static boolean passesOnly(JavaConstructorCall call, Collection<JavaClass> available) {
        List<JavaClass> passed = call.getTarget().getRawParameterTypes();
        return passed.stream().anyMatch(type -> !isValue(type))
                && passed.stream().allMatch(type -> isValue(type) || available.stream().anyMatch(have -> have.isAssignableTo(type.getName())));
    }

    /** A value: a primitive, an enum, a string, a boxed number, a class literal ({@link #VALUE_TYPES}). */
    private static boolean isValue(JavaClass type) {
        return type.isPrimitive() || type.isEnum() || VALUE_TYPES.contains(type.getName());
    }

    /**
     * A view over its arguments: a concrete class of the code base, no JAX-RS resource and no client, implementing no
     * interface and extending no abstract class of the code base ({@link #implementsAnAbstractionOfTheCodeBase}), that uses no
     * data-access or HTTP client API (nor an HTTP client method, nor a vendor client), declares no injection point but
     * constructors (a field or setter the container would set stays unset after {@code new}), whose superclasses are all
     * of the code base, and whose instance fields are all assigned only by its constructors and each hold a value
     * ({@link #isValue}), an argument (the field's type is a parameter type of a constructor of its class) or another view
     * built from them; its constructors create only such views (and exceptions, string builders). It owns nothing —
     * no thread, timer, executor, cache or connection — beyond what it was handed: {@code EntityGraphRetriever(graph,
     * typeRegistry)} keeping both and a {@code GraphHelper} over the graph. Classes are followed {@code depth} levels deep.
     */
    private static boolean isViewOver(JavaClass javaClass, RuleContext context, int depth) {
        if (depth == 0 || !context.inScope(javaClass) || javaClass.isInterface() || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)
                || context.hasRole(javaClass, Role.CLIENT) || JaxRsResources.isResource(javaClass) || reachesOut(javaClass, context)
                || implementsAnAbstractionOfTheCodeBase(javaClass, context)) {
            return false;
        }
        for (JavaClass type = javaClass; type.getRawSuperclass().isPresent(); type = type.getRawSuperclass().get()) {
            JavaClass superclass = type.getRawSuperclass().get();
            if (!superclass.getName().equals("java.lang.Object") && !context.inScope(superclass)) {
                return false;
            }
            if (type.getFields().stream().anyMatch(field -> context.conventions().isContainerManaged(field))
                    || type.getCodeUnits().stream().anyMatch(unit -> !unit.isConstructor() && context.conventions().isContainerManaged(unit))) {
                return false;
            }
        }
        for (JavaField field : javaClass.getAllFields()) {
            if (field.getModifiers().contains(JavaModifier.STATIC)) {
                continue;
            }
            JavaClass type = field.getRawType();
            boolean argument = field.getOwner().getConstructors().stream()
                    .anyMatch(constructor -> constructor.getRawParameterTypes().contains(type));
            if (!assignedOnlyInConstructors(field)
                    || !(isValue(type) || argument || !type.equals(javaClass) && isViewOver(type, context, depth - 1))) {
                return false;
            }
        }
        return javaClass.getConstructors().stream().flatMap(constructor -> constructor.getConstructorCallsFromSelf().stream())
                .map(JavaConstructorCall::getTargetOwner)
                .filter(created -> !created.equals(javaClass) && !javaClass.isAssignableTo(created.getName())
                        && !created.isAssignableTo(Throwable.class) && !STRING_BUILDERS.contains(created.getName()))
                .allMatch(created -> isViewOver(created, context, depth - 1));
    }

    /**
     * Whether {@code javaClass} implements an interface of the code base or extends an abstract class of it: one
     * implementation of an abstraction, which a creator choosing it hard-wires (a binder of the strategy the configuration
     * names, an ASG client), however little it holds.
     */
    private static boolean implementsAnAbstractionOfTheCodeBase(JavaClass javaClass, RuleContext context) {
        return javaClass.getAllRawInterfaces().stream().anyMatch(context::inScope)
                || javaClass.getAllRawSuperclasses().stream().anyMatch(superclass -> context.inScope(superclass)
                        && superclass.getModifiers().contains(JavaModifier.ABSTRACT));
    }

    private static final Set<String> STRING_BUILDERS = Set.of("java.lang.StringBuilder", "java.lang.StringBuffer");

    /** Whether {@code field} is assigned only by constructors of its own class (final, or effectively so). */
    private static boolean assignedOnlyInConstructors(JavaField field) {
        return field.getModifiers().contains(JavaModifier.FINAL) || field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .allMatch(access -> access.getOrigin().isConstructor() && access.getOriginOwner().equals(field.getOwner()));
    }

    /**
     * A per-use object: a class of the code base that no container creates — not declared a bean, no injection point,
     * not a JAX-RS resource, not wiring code — and that the code base creates only with {@code new}, from declared beans
     * (or classes with injection points) and never in wiring code or a bean-factory method: an import strategy or a
     * delete handler a bean builds for each run or for each mode ({@code new RegularImport(graph, entityStore,
     * typeRegistry)} in a {@code @Component}). Nothing can be injected into it; what it needs comes through the bean
     * that creates it, so the helpers it builds are its own business, as for a factory's product
     * ({@link #isFactoryProduct}). An abstract class counts when each of its concrete subclasses of the code base is such
     * an object.
     */
    private static boolean isPerUseObject(JavaClass javaClass, RuleContext context) {
        if (!context.inScope(javaClass) || javaClass.isInterface()) {
            return false;
        }
        if (javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
            List<JavaClass> concrete = javaClass.getAllSubclasses().stream()
                    .filter(subclass -> context.inScope(subclass) && !subclass.getModifiers().contains(JavaModifier.ABSTRACT)).toList();
            return showsNoContainerFor(javaClass, context) && !concrete.isEmpty()
                    && concrete.stream().allMatch(subclass -> isPerUseObject(subclass, context));
        }
        if (!showsNoContainerFor(javaClass, context)) {
            return false;
        }
        List<JavaConstructorCall> creations = javaClass.getConstructorCallsToSelf().stream()
                .filter(call -> !Locations.sameTopLevel(call.getOriginOwner(), javaClass)).toList();
        return !creations.isEmpty() && creations.stream().allMatch(call -> {
            JavaClass origin = call.getOriginOwner();
            return context.inScope(origin) && !context.conventions().isBeanFactoryMethod(call.getOrigin())
                    && !Wiring.isConfigurationOrNestedInOne(origin, context) && !isInjectionProviderOrNestedInOne(origin, context)
                    && (isDeclaredBean(origin, context) || hasInjectionPoint(origin, context));
        });
    }

    /** Whether {@code javaClass} shows no container: not declared a bean, no injection point, no JAX-RS resource, no wiring code. */
    private static boolean showsNoContainerFor(JavaClass javaClass, RuleContext context) {
        return !isDeclaredBean(javaClass, context) && !hasInjectionPoint(javaClass, context) && !JaxRsResources.isResource(javaClass)
                && !Wiring.isConfigurationOrNestedInOne(javaClass, context) && !Wiring.isInjectionProvider(javaClass, context);
    }

    /** Whether a field, constructor or method of {@code javaClass} is set or called by the container. */
    private static boolean hasInjectionPoint(JavaClass javaClass, RuleContext context) {
        return javaClass.getFields().stream().anyMatch(field -> context.conventions().isContainerManaged(field))
                || javaClass.getCodeUnits().stream().anyMatch(unit -> context.conventions().isContainerManaged(unit));
    }

    /**
     * A view ({@link #isViewOver}) a per-use object builds in a method from what it holds: each class the created
     * constructor takes is the type of an instance field of the creator or of a parameter of the creating method
     * ({@code new EntityGraphRetriever(this.graph, typeRegistry)} in an import strategy).
     */
    private static boolean buildsAViewOfWhatItHolds(JavaConstructorCall call, JavaClass creator, RuleContext context) {
        List<JavaClass> held = new ArrayList<>(call.getOrigin().getRawParameterTypes());
        creator.getAllFields().stream().filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                .map(JavaField::getRawType).forEach(held::add);
        return passesOnly(call, held) && isViewOver(call.getTargetOwner(), context, VIEW_DEPTH);
    }

    /**
     * Object-graph assembly in a private method: the method creates two or more classes of the code base and wires them
     * into each other — the created class is passed into another constructor the method calls (it is assignable to one of
     * that constructor's parameter types), or is what the method returns and takes another class the method creates
     * ({@code createEntityStore(graph, typeRegistry)} building a delete handler, converters, a relationship store and a
     * mapper with no-op notifier and full-text mapper, and returning the entity store over them). The method is a factory
     * of an alternate object graph — over another graph, with other implementations — that the container's beans cannot
     * be; a private method creating one class, or classes it does not connect, is not.
     */
    private static boolean assemblesAnObjectGraph(JavaConstructorCall call, RuleContext context) {
        if (!(call.getOrigin() instanceof JavaMethod method) || !method.getModifiers().contains(JavaModifier.PRIVATE)) {
            return false;
        }
        JavaClass created = call.getTargetOwner();
        List<JavaConstructorCall> others = method.getConstructorCallsFromSelf().stream()
                .filter(other -> !other.getTargetOwner().equals(created) && !other.getTargetOwner().isAssignableTo(Throwable.class)
                        && context.inScope(other.getTargetOwner()))
                .toList();
        if (others.isEmpty()) {
            return false;
        }
        boolean passedOn = others.stream().anyMatch(other -> other.getTarget().getRawParameterTypes().stream()
                .anyMatch(parameter -> !isValue(parameter) && created.isAssignableTo(parameter.getName())));
        boolean returnedOverOthers = created.isAssignableTo(method.getRawReturnType().getName())
                && call.getTarget().getRawParameterTypes().stream()
                .anyMatch(parameter -> !isValue(parameter) && others.stream().anyMatch(other -> other.getTargetOwner().isAssignableTo(parameter.getName())));
        return passedOn || returnedOverOthers;
    }

    /**
     * The handles of the request being served, which only exist while it runs: JAX-RS {@code UriInfo}, {@code HttpHeaders},
     * {@code Request}, {@code SecurityContext}, {@code ContainerRequestContext}, the servlet request and response, Spring's
     * {@code WebRequest} and {@code ServerWebExchange}. An object created with one of them (an exception mapper building
     * the response of a wrapped cause for the current request: {@code new PaymentApiExceptionMapper(uriInfo)}) lives for
     * that request, like a JAX-RS sub-resource; no constructor of a singleton could take it.
     */
    private static final List<String> REQUEST_CONTEXT_TYPES = List.of(
            "jakarta.ws.rs.core.UriInfo", "javax.ws.rs.core.UriInfo", "jakarta.ws.rs.core.HttpHeaders", "javax.ws.rs.core.HttpHeaders",
            "jakarta.ws.rs.core.Request", "javax.ws.rs.core.Request", "jakarta.ws.rs.core.SecurityContext", "javax.ws.rs.core.SecurityContext",
            "jakarta.ws.rs.container.ContainerRequestContext", "javax.ws.rs.container.ContainerRequestContext",
            "jakarta.servlet.ServletRequest", "javax.servlet.ServletRequest", "jakarta.servlet.ServletResponse", "javax.servlet.ServletResponse",
            "org.springframework.web.context.request.WebRequest", "org.springframework.web.server.ServerWebExchange");

    private static boolean isRequestContext(JavaClass type, RuleContext context) {
        return REQUEST_CONTEXT_TYPES.stream().anyMatch(name -> context.isAssignableTo(type, name));
    }

    /**
     * A stateless helper: neither the class nor a superclass declares an instance field, so a {@code new}
     * hard-wires nothing that could be configured or replaced; it is a holder of functions.
     */
    private static boolean isStateless(JavaClass created) {
        return created.getAllFields().stream().noneMatch(field -> !field.getModifiers().contains(JavaModifier.STATIC));
    }

    /** How deep the classes a self-contained helper holds or builds are followed ({@link #isSelfContained}). */
    private static final int SELF_CONTAINED_DEPTH = 3;

    /**
     * A self-contained helper: everything it holds it builds itself, or is handed as plain values of libraries, and
     * nothing it holds or builds reaches outside the process or changes — so a {@code new} hard-wires nothing a test or a
     * deployment could want to replace, and a second instance is indistinguishable from any other
     * ({@code new JsonPatchService<>(PageDto.class)}, which builds its JSON-patch converter and validator around a
     * Jackson {@code ObjectMapper}). The class, of the code base, concrete and in no repository or client role,
     * <ul>
     *   <li>uses no data-access or HTTP client API, calls out through no HTTP client method and holds no vendor SDK
     *       client;</li>
     *   <li>has no member the container manages, and no constructor taking a class of the code base (a collaborator, or
     *       a per-request object such as a session, would be handed in that way);</li>
     *   <li>has only {@code final} instance fields (its own and its superclasses'), each a value ({@code String},
     *       {@code Class}, a number, an enum), an immutable collection ({@code Set.of(…)}, Guava's
     *       {@code ImmutableSet.of(…)}), an object of a library that is no mutable container, or a self-contained class
     *       of the code base — never an array, an atomic, a builder or a collection it could change;</li>
     *   <li>creates only self-contained classes of the code base.</li>
     * </ul>
     * It generalises the stateless helper ({@link #isStateless}): state fixed at construction, from nothing but itself. A
     * bean with a cache or a registry ({@code ConcurrentHashMap.newKeySet()}) is not one: a second instance does not
     * share it. Classes are followed {@code depth} levels deep; deeper, a class is not self-contained.
     */
    private static boolean isSelfContained(JavaClass javaClass, RuleContext context, int depth) {
        if (depth == 0 || !context.inScope(javaClass) || javaClass.isInterface() || javaClass.getModifiers().contains(JavaModifier.ABSTRACT)
                || context.hasRole(javaClass, Role.REPOSITORY) || context.hasRole(javaClass, Role.CLIENT)
                || JaxRsResources.isResource(javaClass) || reachesOut(javaClass, context)) {
            return false;
        }
        if (hasInjectionPoint(javaClass, context)
                || javaClass.getConstructors().stream().anyMatch(constructor -> constructor.getRawParameterTypes().stream()
                        .anyMatch(type -> context.inScope(type) && !type.isEnum()))) {
            return false;
        }
        for (JavaField field : javaClass.getAllFields()) {
            if (!field.getModifiers().contains(JavaModifier.STATIC) && !isFixedValue(field, context, depth)) {
                return false;
            }
        }
        return javaClass.getConstructorCallsFromSelf().stream().map(JavaConstructorCall::getTargetOwner)
                .filter(created -> context.inScope(created) && !Locations.sameTopLevel(created, javaClass) && !created.isAssignableTo(Throwable.class))
                .allMatch(created -> isSelfContained(created, context, depth - 1));
    }

    /** Whether {@code field}, an instance field, holds a value fixed at construction (see {@link #isSelfContained}). */
    private static boolean isFixedValue(JavaField field, RuleContext context, int depth) {
        JavaClass type = field.getRawType();
        if (!field.getModifiers().contains(JavaModifier.FINAL) || type.isArray()) {
            return false;
        }
        if (type.isPrimitive() || type.isEnum() || VALUE_TYPES.contains(type.getName())) {
            return true;
        }
        if (context.inScope(type)) {
            return isSelfContained(type, context, depth - 1);
        }
        if (context.roles().isDataAccessApi(type) || context.roles().isHttpClientApi(type) || context.roles().externalClient(type).isPresent()
                || context.conventions().names(Term.MUTABLE_TYPES).stream().anyMatch(mutable -> context.isAssignableTo(type, mutable))) {
            return false;
        }
        boolean container = context.isAssignableTo(type, "java.util.Collection") || context.isAssignableTo(type, "java.util.Map");
        return !container || assignedOnlyImmutableCollections(field);
    }

    /** Value types a field may hold: strings, numbers, classes. */
    private static final Set<String> VALUE_TYPES = Set.of("java.lang.String", "java.lang.Class", "java.lang.Integer", "java.lang.Long",
            "java.lang.Boolean", "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character",
            "java.math.BigDecimal", "java.math.BigInteger");

    /**
     * Whether every assignment of {@code field} is on a line that calls an immutable collection's factory or wrapper
     * ({@code Set.of}, {@code List.copyOf}, {@code Collections.unmodifiable…}, Guava's {@code Immutable…}): bytecode has
     * no data flow, so the line tells what is stored.
     */
    private static boolean assignedOnlyImmutableCollections(JavaField field) {
        List<JavaFieldAccess> writes = field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET).toList();
        return !writes.isEmpty() && writes.stream().allMatch(write -> write.getOrigin().getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getLineNumber() == write.getLineNumber() && isImmutableCollectionFactory(call)));
    }

    private static boolean isImmutableCollectionFactory(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String method = call.getName();
        return switch (owner) {
            case "java.util.List", "java.util.Set", "java.util.Map" -> method.equals("of") || method.equals("copyOf") || method.equals("ofEntries");
            case "java.util.Collections" -> method.startsWith("unmodifiable") || method.startsWith("empty") || method.startsWith("singleton");
            default -> owner.startsWith("com.google.common.collect.Immutable");
        };
    }

    /** Whether {@code javaClass} uses a data-access or HTTP client API, calls out through an HTTP client method or holds a vendor client. */
    private static boolean reachesOut(JavaClass javaClass, RuleContext context) {
        return DependencyTargets.anyMatch(javaClass, type -> context.roles().isDataAccessApi(type) || context.roles().isHttpClientApi(type)
                || context.roles().externalClient(type).isPresent())
                || !context.conventions().httpClientCalls(javaClass).isEmpty();
    }

    /**
     * A query specification: a plain class (no declared bean) whose only data-access API is the JPA
     * {@code CriteriaBuilder} it is handed with each query — kept in no field — to build that query's predicates
     * ({@code new Restriction().withPredicateProvider(…)}, a Spring Data {@code Specification} built from a filter). It
     * touches no data; a query builds it for itself, as it builds its {@code Predicate}s.
     */
    private static boolean isQuerySpecification(JavaClass created, RuleContext context) {
        return context.hasRole(created, Role.REPOSITORY)
                && DependencyTargets.anyMatch(created, type -> DataAccessUtilities.CRITERIA_BUILDERS.contains(type.getName()))
                && !DependencyTargets.anyMatch(created, type -> context.roles().isDataAccessApi(type) && !DataAccessUtilities.CRITERIA_BUILDERS.contains(type.getName()))
                && created.getAllFields().stream().noneMatch(field -> context.roles().isDataAccessApi(field.getRawType()));
    }

    /**
     * Whether the container creates instances of {@code javaClass} by itself: it is annotated as a bean
     * ({@code @Component}, {@code @Singleton}, …) or with a role's annotation ({@code @Service}, …).
     */
    private static boolean isDeclaredBean(JavaClass javaClass, RuleContext context) {
        return context.conventions().isBean(javaClass) || DECLARED_ROLES.stream().anyMatch(role ->
                Annotations.hasAny(javaClass, context.conventions().convention(role).annotations()));
    }

    /**
     * Whether {@code javaClass} is created with {@code new} by a factory ({@link ServiceLocators#isFactoryOrLookup}):
     * a provider the factory builds per session or call.
     */
    private static boolean isFactoryProduct(JavaClass javaClass, RuleContext context) {
        return javaClass.getConstructorCallsToSelf().stream()
                .anyMatch(call -> ServiceLocators.isFactoryOrLookup(call.getOriginOwner(), context));
    }

    /**
     * Composition: {@code call} is in a constructor, or a step of a fluent builder ({@link #isBuilderStep}), and passes on
     * only what that constructor or step was given (each parameter type of the created constructor is a parameter type
     * of the creating one), so the created helper adds no dependency a test could not replace through the creator.
     */
    private static boolean composesWhatItWasGiven(JavaConstructorCall call) {
        if (!call.getOrigin().isConstructor() && !isBuilderStep(call.getOrigin())) {
            return false;
        }
        List<JavaClass> given = call.getOrigin().getRawParameterTypes();
        List<JavaClass> passed = call.getTarget().getRawParameterTypes();
        return !passed.isEmpty() && given.containsAll(passed);
    }

    /**
     * A step of a fluent builder: an instance method that takes arguments and returns its own class
     * ({@code Parse sourceUrl(URL url)}). The builder is configured per use, so what a step composes from its arguments
     * ({@code new UrlStreamSource(url)}) is the caller's value, replaceable by the caller, as in a constructor.
     */
    private static boolean isBuilderStep(JavaCodeUnit codeUnit) {
        return codeUnit.isMethod() && !codeUnit.getModifiers().contains(JavaModifier.STATIC) && !codeUnit.getRawParameterTypes().isEmpty()
                && codeUnit.getRawReturnType().equals(codeUnit.getOwner());
    }

    /**
     * What kind of collaborator {@code created} is, if it is one. API objects created inside their own
     * adapter are an implementation detail of that adapter: a repository may create its
     * {@code JdbcTemplate} or {@code SimpleJdbcInsert} (as Spring's reference documentation does), a
     * client adapter its HTTP client.
     */
    private static Optional<String> createdKind(JavaClass created, JavaClass creator, RuleContext context) {
        Optional<Role> role = context.roleOf(created);
        if (role.isPresent() && COLLABORATORS.contains(role.get())) {
            return Optional.of(role.get().displayName());
        }
        Optional<Role> creatorRole = context.roleOf(creator);
        if (context.roles().isHttpClientApi(created) && creatorRole.filter(Role.CLIENT::equals).isEmpty()) {
            return Optional.of("HTTP client");
        }
        if (context.roles().isDataAccessApi(created) && creatorRole.filter(Role.REPOSITORY::equals).isEmpty()) {
            return Optional.of("data-access object");
        }
        return Optional.empty();
    }
}
