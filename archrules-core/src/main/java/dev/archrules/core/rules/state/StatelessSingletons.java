package dev.archrules.core.rules.state;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.GeneratedCode;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.FieldArguments;
import dev.archrules.core.recognize.Initialisation;
import dev.archrules.core.recognize.SynchronizedBlocks;
import dev.archrules.core.recognize.WebHandlers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code state.stateless-singletons} (C8): no shared mutable state between request handlers.
 * <ul>
 *   <li>Objects the container shares between requests — beans of singleton scope (Spring stereotypes,
 *       {@code @Singleton}, {@code @ApplicationScoped}, classes created or returned by a {@code @Bean} /
 *       {@code @Produces} method), servlets and filters — that play a controller, service, repository or client
 *       role have no state written at request time: no method other than construction writes a field, nor changes
 *       the collection, map, counter or builder a field holds ({@code cache.put(…)}, {@code hits.incrementAndGet()}).
 *       Construction is constructors, injection methods, {@code @PostConstruct}, {@code afterPropertiesSet},
 *       {@code init} of servlets and filters, lifecycle methods ({@code Term.LIFECYCLE_METHODS}, Guava's
 *       {@code startUp}/{@code shutDown} and an output's {@code initialize} among them), the {@code prepare()} phase of a
 *       class whose lifecycle also has {@code start} (a module provider of a server's own module system, prepared then
 *       started by its module manager: the static holders it sets once are start-up state), Spring {@code *Aware} setters, the bean
 *       definition a compile-time container generates (Micronaut's {@code $X$Definition.inject} setting non-private
 *       {@code @Inject} fields), and setters that only wiring code
 *       (bean-factory methods, configuration classes) calls or that nobody in the code base calls (configuration
 *       binding). A field that is merely not {@code final} is not reported: without a request-time write
 *       nothing is shared.</li>
 *   <li>Objects that are not shared are not checked: beans of request, session or prototype scope, JAX-RS resources
 *       (per request unless declared singleton), classes the code base creates with {@code new} outside
 *       bean-factory methods (per-call objects such as query builders), and classes only bean-factory methods of a
 *       non-singleton scope make ({@code @Bean @Scope("prototype")}: a task per call).</li>
 *   <li>A static field is global state when code of the code base writes it after class initialisation (a
 *       non-final field assigned outside the static initializer; one that is merely not {@code final}, never
 *       written, is a constant that lacks the keyword, not shared state), or when the
 *       collection, map or counter it holds is changed outside the static initializer. A hook no code of the code
 *       base calls does not write at run time: a static setter named after the field that only sets it
 *       ({@code setLoginView(view)}, a customisation hook for the application built on the code base; a text setting's
 *       setter may normalise the text, {@code MODE = mode.toLowerCase()} after an empty-value test), a reset to
 *       {@code null} or to a fresh container, the static {@code reset()} of a fault-injection class for tests (switches and
 *       latches nothing else of the code base writes: tests set them, production code reads them; a latch re-armed by a
 *       helper only that reset calls included); nor does the private static helper of a lazily created singleton
 *       that only the {@code synchronized} block of its double-checked locking calls ({@code registerMetrics()}, run
 *       once with the creation); a hook excuses its own write, not the changes run-time code makes to the
 *       collection or map the field holds, which are reported as for a final field. Values that are not
 *       safe even to read concurrently ({@code DateFormat}, {@code Calendar}, {@code StringBuilder}) are
 *       reported in any static field. Arrays and collections filled once during class initialisation and only
 *       read afterwards pass, and so do constants and loggers.</li>
 *   <li>State made for concurrent use or never shared is no finding: a {@code volatile} field stored without being read
 *       back on its line (outside web controllers: a leadership flag, the time of the last event), a field only one
 *       scheduled job touches (an {@code @Scheduled} method, a self-scheduled poller, a Quartz job declared
 *       {@code @DisallowConcurrentExecution}, the {@code run()} loop of a Guava execution-thread service on its own
 *       thread), a collection built for concurrent use (a {@code java.util.concurrent} type, Guava's
 *       {@code Sets.newConcurrentHashSet()}, a synchronized wrapper), a field guarded by a lock (a collection changed only inside
 *       {@code synchronized} blocks, early exits from the block included), a field a once-only initialiser writes (a
 *       {@code synchronized} {@code ensureInitialized()} testing and setting a flag nothing else resets), a private field
 *       no code reads. A class only
 *       named {@code …Controller}, with no handler where the code base's controllers have theirs, is no web
 *       controller.</li>
 *   <li>Generated members never produce findings: synthetic fields and the fields bytecode enhancers add
 *       (OpenJPA {@code pc*}, EclipseLink {@code _persistence_*}, Hibernate {@code $$_hibernate_*}).</li>
 * </ul>
 *
 * <p>Over 400 lines on purpose: the rule's precision rests on modelling when code runs (construction, wiring,
 * binding, class initialisation, request time) for instance and static fields together; its idioms are listed
 * above, each with a fixture.
 */
public final class StatelessSingletons extends PerClassRule {

    public static final String ID = "state.stateless-singletons";

    private static final Set<Role> SINGLETON_ROLES = Set.of(Role.CONTROLLER, Role.SERVICE, Role.REPOSITORY, Role.CLIENT);

    /** Annotations of objects one instance serves all requests, beyond the conventions' generic bean annotations. */
    private static final Set<String> SINGLETON_ANNOTATIONS = Set.of(
            "jakarta.ejb.Singleton", "javax.ejb.Singleton", "io.micronaut.http.annotation.Controller");

    /** Servlets and filters: one instance per declaration, shared by all requests by the servlet specification. */
    private static final Set<String> SHARED_BY_SPECIFICATION = Set.of(
            "jakarta.servlet.Servlet", "javax.servlet.Servlet", "jakarta.servlet.Filter", "javax.servlet.Filter");

    /** Values that are not safe to share even when only read: formatting and calendars keep working state. */
    private static final List<String> UNSAFE_TO_SHARE = List.of(
            "java.text.DateFormat", "java.util.Calendar", "java.lang.StringBuilder", "java.lang.StringBuffer");

    public StatelessSingletons() {
        super(new RuleInfo(ID, ChecklistItem.C8,
                "singletons should hold no mutable state and static fields should be immutable",
                "a controller or singleton bean serves all requests at once: a mutable field is shared between them and races",
                "keep request data in local variables or parameters, make fields final, and keep state in a store built for it"));
    }

    /** The mutable types, collection interfaces and loggers this rule recognises subtypes of. */
    @Override
    public Set<String> typesOfInterest() {
        Set<String> types = new java.util.TreeSet<>(Term.MUTABLE_TYPES.builtIn());
        types.addAll(Term.COLLECTION_INTERFACES.builtIn());
        types.addAll(Term.LOGGER_TYPES.builtIn());
        types.addAll(SHARED_BY_SPECIFICATION);
        types.addAll(GeneratedCode.ENHANCER_MARKERS);
        types.add(AWARE);
        // a job's supertypes are read for @DisallowConcurrentExecution
        types.add(QUARTZ_JOB);
        return java.util.Collections.unmodifiableSet(types);
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes of the code base", javaClass -> true);
    }

    /** Whether a controller of the code base declares a handler: its web framework is recognised. */
    private boolean handlersRecognised;

    @Override
    protected void prepare(java.util.Collection<JavaClass> classes, RuleContext context) {
        handlersRecognised = WebHandlers.recognisedIn(classes, context);
    }

    @Override
    protected void finish(RuleContext context) {
        handlersRecognised = false;
    }

