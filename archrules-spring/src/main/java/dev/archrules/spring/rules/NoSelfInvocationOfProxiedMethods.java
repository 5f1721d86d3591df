package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvent;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.ProxyRules;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.GroupedCalls;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.source.SourceFacts;
import dev.archrules.spring.conventions.SpringTerms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * {@code spring.no-self-invocation-of-proxied-methods} (C10): no class calls its own {@code @Transactional},
 * {@code @Async}, {@code @Cacheable}/{@code @CachePut}/{@code @CacheEvict}, {@code @Retryable} or method-security
 * ({@code @PreAuthorize}, {@code @PostAuthorize}, {@code @PreFilter}, {@code @PostFilter}, {@code @Secured},
 * {@code @RolesAllowed}) methods (meta-annotations included). Spring applies these through a proxy around the bean; a
 * call on {@code this} never reaches the proxy, so the transaction, the thread hand-off, the cache, the retry or the
 * access check silently does not happen — the last one a hole in the security a reader of the method trusts.
 *
 * <p>Which calls are self-invocations is decided by ArchUnit's own
 * {@link ProxyRules#directly_call_other_methods_declared_in_the_same_class_that(DescribedPredicate)}; this
 * rule adds the Spring annotations by name and turns each call into a keyed violation,
 * {@code com.acme.OrderService#placeOrder -> com.acme.OrderService#reserve}, one per caller and target
 * however often it calls.
 *
 * <p>A transaction is lost only where the bypassed proxy would have done something the caller does not
 * already do ({@link TransactionSettings}): a call from one transactional method into another whose
 * settings it satisfies joins the open transaction and loses nothing, so it is not reported. Reported are
 * calls from a method that runs without a transaction into a transactional one, and calls into a method
 * that needs its own transaction ({@code REQUIRES_NEW}, {@code NESTED}), none ({@code NOT_SUPPORTED},
 * {@code NEVER}), another isolation level, or write access from a read-only caller; a read-only
 * {@code REQUIRES_NEW} method called from a read-only transaction loses nothing (there are no pending writes
 * to hide from it). A repository method without settings of its own runs inside its service's read-write
 * transaction and is judged as such. Nor is a call from a method without a transaction into a transactional method
 * whose whole work is one call into another bean's method transactional itself with the same settings and transaction
 * manager ({@code revoke(token)} doing {@code store.remove(token)}): that method opens the same transaction on its own.
 * {@code @Async} and caching are always lost on {@code this} — except a cached read made only on the way to a write
 * that evicts or updates the same cache (a check of the value the write replaces wants the stored one), and a cached
 * read from a method cached itself (it runs only when the outer cache misses) —; a retry is lost
 * unless the caller is retried with the same settings, which retries the whole call, the bypassed one included; an
 * access check ({@code @PreAuthorize}, {@code @Secured}, {@code @RolesAllowed}) is lost unless the caller is checked the
 * same way by a rule that names no argument, or by the same rule on arguments ({@code #project}) where the caller hands
 * the target, at each parameter the rule names, its own parameter of that name unchanged (read from the source: the
 * bytecode keeps no parameter names) — a rule on arguments the caller changes or does not pass on, a check of the result
 * and a filter are always lost. The message names the annotation whose effect is lost.
 */
final class NoSelfInvocationOfProxiedMethods extends PerClassRule {

    static final String ID = "spring.no-self-invocation-of-proxied-methods";

    /** Method security checking who may call: a caller checked the same way (no argument in the rule) was checked already. */
    private static final Set<String> ACCESS_CHECKS = Set.of(
            "org.springframework.security.access.prepost.PreAuthorize", "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed", "javax.annotation.security.RolesAllowed");
    /** Method security checking or filtering what a method answers or receives: lost on {@code this} whatever the caller has. */
    private static final Set<String> RESULT_CHECKS = Set.of("org.springframework.security.access.prepost.PostAuthorize");
    private static final Set<String> FILTERS = Set.of(
            "org.springframework.security.access.prepost.PreFilter", "org.springframework.security.access.prepost.PostFilter");

    /** Retry annotations (spring-retry's, Spring 7's): a caller retried the same way retries the bypassed call too. */
    private static final Set<String> RETRIES = Set.of(
            "org.springframework.retry.annotation.Retryable", "org.springframework.resilience.annotation.Retryable");

    /** ArchUnit's condition for the proxied annotations {@code proxied}, inverted so that the self-invocations are its violating events. */
    private static ArchCondition<JavaClass> noSelfInvocation(Set<String> proxied) {
        DescribedPredicate<MethodCallTarget> proxiedTargets = DescribedPredicate.describe(
                "are annotated with @Transactional, @Async, @Cacheable, @CachePut, @CacheEvict, @Retryable or method security",
                target -> target.resolveMember().map(method -> Annotations.hasAny(method, proxied)).orElse(false));
        return ArchConditions.never(ProxyRules.directly_call_other_methods_declared_in_the_same_class_that(proxiedTargets));
    }

    NoSelfInvocationOfProxiedMethods() {
        super(new RuleInfo(ID, ChecklistItem.C10,
                "classes should not call their own @Transactional, @Async, @Cacheable, @Retryable or @PreAuthorize methods",
                "these annotations work through a Spring proxy, and a call on this bypasses it: the transaction, async hand-off, cache, retry or access check silently does not happen",
                "move the annotated method into another bean and call it through that bean, or annotate the calling method instead"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes of the code base", javaClass -> !javaClass.isInterface());
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Set<String> proxied = context.conventions().names(SpringTerms.PROXIED_METHOD_ANNOTATIONS);
        Set<String> transactional = context.conventions().names(SpringTerms.TRANSACTION_ANNOTATIONS);
        boolean repository = context.hasRole(javaClass, Role.REPOSITORY);
        List<JavaMethodCall> losing = selfInvocations(javaClass, proxied).stream()
                .filter(call -> lost(call, repository, proxied, transactional, context).isPresent()).toList();
        for (GroupedCalls<JavaMethodCall> group : GroupedCalls.byKey(losing,
                call -> stableName(javaClass) + "#" + call.getOrigin().getName() + " -> "
                        + stableName(call.getTargetOwner()) + "#" + call.getName())) {
            JavaMethodCall first = group.first();
            Lost lost = lost(first, repository, proxied, transactional, context).orElseThrow();
            violations.accept(newViolation(group.key(),
                    "Method <" + first.getOrigin().getFullName() + "> calls <" + first.getTarget().getFullName()
                            + ">, annotated with " + lost.annotation() + ", on this, bypassing the Spring proxy: "
                            + lost.consequence() + group.more(),
                    locationOf(first.getSourceCodeLocation()),
                    "move " + first.getName() + "(…) into a separate bean and inject it into " + javaClass.getSimpleName()
                            + ", or put the annotation on " + first.getOrigin().getName() + "(…)"));
        }
    }

    /** What a call on {@code this} loses: the annotation whose proxy it bypasses (as written) and what then happens. */
    private record Lost(String annotation, String consequence) {
    }

    /**
     * What is lost when {@code call} bypasses the proxy, or empty when nothing is: a transactional call whose
     * settings the caller's transaction already satisfies joins it, and a call into a retried method from a method
     * retried the same way is retried with the whole call.
     */
    private static Optional<Lost> lost(JavaMethodCall call, boolean inRepository, Set<String> proxied, Set<String> transactional,
                                       RuleContext context) {
        Optional<JavaMethod> target = call.getTarget().resolveMember();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Set<String> others = new TreeSet<>(proxied);
        others.removeAll(transactional);
        for (String other : others) {
            Optional<String> annotation = Annotations.explain(target.get(), Set.of(other));
            if (annotation.isPresent() && !(RETRIES.contains(other) && retriedTheSameWay(call.getOrigin(), target.get(), other))
                    && !(other.equals(CACHEABLE) && (onlyInWritesOfTheSameCache(call.getOrigin(), target.get())
                            || cachedItself(call.getOrigin())))
                    && !(ACCESS_CHECKS.contains(other) && checkedTheSameWay(call.getOrigin(), target.get(), other, context))) {
                return Optional.of(new Lost(annotation.get(), annotation.get() + " does not apply" + securityConsequence(other)));
            }
        }
        Optional<TransactionSettings> wanted = TransactionSettings.of(target.get());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // a constructor or initializer runs before any proxy exists: it has no transaction to offer
        Optional<TransactionSettings> running = call.getOrigin() instanceof JavaMethod caller
                ? TransactionSettings.of(caller) : Optional.empty();
        String annotation = Annotations.explain(target.get(), transactional).orElse("the @Transactional of its class");
        Optional<String> consequence = wanted.get().lostWhenCalledFrom(running, inRepository);
        if (consequence.isPresent() && wanted.get().startsWhereNoneRuns(running, inRepository)
                && delegatesToOneTransaction(target.get(), wanted.get(), transactional)) {
            return Optional.empty();
        }
        return consequence.map(lost -> new Lost(annotation, lost));
    }


    /** Owners of calls that do no work of their own in a transaction: the JDK and the logging façades. */
    private static final List<String> INERT_OWNERS = List.of("java.", "org.slf4j.", "org.apache.commons.logging.", "org.apache.logging.log4j.");

    /**
     * Whether {@code target}, transactional with {@code settings}, does nothing but make one call into another bean's
     * method that is transactional itself with settings that stand in for its own (a service method whose body is
     * {@code repository.remove(token)}): called without a transaction, the bypassed proxy would open a transaction
     * around that one call, which opens the same one on its own. Any other call (a setter on what it loads, a second
     * write, a helper of its own class) or a field written elsewhere needs the transaction the proxy would open.
     */
    private static boolean delegatesToOneTransaction(JavaMethod target, TransactionSettings settings, Set<String> transactional) {
        if (target.getFieldAccesses().stream().anyMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET
                && !access.getTargetOwner().equals(target.getOwner()))) {
            return false;
        }
        List<JavaMethodCall> working = target.getMethodCallsFromSelf().stream()
                .filter(call -> INERT_OWNERS.stream().noneMatch(call.getTargetOwner().getName()::startsWith)).toList();
        if (working.size() != 1 || target.getOwner().isAssignableTo(working.get(0).getTargetOwner().getName())) {
            return false;
        }
        Optional<JavaMethod> delegate = working.get(0).getTarget().resolveMember();
        if (delegate.isEmpty()) {
            return false;
        }
        List<JavaMethod> implementations = implementations(delegate.get());
        return !implementations.isEmpty() && implementations.stream().allMatch(implementation ->
                TransactionSettings.of(implementation).filter(settings::openedAlikeBy).isPresent()
                        && transactionManager(target, transactional).equals(transactionManager(implementation, transactional)));
    }

    /**
     * The methods a call of {@code method} runs: itself when it is transactional or its class is concrete, else (a
     * repository called through its interface) the overriding methods of the concrete classes of the code base.
     */
    private static List<JavaMethod> implementations(JavaMethod method) {
        JavaClass owner = method.getOwner();
        if (TransactionSettings.of(method).isPresent() || !(owner.isInterface() || owner.getModifiers().contains(JavaModifier.ABSTRACT))) {
            return List.of(method);
        }
        List<String> parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return owner.getAllSubclasses().stream()
                .filter(subclass -> !subclass.isInterface() && !subclass.getModifiers().contains(JavaModifier.ABSTRACT))
                .flatMap(subclass -> subclass.tryGetMethod(method.getName(), parameters.toArray(String[]::new)).stream())
                .toList();
    }

    /** The transaction manager {@code method}'s Spring {@code @Transactional} names ({@code value} or {@code transactionManager}), empty for the default. */
    private static String transactionManager(JavaMethod method, Set<String> transactional) {
        Optional<JavaAnnotation<?>> annotation = Annotations.find(method, transactional);
        for (JavaClass type = method.getOwner(); annotation.isEmpty() && type != null; type = type.getRawSuperclass().orElse(null)) {
            annotation = Annotations.find(type, transactional);
        }
        return annotation.map(found -> Annotations.text(found, "value").orElse("") + "," + Annotations.text(found, "transactionManager").orElse("")).orElse(",");
    }

    /**
     * Whether {@code caller} is cached itself ({@code @Cacheable} with neither {@code condition} nor {@code unless}): a
     * cached read it calls on {@code this} runs only when the caller's cache misses, and what it read is then kept in
     * the caller's cache, so bypassing the inner cache costs one read per miss of the outer one.
     */
    private static boolean cachedItself(JavaCodeUnit caller) {
        return caller instanceof JavaMethod method && Annotations.find(method, Set.of(CACHEABLE))
                .filter(cacheable -> Annotations.text(cacheable, "condition").orElse("").isEmpty() && Annotations.text(cacheable, "unless").orElse("").isEmpty())
                .isPresent();
    }

    private static final String CACHEABLE = "org.springframework.cache.annotation.Cacheable";
    private static final Set<String> CACHE_WRITES = Set.of(
            "org.springframework.cache.annotation.CacheEvict", "org.springframework.cache.annotation.CachePut");
    /** How many private callers deep a self-call is traced back to the methods others call. */
    private static final int ENTRY_DEPTH = 5;

    /**
     * Whether the cached read {@code target} is called on {@code this} only from writes of its own cache: every method
     * others can call that reaches {@code caller} (itself, or the non-private methods reaching it through private
     * helpers) evicts or updates ({@code @CacheEvict}, {@code @CachePut}) a cache {@code target}'s {@code @Cacheable}
     * fills. A check before such a write — is the value it replaces allowed to change? — wants the stored value, not the
     * cached one the write is about to evict: bypassing the cache is what it needs.
     */
    private static boolean onlyInWritesOfTheSameCache(JavaCodeUnit caller, JavaMethod target) {
        Set<String> cached = cacheNames(target, Set.of(CACHEABLE));
        if (cached.isEmpty()) {
            return false;
        }
        Set<JavaCodeUnit> entries = new LinkedHashSet<>();
        if (!entryPoints(caller, ENTRY_DEPTH, new HashSet<>(), entries)) {
            return false;
        }
        return !entries.isEmpty() && entries.stream().allMatch(entry -> entry instanceof JavaMethod method
                && cacheNames(method, CACHE_WRITES).stream().anyMatch(cached::contains));
    }

    /**
     * Collects the methods others can call that reach {@code codeUnit}: itself when it is not private, else its callers
     * in its class, traced back. False when the trace is cut short (too deep, a call from elsewhere, no caller at all).
     */
    private static boolean entryPoints(JavaCodeUnit codeUnit, int depth, Set<JavaCodeUnit> seen, Set<JavaCodeUnit> entries) {
        if (!codeUnit.getModifiers().contains(JavaModifier.PRIVATE)) {
            entries.add(codeUnit);
            return true;
        }
        if (depth == 0 || !seen.add(codeUnit) || codeUnit.getAccessesToSelf().isEmpty()) {
            return false;
        }
        return codeUnit.getAccessesToSelf().stream().allMatch(access -> access.getOriginOwner().equals(codeUnit.getOwner())
                && entryPoints(access.getOrigin(), depth - 1, seen, entries));
    }

    /** The cache names of {@code method}'s annotations {@code annotations} ({@code value} or {@code cacheNames}), or of its class's {@code @CacheConfig}. */
    private static Set<String> cacheNames(JavaMethod method, Set<String> annotations) {
        Set<String> names = new TreeSet<>();
        for (JavaAnnotation<?> annotation : method.getAnnotations()) {
            if (annotations.contains(annotation.getRawType().getName())) {
                List<String> own = Annotations.strings(annotation, "value", "cacheNames");
                names.addAll(own.isEmpty() ? method.getOwner().tryGetAnnotationOfType("org.springframework.cache.annotation.CacheConfig")
                        .map(config -> Annotations.strings(config, "cacheNames")).orElse(List.of()) : own);
            }
        }
        return names;
    }

    /**
     * Whether {@code caller} carries the retry annotation {@code retry} of {@code target} with the same attributes: the
     * caller's proxy then retries the whole call, the call into {@code target} included, on the same failures (an
     * overload delegating to its sibling, a delete calling its clean-up, both {@code @Retryable} alike).
     */
    private static boolean retriedTheSameWay(JavaCodeUnit caller, JavaMethod target, String retry) {
        return sameAnnotation(caller, target, retry).isPresent();
    }

    /** {@code target}'s annotation {@code annotation} when {@code caller}, a method, carries it with the same attributes. */
    private static Optional<JavaAnnotation<?>> sameAnnotation(JavaCodeUnit caller, JavaMethod target, String annotation) {
        Optional<JavaAnnotation<?>> outer = Annotations.find(caller, Set.of(annotation));
        Optional<JavaAnnotation<?>> inner = Annotations.find(target, Set.of(annotation));
        if (outer.isEmpty() || inner.isEmpty() || !(caller instanceof JavaMethod)) {
            return Optional.empty();
        }
        return sameValue(outer.get(), inner.get()) ? inner : Optional.empty();
    }

    /**
     * Whether {@code caller} carries the access check {@code check} of {@code target} with the same attributes, and each
     * argument the rule names ({@code #project}) is the same value in both: who may call the caller may call the target,
     * and the caller's proxy checked that already. A rule that names no argument is the same check anywhere. A rule on
     * arguments ({@code @PreAuthorize("hasPermission(#project, 'ADMINISTRATION')")}) is the same check only where the
     * caller hands the target, at each named parameter, its own parameter of that name unchanged
     * ({@link #passesNamedArgumentsOn}); where it hands on another value ({@code transfer(other, to)} under
     * {@code #owner}) the target's check is lost on {@code this}.
     */
    private static boolean checkedTheSameWay(JavaCodeUnit caller, JavaMethod target, String check, RuleContext context) {
        return sameAnnotation(caller, target, check).filter(same -> {
            Set<String> named = new TreeSet<>();
            same.getProperties().values().forEach(value -> {
                Matcher reference = ARGUMENT_REFERENCE.matcher(String.valueOf(value instanceof Object[] values ? List.of(values) : value));
                while (reference.find()) {
                    named.add(reference.group(1));
                }
            });
            return named.isEmpty() || passesNamedArgumentsOn((JavaMethod) caller, target, named, context);
        }).isPresent();
    }

    /** A reference to a method argument (or another variable) in a Spring Security expression: {@code #project}. */
    private static final Pattern ARGUMENT_REFERENCE = Pattern.compile("#([A-Za-z_$][A-Za-z0-9_$]*)");

    /**
     * Whether {@code caller} hands {@code target}, in every call of it by bare name or on {@code this} in its source, at the
     * parameter named by each of {@code named}, its own parameter of that name, never assigned: the expression then
     * reads the same values in both, and the caller's check was the target's. Read from the source
     * ({@link SourceFacts.Method#selfCalls()}), because parameter names are what the expression
     * uses and the bytecode does not keep them; without the source, or with a name that is no parameter of both methods
     * (an index, {@code #p0}; a variable, {@code #root}), the check is taken as lost.
     */
    private static boolean passesNamedArgumentsOn(JavaMethod caller, JavaMethod target, Set<String> named, RuleContext context) {
        Optional<SourceFacts> facts = context.sources().facts(caller.getOwner());
        Optional<SourceFacts.Method> outer = facts.flatMap(found -> found.method(caller));
        Optional<SourceFacts.Method> inner = facts.flatMap(found -> found.method(target));
        if (outer.isEmpty() || inner.isEmpty() || !target.getOwner().equals(caller.getOwner())) {
            return false;
        }
        List<String> targetParameters = inner.get().parameterNames();
        List<SourceFacts.SelfCall> calls = outer.get().selfCalls().stream()
                .filter(call -> call.name().equals(target.getName()) && call.passed().size() == targetParameters.size()).toList();
        return targetParameters.size() == target.getRawParameterTypes().size() && !calls.isEmpty()
                && named.stream().allMatch(name -> outer.get().parameterNames().contains(name) && targetParameters.contains(name)
                && calls.stream().allMatch(call -> call.passed().get(targetParameters.indexOf(name)).equals(name)));
    }

    /** What a bypassed method-security annotation would have done, for the message; empty for other annotations. */
    private static String securityConsequence(String annotation) {
        if (ACCESS_CHECKS.contains(annotation)) {
            return ": the access check does not run";
        }
        if (RESULT_CHECKS.contains(annotation)) {
            return ": the check of what it answers does not run";
        }
        return FILTERS.contains(annotation) ? ": the filter does not run" : "";
    }

    /** Whether two annotation attribute values are equal: annotations by type and attributes, arrays element by element. */
    private static boolean sameValue(Object one, Object other) {
        if (one instanceof JavaAnnotation<?> annotation && other instanceof JavaAnnotation<?> otherAnnotation) {
            Map<String, Object> properties = annotation.getProperties();
            Map<String, Object> otherProperties = otherAnnotation.getProperties();
            return annotation.getRawType().getName().equals(otherAnnotation.getRawType().getName())
                    && properties.keySet().equals(otherProperties.keySet())
                    && properties.keySet().stream().allMatch(name -> sameValue(properties.get(name), otherProperties.get(name)));
        }
        if (one instanceof Object[] values && other instanceof Object[] otherValues) {
            return values.length == otherValues.length && IntStream.range(0, values.length).allMatch(i -> sameValue(values[i], otherValues[i]));
        }
        return Objects.deepEquals(one, other);
    }

    /** The self-invocations ArchUnit's ProxyRules condition finds in {@code javaClass}. */
    private static List<JavaMethodCall> selfInvocations(JavaClass javaClass, Set<String> proxied) {
        ConditionEvents events = ConditionEvents.Factory.create();
        noSelfInvocation(proxied).check(javaClass, events);
        List<JavaMethodCall> calls = new ArrayList<>();
        for (ConditionEvent event : events.getViolating()) {
            event.handleWith((objects, message) -> objects.stream()
                    .filter(JavaMethodCall.class::isInstance).map(JavaMethodCall.class::cast).forEach(calls::add));
        }
        return calls;
    }
}
