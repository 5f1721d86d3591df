package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Wiring is not use: recognises wiring code (configuration, bean factories, registration) and classes that are
 * handed a collaborator only to pass it on.
 */
public final class Wiring {

    /** Supertypes of classes that register beans or reflection hints: they name types, they do not use them. */
    public static final Set<String> REGISTRATION_TYPES = Set.of(
            "org.springframework.aot.hint.RuntimeHintsRegistrar",
            "org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor",
            "org.springframework.beans.factory.aot.BeanRegistrationAotProcessor",
            "org.springframework.context.annotation.ImportBeanDefinitionRegistrar",
            "org.springframework.context.annotation.ImportSelector",
            "org.springframework.beans.factory.config.BeanFactoryPostProcessor",
            "org.springframework.beans.factory.config.BeanPostProcessor");

    private Wiring() {
    }

    /**
     * Whether {@code javaClass} never keeps or calls {@code collaborator}, although it receives it (as a
     * constructor parameter, say): it only passes it on, to {@code super(…)} or to an object it builds.
     */
    public static boolean onlyPassesOn(JavaClass javaClass, JavaClass collaborator) {
        boolean kept = javaClass.getFields().stream().anyMatch(field -> field.getRawType().equals(collaborator));
        return !kept && accessesTo(javaClass, collaborator).findAny().isEmpty();
    }

