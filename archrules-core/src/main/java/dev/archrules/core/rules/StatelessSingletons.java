package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code state.stateless-singletons} (C8): no shared mutable state between request handlers.
 * <ul>
 *   <li>Controllers, services, repositories, clients and other singleton beans have no mutable instance
 *       state: every instance field is final, except fields the container injects
 *       ({@code @Autowired}, {@code @Inject}, {@code @PersistenceContext}, …), and no method other than a
 *       constructor or injection setter writes a field, nor changes the collection, map, counter or builder a
 *       final field holds ({@code cache.put(…)}, {@code hits.incrementAndGet()}). Beans of request, session or prototype scope and
 *       configuration classes (including {@code @ConfigurationProperties}) are not shared and pass.</li>
 *   <li>No class of the code base has a mutable static field: static fields are final and hold immutable
 *       values. Constants such as {@code static final List<String> X = List.of(…)} and loggers pass;
 *       {@code static final} arrays and mutable collections ({@code new ArrayList<>()}, {@code new HashMap<>()},
 *       {@code Arrays.asList}, …) do not.</li>
 * </ul>
 */
public final class StatelessSingletons extends PerClassRule {

    public static final String ID = "state.stateless-singletons";

    private static final Set<Role> SINGLETON_ROLES = Set.of(Role.CONTROLLER, Role.SERVICE, Role.REPOSITORY, Role.CLIENT);

    private static final Set<String> LOGGERS = Set.of(
            "org.slf4j.Logger", "java.util.logging.Logger", "java.lang.System$Logger",
            "org.apache.logging.log4j.Logger", "org.apache.commons.logging.Log", "org.jboss.logging.Logger",
            "ch.qos.logback.classic.Logger", "io.micronaut.logging.Logger");