    /**
     * A controller that serves requests, where no state belongs at all: a class of the controller role, unless it neither
     * declares nor inherits a handler while the code base's controllers have theirs — a class only named {@code …Controller}
     * (a leader-election listener, whose leadership flag is its purpose). Where no handler is recognised anywhere, the
     * name is all there is, and a class named so is a controller.
     */
    private boolean isWebController(JavaClass javaClass, RuleContext context) {
        if (!context.hasRole(javaClass, Role.CONTROLLER) || !handlersRecognised) {
            return context.hasRole(javaClass, Role.CONTROLLER);
        }
        return WebHandlers.declares(javaClass, context) || WebHandlers.inherits(javaClass, context);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        boolean singleton = isSingleton(javaClass, context);
        javaClass.getFields().stream()
                .filter(field -> !isGenerated(field))
                .sorted(Comparator.comparing(JavaField::getName))
                .forEach(field -> {
                    if (field.getModifiers().contains(JavaModifier.STATIC)) {
                        checkStatic(field, context, violations);
                    } else if (singleton) {
                        checkInstance(field, context, violations);
                    }
                });
    }

    private static boolean isSingleton(JavaClass javaClass, RuleContext context) {
        // a builder is made per use, mutable by design
        if (javaClass.isInterface() || javaClass.isEnum() || javaClass.isRecord() || javaClass.getSimpleName().endsWith("Builder")) {
            return false;
        }
        Optional<Role> role = context.roleOf(javaClass);
        // a class without a role is a shared bean when annotated as one or made by a bean-factory method
        boolean sharedBean = role.map(SINGLETON_ROLES::contains).orElse(false)
                || role.isEmpty() && (context.conventions().isBean(javaClass) || isMadeByBeanFactory(javaClass, context));
        return sharedBean && isSharedInstance(javaClass, context);
    }

