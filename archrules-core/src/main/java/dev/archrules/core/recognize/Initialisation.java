package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Construction is not mutation: recognises code that runs while the application is being built — before requests
 * are served — or while it shuts down, so that what it writes is initialisation state, not shared mutable state.
 *
 * <p>Initialisation code is
 * <ul>
 *   <li>a static initializer; an injection-annotated or {@code @PostConstruct} method; a lifecycle method
 *       ({@link Term#LIFECYCLE_METHODS}, with at most one parameter) of any class — a provider factory's
 *       {@code init}/{@code postInit}/{@code close}, a listener's {@code contextInitialized}; the {@code run} method of a
 *       start-up runner ({@link Term#STARTUP_RUNNER_TYPES}: a Spring Boot {@code CommandLineRunner} or
 *       {@code ApplicationRunner}), which runs once after start-up; a listener that acts only on start-up and shut-down
 *       events ({@link dev.archrules.core.conventions.Conventions#handlesOnlyLifecycleEvents}: the port taken from
 *       {@code WebServerInitializedEvent}, also in a listener of all events that tests for it with {@code instanceof});
 *       a program's {@code public static void main(String[])}, which builds and starts a stand-alone server; the
 *       {@code prepare()} phase of a class whose lifecycle also has {@code start} (a module provider, prepared then
 *       started by its module manager); a registration callback ({@link Term#REGISTRATION_CALLBACKS}) of a library base
 *       class that only the library calls (Spring Boot's {@code RegistrationBean.register}, a plugin handler's
 *       {@code register(plugin)});</li>
 *   <li>wiring: a bean-factory method, any code of a configuration class or of a class nested in one, any code of a
 *       bean definition a compile-time container generates (Micronaut's {@code $TaxService$Definition}, whose
 *       {@code inject} sets the bean's non-private injected fields);
 *       a setter of a Spring {@code *Aware} interface, and a setter of the code base's own {@code …Aware} interface
 *       that only initialisation code calls (also from a lambda: {@code awareBeans.forEach(bean -> bean.setX(x))});</li>
 *   <li>the constructor of a container-managed singleton, or a constructor only initialisation code calls;</li>
 *   <li>a method that only initialisation code calls (a private {@code initDefaults()} called by {@code init}, a
 *       static {@code Holder.set(…)} called by another class's {@code init}), and a configuration method — setter
 *       {@code setX(v)}, adder {@code addX(…)} ({@link Term#CONFIGURATION_METHOD_PREFIXES}) or fluent setter (one
 *       parameter, returns its own type) — that no code of the code base calls: configuration binding.</li>
 * </ul>
 * A call counts as made at initialisation when its caller is initialisation code, when a constructor calls a method
 * of the object it builds, or when the caller created the object it configures ({@code r = new Repo(…);
 * r.setOrder(…)}: a factory, or a per-call object). Calls in a lambda and method references are callbacks that run
 * later, except in wiring code (a {@code PropertyMapper}'s {@code to(client::setTimeout)}, a customizer lambda).
 */
public final class Initialisation {

    /** How many callers deep a method is traced back to initialisation code. */
    private static final int DEPTH = 5;

    private static final String AWARE = "org.springframework.beans.factory.Aware";

    /**
     * The bean definitions a compile-time dependency-injection container generates beside each bean: Micronaut's
     * annotation processor writes {@code $TaxService$Definition} (an {@code InjectableBeanDefinition}), whose
     * {@code instantiate} and {@code inject} create the bean and set its non-private {@code @Inject} and {@code @Value}
     * fields directly — the container's construction of the bean, in a class of its own.
     */
    private static final Set<String> BEAN_DEFINITION_TYPES = Set.of("io.micronaut.inject.BeanDefinition");

    private static final String SCALA_SETTER_SUFFIX = "_$eq";

    private Initialisation() {
    }

    /** Whether {@code codeUnit} runs only while the application is built or shut down (see the class comment). */
    public static boolean runsAtInitialisation(JavaCodeUnit codeUnit, RuleContext context) {
        return runsAtInitialisation(codeUnit, context, DEPTH, new Trace());
    }

    /**
     * The code units on the path being traced (a call cycle does not count as initialisation) and those already found
     * to run at initialisation: a method reached twice — two calls of one helper from the same method — is not taken
     * for a cycle.
     */
    private static final class Trace {
        private final Set<JavaCodeUnit> onPath = new HashSet<>();
        private final java.util.Map<JavaCodeUnit, Boolean> answers = new java.util.HashMap<>();
    }

    /**
     * Whether {@code codeUnit} is a configuration method: {@code setX(value)}, {@code addX(…)}, the setter scalac writes
     * for a {@code var} ({@code x_$eq(value)}) or a fluent setter (an instance method with one parameter returning its
     * own type).
     */
    public static boolean isConfigurationMethod(JavaCodeUnit codeUnit, RuleContext context) {
        if (!codeUnit.isMethod() || codeUnit.getRawParameterTypes().isEmpty()) {
            return false;
        }
        String name = codeUnit.getName();
        boolean prefixed = context.conventions().names(Term.CONFIGURATION_METHOD_PREFIXES).stream()
                .anyMatch(prefix -> name.length() > prefix.length() && name.startsWith(prefix)
                        && Character.isUpperCase(name.charAt(prefix.length())))
                // the setter scalac writes for a var: x_$eq(value)
                || name.endsWith(SCALA_SETTER_SUFFIX) && name.length() > SCALA_SETTER_SUFFIX.length()
                        && codeUnit.getRawParameterTypes().size() == 1;
        boolean returnsVoidOrSelf = codeUnit.getRawReturnType().getName().equals("void")
                || ImportedSupertypes.isAssignableTo(codeUnit.getOwner(), codeUnit.getRawReturnType().getName());
        boolean fluent = codeUnit.getRawParameterTypes().size() == 1 && !codeUnit.getModifiers().contains(JavaModifier.STATIC)
                && codeUnit.getRawReturnType().equals(codeUnit.getOwner());
        return prefixed && returnsVoidOrSelf || fluent;
    }

    private static boolean runsAtInitialisation(JavaCodeUnit codeUnit, RuleContext context, int depth, Trace trace) {
        if (isInitialisationByItself(codeUnit, context)) {
            return true;
        }
        if (codeUnit.isConstructor() && isContainerSingleton(codeUnit.getOwner(), context)) {
            return true;
        }
        Boolean known = trace.answers.get(codeUnit);
        if (known != null) {
            return known;
        }
        if (depth == 0 || !trace.onPath.add(codeUnit)) {
            return false;
        }
        boolean answer;
        List<JavaAccess<?>> accesses = accessesTo(codeUnit).stream().filter(access -> !fromIdleBridge(access)).toList();
        if (accesses.isEmpty()) {
            // configuration binding sets properties of a bean instance; a static adder nobody calls binds nothing
            answer = isConfigurationMethod(codeUnit, context) && !codeUnit.getModifiers().contains(JavaModifier.STATIC);
        } else {
            answer = accesses.stream().allMatch(access -> madeAtInitialisation(access, context, depth - 1, trace));
        }
        trace.onPath.remove(codeUnit);
        if (answer) {
            // only "yes" is certain: a "no" may come from the depth limit or a cycle on this path
            trace.answers.put(codeUnit, true);
        }
        return answer;
    }

    /**
     * Static initializers, injection and post-construct methods, lifecycle methods, wiring, {@code *Aware} setters, the
     * code of a container's generated bean definition.
     */
    private static boolean isInitialisationByItself(JavaCodeUnit codeUnit, RuleContext context) {
        if (codeUnit instanceof JavaStaticInitializer || isWiring(codeUnit, context) || isBeanDefinition(codeUnit.getOwner(), context)
                || context.conventions().isInjectedByAnnotation(codeUnit)
                || Annotations.hasAny(codeUnit, context.conventions().names(Term.POST_CONSTRUCT_ANNOTATIONS))) {
            return true;
        }
        if (codeUnit.isMethod() && codeUnit.getRawParameterTypes().size() <= 1
                && context.conventions().names(Term.LIFECYCLE_METHODS).contains(codeUnit.getName())) {
            return true;
        }
        if (codeUnit.isMethod() && codeUnit.getName().equals("run") && codeUnit.getRawParameterTypes().size() == 1
                && context.conventions().names(Term.STARTUP_RUNNER_TYPES).stream().anyMatch(type -> context.isAssignableTo(codeUnit.getOwner(), type))) {
            return true;
        }
        if (context.conventions().handlesOnlyLifecycleEvents(codeUnit) || isMainMethod(codeUnit) || isPreparationPhase(codeUnit, context)
                || isFrameworkRegistrationCallback(codeUnit, context)) {
            return true;
        }
        return codeUnit.isMethod() && codeUnit.getName().startsWith("set") && codeUnit.getRawParameterTypes().size() == 1
                && context.isAssignableTo(codeUnit.getOwner(), AWARE);
    }

    /**
     * The preparation phase of a phased lifecycle: an instance method {@code prepare()} without parameters of a class that
     * also has a lifecycle {@code start} method ({@link Term#LIFECYCLE_METHODS}, its own or inherited) — a module provider
     * of a server's own module system, which the module manager prepares, then starts, before anything is served
     * (registering its services, setting the static holders the objects the pipeline builds read). A {@code prepare()}
     * of a class without {@code start} (a statement, a request) is no lifecycle phase.
     */
    private static boolean isPreparationPhase(JavaCodeUnit codeUnit, RuleContext context) {
        return codeUnit.isMethod() && codeUnit.getName().equals("prepare") && codeUnit.getRawParameterTypes().isEmpty()
                && !codeUnit.getModifiers().contains(JavaModifier.STATIC) && context.conventions().names(Term.LIFECYCLE_METHODS).contains("start")
                && codeUnit.getOwner().getAllMethods().stream().anyMatch(method -> method.getName().equals("start")
                        && method.getRawParameterTypes().size() <= 1 && !method.getModifiers().contains(JavaModifier.STATIC));
    }

    /**
     * A registration callback a framework base class calls at start-up: an instance method named in
     * {@link Term#REGISTRATION_CALLBACKS} ({@code register}), neither private nor static, of a class whose superclass is a
     * library type (outside the code base, not {@code Object}) that declares the method with the same parameters (it or
     * a library superclass of it) or is not imported — the recommended import leaves most library types bare names whose
     * methods are unknown, and must find what a default import finds —, and that no code of the code base calls. Only the library's own code runs it — Spring Boot's
     * {@code RegistrationBean.onStartup} calling {@code register(description, servletContext)}, a plugin framework's
     * handler calling {@code register(plugin)} as each plugin loads — so what it adds to a registry bean is start-up state,
     * like what a {@code @PostConstruct} method adds. A {@code register} the code base calls (a request's registration of
     * an instance), or one a class of the code base declares first (its own base class), is none.
     */
    private static boolean isFrameworkRegistrationCallback(JavaCodeUnit codeUnit, RuleContext context) {
        if (!(codeUnit instanceof JavaMethod method) || method.getModifiers().contains(JavaModifier.STATIC)
                || method.getModifiers().contains(JavaModifier.PRIVATE)
                || !context.conventions().names(Term.REGISTRATION_CALLBACKS).contains(method.getName())) {
            return false;
        }
        Optional<JavaClass> superclass = method.getOwner().getRawSuperclass();
        if (superclass.isEmpty() || superclass.get().getName().equals("java.lang.Object") || context.inScope(superclass.get())) {
            return false;
        }
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        boolean declaredByLibrary = method.getOwner().getAllRawSuperclasses().stream()
                .filter(type -> !type.getName().equals("java.lang.Object") && !context.inScope(type))
                .anyMatch(type -> !type.isFullyImported() || type.tryGetMethod(method.getName(), parameters).isPresent());
        return declaredByLibrary && !calledFromCodeBase(method, context);
    }

    /**
     * Whether code of the code base calls {@code method} (or a method it overrides): the library's own template method
     * ({@code RegistrationBean.onStartup}) does not count, and a call from the bridge method the compiler wrote beside an
     * override of a generic hook ({@code register(Plugin)} forwarding to {@code register(PolicyPlugin)}) counts only when
     * the code base calls the bridge.
     */
    private static boolean calledFromCodeBase(JavaMethod method, RuleContext context) {
        for (JavaAccess<?> access : accessesTo(method)) {
            JavaCodeUnit origin = access.getOrigin();
            if (!context.inScope(origin.getOwner())) {
                continue;
            }
            boolean bridge = origin instanceof JavaMethod forwarder && forwarder.getModifiers().contains(JavaModifier.BRIDGE)
                    && forwarder.getOwner().equals(method.getOwner()) && !forwarder.equals(method);
            if (!bridge || calledFromCodeBase((JavaMethod) origin, context)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code javaClass} is a container's generated bean definition ({@link #BEAN_DEFINITION_TYPES}). */
    private static boolean isBeanDefinition(JavaClass javaClass, RuleContext context) {
        return BEAN_DEFINITION_TYPES.stream().anyMatch(type -> context.isAssignableTo(javaClass, type));
    }

    /**
     * The entry point of a stand-alone program, {@code public static void main(String[])}: it builds and starts the
     * application (a server, its settings, its metrics registry) before anything is served, so what it and the methods
     * only it calls write is start-up state.
     */
    public static boolean isMainMethod(JavaCodeUnit codeUnit) {
        return codeUnit.isMethod() && codeUnit.getName().equals("main") && codeUnit.getModifiers().contains(JavaModifier.STATIC)
                && codeUnit.getModifiers().contains(JavaModifier.PUBLIC) && codeUnit.getRawReturnType().getName().equals("void")
                && codeUnit.getRawParameterTypes().size() == 1 && codeUnit.getRawParameterTypes().get(0).getName().equals("[Ljava.lang.String;");
    }

    private static boolean isWiring(JavaCodeUnit codeUnit, RuleContext context) {
        return context.conventions().isBeanFactoryMethod(codeUnit) || Wiring.isConfigurationOrNestedInOne(codeUnit.getOwner(), context);
    }

    /** A bean the container creates once: annotated as a bean and not of a request, session or prototype scope. */
    private static boolean isContainerSingleton(JavaClass javaClass, RuleContext context) {
        return context.conventions().isBean(javaClass) && !context.conventions().hasNonSingletonScope(javaClass);
    }

    /**
     * The calls and references to {@code codeUnit}, and to the methods it overrides or implements: a call through an
     * interface reaches the implementation. An override's {@code super.setX(value)} is no caller: it runs only when that
     * override does, and reaches the base method, never another subclass's override.
     */
    private static List<JavaAccess<?>> accessesTo(JavaCodeUnit codeUnit) {
        List<JavaAccess<?>> accesses = new ArrayList<JavaAccess<?>>(codeUnit.getAccessesToSelf());
        if (codeUnit instanceof JavaMethod method && !method.getModifiers().contains(JavaModifier.STATIC)
                && !method.getModifiers().contains(JavaModifier.PRIVATE)) {
            String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
            Stream.concat(method.getOwner().getAllRawSuperclasses().stream(), method.getOwner().getAllRawInterfaces().stream())
                    .map(type -> type.tryGetMethod(method.getName(), parameters))
                    .flatMap(Optional::stream)
                    .forEach(overridden -> overridden.getAccessesToSelf().stream()
                            .filter(access -> !isSuperCall(access, overridden))
                            .forEach(accesses::add));
        }
        return accesses;
    }

    /**
     * Whether {@code access} is a {@code super.x(…)} call to {@code overridden}: it comes from an override of it — a method
     * of the same name and parameter types in a subtype. Bytecode does not keep the receiver, so a decorator's
     * {@code delegate.x(…)} from its own {@code x(…)}, when the decorator extends the same type, is taken for one too.
     */
    private static boolean isSuperCall(JavaAccess<?> access, JavaMethod overridden) {
        JavaCodeUnit origin = access.getOrigin();
        return origin.isMethod() && origin.getName().equals(overridden.getName())
                && origin.getRawParameterTypes().equals(overridden.getRawParameterTypes())
                && !origin.getOwner().equals(overridden.getOwner())
                && ImportedSupertypes.isAssignableTo(origin.getOwner(), overridden.getOwner().getName());
    }

    /**
     * A call from a forwarding method that nothing in the code base calls, so it adds no caller of its own: a bridge
     * method the compiler wrote for a generic interface ({@code build(Properties)} forwarding to {@code build(GitProperties)}),
     * or a convenience overload of the same class ({@code registerStore(store)} calling {@code registerStore(store, -1)}).
     */
    private static boolean fromIdleBridge(JavaAccess<?> access) {
        JavaCodeUnit origin = access.getOrigin();
        boolean forwards = origin.getModifiers().contains(JavaModifier.BRIDGE)
                || origin.isMethod() && origin.getName().equals(access.getName()) && origin.getOwner().equals(access.getTargetOwner())
                || isDelegatingForwarder(origin, access);
        return forwards && accessesTo(origin).isEmpty();
    }

    /**
     * A method of another class that only hands the call on under its own name ({@code PersistService.reload()} calling
     * {@code dataSourceService.reload()} and nothing else), has no annotation and overrides nothing — no framework runs
     * it, so when nothing in the code base calls it either, it adds no caller: the forwarded method runs only where its
     * other callers run it (a {@code @PostConstruct} start-up load).
     */
    private static boolean isDelegatingForwarder(JavaCodeUnit origin, JavaAccess<?> access) {
        return origin instanceof JavaMethod method && access instanceof JavaCall<?> && method.getName().equals(access.getName())
                && method.getAnnotations().isEmpty() && method.getMethodCallsFromSelf().size() == 1
                && method.getConstructorCallsFromSelf().isEmpty() && !overridesAnything(method);
    }

    private static boolean overridesAnything(JavaMethod method) {
        if (method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        return Stream.concat(method.getOwner().getAllRawSuperclasses().stream(), method.getOwner().getAllRawInterfaces().stream())
                .anyMatch(type -> type.tryGetMethod(method.getName(), parameters).isPresent());
    }

    private static boolean madeAtInitialisation(JavaAccess<?> access, RuleContext context, int depth, Trace trace) {
        JavaCodeUnit origin = access.getOrigin();
        boolean deferred = (access.isDeclaredInLambda() || !(access instanceof JavaCall<?>)) && !handedToForEach(access);
        if (deferred && !isAwareCallback(access)) {
            return isWiring(origin, context);
        }
        if (!isStatic(access) && (origin.isConstructor() && ImportedSupertypes.isAssignableTo(origin.getOwner(), access.getTargetOwner().getName())
                || createsObjectItConfigures(access))) {
            return true;
        }
        return runsAtInitialisation(origin, context, depth, trace);
    }

    /** The iterations that call the function they are given right away ({@code Iterable}, {@code Map}, {@code Stream}, …). */
    private static final Set<String> IMMEDIATE_ITERATIONS = Set.of("forEach", "forEachOrdered");
    /** Where the iterations above are declared: {@code Iterable} in {@code java.lang}, the collections, the streams. */
    private static final Set<String> ITERATION_PACKAGES = Set.of("java.lang", "java.util", "java.util.stream");

    /**
     * A method reference or lambda handed, on its line, to a collection's or stream's {@code forEach}
     * ({@code validators.forEach(this::register)}): the iteration calls it before returning, so it runs when its
     * caller runs, not later.
     */
    private static boolean handedToForEach(JavaAccess<?> access) {
        return access.getOrigin().getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getLineNumber() == access.getLineNumber() && IMMEDIATE_ITERATIONS.contains(call.getName())
                        && ITERATION_PACKAGES.contains(call.getTargetOwner().getPackageName()));
    }

    /**
     * A call of an <em>aware callback</em>: a setter of an interface named {@code …Aware} that declares only setters
     * ({@code ServerInfoAware.setServerInfo(info)}), the code base's own form of Spring's {@code *Aware} interfaces. Such
     * a callback is handed its value by the code that collects the aware beans — typically a start-up processor's
     * {@code awareBeans.forEach(bean -> bean.setServerInfo(info))} — so a call of it in a lambda runs when its caller
     * runs, not later: it counts as made at initialisation when the caller is initialisation code.
     */
    private static boolean isAwareCallback(JavaAccess<?> access) {
        if (!(access instanceof JavaCall<?> call) || !call.getName().startsWith("set")) {
            return false;
        }
        JavaClass owner = call.getTargetOwner();
        return owner.isInterface() && owner.getSimpleName().endsWith("Aware") && !owner.getMethods().isEmpty()
                && owner.getMethods().stream().allMatch(method -> method.getName().startsWith("set") && method.getRawParameterTypes().size() == 1);
    }

    /**
     * {@code r = new Repo(…); r.setOrder(…)}: the caller configures an object it created itself. A constructor's call
     * of {@code super(…)} or {@code this(…)} creates nothing.
     */
    private static boolean createsObjectItConfigures(JavaAccess<?> call) {
        JavaCodeUnit origin = call.getOrigin();
        return origin.getConstructorCallsFromSelf().stream()
                .filter(construction -> !(origin.isConstructor() && ImportedSupertypes.isAssignableTo(origin.getOwner(), construction.getTargetOwner().getName())))
                .anyMatch(construction -> ImportedSupertypes.isAssignableTo(construction.getTargetOwner(), call.getTargetOwner().getName()));
    }

    private static boolean isStatic(JavaAccess<?> access) {
        return access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget target && target.resolveMember().map(member -> member.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
    }
}
