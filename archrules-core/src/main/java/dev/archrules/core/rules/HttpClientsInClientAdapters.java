package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code integration.http-clients-in-client-adapters} (C5): HTTP client APIs ({@code RestTemplate},
 * {@code WebClient}, {@code java.net.http.HttpClient}, OkHttp, … and {@code URL.openStream()}) are used only inside client adapters,
 * and callers depend on an interface the adapter implements, not on the adapter class. A service that
 * builds HTTP requests itself is tied to the remote protocol and cannot be tested without the remote
 * system. Configuration classes may create the client beans.
 */
public final class HttpClientsInClientAdapters extends PerClassRule {

    public static final String ID = "integration.http-clients-in-client-adapters";

    public HttpClientsInClientAdapters() {
        super(new RuleInfo(ID, ChecklistItem.C5,
                "HTTP client APIs should only be used by client adapters, and callers should depend on their interfaces",
                "a service or controller that calls remote systems directly is tied to their protocol and cannot be tested in isolation",
                "wrap the remote call in a client adapter that implements an interface, and depend on the interface"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than clients and configuration", javaClass -> {
            Optional<Role> role = context.roleOf(javaClass);
            return role.isEmpty() || role.get() != Role.CLIENT && role.get() != Role.CONFIGURATION;
        });
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        String who = Locations.roleOrClass(context.roleOf(javaClass)) + " <" + javaClass.getName() + ">";
        for (Grouped use : dependenciesByTarget(javaClass, d -> context.conventions().isHttpClientApi(d.getTargetClass()))) {
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + use.target().getName(),
                    who + " uses HTTP client API <" + use.target().getName() + ">: " + use.locatedDescription(),
                    use.location(),
                    "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"));
        }
        List<JavaMethodCall> requests = javaClass.getMethodCallsFromSelf().stream().filter(context.conventions()::isHttpClientCall).toList();
        for (GroupedCalls<JavaMethodCall> group : GroupedCalls.byKey(requests,
                call -> Locations.stableName(javaClass) + " -> " + call.getTargetOwner().getName() + "#" + call.getName())) {
            JavaMethodCall first = group.first();
            violations.accept(newViolation(group.key(),
                    who + " makes HTTP requests with <" + first.getTargetOwner().getName() + "." + first.getName() + ">: " + group.description(),
                    Locations.of(first.getSourceCodeLocation()),
                    "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"));
        }
        for (Grouped use : dependenciesByTarget(javaClass, d -> isConcreteAdapter(d.getTargetClass(), javaClass, context))) {
            JavaClass adapter = use.target();
            List<String> interfaces = adapter.getRawInterfaces().stream()
                    .filter(context::inScope).map(JavaClass::getSimpleName).sorted().toList();
            String hint = interfaces.isEmpty()
                    ? "extract an interface from " + adapter.getSimpleName() + " and depend on it"
                    : "depend on " + String.join(" or ", interfaces) + " instead of " + adapter.getSimpleName();
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + Locations.stableName(adapter),
                    who + " depends on the client adapter class <" + adapter.getName() + "> instead of an interface: "
                            + use.locatedDescription(),
                    use.location(),
                    hint));
        }
    }

    private static boolean isConcreteAdapter(JavaClass target, JavaClass origin, RuleContext context) {
        return context.hasRole(target, Role.CLIENT)
                && !target.isInterface()
                && !target.getModifiers().contains(JavaModifier.ABSTRACT)
                && !Locations.sameTopLevel(target, origin);
    }
}
