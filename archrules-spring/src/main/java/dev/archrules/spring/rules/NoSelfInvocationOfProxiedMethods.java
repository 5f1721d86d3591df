package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvent;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.ProxyRules;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.PerClassRule;
import dev.archrules.core.rules.RuleInfo;
import dev.archrules.core.rules.GroupedCalls;
import dev.archrules.core.rules.RuleContext;
import dev.archrules.spring.conventions.SpringConventions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code spring.no-self-invocation-of-proxied-methods} (C10): no class calls its own {@code @Transactional},
 * {@code @Async}, {@code @Cacheable}/{@code @CachePut}/{@code @CacheEvict} or {@code @Retryable} methods
 * (meta-annotations included). Spring applies these through a proxy around the bean; a call on
 * {@code this} never reaches the proxy, so the transaction, the thread hand-off, the cache or the retry
 * silently does not happen.
 *
 * <p>Which calls are self-invocations is decided by ArchUnit's own
 * {@link ProxyRules#directly_call_other_methods_declared_in_the_same_class_that(DescribedPredicate)}; this
 * rule adds the Spring annotations by name and turns each call into a keyed violation,
 * {@code com.acme.OrderService#placeOrder -> com.acme.OrderService#reserve}, one per caller and target
 * however often it calls.
 */
final class NoSelfInvocationOfProxiedMethods extends PerClassRule {

    static final String ID = "spring.no-self-invocation-of-proxied-methods";

    private static final DescribedPredicate<MethodCallTarget> PROXIED = DescribedPredicate.describe(
            "are annotated with @Transactional, @Async, @Cacheable, @CachePut, @CacheEvict or @Retryable",
            target -> target.resolveMember()
                    .map(method -> Annotations.hasAny(method, SpringConventions.PROXIED_METHOD_ANNOTATIONS))
                    .orElse(false));

    /** ArchUnit's condition, inverted so that the self-invocations are its violating events. */
    private static final ArchCondition<JavaClass> NO_SELF_INVOCATION =
            ArchConditions.never(ProxyRules.directly_call_other_methods_declared_in_the_same_class_that(PROXIED));

    NoSelfInvocationOfProxiedMethods() {
        super(new RuleInfo(ID, ChecklistItem.C10,
                "classes should not call their own @Transactional, @Async, @Cacheable or @Retryable methods",
                "these annotations work through a Spring proxy, and a call on this bypasses it: the transaction, async hand-off, cache or retry silently does not happen",
                "move the annotated method into another bean and call it through that bean, or annotate the calling method instead"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes of the code base", javaClass -> !javaClass.isInterface());
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        for (GroupedCalls<JavaMethodCall> group : GroupedCalls.byKey(selfInvocations(javaClass),
                call -> stableName(javaClass) + "#" + call.getOrigin().getName() + " -> "
                        + stableName(call.getTargetOwner()) + "#" + call.getName())) {
            JavaMethodCall first = group.first();
            String annotation = first.getTarget().resolveMember()
                    .flatMap(method -> Annotations.explain(method, SpringConventions.PROXIED_METHOD_ANNOTATIONS))
                    .orElse("a proxied annotation");
            violations.accept(newViolation(group.key(),
                    "Method <" + first.getOrigin().getFullName() + "> calls <" + first.getTarget().getFullName()
                            + ">, annotated with " + annotation + ", on this, bypassing the Spring proxy" + group.more(),
                    locationOf(first.getSourceCodeLocation()),
                    "move " + first.getName() + "(…) into a separate bean and inject it into " + javaClass.getSimpleName()
                            + ", or put the annotation on " + first.getOrigin().getName() + "(…)"));
        }
    }

    /** The self-invocations ArchUnit's ProxyRules condition finds in {@code javaClass}. */
    private static List<JavaMethodCall> selfInvocations(JavaClass javaClass) {
        ConditionEvents events = ConditionEvents.Factory.create();
        NO_SELF_INVOCATION.check(javaClass, events);
        List<JavaMethodCall> calls = new ArrayList<>();
        for (ConditionEvent event : events.getViolating()) {
            event.handleWith((objects, message) -> objects.stream()
                    .filter(JavaMethodCall.class::isInstance).map(JavaMethodCall.class::cast).forEach(calls::add));
        }
        return calls;
    }
}