    /** Types whose instances can be changed; a static final field of such a type is global mutable state. */
    private static final List<String> MUTABLE_TYPES = List.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.ArrayDeque", "java.util.PriorityQueue", "java.util.Vector", "java.util.Hashtable",
            "java.util.EnumMap", "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.BitSet",
            "java.util.Date", "java.util.Calendar", "java.text.DateFormat",
            "java.lang.StringBuilder", "java.lang.StringBuffer",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.concurrent.ConcurrentSkipListSet", "java.util.concurrent.ConcurrentLinkedQueue",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicReference",
            "java.util.concurrent.atomic.LongAdder");

    /** Collection interfaces: mutable or not depending on what the initializer stores. */
    private static final Set<String> COLLECTION_INTERFACES = Set.of(
            "java.util.Collection", "java.util.List", "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet",
            "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap", "java.util.Queue", "java.util.Deque",
            "java.util.concurrent.ConcurrentMap");

    /** Factory calls that produce mutable collections. */
    private static final Set<String> MUTABLE_FACTORIES = Set.of(
            "java.util.Arrays#asList", "java.util.stream.Collectors#toList", "java.util.stream.Collectors#toSet",
            "java.util.stream.Collectors#toMap", "java.util.stream.Collectors#groupingBy",
            "java.util.EnumSet#noneOf", "java.util.EnumSet#allOf", "java.util.EnumSet#of", "java.util.EnumSet#copyOf",
            "com.google.common.collect.Lists#newArrayList", "com.google.common.collect.Maps#newHashMap",
            "com.google.common.collect.Sets#newHashSet");

    /** Methods that change the object they are called on (collections, maps, atomics, builders). */
    private static final Set<String> MUTATORS = Set.of(
            "add", "addAll", "put", "putAll", "putIfAbsent", "remove", "removeIf", "removeAll", "retainAll", "clear",
            "merge", "compute", "computeIfAbsent", "computeIfPresent", "replace", "replaceAll", "set", "offer", "poll",
            "push", "pop", "addFirst", "addLast", "sort",
            "incrementAndGet", "decrementAndGet", "getAndIncrement", "getAndDecrement", "addAndGet", "getAndAdd",
            "getAndSet", "accumulateAndGet", "updateAndGet", "getAndUpdate", "lazySet", "compareAndSet", "increment",
            "decrement", "append", "insert", "setLength");

    public StatelessSingletons() {
        super(new RuleInfo(ID, ChecklistItem.C8,
                "singletons should hold no mutable state and static fields should be immutable",
                "a controller or singleton bean serves all requests at once: a mutable field is shared between them and races",
                "keep request data in local variables or parameters, make fields final, and keep state in a store built for it"));
    }

    /** The mutable types, collection interfaces and loggers this rule recognises subtypes of. */
    @Override
    public Set<String> typesOfInterest() {
        Set<String> types = new java.util.TreeSet<>(MUTABLE_TYPES);
        types.addAll(COLLECTION_INTERFACES);
        types.addAll(LOGGERS);
        return java.util.Collections.unmodifiableSet(types);
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes of the code base", javaClass -> true);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        boolean singleton = isSingleton(javaClass, context);
        javaClass.getFields().stream()
                .filter(field -> !field.getName().contains("$"))
                .sorted(Comparator.comparing(JavaField::getName))
                .forEach(field -> {
                    if (field.getModifiers().contains(JavaModifier.STATIC)) {
                        checkStatic(field, violations);
                    } else if (singleton) {
                        checkInstance(field, context, violations);
                    }
                });
    }

    private static boolean isSingleton(JavaClass javaClass, RuleContext context) {
        if (javaClass.isInterface() || javaClass.isEnum() || javaClass.isRecord()) {
            return false;
        }
        Optional<Role> role = context.roleOf(javaClass);
        boolean sharedBean = role.map(SINGLETON_ROLES::contains).orElse(false)
                || role.isEmpty() && context.conventions().isBean(javaClass);
        return sharedBean && !context.conventions().hasNonSingletonScope(javaClass);
    }

    private void checkInstance(JavaField field, RuleContext context, Consumer<Violation> violations) {
        JavaClass owner = field.getOwner();
        String who = Locations.roleOrClass(context.roleOf(owner));
        Optional<JavaFieldAccess> writeOutsideConstruction = field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .filter(access -> !isConstruction(access.getOrigin(), owner, context))
                .min(Comparator.comparingInt(JavaAccess::getLineNumber));
        String fieldName = owner.getName() + "." + field.getName();
        if (writeOutsideConstruction.isPresent()) {
            JavaFieldAccess write = writeOutsideConstruction.get();
            violations.accept(newViolation(Locations.stableName(owner) + "#" + field.getName(),
                    who + " <" + owner.getName() + "> keeps mutable state: field <" + fieldName + "> is written by "
                            + write.getOrigin().getDescription() + " " + Locations.of(write.getSourceCodeLocation()),
                    Locations.of(write.getSourceCodeLocation()),
                    "keep per-request data in local variables; if state must be shared, move it to a store (cache, database) built for concurrent use"));
            return;
        }
        if (!field.getModifiers().contains(JavaModifier.FINAL) && !context.conventions().isContainerManaged(field)
                && !isSetDuringInitialization(field, context)) {
            violations.accept(newViolation(Locations.stableName(owner) + "#" + field.getName(),
                    who + " <" + owner.getName() + "> has non-final field <" + fieldName + ">, shared by all requests",
                    Locations.of(field),
                    "make " + field.getName() + " final and set it through the constructor"));
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
     * A call that changes the object held by {@code field} ({@code cache.put(…)}, {@code counter.incrementAndGet()})
     * outside construction. Bytecode has no data flow, so a mutating call on a collection, map, atomic or
     * builder type on the same line as a read of the field counts.
     */
    private static Optional<JavaMethodCall> mutationOutsideConstruction(JavaField field, RuleContext context) {
        JavaClass owner = field.getOwner();
        if (!isMutableContainer(field.getRawType())) {
            return Optional.empty();
        }
        return field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)
                .filter(access -> !isConstruction(access.getOrigin(), owner, context))
                .flatMap(read -> read.getOrigin().getMethodCallsFromSelf().stream()
                        .filter(call -> call.getLineNumber() == read.getLineNumber())
                        .filter(call -> MUTATORS.contains(call.getName()) && isMutableContainer(call.getTargetOwner())
                                && field.getRawType().isAssignableTo(call.getTargetOwner().getName())))
                .min(Comparator.comparingInt(JavaAccess::getLineNumber));
    }

    private static boolean isMutableContainer(JavaClass type) {
        return MUTABLE_TYPES.stream().anyMatch(type::isAssignableTo)
                || COLLECTION_INTERFACES.stream().anyMatch(type::isAssignableTo);
    }

    /** A collection or map class (not interface), e.g. {@code LinkedBlockingQueue}: mutable unless Guava's Immutable…. */
    private static boolean isConcreteCollection(JavaClass type) {
        return !type.isInterface()
                && (type.isAssignableTo("java.util.Collection") || type.isAssignableTo("java.util.Map"))
                && !type.getName().startsWith("com.google.common.collect.Immutable");
    }

    private static final Set<String> POST_CONSTRUCT = Set.of("jakarta.annotation.PostConstruct", "javax.annotation.PostConstruct");

    /** Constructors, injection setters and {@code @PostConstruct} methods build the bean before it serves requests. */
    private static boolean isConstruction(JavaCodeUnit codeUnit, JavaClass owner, RuleContext context) {
        return codeUnit.getOwner().equals(owner)
                && (codeUnit.isConstructor() || context.conventions().isInjectedByAnnotation(codeUnit)
                || dev.archrules.core.conventions.Annotations.hasAny(codeUnit, POST_CONSTRUCT));
    }

    /** Set by an injection setter or a {@code @PostConstruct} method: initialised by the container, so it cannot be final. */
    private static boolean isSetDuringInitialization(JavaField field, RuleContext context) {
        return field.getAccessesToSelf().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .anyMatch(access -> access.getOrigin().isMethod() && isConstruction(access.getOrigin(), field.getOwner(), context));
    }

    private void checkStatic(JavaField field, Consumer<Violation> violations) {
        JavaClass owner = field.getOwner();
        String fieldName = owner.getName() + "." + field.getName();
        if (owner.isEnum() && field.getRawType().equals(owner)) {
            return; // enum constants
        }
        if (isLogger(field.getRawType())) {
            return;
        }
        String key = Locations.stableName(owner) + "#" + field.getName();
        if (!field.getModifiers().contains(JavaModifier.FINAL)) {
            violations.accept(newViolation(key,
                    "Static field <" + fieldName + "> is not final: global mutable state shared by every request and thread",
                    Locations.of(field),
                    "make " + field.getName() + " a final constant, or move the state into an injected bean built for concurrent use"));
            return;
        }
        Optional<String> mutable = mutableValue(field);
        mutable.ifPresent(what -> violations.accept(newViolation(key,
                "Static final field <" + fieldName + "> holds " + what + ": global mutable state shared by every request and thread",
                Locations.of(field),
                "hold an immutable value (List.of, Map.of, Set.copyOf, Collections.unmodifiable…) or move the state into an injected bean")));
    }

    private static boolean isLogger(JavaClass type) {
        return LOGGERS.contains(type.getName()) || LOGGERS.stream().anyMatch(type::isAssignableTo);
    }

    /** What makes the value of a static final field mutable, if anything. */
    private static Optional<String> mutableValue(JavaField field) {
        JavaClass type = field.getRawType();
        if (type.isArray()) {
            return Optional.of("an array");
        }
        for (String mutableType : MUTABLE_TYPES) {
            if (type.isAssignableTo(mutableType)) {
                return Optional.of("a mutable " + type.getSimpleName());
            }
        }
        if (isConcreteCollection(type)) {
            return Optional.of("a mutable " + type.getSimpleName());
        }
        if (!COLLECTION_INTERFACES.contains(type.getName())) {
            return Optional.empty();
        }
        return mutableInitializer(field);
    }

    /**
     * Bytecode has no data flow, so the value stored into an interface-typed field is judged by the
     * calls on the lines of the static initializer that lead up to the field's assignment: an immutable
     * factory or wrapper (List.of, Collections.unmodifiable…, toUnmodifiableList, Guava Immutable…)
     * wins; otherwise a mutable constructor or factory makes it mutable; anything else passes.
     */
    private static Optional<String> mutableInitializer(JavaField field) {
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
                        .filter(owner -> MUTABLE_TYPES.stream().anyMatch(owner::isAssignableTo))
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
                        .filter(call -> MUTABLE_FACTORIES.contains(call.getTargetOwner().getName() + "#" + call.getName()))
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
