package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.CallPaths;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * A rule that follows the call paths of request handlers: the handler methods of controllers (of every handler kind),
 * in a stable order, over one {@link CallPaths} per run, made in {@link #prepare} and dropped in {@link #finish}.
 */
abstract class HandlerPathRule extends PerClassRule {

    private CallPaths paths;

    HandlerPathRule(RuleInfo info) {
        super(info);
    }

    /** The call paths this rule walks, for one run. */
    abstract CallPaths pathsOf(RuleContext context);

    /** Checks one handler method of a controller. */
    abstract void checkHandler(JavaClass controller, JavaMethod handler, CallPaths paths, RuleContext context, Consumer<Violation> violations);

    @Override
    protected final DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers", javaClass -> context.hasRole(javaClass, Role.CONTROLLER));
    }

    @Override
    protected final void prepare(Collection<JavaClass> classes, RuleContext context) {
        paths = pathsOf(context);
    }

    @Override
    protected final void finish(RuleContext context) {
        paths = null;
    }

    @Override
    protected final void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        CallPaths callPaths = paths != null ? paths : pathsOf(context);
        javaClass.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparing(JavaMethod::getName).thenComparing(JavaMethod::getFullName))
                .forEach(handler -> checkHandler(javaClass, handler, callPaths, context, violations));
    }

    /** {@code com.acme.OrderController#place}: overloads share a key. */
    static String key(JavaClass controller, JavaMethod handler) {
        return Locations.stableName(controller) + "#" + handler.getName();
    }
}