    /**
     * Whether one instance of {@code javaClass} serves all requests: a bean of singleton scope (annotated, or
     * created or returned by a bean-factory method), a servlet or filter, or an abstract class one of whose
     * subclasses is. JAX-RS resources without such a declaration are per request; classes the code base
     * creates with {@code new} elsewhere are per call.
     */
    private static boolean isSharedInstance(JavaClass javaClass, RuleContext context) {
        if (context.conventions().hasNonSingletonScope(javaClass)) {
            return false;
        }
        if (context.conventions().isBean(javaClass) || Annotations.hasAny(javaClass, SINGLETON_ANNOTATIONS)
                || SHARED_BY_SPECIFICATION.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(javaClass, name))
                || isMadeByBeanFactory(javaClass, context)) {
            return true;
        }
        return javaClass.getModifiers().contains(JavaModifier.ABSTRACT)
                && javaClass.getAllSubclasses().stream().anyMatch(subclass -> context.inScope(subclass)
                && !subclass.getModifiers().contains(JavaModifier.ABSTRACT) && isSharedInstance(subclass, context));
    }

    /**
     * Whether a bean-factory method of singleton scope returns or creates {@code javaClass}; one declared
     * {@code @Scope("prototype")} (or request, session, …) makes an instance per use.
     */
    private static boolean isMadeByBeanFactory(JavaClass javaClass, RuleContext context) {
        return javaClass.getMethodsWithReturnTypeOfSelf().stream().anyMatch(method -> isSingletonFactory(method, context))
                || javaClass.getConstructorCallsToSelf().stream().anyMatch(call -> isSingletonFactory(call.getOrigin(), context));
    }

    private static boolean isSingletonFactory(JavaCodeUnit codeUnit, RuleContext context) {
        return context.conventions().isBeanFactoryMethod(codeUnit) && !context.conventions().hasNonSingletonScope(codeUnit);
    }

    /**
     * A static field, not public, every access of which outside the static initializer lies in a {@code static synchronized}
     * method of its own class: each use holds the class lock, one at a time, so neither a write nor a
     * {@code SimpleDateFormat} used there is shared state. A protected or package-private field (a registry's
     * {@code protected static ApplicationServerImpl applicationServer} behind {@code static synchronized} accessors) is
     * reached only by the code base's own classes and its subclasses, whose accesses are all seen; a public one by anyone.
     * An access from a lambda or a method without the lock is not guarded.
     */
    private static boolean guardedByClassLock(JavaField field) {
        JavaClass owner = field.getOwner();
        if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        List<JavaFieldAccess> uses = field.getAccessesToSelf().stream().filter(access -> !isClassInitialization(access.getOrigin(), owner)).toList();
        return !uses.isEmpty() && uses.stream().allMatch(access -> access.getOrigin().getOwner().equals(owner)
                && access.getOrigin().getModifiers().contains(JavaModifier.STATIC)
                && access.getOrigin().getModifiers().contains(JavaModifier.SYNCHRONIZED));
    }

    /**
     * A private field of a bean every use of which after construction holds a lock — lies in a {@code synchronized}
     * method or block ({@link SynchronizedBlocks}) of its own class: a busy flag set and cleared inside one
     * {@code synchronized} job method and read through {@code private synchronized} accessors. One thread at a time
     * sees it, so it is guarded state, not a race; the bean's lock, like the class lock of {@link #guardedByClassLock}.
     * Not in a controller, where no state belongs at all, and not when one use (a lambda's, or any other) runs
     * without the lock.
     */
    private boolean guardedByInstanceLock(JavaField field, RuleContext context) {
        JavaClass owner = field.getOwner();
        if (!field.getModifiers().contains(JavaModifier.PRIVATE) || isWebController(owner, context)) {
            return false;
        }
        List<JavaFieldAccess> uses = field.getAccessesToSelf().stream().filter(access -> !isConstruction(access.getOrigin(), owner, context)).toList();
        return !uses.isEmpty() && uses.stream().allMatch(access -> access.getOrigin().getOwner().equals(owner) && !access.isDeclaredInLambda()
                && SynchronizedBlocks.holdsLockAt(access.getOrigin(), access.getLineNumber()));
    }

    /** Synthetic fields and the fields bytecode enhancers add. */
    private static boolean isGenerated(JavaField field) {
        return field.getName().contains("$") || GeneratedCode.isSynthetic(field);
    }

    private void checkInstance(JavaField field, RuleContext context, Consumer<Violation> violations) {
        JavaClass owner = field.getOwner();
        if (isConfinedToOneScheduledJob(field, context) || isWriteOnly(field)) {
            return;
        }
        boolean published = field.getModifiers().contains(JavaModifier.VOLATILE) && !isWebController(owner, context);
        String who = roleOrClass(owner, context);
        Optional<JavaFieldAccess> writeOutsideConstruction = field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .filter(access -> !isConstruction(access.getOrigin(), owner, context))
                .filter(access -> writesAtRunTime(access.getOrigin(), field, context))
                .filter(access -> !normalisesSetting(field, access, context))
                .filter(access -> !(published && isPlainStore(field, access)))
                .min(Comparator.comparingInt(JavaAccess::getLineNumber));
        String fieldName = owner.getName() + "." + field.getName();
        if (writeOutsideConstruction.isPresent()) {
            // asked only now: it reads the class file for synchronized blocks
            if (guardedByInstanceLock(field, context)) {
                return;
            }
            JavaFieldAccess write = writeOutsideConstruction.get();
            violations.accept(newViolation(Locations.stableName(owner) + "#" + field.getName(),
                    who + " <" + owner.getName() + "> keeps mutable state: field <" + fieldName + "> is written by "
                            + write.getOrigin().getDescription() + " " + Locations.of(write.getSourceCodeLocation()),
                    Locations.of(write.getSourceCodeLocation()),
                    "keep per-request data in local variables; if state must be shared, move it to a store (cache, database) built for concurrent use"));
            return;
        }
        mutationOutsideConstruction(field, context).ifPresent(mutation -> violations.accept(newViolation(
                Locations.stableName(owner) + "#" + field.getName(),
                who + " <" + owner.getName() + "> keeps mutable state: the object in field <" + fieldName + "> is changed by "
                        + mutation.getDescription(),
                Locations.of(mutation.getSourceCodeLocation()),
                "a collection, counter or builder held by a singleton is shared by all requests; keep it local,"
                        + " or move the state into a store (cache, database) built for concurrent use")));
    }

    /**
     * Configuration normalised: a write of a setting ({@code @Value}, {@code @ConfigProperty}) whose value is another
     * setting of the same bean and nothing else — {@code if (interval > chunk) interval = chunk;} clamping one property
     * to another. Whenever it runs, it writes the same value, derived from configuration alone, so no request's data
     * ends up in the field. Bytecode has no data flow: the line of the write reads only settings of the bean and calls
     * nothing (boxing aside).
     */
    private static boolean normalisesSetting(JavaField field, JavaFieldAccess write, RuleContext context) {
        if (!context.conventions().isConfigValue(field)) {
            return false;
        }
        JavaCodeUnit origin = write.getOrigin();
        int line = write.getLineNumber();
        List<JavaFieldAccess> reads = origin.getFieldAccesses().stream()
                .filter(access -> access.getLineNumber() == line && access.getAccessType() == JavaFieldAccess.AccessType.GET)
                .toList();
        boolean readsOnlySettings = !reads.isEmpty() && reads.stream().allMatch(read -> read.getTargetOwner().equals(field.getOwner())
                && read.getTarget().resolveMember().filter(context.conventions()::isConfigValue).isPresent());
        boolean callsNothing = origin.getMethodCallsFromSelf().stream()
                .noneMatch(call -> call.getLineNumber() == line && !BOXING.contains(call.getName()));
        return readsOnlySettings && callsNothing;
    }

    private static final Set<String> BOXING = Set.of("valueOf", "intValue", "longValue", "doubleValue", "booleanValue");

    /**
     * A store into a field that does not read it on the same line: {@code master = true}, {@code lastOffer = Optional.of(now)},
     * not {@code count = count + 1} nor {@code count++}. Into a {@code volatile} field of a bean that is no web controller,
     * it publishes one value to every thread, as {@code AtomicReference.set} does — which the rule accepts of a service —
     * so a leadership flag set by leader-election callbacks, or the time of the last event a scheduler received, is state
     * made for concurrent use. A read-modify-write of a volatile field loses updates and stays reported.
     */
    private static boolean isPlainStore(JavaField field, JavaFieldAccess write) {
        return write.getOrigin().getFieldAccesses().stream().noneMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET
                && access.getLineNumber() == write.getLineNumber() && access.getTarget().getName().equals(field.getName())
                && access.getTargetOwner().equals(field.getOwner()));
    }

    /** The calls that put a value into an atomic holder without reading it. */
    private static final Set<String> WRITE_ONLY_CALLS = Set.of("set", "lazySet", "setPlain", "setOpaque", "setRelease");

    /**
     * A private field nothing reads: no code takes its value — every read of it is the receiver of a store into the atomic
     * holder it holds ({@code self.set(this)}, the leftover of a {@code getInstance()} nothing calls any more), or there is
     * no read at all. What is never read cannot carry one request's data to another: dead code to delete, not shared state.
     */
    private static boolean isWriteOnly(JavaField field) {
        if (!field.getModifiers().contains(JavaModifier.PRIVATE)) {
            return false;
        }
        return field.getAccessesToSelf().stream().filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)
                .allMatch(read -> {
                    List<JavaMethodCall> onLine = read.getOrigin().getMethodCallsFromSelf().stream()
                            .filter(call -> call.getLineNumber() == read.getLineNumber()
                                    && ImportedSupertypes.isAssignableTo(field.getRawType(), call.getTargetOwner().getName()))
                            .toList();
                    return !onLine.isEmpty() && onLine.stream().allMatch(call -> WRITE_ONLY_CALLS.contains(call.getName())
                            && call.getTargetOwner().getPackageName().equals("java.util.concurrent.atomic"));
                });
    }

    /**
     * A field only one scheduled job touches after construction — its {@code @Scheduled} method (or another method that
     * runs one run at a time, {@link #isJobItself}), private methods only it calls and the anonymous classes it creates —
     * is the job's own state: the scheduler runs that method one run at a
     * time, and no request sees the field. Two jobs, or a job and any other method, share it.
     */
    private static boolean isConfinedToOneScheduledJob(JavaField field, RuleContext context) {
        Set<String> scheduled = names(context, Term.SCHEDULED_ANNOTATIONS);
        Set<JavaCodeUnit> jobs = new java.util.HashSet<>();
        for (JavaFieldAccess access : field.getAccessesToSelf()) {
            JavaCodeUnit origin = access.getOrigin();
            if (isConstruction(origin, field.getOwner(), context)) {
                continue;
            }
            Optional<JavaCodeUnit> job = jobOf(declaringCodeUnit(origin), scheduled, context);
            if (job.isEmpty()) {
                return false;
            }
            jobs.add(job.get());
        }
        return jobs.size() == 1;
    }

    /**
     * The method whose body declares {@code codeUnit}: for a method of an anonymous or local class (the
     * {@code new TransactionCallbackWithoutResult() {…}} a job hands to a {@code TransactionTemplate}), the method that
     * creates it, outermost first; any other code unit is its own.
     */
    private static JavaCodeUnit declaringCodeUnit(JavaCodeUnit codeUnit) {
        JavaCodeUnit current = codeUnit;
        while ((current.getOwner().isAnonymousClass() || current.getOwner().isLocalClass())
                && current.getOwner().getEnclosingCodeUnit().isPresent()) {
            current = current.getOwner().getEnclosingCodeUnit().get();
        }
        return current;
    }

    /**
     * The scheduled method a code unit belongs to: itself (an {@code @Scheduled} method, or a method the bean's own
     * construction hands to a periodic executor), the one scheduled method of its class that alone calls it (private),
     * or the {@linkplain #isNonConcurrentQuartzJob non-concurrent Quartz job} that alone calls it, directly or through
     * the interface it implements.
     */
    private static Optional<JavaCodeUnit> jobOf(JavaCodeUnit codeUnit, Set<String> scheduled, RuleContext context) {
        if (isJobItself(codeUnit, scheduled, context)) {
            return Optional.of(codeUnit);
        }
        Set<JavaCodeUnit> quartzCallers = Stream.concat(Stream.of(codeUnit), overridden(codeUnit).stream())
                .flatMap(method -> method.getAccessesToSelf().stream())
                .map(JavaAccess::getOrigin)
                .collect(Collectors.toSet());
        if (quartzCallers.size() == 1 && isNonConcurrentQuartzJob(quartzCallers.iterator().next(), context)) {
            return Optional.of(quartzCallers.iterator().next());
        }
        if (!codeUnit.getModifiers().contains(JavaModifier.PRIVATE)) {
            return Optional.empty();
        }
        Set<JavaCodeUnit> callers = codeUnit.getAccessesToSelf().stream().map(JavaAccess::getOrigin).collect(Collectors.toSet());
        return callers.size() == 1 && isJobItself(callers.iterator().next(), scheduled, context)
                ? Optional.of(callers.iterator().next()) : Optional.empty();
    }

    /**
     * A method that runs one run at a time by itself: an {@code @Scheduled} method, a self-scheduled poller, or the
     * {@code run()} of an execution-thread service ({@link #isExecutionThreadLoop}).
     */
    private static boolean isJobItself(JavaCodeUnit codeUnit, Set<String> scheduled, RuleContext context) {
        return Annotations.hasAny(codeUnit, scheduled) || isSelfScheduled(codeUnit, context) || isExecutionThreadLoop(codeUnit, context);
    }

    /** Guava's service that runs its {@code run()} once, on a thread of its own, between {@code startUp()} and {@code shutDown()}. */
    private static final String EXECUTION_THREAD_SERVICE = "com.google.common.util.concurrent.AbstractExecutionThreadService";

    /**
     * The {@code run()} of a Guava {@code AbstractExecutionThreadService}: the service's lifecycle calls it once, on the
     * service's own execution thread, and it loops there until shut down (a message-queue reader registering its metric
     * at the start of {@code run()} and updating it in the loop). What only it touches after construction — directly or
     * through private methods only it calls — is confined to that one thread, as a scheduled job's state is to its runs.
     * By name, so a class path without Guava still shows it. A field that another method touches too (a {@code read}
     * callers make) is shared and stays reported.
     */
    private static boolean isExecutionThreadLoop(JavaCodeUnit codeUnit, RuleContext context) {
        return codeUnit.isMethod() && codeUnit.getName().equals("run") && codeUnit.getRawParameterTypes().isEmpty()
                && !codeUnit.getModifiers().contains(JavaModifier.STATIC) && context.isAssignableTo(codeUnit.getOwner(), EXECUTION_THREAD_SERVICE);
    }

    private static final String QUARTZ_JOB = "org.quartz.Job";
    private static final String QUARTZ_NON_CONCURRENT = "org.quartz.DisallowConcurrentExecution";

    /**
     * The {@code execute(JobExecutionContext)} of a Quartz job declared {@code @DisallowConcurrentExecution} — on its class or,
     * as Quartz looks for it, on a supertype (the code base's own job interface): the scheduler runs it one run at a time, so
     * what only it touches is the job's own state, as for a {@code @Scheduled} method.
     */
    private static boolean isNonConcurrentQuartzJob(JavaCodeUnit codeUnit, RuleContext context) {
        JavaClass job = codeUnit.getOwner();
        return codeUnit.isMethod() && codeUnit.getName().equals("execute") && codeUnit.getRawParameterTypes().size() == 1
                && context.isAssignableTo(job, QUARTZ_JOB)
                && Stream.of(Stream.of(job), job.getAllRawSuperclasses().stream(), job.getAllRawInterfaces().stream())
                .flatMap(types -> types).anyMatch(type -> Annotations.hasAny(type, Set.of(QUARTZ_NON_CONCURRENT)));
    }

    /** The periodic scheduling methods whose task runs one run at a time: a run never overlaps the next. */
    private static final Set<String> PERIODIC_SCHEDULERS = Set.of("java.util.concurrent.ScheduledExecutorService",
            "java.util.concurrent.ScheduledThreadPoolExecutor", "org.springframework.scheduling.TaskScheduler",
            "org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler");
    private static final Set<String> PERIODIC_METHODS = Set.of("scheduleWithFixedDelay", "scheduleAtFixedRate");

    /**
     * A background poller that schedules itself: a method nothing calls, whose only references ({@code this::poll}) are
     * handed to a periodic executor's {@code scheduleWithFixedDelay} or {@code scheduleAtFixedRate} by the bean's own
     * construction (the call within three lines of the reference: bytecode has no data flow, and a call chain spreads
     * over lines). The executor runs it one run at a time, so what only it touches is the job's own state.
     */
    private static boolean isSelfScheduled(JavaCodeUnit codeUnit, RuleContext context) {
        if (!(codeUnit instanceof JavaMethod method) || !method.getCallsOfSelf().isEmpty() || method.getReferencesToSelf().isEmpty()) {
            return false;
        }
        return method.getReferencesToSelf().stream().allMatch(reference ->
                isConstruction(reference.getOrigin(), method.getOwner(), context)
                        && reference.getOrigin().getMethodCallsFromSelf().stream().anyMatch(call -> Math.abs(call.getLineNumber() - reference.getLineNumber()) <= 3
                        && PERIODIC_METHODS.contains(call.getName()) && PERIODIC_SCHEDULERS.contains(call.getTargetOwner().getName())));
    }

    /**
     * A call that changes the object held by {@code field} ({@code cache.put(…)}, {@code counter.incrementAndGet()})
     * outside construction. Bytecode has no data flow, so a mutating call on a collection, map, atomic or
     * builder type on the same line as a read of the field counts.
     */
    private Optional<JavaMethodCall> mutationOutsideConstruction(JavaField field, RuleContext context) {
        return mutationOutside(field, codeUnit -> isConstruction(codeUnit, field.getOwner(), context), context);
    }

    /**
     * A call that changes the object held by {@code field} from code that is not {@code building} it. Bytecode has no
     * data flow, so a mutating call on a collection, map, atomic or builder type on the same line as a read of the
     * field counts.
     */
    private Optional<JavaMethodCall> mutationOutside(JavaField field, java.util.function.Predicate<JavaCodeUnit> building,
                                                            RuleContext context) {
        if (!isMutableContainer(field.getRawType(), context)
                || holdsThreadSafeObject(field) && !isWebController(field.getOwner(), context)) {
            return Optional.empty();
        }
        return field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)
                .filter(access -> !building.test(access.getOrigin()) && !isUncalledClear(access.getOrigin(), field, context))
                .flatMap(read -> mutationsOfRead(field, read, context).stream())
                .min(Comparator.comparingInt(JavaAccess::getLineNumber));
    }

    /**
     * The mutating calls {@code read} of {@code field} may be the receiver of: calls on its line, in the same code
     * (both in a lambda or neither), on a container type the field's value has. Without data flow, a line on which
     * containers of the field's type are called more often than the field is read is ambiguous
     * ({@code local.sort(comparingInt(e -> this.order.indexOf(e)))}: the field is the argument's, the sorted list a
     * local) and yields none. A call to which the field's value is handed as the argument
     * ({@code listeners.addAll(DEFAULT_LISTENERS)}, {@link FieldArguments}) changes another container, not the field's.
     */
    private List<JavaMethodCall> mutationsOfRead(JavaField field, JavaFieldAccess read, RuleContext context) {
        List<JavaMethodCall> containerCalls = read.getOrigin().getMethodCallsFromSelf().stream()
                .filter(call -> call.getLineNumber() == read.getLineNumber() && call.isDeclaredInLambda() == read.isDeclaredInLambda())
                .filter(call -> isMutableContainer(call.getTargetOwner(), context)
                        && ImportedSupertypes.isAssignableTo(field.getRawType(), call.getTargetOwner().getName()))
                .toList();
        long readsOnLine = field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET && access.getOrigin().equals(read.getOrigin())
                        && access.getLineNumber() == read.getLineNumber() && access.isDeclaredInLambda() == read.isDeclaredInLambda())
                .count();
        if (containerCalls.size() > readsOnLine) {
            return List.of();
        }
        // listeners.addAll(DEFAULT_LISTENERS): the field's value is the argument, the local list the one changed
        List<JavaMethodCall> mutations = containerCalls.stream().filter(call -> names(context, Term.MUTATOR_METHODS).contains(call.getName()))
                .filter(call -> !FieldArguments.isLastArgumentOf(read, call))
                .toList();
        // a change made while holding a lock (a synchronized memo cache) is thread-safe, like a concurrent map: not
        // reported, except in a controller, where no state belongs at all
        if (!mutations.isEmpty() && !isWebController(field.getOwner(), context)
                && SynchronizedBlocks.holdsLockAt(read.getOrigin(), read.getLineNumber())) {
            return List.of();
        }
        return mutations;
    }

    private static boolean isMutableContainer(JavaClass type, RuleContext context) {
        return names(context, Term.MUTABLE_TYPES).stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(type, name))
                || names(context, Term.COLLECTION_INTERFACES).stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(type, name));
    }

    private static Set<String> names(RuleContext context, Term term) {
        return context.conventions().names(term);
    }

    /** A collection or map class (not interface), e.g. {@code LinkedBlockingQueue}: mutable unless Guava's Immutable…. */
    private static boolean isConcreteCollection(JavaClass type) {
        return !type.isInterface()
                && (ImportedSupertypes.isAssignableTo(type, "java.util.Collection") || ImportedSupertypes.isAssignableTo(type, "java.util.Map"))
                && !type.getName().startsWith("com.google.common.collect.Immutable");
    }

    private static final String AWARE = "org.springframework.beans.factory.Aware";

    /**
     * Code that builds the bean before it serves requests: the owner's constructors, and
     * {@linkplain Initialisation initialisation code} — injection and {@code @PostConstruct} methods, lifecycle
     * methods, {@code *Aware} setters, wiring, and methods (setters, adders, …) that only such code calls or, for
     * configuration methods, that no code of the code base calls (configuration binding).
     */
    private static boolean isConstruction(JavaCodeUnit codeUnit, JavaClass owner, RuleContext context) {
        return codeUnit.isConstructor() && codeUnit.getOwner().equals(owner) || Initialisation.runsAtInitialisation(codeUnit, context);
    }

    private void checkStatic(JavaField field, RuleContext context, Consumer<Violation> violations) {
        JavaClass owner = field.getOwner();
        String fieldName = owner.getName() + "." + field.getName();
        if (owner.isEnum() && field.getRawType().equals(owner)) {
            return; // enum constants
        }
        if (isLogger(field.getRawType(), context)) {
            return;
        }
        String key = Locations.stableName(owner) + "#" + field.getName();
        if (guardedByClassLock(field) || isWriteOnly(field)) {
            return;
        }
        if (!field.getModifiers().contains(JavaModifier.FINAL)) {
            Optional<JavaFieldAccess> write = field.getAccessesToSelf().stream()
                    .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                    .filter(access -> !isClassInitialization(access.getOrigin(), owner))
                    .filter(access -> !Initialisation.runsAtInitialisation(access.getOrigin(), context) && writesAtRunTime(access.getOrigin(), field, context))
                    .min(Comparator.comparingInt(JavaAccess::getLineNumber));
            if (write.isPresent()) {
                violations.accept(newViolation(key,
                        "Static field <" + fieldName + "> is not final: global mutable state shared by every request and thread, written by "
                                + write.get().getOrigin().getDescription() + " " + Locations.of(write.get().getSourceCodeLocation()),
                        Locations.of(write.get().getSourceCodeLocation()),
                        "make " + field.getName() + " a final constant, or move the state into an injected bean built for concurrent use"));
                return;
            }
            // a hook excuses its own write, not what run-time code does to the object the field holds
            boolean hooked = field.getAccessesToSelf().stream()
                    .anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && isUncalledHook(access.getOrigin(), field, context));
            if (!hooked) {
                return;
            }
        }
        boolean isFinal = field.getModifiers().contains(JavaModifier.FINAL);
        if (isFinal && UNSAFE_TO_SHARE.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(field.getRawType(), name))) {
            violations.accept(newViolation(key,
                    "Static final field <" + fieldName + "> holds a " + field.getRawType().getSimpleName()
                            + ", which is not safe to use from several threads: global mutable state shared by every request and thread in "
                            + Locations.of(field),
                    Locations.of(field),
                    "create the value where it is used, use an immutable alternative (DateTimeFormatter, java.time), or keep one per thread"));
            return;
        }
        Optional<String> mutable = mutableValue(field, context);
        if (mutable.isEmpty()) {
            return;
        }
        mutationOutside(field, access -> isClassInitialization(access, owner) || Initialisation.runsAtInitialisation(access, context), context).ifPresent(mutation -> violations.accept(newViolation(key,
                (isFinal ? "Static final field <" : "Static field <") + fieldName + "> holds " + mutable.get() + " that is changed after class initialisation:"
                        + " global mutable state shared by every request and thread; " + mutation.getDescription(),
                Locations.of(mutation.getSourceCodeLocation()),
                "hold an immutable value (List.of, Map.of, Set.copyOf, Collections.unmodifiable…) or move the state into an injected bean")));
    }

    /**
     * Lazy initialisation: a method of the field's class that writes an object-typed field once it has found it unset,
     * with no parameter the value could be handed in by (a {@code swap(value)} or {@code rotate(next)} is a write of
     * the caller's value). Either it returns the field's value — its return type is the field's type or a supertype —
     * and reads and writes the field ({@code if (instance == null) instance = …; return instance;}, a
     * {@code locate(keys)} caching its default result), or it reads the field alone before writing it: on a line before
     * or at its first write on which nothing is called ({@code Metadata local = metadata; if (local == null) { local =
     * fetch(); metadata = local; }}); a line that calls something on the value ({@code if (current != null)
     * current.close();}) is use, not a check. A counter of a primitive type is no lazy value. Initialisation on first
     * use of a value that is the same every time: a race at worst computes it twice.
     */
    private static boolean isLazyGetter(JavaCodeUnit codeUnit, JavaField field) {
        if (!codeUnit.getOwner().equals(field.getOwner()) || codeUnit.isConstructor() || field.getRawType().isPrimitive()
                || codeUnit.getRawParameterTypes().stream().anyMatch(parameter -> ImportedSupertypes.isAssignableTo(field.getRawType(), parameter.getName()))) {
            return false;
        }
        List<JavaFieldAccess> reads = codeUnit.getFieldAccesses().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET && access.getTarget().getName().equals(field.getName())
                        && access.getTargetOwner().equals(field.getOwner()))
                .toList();
        if (reads.isEmpty()) {
            return false;
        }
        String returned = codeUnit.getRawReturnType().getName();
        if (!returned.equals("void") && !returned.equals("java.lang.Object") && ImportedSupertypes.isAssignableTo(field.getRawType(), returned)) {
            return true;
        }
        int firstWrite = codeUnit.getFieldAccesses().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && access.getTarget().getName().equals(field.getName())
                        && access.getTargetOwner().equals(field.getOwner()))
                .mapToInt(JavaAccess::getLineNumber).min().orElse(Integer.MAX_VALUE);
        return reads.stream().anyMatch(read -> read.getLineNumber() <= firstWrite && codeUnit.getMethodCallsFromSelf().stream()
                .noneMatch(call -> call.getLineNumber() == read.getLineNumber()));
    }

    /**
     * Whether a write of {@code field} by {@code codeUnit} (outside construction) can happen at run time: not when it is
     * a lazy getter's initialisation, the uncalled reset hook of a lazy or start-up value, the uncalled setter hook of a
     * setting, or a method nothing can run.
     */
    private static boolean writesAtRunTime(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        return !isLazyGetter(codeUnit, field) && !isUncalledHook(codeUnit, field, context) && !neverRuns(codeUnit)
                && !isUncalledTestHook(codeUnit) && !runsOnlyInLockedLazyCreation(codeUnit) && !isOnceOnlyInitialiser(codeUnit);
    }

    /**
     * A once-only initialiser: a {@code synchronized} method of the bean without parameters that begins by testing a
     * {@code boolean} flag of its class and sets the flag itself, which no other method but a constructor writes —
     * {@code ensureInitialized() { if (initialized) return; …; initialized = true; }}, called first by every accessor. Its
     * body runs once, on first use, under the bean's lock, and every later call returns at once: what it writes is
     * lazy initialisation of several fields together, from what the bean already holds (a dedicated pool built from its
     * settings), not state a request leaves behind. Without the lock, or with a flag another method resets, it runs
     * again and its writes are reported. Bytecode has no data flow: the flag is read on the method's first line that
     * accesses anything.
     */
    private static boolean isOnceOnlyInitialiser(JavaCodeUnit codeUnit) {
        if (!codeUnit.isMethod() || !codeUnit.getRawParameterTypes().isEmpty()
                || !codeUnit.getModifiers().contains(JavaModifier.SYNCHRONIZED) || codeUnit.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        JavaClass owner = codeUnit.getOwner();
        int firstLine = codeUnit.getAccessesFromSelf().stream().mapToInt(JavaAccess::getLineNumber).min().orElse(Integer.MAX_VALUE);
        return codeUnit.getFieldAccesses().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET && access.getLineNumber() == firstLine
                        && access.getTargetOwner().equals(owner))
                .map(access -> owner.tryGetField(access.getTarget().getName()))
                .flatMap(Optional::stream)
                .anyMatch(flag -> flag.getRawType().getName().equals("boolean") && !flag.getModifiers().contains(JavaModifier.STATIC)
                        && flag.getAccessesToSelf().stream().anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET
                                && access.getOrigin().equals(codeUnit))
                        && flag.getAccessesToSelf().stream().filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                                .allMatch(access -> access.getOrigin().equals(codeUnit) || access.getOrigin().isConstructor()
                                        && access.getOrigin().getOwner().equals(owner)));
    }

    /**
     * The private static helper of a lazily created singleton ({@code registerMetrics()}, which builds the registry the
     * singleton reports through): every call of it is made by a {@linkplain #isLazyGetter lazy getter} of a static
     * field of its class while that getter holds a lock — inside the {@code synchronized} block of double-checked
     * locking, {@code if (INSTANCE == null) { INSTANCE = new Metrics(); registerMetrics(); }} — so it runs once, with
     * the singleton's creation, and what it writes is set up with the singleton, like a lazy getter's own write. A
     * helper any other code calls, or that the getter calls outside the lock (on every call), writes at run time.
     */
    private static boolean runsOnlyInLockedLazyCreation(JavaCodeUnit codeUnit) {
        if (!codeUnit.isMethod() || !codeUnit.getModifiers().contains(JavaModifier.PRIVATE)
                || !codeUnit.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        Set<? extends JavaAccess<?>> calls = codeUnit.getAccessesToSelf();
        return !calls.isEmpty() && calls.stream().allMatch(call -> call instanceof JavaMethodCall && !call.isDeclaredInLambda()
                && call.getOrigin().getOwner().equals(codeUnit.getOwner()) && !call.getOrigin().equals(codeUnit)
                && createsLazily(call.getOrigin()) && SynchronizedBlocks.holdsLockAt(call.getOrigin(), call.getLineNumber()));
    }

    /** Whether {@code getter} is a {@linkplain #isLazyGetter lazy getter} of a static field of its class that it writes. */
    private static boolean createsLazily(JavaCodeUnit getter) {
        return getter.getFieldAccesses().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && access.getTargetOwner().equals(getter.getOwner()))
                .map(access -> getter.getOwner().tryGetField(access.getTarget().getName()))
                .flatMap(Optional::stream)
                .anyMatch(field -> field.getModifiers().contains(JavaModifier.STATIC) && isLazyGetter(getter, field));
    }

    /** How test hooks are named: {@code setClockForTest}, {@code resetForTests}, {@code unregisterForUnitTest}, … */
    private static final java.util.regex.Pattern TEST_HOOK_NAME = java.util.regex.Pattern.compile(".+For(Unit)?Test(s|ing)?");

    /**
     * A test hook: a method marked for tests — annotated {@code @VisibleForTesting} (Guava's, JetBrains', AssertJ's or any
     * library's of that name) or named {@code …ForTest(s)}, {@code …ForUnitTest(s)}, {@code …ForTesting} — that no code of
     * the code base calls or references, and that overrides nothing through which it could be called. Only tests run it;
     * in production what it writes keeps its initial value. A hook production code calls is a write at run time.
     */
    private static boolean isUncalledTestHook(JavaCodeUnit codeUnit) {
        boolean marked = codeUnit.getAnnotations().stream().anyMatch(annotation -> annotation.getRawType().getSimpleName().equals("VisibleForTesting"))
                || TEST_HOOK_NAME.matcher(codeUnit.getName()).matches();
        return marked && codeUnit.isMethod() && codeUnit.getAccessesToSelf().isEmpty() && !overridesAnything(codeUnit);
    }

    /**
     * The reset hook of a lazily initialised or start-up value ({@code static void reset() { INSTANCE = null; }}, kept
     * for tests): a method of the field's class without parameters that only writes fields — no call, no read, so what
     * it writes is a constant, for an object-typed field {@code null} or a fresh container built from constants
     * ({@code records = new ConcurrentHashMap<>(50)}, a registry's uncalled refresh), for a flag or a number a literal
     * (a {@code disallowTimeout()} "only to be used from tests" sets {@code false}) — which no code of
     * the code base calls or could call through a supertype, while the field is otherwise set by a
     * {@linkplain #isLazyGetter lazy getter} of the class, which initialises it again on next use, or by initialisation
     * code (its declaration, a server's {@code main}, a start-up method), which the reset undoes between tests. A reset
     * that run-time code calls is a write at run time and stays reported.
     */
    private static boolean isUncalledReset(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        if (!isUncalledHookOf(codeUnit, field, 0, context)) {
            return false;
        }
        // a fresh container (new ConcurrentHashMap<>(50)) is built from constants: no read, no call hands it a value
        boolean onlyWrites = codeUnit.getAccessesFromSelf().stream()
                .allMatch(access -> access instanceof JavaFieldAccess write && write.getAccessType() == JavaFieldAccess.AccessType.SET
                        || access instanceof JavaConstructorCall construction && isMutableContainer(construction.getTargetOwner(), context));
        return onlyWrites && field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && !access.getOrigin().equals(codeUnit))
                .anyMatch(access -> isLazyGetter(access.getOrigin(), field) || Initialisation.runsAtInitialisation(access.getOrigin(), context));
    }

    /**
     * The reset hook of a registry or cache ({@code clearProviders()}, "mostly intended for unit tests"): a method of the
     * container's class without parameters or annotations that only empties containers the class holds — every call it
     * makes is a {@code clear()} on one — which no code of the code base calls or references or could call through a
     * supertype. Like {@link #isUncalledReset}, only tests run it; what fills the container at run time, if anything,
     * is still a change at run time and reported.
     */
    private static boolean isUncalledClear(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        if (!isUncalledHookOf(codeUnit, field, 0, context) || !codeUnit.getAnnotations().isEmpty()) {
            return false;
        }
        List<JavaMethodCall> calls = List.copyOf(codeUnit.getMethodCallsFromSelf());
        return !calls.isEmpty() && codeUnit.getConstructorCallsFromSelf().isEmpty() && calls.stream()
                .allMatch(call -> call.getName().equals("clear") && call.getTarget().getRawParameterTypes().isEmpty()
                        && isMutableContainer(call.getTargetOwner(), context));
    }

    /** An uncalled reset or setter hook of {@code field}: what it writes is written only by tests or at customisation. */
    private static boolean isUncalledHook(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        return isUncalledReset(codeUnit, field, context) || isUncalledSetter(codeUnit, field, context)
                || isUncalledSwitchReset(codeUnit, field, context);
    }

    /** How a reset is named: {@code reset()}, {@code resetAll()}, {@code clear()}, {@code restoreDefaults()}. */
    private static final java.util.regex.Pattern RESET_NAME = java.util.regex.Pattern.compile("(reset|clear|restore)([A-Z]\\w*)?");

    /**
     * The reset of a fault-injection class kept for tests in production code: static switches, latches and delays that
     * tests set directly and that production code only reads ({@code if (failReplicaRequests != null) throw …},
     * {@code splitLatch.await()}), and a static {@code reset()} that clears them between tests. A static method of the
     * field's class without parameters, named {@code reset…}, {@code clear…} or {@code restore…}, that no code of the code
     * base calls or references, while nothing else of the code base writes the field but its declaration (and such resets,
     * or helpers only they call: {@link #runsOnlyInSwitchReset}): in production the field keeps its declared value. Unlike {@link #isUncalledReset} the reset may do more (cancel timers, clear
     * hooks, count down a latch). A switch production code writes too — a handler that arms it, an injection point that
     * counts — is a write at run time, and so is the reset once code of the code base calls it.
     */
    private static boolean isUncalledSwitchReset(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        return runsOnlyInSwitchReset(codeUnit, field, context) && field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET && !access.getOrigin().equals(codeUnit))
                .allMatch(access -> isClassInitialization(access.getOrigin(), field.getOwner()) || runsOnlyInSwitchReset(access.getOrigin(), field, context));
    }

    /**
     * The uncalled reset of a fault-injection class ({@link #isUncalledSwitchReset}), or a static method of the field's
     * class without parameters that only such resets call — the re-arming of a latch ({@code notifyPauseDone()}: count
     * the latch down, put a fresh one in its place), which tests call directly and the reset calls to release a paused
     * thread: nothing else of the code base runs it. A helper production code calls too is a write at run time.
     */
    private static boolean runsOnlyInSwitchReset(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        if (isUncalledResetOfSwitches(codeUnit, field, context)) {
            return true;
        }
        return codeUnit.isMethod() && codeUnit.getModifiers().contains(JavaModifier.STATIC) && codeUnit.getOwner().equals(field.getOwner())
                && codeUnit.getRawParameterTypes().isEmpty() && !overridesAnything(codeUnit) && !codeUnit.getAccessesToSelf().isEmpty()
                && codeUnit.getAccessesToSelf().stream().allMatch(call -> call instanceof JavaMethodCall && !call.isDeclaredInLambda()
                        && isUncalledResetOfSwitches(call.getOrigin(), field, context));
    }

    /** A static method of the field's class without parameters, named {@code reset…}, {@code clear…} or {@code restore…}, nothing calls. */
    private static boolean isUncalledResetOfSwitches(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        return codeUnit.getModifiers().contains(JavaModifier.STATIC) && RESET_NAME.matcher(codeUnit.getName()).matches()
                && isUncalledHookOf(codeUnit, field, 0, context);
    }

    /**
     * The setter hook of a setting ({@code public static void setLoginView(String view) { loginView = view; }}): a method
     * of the field's class named after the field ({@code set} and its name, case and underscores aside:
     * {@code setPASSWORD_TOKEN_LENGTH}, {@code setInstallerClassLoader} for {@code _installerClassLoader}) with one
     * parameter, that only writes the field — no call, no other read — and returns nothing or the value it replaces
     * ({@code ThreadLogMode old = threadLogMode; threadLogMode = mode; return old;}, so that a test can put it back), and
     * that no code of the code base calls or references or could call through a supertype. It is how an application built
     * on the code base customises a view name or a limit once, while it starts; a setter of an instance property nobody
     * calls is configuration binding already ({@link Initialisation}), this is its static counterpart. A setter that code
     * of the code base calls at run time writes at run time and stays reported, as does any other write of the field.
     * A setter of text may normalise the text it is handed ({@link #normalisesText}: {@code if (Strings.isNullOrEmpty(mode))
     * return; MODE = mode.toLowerCase();}, a running mode the bootstrap sets from the command line): it is still the hook.
     */
    private static boolean isUncalledSetter(JavaCodeUnit codeUnit, JavaField field, RuleContext context) {
        String returned = codeUnit.getRawReturnType().getName();
        boolean swaps = returned.equals(field.getRawType().getName());
        if (!isUncalledHookOf(codeUnit, field, 1, context) || !returned.equals("void") && !swaps
                || !codeUnit.getName().startsWith("set")
                || !propertyName(codeUnit.getName().substring("set".length())).equals(propertyName(field.getName()))) {
            return false;
        }
        // writes the field, and reads it only to return the value it replaces
        return codeUnit.getAccessesFromSelf().stream().allMatch(access -> access instanceof JavaFieldAccess write
                && (write.getAccessType() == JavaFieldAccess.AccessType.SET || swaps) && write.getTarget().getName().equals(field.getName())
                && write.getTargetOwner().equals(field.getOwner())
                || access instanceof JavaMethodCall call && normalisesText(call, codeUnit, field));
    }

    private static final String STRING = "java.lang.String";

    /**
     * A call with which a setter of a text field ({@code String} field, one {@code String} parameter) normalises the text it
     * is handed: a method of {@code String} itself ({@code mode.toLowerCase()}, {@code value.trim()}, {@code isEmpty()}), or
     * a test of one {@code String} returning {@code boolean} ({@code Strings.isNullOrEmpty(mode)},
     * {@code StringUtils.isBlank(value)}) — nothing that reaches another object: the setter reads no other field and creates
     * nothing, so no other object could receive a call.
     */
    private static boolean normalisesText(JavaMethodCall call, JavaCodeUnit setter, JavaField field) {
        if (!field.getRawType().getName().equals(STRING) || !setter.getRawParameterTypes().get(0).getName().equals(STRING)) {
            return false;
        }
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        // the setter reads no other field and creates nothing, so an instance call's receiver can only be the text itself
        return call.getTargetOwner().getName().equals(STRING)
                || call.getTarget().getRawReturnType().getName().equals("boolean") && parameters.size() == 1 && parameters.get(0).getName().equals(STRING);
    }

    /** A property's name as setters and fields spell it, case and underscores aside: {@code PASSWORD_TOKEN_LENGTH}, {@code passwordTokenLength}. */
    private static String propertyName(String name) {
        return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The shape of a hook only tests or the applications built on the code base run: a method of {@code field}'s class
     * with {@code parameters} parameters that no code of the code base calls or references or could call through a
     * supertype. A method it overrides is a way in when a library or framework declares it, or when code of the code base
     * calls it; a hook declared on the service's own interface and called nowhere through it is still uncalled.
     */
    private static boolean isUncalledHookOf(JavaCodeUnit codeUnit, JavaField field, int parameters, RuleContext context) {
        return codeUnit.isMethod() && codeUnit.getOwner().equals(field.getOwner()) && codeUnit.getRawParameterTypes().size() == parameters
                && codeUnit.getAccessesToSelf().isEmpty() && overridden(codeUnit).stream()
                .allMatch(method -> context.inScope(method.getOwner()) && method.getAccessesToSelf().isEmpty());
    }

    /** The methods of supertypes that {@code method} overrides or implements. */
    private static List<JavaMethod> overridden(JavaCodeUnit method) {
        if (method.getModifiers().contains(JavaModifier.STATIC)) {
            return List.of();
        }
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        return Stream.concat(method.getOwner().getAllRawSuperclasses().stream(), method.getOwner().getAllRawInterfaces().stream())
                .map(type -> type.tryGetMethod(method.getName(), parameters))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * A private method without annotations that no code calls or references: nothing can run it — no caller, no framework
     * (which runs only annotated private methods) — so what it writes is never written. Scala compiles every {@code var}
     * to a field with a private setter {@code x_$eq}; for an {@code @Autowired private var} Spring writes the field itself
     * and the setter stays unused.
     */
    private static boolean neverRuns(JavaCodeUnit codeUnit) {
        return codeUnit.isMethod() && codeUnit.getModifiers().contains(JavaModifier.PRIVATE) && codeUnit.getAnnotations().isEmpty()
                && codeUnit.getAccessesToSelf().isEmpty();
    }

    private static boolean overridesAnything(JavaCodeUnit method) {
        return !overridden(method).isEmpty();
    }

    /**
     * Whether {@code field} holds an object built for concurrent use: its declared type is from
     * {@code java.util.concurrent} (a {@code ConcurrentMap}, an atomic, a blocking queue, …), or it is assigned from a
     * constructor or factory of that package ({@code ConcurrentHashMap.newKeySet()}), from a factory declared to return
     * a type of it (Guava's {@code Maps.newConcurrentMap()}, a {@code ConcurrentMap}), from a library factory known to
     * build one ({@link #CONCURRENT_FACTORIES}: Guava's {@code Sets.newConcurrentHashSet()}) or from one of the JDK's
     * synchronized wrappers ({@code Collections.synchronizedMap(new WeakHashMap<>())}), whose every method holds a lock.
     */
    private static boolean holdsThreadSafeObject(JavaField field) {
        if (field.getRawType().getPackageName().startsWith("java.util.concurrent")) {
            return true;
        }
        return field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .allMatch(write -> write.getOrigin().getCallsFromSelf().stream()
                        .anyMatch(call -> call.getLineNumber() == write.getLineNumber() && buildsThreadSafeObject(call)))
                && field.getAccessesToSelf().stream().anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET);
    }

    /**
     * Library factories that build a concurrent collection but declare a plain interface: Guava's
     * {@code Sets.newConcurrentHashSet()} returns a {@code Set} backed by a {@code ConcurrentHashMap}.
     */
    private static final Set<String> CONCURRENT_FACTORIES = Set.of("com.google.common.collect.Sets#newConcurrentHashSet");

    private static boolean buildsThreadSafeObject(JavaCall<?> call) {
        return call.getTargetOwner().getPackageName().startsWith("java.util.concurrent")
                || CONCURRENT_FACTORIES.contains(call.getTargetOwner().getName() + "#" + call.getName())
                // a library's factory declaring the concurrent type it builds (Guava's Maps.newConcurrentMap())
                || call instanceof JavaMethodCall method && method.getTarget().getRawReturnType().getPackageName().startsWith("java.util.concurrent")
                || call.getTargetOwner().getName().equals("java.util.Collections") && call.getName().startsWith("synchronized");
    }

    private static boolean isClassInitialization(JavaCodeUnit codeUnit, JavaClass owner) {
        return codeUnit instanceof JavaStaticInitializer && codeUnit.getOwner().equals(owner);
    }

    private static boolean isLogger(JavaClass type, RuleContext context) {
        Set<String> loggers = names(context, Term.LOGGER_TYPES);
        return loggers.contains(type.getName()) || loggers.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(type, name));
    }

    /** What makes the value of a static final field mutable, if anything. */
    private static Optional<String> mutableValue(JavaField field, RuleContext context) {
        JavaClass type = field.getRawType();
        if (type.isArray()) {
            return Optional.of("an array");
        }
        for (String mutableType : names(context, Term.MUTABLE_TYPES)) {
            if (ImportedSupertypes.isAssignableTo(type, mutableType)) {
                return Optional.of("a mutable " + type.getSimpleName());
            }
        }
        if (isConcreteCollection(type)) {
            return Optional.of("a mutable " + type.getSimpleName());
        }
        if (!names(context, Term.COLLECTION_INTERFACES).contains(type.getName())) {
            return Optional.empty();
        }
        return mutableInitializer(field, context);
    }

    /**
     * Bytecode has no data flow, so the value stored into an interface-typed field is judged by the
     * calls on the lines of the static initializer that lead up to the field's assignment: an immutable
     * factory or wrapper (List.of, Collections.unmodifiable…, toUnmodifiableList, Guava Immutable…)
     * wins; otherwise a mutable constructor or factory makes it mutable; anything else passes.
     */
    private static Optional<String> mutableInitializer(JavaField field, RuleContext context) {
        Optional<JavaStaticInitializer> initializer = field.getOwner().getStaticInitializer();
        if (initializer.isEmpty()) {
            return Optional.empty();
        }
        List<JavaFieldAccess> staticWrites = initializer.get().getFieldAccesses().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .sorted(Comparator.comparingInt(JavaAccess::getLineNumber))
                .toList();
        int previousLine = 0;
        for (JavaFieldAccess write : staticWrites) {
            if (write.getTarget().getName().equals(field.getName())
                    && write.getTargetOwner().equals(field.getOwner())) {
                int from = previousLine;
                int to = write.getLineNumber();
                boolean wrapped = initializer.get().getMethodCallsFromSelf().stream()
                        .filter(call -> call.getLineNumber() > from && call.getLineNumber() <= to)
                        .anyMatch(call -> isImmutableWrapper(call.getTargetOwner().getName(), call.getName()));
                if (wrapped) {
                    return Optional.empty();
                }
                Optional<String> constructed = initializer.get().getConstructorCallsFromSelf().stream()
                        .filter(call -> call.getLineNumber() > from && call.getLineNumber() <= to)
                        .map(call -> call.getTargetOwner())
                        .filter(owner -> names(context, Term.MUTABLE_TYPES).stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(owner, name)))
                        .map(owner -> "a mutable " + owner.getSimpleName())
                        .findFirst();
                if (constructed.isPresent()) {
                    return constructed;
                }
                boolean immutable = initializer.get().getMethodCallsFromSelf().stream()
                        .filter(call -> call.getLineNumber() > from && call.getLineNumber() <= to)
                        .anyMatch(call -> isImmutableFactory(call.getTargetOwner().getName(), call.getName()));
                if (immutable) {
                    return Optional.empty();
                }
                return initializer.get().getMethodCallsFromSelf().stream()
                        .filter(call -> call.getLineNumber() > from && call.getLineNumber() <= to)
                        .filter(call -> names(context, Term.MUTABLE_FACTORIES).contains(call.getTargetOwner().getName() + "#" + call.getName()))
                        .map(call -> "the mutable result of " + call.getTargetOwner().getSimpleName() + "." + call.getName() + "()")
                        .findFirst();
            }
            previousLine = write.getLineNumber();
        }
        return Optional.empty();
    }

    /** Calls whose result is immutable whatever their argument: they win over a mutable constructor on the same lines. */
    private static boolean isImmutableWrapper(String owner, String method) {
        return switch (owner) {
            case "java.util.List", "java.util.Set", "java.util.Map" -> method.equals("copyOf");
            case "java.util.Collections" -> method.startsWith("unmodifiable");
            case "java.util.stream.Collectors" -> method.startsWith("toUnmodifiable");
            case "java.util.stream.Stream" -> method.equals("toList");
            default -> owner.startsWith("com.google.common.collect.Immutable");
        };
    }

    private static boolean isImmutableFactory(String owner, String method) {
        return switch (owner) {
            case "java.util.List", "java.util.Set", "java.util.Map" ->
                    method.equals("of") || method.equals("copyOf") || method.equals("ofEntries");
            case "java.util.Collections" -> method.startsWith("unmodifiable") || method.startsWith("empty")
                    || method.startsWith("singleton");
            case "java.util.stream.Collectors" -> method.startsWith("toUnmodifiable");
            case "java.util.stream.Stream" -> method.equals("toList");
            default -> owner.startsWith("com.google.common.collect.Immutable");
        };
    }
}