    /**
     * Whether {@code javaClass} keeps {@code collaborator} without ever using it: it has a field of exactly that type,
     * no code reads any such field, and the class neither calls nor accesses the collaborator nor hands it to an object it
     * builds (a constructor of another class taking its type) — an injected collaborator left behind when the code that
     * used it went, a dead field rather than a responsibility. Handing it to {@code super(…)} is the base class's use.
     */
    public static boolean keptButNeverRead(JavaClass javaClass, JavaClass collaborator) {
        List<JavaField> kept = javaClass.getFields().stream().filter(field -> field.getRawType().equals(collaborator)).toList();
        boolean handedOn = javaClass.getConstructorCallsFromSelf().stream()
                .filter(call -> !(call.getOrigin().isConstructor() && javaClass.getRawSuperclass().filter(call.getTargetOwner()::equals).isPresent()))
                .anyMatch(call -> call.getTarget().getRawParameterTypes().stream().anyMatch(parameter -> ImportedSupertypes.isAssignableTo(collaborator, parameter.getName())));
        return !kept.isEmpty() && !handedOn && accessesTo(javaClass, collaborator).findAny().isEmpty()
                && kept.stream().allMatch(field -> field.getAccessesToSelf().stream().allMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET));
    }

    /**
     * Whether {@code javaClass} uses {@code collaborator} only while it is built: it keeps no field of its type and
     * touches it (calls, field accesses) only in its constructors — a registry that reads through a repository once to
     * build what it keeps, as a configuration class would. Having kept no reference, it cannot reach it afterwards.
     * A lambda in a constructor runs later and is a use.
     */
    public static boolean usedOnlyWhileBuilt(JavaClass javaClass, JavaClass collaborator) {
        boolean kept = javaClass.getFields().stream().anyMatch(field -> ImportedSupertypes.isAssignableTo(field.getRawType(), collaborator.getName()));
        return !kept && accessesTo(javaClass, collaborator).allMatch(access -> access.getOrigin().isConstructor());
    }

    /**
     * Whether {@code constructor} passes a parameter of type {@code collaborator} on to a constructor of its class's
     * superclass: the {@code super(…)} call takes a parameter that {@code collaborator} is assignable to. By types, as
     * bytecode tells no data flow: what the argument was is not known, only that the superclass is handed one.
     */
    public static boolean handsToSuper(JavaCodeUnit constructor, JavaClass collaborator) {
        Optional<JavaClass> superclass = constructor.getOwner().getRawSuperclass();
        if (!constructor.isConstructor() || superclass.isEmpty()) {
            return false;
        }
        for (JavaConstructorCall call : constructor.getConstructorCallsFromSelf()) {
            if (call.getTargetOwner().equals(superclass.get()) && call.getTarget().getRawParameterTypes().stream()
                    .anyMatch(parameter -> ImportedSupertypes.isAssignableTo(collaborator, parameter.getName()))) {
                return true;
            }
        }
        return false;
    }

    /** The calls and field accesses of {@code javaClass} on {@code collaborator} or a subtype of it. */
    private static Stream<JavaAccess<?>> accessesTo(JavaClass javaClass, JavaClass collaborator) {
        return javaClass.getAccessesFromSelf().stream()
                .filter(access -> access.getTargetOwner().equals(collaborator) || ImportedSupertypes.isAssignableTo(access.getTargetOwner(), collaborator.getName()));
    }

    /**
     * Whether {@code javaClass} is wiring code: a configuration class, or a class nested in one (a start-up lifecycle
     * bean, a bean-factory post-processor, a static holder of {@code @Bean}s), which only the container builds.
     */
    public static boolean isConfigurationOrNestedInOne(JavaClass javaClass, RuleContext context) {
        return Locations.selfAndEnclosing(javaClass).anyMatch(type -> context.hasRole(type, Role.CONFIGURATION));
    }

    /** The provider interfaces of dependency injection: the injector asks an implementation for each instance it hands out. */
    private static final List<String> INJECTION_PROVIDER_TYPES = List.of(
            "jakarta.inject.Provider", "javax.inject.Provider", "com.google.inject.Provider");

    /**
     * Whether {@code javaClass} implements a provider of dependency injection ({@code jakarta.inject.Provider},
     * {@code javax.inject.Provider}, Guice's {@code Provider}), bound with {@code bind(T).toProvider(…)}: the injector
     * calls its {@code get()} for the instance it injects, so building that instance is the provider's job — Guice's
     * counterpart of a Spring {@code FactoryBean} or a {@code @Bean} method. By name, so a class path without the
     * framework still shows it.
     */
    public static boolean isInjectionProvider(JavaClass javaClass, RuleContext context) {
        return INJECTION_PROVIDER_TYPES.stream().anyMatch(type -> context.isAssignableTo(javaClass, type));
    }

    /**
     * Configuration classes (the {@link Role#CONFIGURATION} role), bean factories and registration code
     * ({@link #REGISTRATION_TYPES}): they build, pass and register the types they name.
     */
    public static boolean isWiringCode(JavaClass javaClass, RuleContext context) {
        return context.hasRole(javaClass, Role.CONFIGURATION)
                || REGISTRATION_TYPES.stream().anyMatch(type -> context.isAssignableTo(javaClass, type));
    }

    /**
     * Annotations that declare a class for a runtime other than a dependency-injection container: JAX-RS resources, servlets
     * and WebSocket endpoints are created by the web runtime, which hands them the request's context, not collaborators.
     */
    private static final Set<String> WEB_RUNTIME_ANNOTATIONS = Set.of("jakarta.ws.rs.Path", "javax.ws.rs.Path",
            "jakarta.servlet.annotation.WebServlet", "javax.servlet.annotation.WebServlet",
            "jakarta.websocket.server.ServerEndpoint", "javax.websocket.server.ServerEndpoint");

    /** Annotations through which the web runtime, not a container of collaborators, sets a member: JAX-RS {@code @Context}. */
    private static final Set<String> REQUEST_CONTEXT_ANNOTATIONS = Set.of("jakarta.ws.rs.core.Context", "javax.ws.rs.core.Context");

    /**
     * Whether the web runtime sets {@code member} with the request's context (JAX-RS {@code @Context}: its {@code UriInfo},
     * headers, security context) — no collaborator a container injects.
     */
    public static boolean isRequestContext(HasAnnotations<?> member) {
        return Annotations.hasAny(member, REQUEST_CONTEXT_ANNOTATIONS);
    }

    /**
     * Whether the code base of {@code classes} is wired by hand: no dependency-injection container creates any of its
     * classes. None is declared a bean ({@code @Component}, {@code @Singleton}, {@code @ApplicationScoped}, a role's
     * annotation such as {@code @Service} or {@code @RestController}), none has an injection point ({@code @Autowired},
     * {@code @Inject}, {@code @Resource}, {@code @Value}, {@code @PersistenceContext}, … on a field, constructor or
     * method) and none is created by a bean-factory method ({@code @Bean}, {@code @Produces}). JAX-RS resources do not
     * count: the JAX-RS runtime creates them per request and injects the request's context ({@code @Context}, or
     * {@code @Inject} of the objects the application bound to it by hand) — unless declared a bean themselves. Such a code
     * base (a search server or a process engine that builds itself from one container class, a command-line tool) composes
     * its objects with {@code new} in its own composition code: there is no container to inject from.
     *
     * <p>Only what the classes show is seen: a code base wired by XML bean definitions alone looks wired by hand.
     */
    public static boolean isWiredByHand(Collection<JavaClass> classes, RuleContext context) {
        Set<String> declaring = containerRoleAnnotations(context);
        return classes.stream().noneMatch(javaClass -> showsContainer(javaClass, declaring, context));
    }

    /**
     * Whether {@code javaClass} shows that a container creates it: declared a bean (a bean annotation, a role annotation of
     * a container), with an injection point, or built by a bean-factory method — what {@link #isWiredByHand} asks of every
     * class. A JAX-RS resource counts only when declared a bean itself.
     */
    public static boolean showsContainer(JavaClass javaClass, RuleContext context) {
        return showsContainer(javaClass, containerRoleAnnotations(context), context);
    }

    private static boolean showsContainer(JavaClass javaClass, Set<String> declaring, RuleContext context) {
        if (context.conventions().isBean(javaClass)) {
            return true;
        }
        boolean resource = JaxRsResources.isResource(javaClass);
        if (!resource && (Annotations.hasAny(javaClass, declaring)
                || javaClass.getFields().stream().anyMatch(field -> injected(field, context))
                || javaClass.getCodeUnits().stream().anyMatch(unit -> injected(unit, context)))) {
            return true;
        }
        return javaClass.getCodeUnits().stream().anyMatch(unit -> context.conventions().isBeanFactoryMethod(unit))
                || javaClass.getConstructorCallsToSelf().stream().anyMatch(call -> context.conventions().isBeanFactoryMethod(call.getOrigin()));
    }

    /** The roles' annotations that declare a bean of a container (not {@link #WEB_RUNTIME_ANNOTATIONS}): computed once per run. */
    private static Set<String> containerRoleAnnotations(RuleContext context) {
        return Stream.of(Role.CONTROLLER, Role.SERVICE, Role.REPOSITORY, Role.CLIENT, Role.CONFIGURATION)
                .flatMap(role -> context.conventions().convention(role).annotations().stream())
                .filter(name -> !WEB_RUNTIME_ANNOTATIONS.contains(name))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static boolean injected(com.tngtech.archunit.core.domain.properties.HasAnnotations<?> member, RuleContext context) {
        return context.conventions().isInjectedByAnnotation(member)
                || context.conventions().isContainerManaged(member) && !isRequestContext(member);
    }
}
