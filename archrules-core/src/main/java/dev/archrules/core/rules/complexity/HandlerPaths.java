package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.Comparator;
import java.util.List;

/** The request handlers the call-path rules start from: the handler methods of controllers, in a stable order. */
final class HandlerPaths {

    private HandlerPaths() {
    }

    static DescribedPredicate<JavaClass> controllers(RuleContext context) {
        return DescribedPredicate.describe("controllers", javaClass -> context.hasRole(javaClass, Role.CONTROLLER));
    }

    static List<JavaMethod> handlers(JavaClass controller, RuleContext context) {
        return controller.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparing(JavaMethod::getName).thenComparing(JavaMethod::getFullName))
                .toList();
    }

    /** {@code com.acme.OrderController#place}: overloads share a key. */
    static String key(JavaClass controller, JavaMethod handler) {
        return dev.archrules.core.engine.Locations.stableName(controller) + "#" + handler.getName();
    }
}
