package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
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
     * {@code …Factory}, {@code …Lookup} or {@code …Locator} ({@link Term#FACTORY_AND_LOOKUP_SUFFIXES}).
     */
    public static boolean isFactoryOrLookup(JavaClass javaClass, RuleContext context) {
        String topLevel = Locations.topLevelName(javaClass);
        return context.conventions().names(Term.FACTORY_AND_LOOKUP_SUFFIXES).stream().anyMatch(topLevel::endsWith);
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
