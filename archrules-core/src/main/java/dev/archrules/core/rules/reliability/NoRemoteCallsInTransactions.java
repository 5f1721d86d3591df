package dev.archrules.core.rules.reliability;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.CallPaths;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import dev.archrules.core.engine.Locations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code reliability.no-remote-calls-in-transactions} (P5, error): a method running in a database transaction makes no
 * remote call — no HTTP request, external service client call, message send or mail — directly or through the methods of
 * the code base it calls ({@linkplain CallPaths call paths}). The remote side sees the call at once while the transaction
 * may still roll back (a message about an order that was never saved, a payment charged twice on retry), and the
 * transaction holds its database connection and locks for as long as the remote system takes. The fix is the
 * event-publishing pattern: publish an application event handled after commit ({@code @TransactionalEventListener}) or
 * write an outbox row in the transaction.
 *
 * <p>A method is transactional when it or its class carries one of {@link Term#TRANSACTIONAL_ANNOTATIONS} and is neither
 * private nor static; the class's annotation may be inherited from a superclass (all three are {@code @Inherited}: a
 * service extending an abstract {@code @Transactional} base class runs its methods in transactions,
 * {@link Annotations#findOnClassOrInherited}); a method's own annotation comes first. Not reported: a propagation that
 * starts no transaction ({@code NOT_SUPPORTED}, {@code NEVER}, {@code SUPPORTS}), a {@code readOnly} transaction (nothing
 * to roll back that the remote side could disagree with), a method of {@link Term#AFTER_COMMIT_ANNOTATIONS} (an
 * after-commit listener, unless its phase is {@code BEFORE_COMMIT}).
 * A path is not followed into a method run on another thread, into one whose own annotation suspends the transaction,
 * nor into another transactional method: that one is reported itself (one fact, one report). A transaction opened with
 * {@code TransactionTemplate} ({@link Term#TRANSACTION_TEMPLATE_CALLS}: {@code execute}, {@code executeWithoutResult})
 * covers the calls of the lambda passed to it: the calls declared in a lambda from the template call's line up to the
 * method's next call outside a lambda (bytecode knows which calls are in a lambda, not in which one).
 *
 * <p>Key: {@code Class#method -> owner.Type#method} (the transactional method and the remote API it reaches; overloads
 * share a key).
 */
public final class NoRemoteCallsInTransactions extends PerClassRule {

    public static final String ID = "reliability.no-remote-calls-in-transactions";

    private static final Set<String> NO_TRANSACTION = Set.of("NOT_SUPPORTED", "NEVER", "SUPPORTS");

    /** What a transactional annotation does to a method. */
    private enum Mode { NONE, WRITES, READ_ONLY, SUSPENDED }

    private CallPaths paths;

    public NoRemoteCallsInTransactions() {
        super(new RuleInfo(ID, ChecklistItem.P5,
                "methods running in a database transaction should make no remote calls",
                "a remote call inside a transaction is seen at once while the transaction may still roll back, and it holds the "
                        + "database connection for as long as the remote system takes",
                "publish an event and make the remote call after commit (@TransactionalEventListener, an outbox table)"));
    }

    /** Every class: transactions are not a role, and a code base without any has nothing to report, not a gap to note. */
    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes", javaClass -> true);
    }

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        paths = CallPaths.of(context, callee -> mode(callee, context) != Mode.NONE && mode(callee, context) != Mode.READ_ONLY);
    }

    @Override
    protected void finish(RuleContext context) {
        paths = null;
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        CallPaths callPaths = paths != null ? paths : CallPaths.of(context);
        List<JavaMethod> methods = javaClass.getMethods().stream()
                .filter(method -> mode(method, context) == Mode.WRITES)
                .filter(method -> !afterCommit(method, context))
                .sorted(Comparator.comparing(JavaMethod::getName).thenComparing(JavaMethod::getFullName))
                .toList();
        for (JavaMethod method : methods) {
            report(javaClass, method, callPaths.effects(method), violations);
        }
        for (JavaMethod method : javaClass.getMethods()) {
            if (!methods.contains(method) && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                List<JavaMethodCall> callback = callbackCalls(method, context);
                if (!callback.isEmpty()) {
                    report(javaClass, method, callback.stream().flatMap(call -> callPaths.effectsOf(call).stream()).toList(), violations);
                }
            }
        }
    }

    /**
     * The calls of the callbacks a method passes to {@code TransactionTemplate}: those declared in a lambda, on or after
     * the template call's line and before the method's next call outside a lambda.
     */
    private static List<JavaMethodCall> callbackCalls(JavaMethod method, RuleContext context) {
        List<JavaMethodCall> calls = method.getMethodCallsFromSelf().stream()
                .sorted(Comparator.comparingInt(JavaMethodCall::getLineNumber)).toList();
        List<JavaMethodCall> inTransaction = new java.util.ArrayList<>();
        for (JavaMethodCall template : calls) {
            if (template.isDeclaredInLambda() || !context.isCallTo(Term.TRANSACTION_TEMPLATE_CALLS, template)) {
                continue;
            }
            int end = calls.stream().filter(call -> !call.isDeclaredInLambda() && call.getLineNumber() > template.getLineNumber())
                    .mapToInt(JavaMethodCall::getLineNumber).min().orElse(Integer.MAX_VALUE);
            calls.stream().filter(call -> call.isDeclaredInLambda() && call.getLineNumber() >= template.getLineNumber() && call.getLineNumber() < end)
                    .forEach(inTransaction::add);
        }
        return inTransaction;
    }

    /** One finding per remote API the method's transaction reaches, at the first path to it. */
    private void report(JavaClass javaClass, JavaMethod method, List<CallPaths.Effect> effects, Consumer<Violation> violations) {
        Map<String, CallPaths.Effect> byApi = new LinkedHashMap<>();
        for (CallPaths.Effect effect : effects) {
            if (effect.kind().remote()) {
                byApi.putIfAbsent(effect.api(), effect);
            }
        }
        byApi.forEach((api, effect) -> violations.accept(newViolation(
                stableName(javaClass) + "#" + method.getName() + " -> " + api,
                "Transactional method <" + javaClass.getName() + "." + method.getName() + "(…)> " + effect.kind().verb()
                        + " <" + effect.apiName() + "> inside its database transaction: " + effect.describe(),
                effect.start(),
                "publish an event from " + method.getName() + " and " + effect.kind().instruction()
                        + " in a @TransactionalEventListener after commit (or write an outbox row)")
                .withFlow(CallPaths.flowOf(List.of(effect), "database transaction of " + Locations.simpleName(javaClass) + "."
                        + method.getName() + " open around every call"))));
    }

    /** How the transactional annotations of a method (or else its class) apply to it. */
    private static Mode mode(JavaCodeUnit method, RuleContext context) {
        if (method.getModifiers().contains(JavaModifier.PRIVATE) || method.getModifiers().contains(JavaModifier.STATIC)
                || method.getModifiers().contains(JavaModifier.SYNTHETIC) || !(method instanceof JavaMethod)) {
            return Mode.NONE;
        }
        Set<String> names = context.conventions().names(Term.TRANSACTIONAL_ANNOTATIONS);
        Optional<JavaAnnotation<?>> annotation = Annotations.find(method, names);
        if (annotation.isEmpty()) {
            // a class-level @Transactional is @Inherited: a service extending a transactional base class runs in transactions
            annotation = Annotations.findOnClassOrInherited(method.getOwner(), names);
        }
        if (annotation.isEmpty()) {
            return Mode.NONE;
        }
        JavaAnnotation<?> found = annotation.get();
        String propagation = Annotations.enumValue(found, "propagation").or(() -> Annotations.enumValue(found, "value")).orElse("REQUIRED");
        if (NO_TRANSACTION.contains(propagation)) {
            return propagation.equals("SUPPORTS") ? Mode.READ_ONLY : Mode.SUSPENDED;
        }
        boolean readOnly = found.get("readOnly").map(Boolean.TRUE::equals).orElse(false);
        return readOnly ? Mode.READ_ONLY : Mode.WRITES;
    }

    private static boolean afterCommit(JavaMethod method, RuleContext context) {
        return Annotations.find(method, context.conventions().names(Term.AFTER_COMMIT_ANNOTATIONS))
                .map(listener -> !Annotations.enumValue(listener, "phase").orElse("AFTER_COMMIT").equals("BEFORE_COMMIT"))
                .orElse(false);
    }
}
