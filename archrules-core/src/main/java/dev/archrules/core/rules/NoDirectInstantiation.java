package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code di.no-direct-instantiation} (C9): collaborators are injected, not created. Flags {@code new}
 * of services, repositories and clients of the code base and of data-access or HTTP client API types
 * ({@code new RestTemplate()}, {@code new JdbcTemplate(ds)}), and service-locator look-ups
 * ({@code ApplicationContext.getBean}, JNDI {@code lookup}, {@code CDI.current()}, …), anywhere but in
 * configuration classes and factories (classes whose name ends in {@code Factory}).
 */
final class NoDirectInstantiation extends ClassRule {

    static final String ID = "di.no-direct-instantiation";

    private static final Set<Role> COLLABORATORS = Set.of(Role.SERVICE, Role.REPOSITORY, Role.CLIENT);

    NoDirectInstantiation() {
        super(ID, ChecklistItem.C9,
                "collaborators should be injected, not created with new or looked up",
                "a class that creates or looks up its collaborators hard-wires them: they cannot be replaced, configured or mocked",
                "declare the collaborator as a constructor parameter and let the container (or a configuration class) create it");
    }

    @Override
    DescribedPredicate<JavaClass> classes(RuleContext context) {
        return DescribedPredicate.describe("classes other than configuration and factories",
                javaClass -> !context.hasRole(javaClass, Role.CONFIGURATION)
                        && !Locations.topLevelName(javaClass).endsWith("Factory"));
    }

    @Override
    void check(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Map<String, List<JavaCall<?>>> byKey = new LinkedHashMap<>();
        Map<String, String> what = new LinkedHashMap<>();
        for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
            JavaClass created = call.getTargetOwner();
            if (Locations.sameTopLevel(created, javaClass)) {
                continue;
            }
            Optional<String> kind = createdKind(created, context);
            if (kind.isPresent()) {
                String key = Locations.stableName(javaClass) + " -> new " + Locations.stableName(created);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(call);
                what.put(key, "creates " + kind.get() + " <" + created.getName() + "> with new");
            }
        }
        for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
            if (context.conventions().isServiceLocatorCall(call)) {
                String key = Locations.stableName(javaClass) + " -> " + call.getTargetOwner().getName() + "#" + call.getName();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(call);
                what.put(key, "looks up a collaborator through <" + call.getTargetOwner().getName() + "." + call.getName() + ">");
            }
        }
        String who = Locations.roleOrClass(context.roleOf(javaClass)) + " <" + javaClass.getName() + ">";
        byKey.forEach((key, calls) -> {
            calls.sort(Comparator.comparingInt(JavaCall::getLineNumber));
            JavaCall<?> first = calls.get(0);
            String more = calls.size() > 1 ? " (and " + (calls.size() - 1) + " more)" : "";
            violations.accept(violation(key,
                    who + " " + what.get(key) + ": " + first.getDescription() + more,
                    Locations.of(first.getSourceCodeLocation()),
                    "inject it through the constructor of " + javaClass.getSimpleName()
                            + "; create it in a configuration class (@Bean / producer) if it needs construction code"));
        });
    }

    private static Optional<String> createdKind(JavaClass created, RuleContext context) {
        Optional<Role> role = context.roleOf(created);
        if (role.isPresent() && COLLABORATORS.contains(role.get())) {
            return Optional.of(role.get().displayName());
        }
        if (context.conventions().isHttpClientApi(created)) {
            return Optional.of("HTTP client");
        }
        if (context.conventions().isDataAccessApi(created)) {
            return Optional.of("data-access object");
        }
        return Optional.empty();
    }
}
