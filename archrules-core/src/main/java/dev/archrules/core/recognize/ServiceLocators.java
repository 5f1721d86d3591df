package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.Role;
import dev.archrules.core.source.SourceFacts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a service-locator look-up ({@code getBean}, {@code InitialContext.lookup}, …) is not a collaborator looked up
 * instead of injected, for {@code di.no-direct-instantiation} and {@code spring.no-bean-lookup} alike:
 * <ul>
 *   <li>the class is one the container does not create and cannot inject: a JPA entity, or a JPA entity listener
 *       (a class with {@code @PrePersist}, {@code @PostLoad}, … methods, {@link Term#ENTITY_CALLBACK_ANNOTATIONS}),
 *       which the persistence provider instantiates — a static look-up is their only bridge to the container;</li>
 *   <li>the bean's name is computed at run time ({@code getBean(domain + "DataSource")}): a per-tenant or
 *       per-domain bean registered after start-up, which no constructor parameter can express;</li>
 *   <li>the class exists to create or look up: a {@code …Factory}, a JNDI {@code …Lookup}, a registry
 *       {@code …Locator} ({@link Term#FACTORY_AND_LOOKUP_SUFFIXES}), a bridge between the container and code
 *       it does not build.</li>
 * </ul>
 * A look-up on a container the same method builds ({@link #onContainerItBuilds}) is the composition root starting up.
 * Some look-ups fetch no fixed collaborator at all ({@link #fetchesNoFixedCollaborator}, told from the class file by
 * {@link CallSites}): by a name read at run time, every {@code DataSource} by the names the container lists, a result
 * thrown away, a JNDI environment entry (a setting), a JNDI name the platform binds about the component itself, a static
 * bean builder handed the container. A
 * servlet the servlet container creates cannot be injected either ({@link #createdByTheServletContainer}), and neither
 * can an object Jackson deserializes and an {@code init(ApplicationContext)} hook wires, or the helpers it builds and
 * hands that container ({@link #onContainerHandedToAnObjectItDoesNotCreate}).
 * A <b>service-locator holder</b> — a class that keeps the container's handle in a static field and offers static look-up
 * methods over it ({@code SpringContext.getBean(Foo.class)}) — only delegates: the classes calling its look-up methods
 * look up their collaborators, and are reported for that call instead ({@link #isHolderLookup}).
 */
public final class ServiceLocators {

    private ServiceLocators() {
    }

    /**
     * Whether {@code method} is a look-up method of a service-locator holder: a static method that makes a look-up
     * ({@code lookup} decides which calls are) on a handle its class keeps in a static field of the looked-up type
     * ({@code private static ApplicationContext context;} and {@code static <T> T bean(Class<T> type)}).
     */
    public static boolean isHolderLookup(JavaMethod method, java.util.function.Predicate<JavaMethodCall> lookup) {
        if (!method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        JavaClass owner = method.getOwner();
        return method.getMethodCallsFromSelf().stream().filter(lookup).anyMatch(call -> owner.getFields().stream()
                .anyMatch(field -> field.getModifiers().contains(JavaModifier.STATIC)
                        && ImportedSupertypes.isAssignableTo(field.getRawType(), call.getTargetOwner().getName())));
    }

    /**
     * {@link #isHolderLookup(JavaMethod, java.util.function.Predicate)} for the method a call targets, when it resolves.
     * Asked for every call a class makes, so the target is resolved only when its class could be a holder: it keeps, in a
     * static field, one of {@code handleTypes} (the owner types of the look-up methods, {@link #handleTypes}).
     */
    public static boolean isHolderLookup(AccessTarget.MethodCallTarget target, java.util.function.Predicate<JavaMethodCall> lookup,
                                         Collection<String> handleTypes) {
        return keepsHandleStatically(target.getOwner(), handleTypes)
                && target.resolveMember().map(method -> isHolderLookup(method, lookup)).orElse(false);
    }

    /** Whether {@code owner} keeps one of {@code handleTypes} in a static field: only such a class can be a holder. */
    public static boolean keepsHandleStatically(JavaClass owner, Collection<String> handleTypes) {
        return owner.getFields().stream().anyMatch(field -> field.getModifiers().contains(JavaModifier.STATIC)
                && handleTypes.stream().anyMatch(handle -> ImportedSupertypes.isAssignableTo(field.getRawType(), handle)));
    }

    /** The owner types of look-up methods given as {@code owner.Type#method} entries: the handles a holder can keep. */
    public static List<String> handleTypes(Collection<String> lookupMethods) {
        return lookupMethods.stream().map(entry -> entry.substring(0, Math.max(0, entry.indexOf('#')))).distinct().toList();
    }

    /** Whether the persistence provider, not the container, creates {@code javaClass}: an entity or an entity listener. */
    public static boolean createdByThePersistenceProvider(JavaClass javaClass, RuleContext context) {
        return context.hasRole(javaClass, Role.ENTITY) || isEntityListener(javaClass, context);
    }

    /** A JPA entity listener: a class with lifecycle callback methods ({@code @PrePersist}, …), created by the JPA provider. */
    public static boolean isEntityListener(JavaClass javaClass, RuleContext context) {
        Set<String> callbacks = context.conventions().names(Term.ENTITY_CALLBACK_ANNOTATIONS);
        return javaClass.getMethods().stream().anyMatch(method -> Annotations.hasAny(method, callbacks));
    }

    /**
     * Whether {@code javaClass} (or its top-level class) is named after the creation or look-up it exists to do: a
     * {@code …Factory}, {@code …Lookup} or {@code …Locator} ({@link Term#FACTORY_AND_LOOKUP_SUFFIXES}), or implements an
     * interface so named directly — the implementation of a factory ({@code RestrictionFactoryImpl implements
     * RestrictionFactory}). Only the interfaces the class itself declares count: an interface that merely extends a
     * factory interface ({@code ClientInstallationProvider extends ProviderFactory<…>}) names a provider, not a factory.
     */
    public static boolean isFactoryOrLookup(JavaClass javaClass, RuleContext context) {
        JavaClass topLevel = Locations.topLevel(javaClass);
        Set<String> suffixes = context.conventions().names(Term.FACTORY_AND_LOOKUP_SUFFIXES);
        return suffixes.stream().anyMatch(Locations.topLevelName(javaClass)::endsWith)
                || topLevel.getRawInterfaces().stream().anyMatch(type -> suffixes.stream().anyMatch(type.getSimpleName()::endsWith));
    }

    /**
     * Whether {@code call} creates a bean with explicit run-time constructor arguments ({@code getBean(ExportTask.class,
     * format)}, {@code getBean("exportTask", format)}: the overloads of Spring's {@code BeanFactory} ending in
     * {@code Object... args}, which apply only when a new instance is created — a prototype made per call). A factory of
     * per-call objects, not the look-up of a collaborator a constructor could declare; the injected form,
     * {@code ObjectProvider.getObject(args)}, is the same call.
     */
    public static boolean createsWithArguments(JavaMethodCall call) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        return call.getName().equals("getBean") && parameters.size() == 2
                && parameters.get(1).isArray() && parameters.get(1).getComponentType().getName().equals("java.lang.Object");
    }

    /**
     * Whether {@code call} takes a new instance of a prototype bean out of the container by its type
     * ({@code getBean(PdfRenderer.class)}, with or without arguments), where every class literal on the call's line names a
     * class declared {@code @Scope("prototype")} or made by a bean-factory method of the code base declared so
     * ({@code @Bean @Scope("prototype") PdfRenderer pdfRenderer()}). Each call creates a new object: a factory of per-use
     * beans, Spring's prototype-into-singleton pattern, the same call as an injected {@code ObjectProvider<PdfRenderer>}'s
     * {@code getObject()} — not the look-up of a collaborator a constructor could hold. A look-up of a singleton, or by a
     * bean name, is still a look-up.
     */
    public static boolean createsPrototype(JavaMethodCall call, RuleContext context) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (!call.getName().equals("getBean") || parameters.isEmpty() || !parameters.get(0).getName().equals("java.lang.Class")) {
            return false;
        }
        List<JavaClass> literals = call.getOrigin().getReferencedClassObjects().stream()
                .filter(literal -> literal.getLineNumber() == call.getLineNumber()).map(ReferencedClassObject::getRawType).toList();
        return !literals.isEmpty() && literals.stream().allMatch(type -> isPrototype(type, context));
    }

    /**
     * A class declared {@code @Scope("prototype")}, or returned by a bean-factory method declared so (and by no other): the
     * container makes a new one for every request of it.
     */
    public static boolean isPrototype(JavaClass type, RuleContext context) {
        if (hasPrototypeScope(type)) {
            return true;
        }
        List<JavaMethod> factories = type.getMethodsWithReturnTypeOfSelf().stream()
                .filter(method -> context.conventions().isBeanFactoryMethod(method)).toList();
        return !factories.isEmpty() && factories.stream().allMatch(ServiceLocators::hasPrototypeScope);
    }

    /** Spring's {@code @Scope("prototype")} (or {@code scopeName = "prototype"}) on {@code element}. */
    private static boolean hasPrototypeScope(HasAnnotations<?> element) {
        return Annotations.find(element, Set.of(Conventions.SPRING_SCOPE))
                .filter(scope -> Annotations.text(scope, "value").filter("prototype"::equals).isPresent()
                        || Annotations.text(scope, "scopeName").filter("prototype"::equals).isPresent())
                .isPresent();
    }

    /** The bean containers a program builds and starts: Spring's bean factories and contexts, Micronaut's context. */
    private static final List<String> BEAN_CONTAINERS = List.of(
            "org.springframework.beans.factory.BeanFactory", "io.micronaut.context.BeanLocator");

    /**
     * Whether {@code call} reads a bean out of a container its own method builds — {@code new DefaultListableBeanFactory()}
     * loaded from an XML file, {@code new AnnotationConfigApplicationContext(AppConfig.class)},
     * {@code SpringApplication.run(App.class, args)} — and then {@code getBean(…)} on it: the code that makes the container
     * is the composition root, where taking beans out of it is how a program starts; no constructor parameter could hand
     * it a bean of a container that does not exist yet. The method creates an instance of the look-up's owner type (or
     * a subtype), or calls a {@code run} method returning one ({@code SpringApplication.run},
     * {@code SpringApplicationBuilder.run}, Micronaut's {@code ApplicationContext.run}). Only bean containers: a JNDI
     * {@code new InitialContext()} is a view of the server's naming service, not a container the method builds. A look-up
     * on a container handed in or injected is still a look-up.
     */
    public static boolean onContainerItBuilds(JavaMethodCall call) {
        String handle = call.getTargetOwner().getName();
        if (BEAN_CONTAINERS.stream().noneMatch(container -> ImportedSupertypes.isAssignableTo(call.getTargetOwner(), container))) {
            return false;
        }
        JavaCodeUnit origin = call.getOrigin();
        return origin.getConstructorCallsFromSelf().stream().anyMatch(creation -> ImportedSupertypes.isAssignableTo(creation.getTargetOwner(), handle))
                || origin.getMethodCallsFromSelf().stream().anyMatch(run -> run.getName().equals("run")
                        && ImportedSupertypes.isAssignableTo(run.getTarget().getRawReturnType(), handle));
    }

    /** The callbacks through which a container hands a bean it creates its own handle: such a class is a bean, however declared. */
    private static final List<String> CONTAINER_AWARE_TYPES = List.of(
            "org.springframework.context.ApplicationContextAware", "org.springframework.beans.factory.BeanFactoryAware");

    /**
     * Whether {@code call}, a look-up in {@code javaClass}, goes through a bean container handed to an object the container
     * does not create — a run context or a plug-in deserialized by Jackson and wired in an {@code init(ApplicationContext)}
     * hook, the per-run helpers such an object builds and hands the container ({@code new AclChecker(this.context, flow)}):
     * nothing can be injected into an object the container never constructs, so taking its beans from the container it is
     * handed is its only bridge, and the look-up only moves between such objects. All of:
     * <ul>
     *   <li>the look-up is on a bean container ({@link #BEAN_CONTAINERS}), in an instance method or constructor of a class
     *       (no interface: its default method runs in whatever implements it);</li>
     *   <li>neither the class nor a subclass shows a container ({@link Wiring#showsContainer}: no bean or role annotation,
     *       no injection point, not built by a bean-factory method), it implements no container-aware callback
     *       ({@code ApplicationContextAware}, {@code BeanFactoryAware}), and nothing that shows a container creates it
     *       with {@code new} — a bean handing its injected container to a helper it builds passes a service locator
     *       around, and stays reported;</li>
     *   <li>the container reaches the look-up only as a parameter of the method that looks up, or through instance fields
     *       assigned only by code that is handed the container as a parameter (a constructor, the {@code init} hook) or
     *       by a builder nested in the same class — never from a static holder or a call that returns the container.</li>
     * </ul>
     */
    public static boolean onContainerHandedToAnObjectItDoesNotCreate(JavaMethodCall call, JavaClass javaClass, RuleContext context) {
        String handle = call.getTargetOwner().getName();
        JavaCodeUnit origin = call.getOrigin();
        if (BEAN_CONTAINERS.stream().noneMatch(container -> ImportedSupertypes.isAssignableTo(call.getTargetOwner(), container))
                || origin.getModifiers().contains(JavaModifier.STATIC) || javaClass.isInterface()
                || origin.getMethodCallsFromSelf().stream().anyMatch(other -> ImportedSupertypes.isAssignableTo(other.getTarget().getRawReturnType(), handle))) {
            return false;
        }
        List<JavaFieldAccess> handleReads = origin.getFieldAccesses().stream()
                .filter(access -> ImportedSupertypes.isAssignableTo(access.getTarget().getRawType(), handle)).toList();
        boolean handedAsParameter = handedAs(origin, handle);
        if (!handedAsParameter && handleReads.isEmpty()
                || !handleReads.stream().allMatch(access -> access.getTarget().resolveMember().filter(field -> handedField(field, handle, context)).isPresent())) {
            return false;
        }
        return createdOutsideTheContainer(javaClass, context);
    }

    /** Whether {@code unit} has a parameter of the container type {@code handle}. */
    private static boolean handedAs(JavaCodeUnit unit, String handle) {
        return unit.getRawParameterTypes().stream().anyMatch(parameter -> ImportedSupertypes.isAssignableTo(parameter, handle));
    }

    /**
     * An instance field holding a container handed in: assigned only by code of its class handed the container as a
     * parameter, or by a class nested in the same top-level class that shows no container (a builder).
     */
    private static boolean handedField(JavaField field, String handle, RuleContext context) {
        return !field.getModifiers().contains(JavaModifier.STATIC) && field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .allMatch(write -> write.getOriginOwner().equals(field.getOwner()) && handedAs(write.getOrigin(), handle)
                        || !write.getOriginOwner().equals(field.getOwner()) && Locations.sameTopLevel(write.getOriginOwner(), field.getOwner())
                                && !Wiring.showsContainer(write.getOriginOwner(), context));
    }

    /** See {@link #onContainerHandedToAnObjectItDoesNotCreate}: no sign of a container on the class, its subclasses or its creators. */
    private static boolean createdOutsideTheContainer(JavaClass javaClass, RuleContext context) {
        return !Wiring.showsContainer(javaClass, context)
                && javaClass.getAllSubclasses().stream().noneMatch(subclass -> Wiring.showsContainer(subclass, context))
                && CONTAINER_AWARE_TYPES.stream().noneMatch(type -> ImportedSupertypes.isAssignableTo(javaClass, type))
                && javaClass.getConstructorCallsToSelf().stream().noneMatch(creation -> Wiring.showsContainer(creation.getOriginOwner(), context));
    }

    /**
     * Whether {@code call} looks a bean up by a name or type computed at run time, which no constructor parameter can
     * express: a name built at run time ({@code getBean(domain + "Suffix")}: its first parameter is a {@code String}
     * and the source shows a concatenation of a literal with a run-time value on the line of the call, or the line
     * before or after, where a call is wrapped), or a type loaded by name ({@link #byTypeLoadedAtRunTime}).
     */
    public static boolean byNameOrTypeComputedAtRunTime(JavaMethodCall call, RuleContext context) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (!parameters.isEmpty() && parameters.get(0).getName().equals("java.lang.Class")) {
            return byTypeLoadedAtRunTime(call);
        }
        if (parameters.isEmpty() || !parameters.get(0).getName().equals("java.lang.String")) {
            return false;
        }
        int line = call.getLineNumber();
        JavaClass topLevel = Locations.topLevel(call.getOriginOwner());
        return context.sources().facts(topLevel).stream().flatMap(facts -> facts.texts().stream())
                .filter(text -> Math.abs(text.line() - line) <= 1)
                .anyMatch(text -> text.parts().stream().anyMatch(SourceFacts.Hole.class::isInstance)
                        && text.parts().stream().anyMatch(part -> !(part instanceof SourceFacts.Hole)));
    }

    /**
     * Whether {@code call}, a look-up, fetches no collaborator the code could name in a constructor parameter — told from
     * the class file ({@link CallSites}); a call whose site cannot be read is a look-up:
     * <ul>
     *   <li>its result is thrown away ({@code context.getBean("blPersistenceManagerFactory");} as a statement): the call
     *       only makes the container create the bean now, for a side effect of its creation — what {@code @DependsOn}
     *       declares;</li>
     *   <li>it looks up by a name its code reads at run time ({@code nameReadAtRunTime}): a plug-in or strategy
     *       registry keyed by data — but not by names the container itself lists ({@code getBeanNamesForType(X.class)},
     *       then {@code getBean(name)} for each: the discovery of every bean of a type, as {@code getBeansOfType});</li>
     *   <li>it fetches every connection pool of the application by the names the container lists
     *       ({@code (DataSource) getBean(name)} for each of {@code getBeanNamesForType(DataSource.class)}), as a tool
     *       that installs, dumps or restores the schema of each of the application's databases does: the pools are
     *       infrastructure, and their bean names are the identity of the databases the tool keys its work by;</li>
     *   <li>a JNDI look-up whose result is cast right away to a type of an environment entry ({@link #ENV_ENTRY_TYPES}:
     *       {@code (String) context.lookup("java:comp/env/solr/home")}): a setting the deployment descriptor or the servlet
     *       container provides, read beside system properties — configuration, not a collaborator;</li>
     *   <li>a JNDI look-up of a name the Java EE platform binds for a component to learn about itself
     *       ({@code java:app/AppName}, {@code java:module/ModuleName}: strings) or to reach its own EJB context
     *       ({@code java:comp/EJBContext}, whose {@code getBusinessObject} is the container's proxy of the bean itself):
     *       portable names only JNDI (or {@code @Resource}) resolves, and no collaborator;</li>
     *   <li>a static method handed the container as a parameter, in a class that keeps no handle of its own, builds and
     *       returns an object of its return type ({@code static LocalContainerEntityManagerFactoryBean
     *       newEntityManagerFactory(ConfigurableListableBeanFactory beanFactory, …)}): a helper of the {@code @Bean}
     *       methods that call it with their bean factory — wiring code, written outside a configuration class so that
     *       several configurations can share it.</li>
     * </ul>
     */
    public static boolean fetchesNoFixedCollaborator(JavaMethodCall call) {
        if (inBeanBuilderHandedTheContainer(call)) {
            return true;
        }
        List<CallSites.Site> sites = CallSites.of(call);
        if (sites.isEmpty()) {
            return false;
        }
        if (sites.stream().allMatch(CallSites.Site::discarded)) {
            return true;
        }
        if (nameReadAtRunTime(call, sites)) {
            return !byDiscoveredName(call) || sites.stream().allMatch(ServiceLocators::fetchesDataSource);
        }
        if (isJndiLookup(call) && sites.stream().allMatch(site -> site.castTo() != null && ENV_ENTRY_TYPES.contains(site.castTo()))) {
            return true;
        }
        return isJndiLookup(call) && sites.size() == 1
                && fixedName(call, sites.get(0)).filter(PLATFORM_SELF_NAMES::contains).isPresent();
    }

    /**
     * The types of a Java EE environment entry ({@code <env-entry>} in {@code web.xml}, bound under {@code java:comp/env}):
     * a JNDI look-up whose result is cast right away to one of them reads a setting, not a collaborator.
     */
    private static final Set<String> ENV_ENTRY_TYPES = Set.of("java.lang.String", "java.lang.Character", "java.lang.Byte",
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.lang.Double", "java.lang.Float");

    /**
     * Whether {@code call} looks a bean or a JNDI entry up by a name its code reads at run time — from a map, an entity's
     * metadata, a catalogue, a configurable field, the key an adapter is handed ({@code getBean(targetManagers.get(mode))},
     * {@code getBean(api.getSpringBean())}, {@code getBean(validatorName, PropertyValidator.class)}) — rather than a name
     * written in the code (a literal or a constant): its first argument, a {@code String}, is a local variable assigned
     * no string literal in its method, an instance field, a static field assigned outside its class's initializer, or a
     * value computed on the spot, at every site. Whether the name came from the container's own list of names is asked
     * separately ({@code byDiscoveredName}).
     */
    private static boolean nameReadAtRunTime(JavaMethodCall call, List<CallSites.Site> sites) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (parameters.isEmpty() || !parameters.get(0).getName().equals("java.lang.String")) {
            return false;
        }
        return sites.stream().allMatch(site -> {
            CallSites.Argument name = site.arguments().get(0);
            return switch (name.kind()) {
                case LOCAL, INSTANCE_FIELD, COMPUTED -> true;
                case STATIC_FIELD -> staticField(call, name.value()).map(ServiceLocators::assignedAfterInitialisation).orElse(false);
                default -> false;
            };
        });
    }

    /**
     * The name a call site passes as its first argument when the code writes it: a string literal, a constant javac
     * inlined, or a static field only its class's initializer assigns ({@code protected static String EJB_CONTEXT_PATH =
     * "java:comp/EJBContext"}); empty when the name is read at run time or cannot be told.
     */
    private static Optional<String> fixedName(JavaMethodCall call, CallSites.Site site) {
        if (site.arguments().isEmpty()) {
            return Optional.empty();
        }
        CallSites.Argument name = site.arguments().get(0);
        return switch (name.kind()) {
            case LITERAL -> Optional.ofNullable(name.value());
            case STATIC_FIELD -> staticValue(call, name.value());
            default -> Optional.empty();
        };
    }

    /** The value of the static field {@code owner.field} read on the line of {@code call}, if only its initializer assigns it. */
    private static Optional<String> staticValue(JavaMethodCall call, String ownerAndField) {
        return staticField(call, ownerAndField).flatMap(declared -> CallSites.constantValue(declared.getOwner(), declared.getName()));
    }

    /** The static field {@code owner.field} read on the line of {@code call}, when it resolves. */
    private static Optional<JavaField> staticField(JavaMethodCall call, String ownerAndField) {
        int dot = ownerAndField.lastIndexOf('.');
        String owner = ownerAndField.substring(0, dot);
        String field = ownerAndField.substring(dot + 1);
        return call.getOrigin().getFieldAccesses().stream()
                .filter(access -> access.getLineNumber() == call.getLineNumber() && access.getName().equals(field)
                        && access.getTargetOwner().getName().equals(owner))
                .findFirst()
                .flatMap(access -> access.getTarget().resolveMember());
    }

    /**
     * Whether code other than its class's initializer assigns the static field {@code field} — a setter, a start-up hook:
     * a configurable value. A field assigned only by the initializer holds what the code writes.
     */
    private static boolean assignedAfterInitialisation(JavaField field) {
        return field.getAccessesToSelf().stream().anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET
                && !(access.getOrigin() instanceof JavaStaticInitializer && access.getOriginOwner().equals(field.getOwner())));
    }

    /** The look-ups that list the names of the beans of a type or with an annotation: a discovery of every such bean. */
    private static final Set<String> NAME_DISCOVERY_METHODS = Set.of("getBeanNamesForType", "getBeanNamesForAnnotation",
            "getBeanDefinitionNames");

    /**
     * Whether the method of {@code call} lists bean names from the container ({@code getBeanNamesForType(X.class)}), itself
     * or through a method of its own class or a superclass it calls ({@code extractBeanNames(DataSource.class)}): the
     * name {@code call} looks up is one the container gave, the discovery of every bean of a type.
     */
    private static boolean byDiscoveredName(JavaMethodCall call) {
        JavaCodeUnit origin = call.getOrigin();
        return origin.getMethodCallsFromSelf().stream().anyMatch(other -> listsBeanNames(other)
                || ImportedSupertypes.isAssignableTo(origin.getOwner(), other.getTargetOwner().getName())
                        && other.getTarget().resolveMember().map(helper -> helper.getMethodCallsFromSelf().stream()
                                .anyMatch(ServiceLocators::listsBeanNames)).orElse(false));
    }

    private static boolean listsBeanNames(JavaMethodCall call) {
        return NAME_DISCOVERY_METHODS.contains(call.getName())
                && ImportedSupertypes.isAssignableTo(call.getTargetOwner(), "org.springframework.beans.factory.BeanFactory");
    }

    private static final String DATA_SOURCE = "javax.sql.DataSource";

    /** Whether a site's result is a {@code DataSource}: cast to one, or asked for with {@code DataSource.class}. */
    private static boolean fetchesDataSource(CallSites.Site site) {
        return DATA_SOURCE.equals(site.castTo()) || site.arguments().size() == 2
                && site.arguments().get(1).kind() == CallSites.Kind.CLASS_LITERAL && DATA_SOURCE.equals(site.arguments().get(1).value());
    }

    /** The names the Java EE platform binds for a component about itself (see {@link #fetchesNoFixedCollaborator}). */
    private static final Set<String> PLATFORM_SELF_NAMES = Set.of("java:app/AppName", "java:module/ModuleName", "java:comp/EJBContext");

    private static boolean isJndiLookup(JavaMethodCall call) {
        return call.getName().equals("lookup") && ImportedSupertypes.isAssignableTo(call.getTargetOwner(), "javax.naming.Context");
    }

    /** See {@link #fetchesNoFixedCollaborator}: a static bean builder handed the container. */
    private static boolean inBeanBuilderHandedTheContainer(JavaMethodCall call) {
        if (!(call.getOrigin() instanceof JavaMethod method) || !method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        String handle = call.getTargetOwner().getName();
        JavaClass returned = method.getRawReturnType();
        return method.getRawParameterTypes().stream().anyMatch(parameter -> ImportedSupertypes.isAssignableTo(parameter, handle))
                && method.getOwner().getAllFields().stream().noneMatch(field -> ImportedSupertypes.isAssignableTo(field.getRawType(), handle))
                && method.getConstructorCallsFromSelf().stream()
                        .anyMatch(creation -> ImportedSupertypes.isAssignableTo(creation.getTargetOwner(), returned.getName()));
    }

    /**
     * Whether the servlet container, not the bean container, creates {@code javaClass}: a servlet (a subtype of
     * {@code Servlet}) not declared a bean, which the container instantiates from {@code web.xml} or
     * {@code @WebServlet} with its no-argument constructor — nothing can be injected into it, and a look-up through
     * {@code WebApplicationContextUtils} is its bridge to the beans. The servlet base classes ({@code HttpServlet},
     * {@code GenericServlet}, jakarta and javax) are named too: a build declaring the servlet API {@code provided} does not
     * put it on the runtime class path, and the base class is then a stub that shows no {@code Servlet} interface.
     */
    public static boolean createdByTheServletContainer(JavaClass javaClass, RuleContext context) {
        return SERVLET_TYPES.stream().anyMatch(type -> ImportedSupertypes.isAssignableTo(javaClass, type))
                && !context.conventions().isBean(javaClass);
    }

    /** The servlet interface, and the base classes servlets extend (named for a class path without the servlet API). */
    private static final List<String> SERVLET_TYPES = List.of("jakarta.servlet.Servlet", "javax.servlet.Servlet",
            "jakarta.servlet.http.HttpServlet", "javax.servlet.http.HttpServlet",
            "jakarta.servlet.GenericServlet", "javax.servlet.GenericServlet");

    /**
     * Whether {@code call} looks a bean up by a type its method loads by name — a plug-in class the configuration
     * names ({@code Class<?> type = loader.loadClass(settings.tuningClass()); context.getBean(type)}): the method calls
     * {@code Class.forName} or {@code ClassLoader.loadClass}, and no class literal is referenced on the look-up's line
     * ({@code getBean(Formatter.class)} names its type in the code).
     */
    private static boolean byTypeLoadedAtRunTime(JavaMethodCall call) {
        JavaCodeUnit origin = call.getOrigin();
        boolean loadsByName = origin.getMethodCallsFromSelf().stream().anyMatch(load ->
                load.getTargetOwner().getName().equals("java.lang.Class") && load.getName().equals("forName")
                        || load.getName().equals("loadClass") && ImportedSupertypes.isAssignableTo(load.getTargetOwner(), "java.lang.ClassLoader"));
        return loadsByName && origin.getReferencedClassObjects().stream().noneMatch(literal -> literal.getLineNumber() == call.getLineNumber());
    }
}
