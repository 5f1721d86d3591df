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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code di.no-direct-instantiation} (C9): collaborators are injected, not created. Flags {@code new}
 * of services, repositories and clients of the code base and of data-access or HTTP client API types
 * ({@code new RestTemplate()} in a service, {@code new JdbcTemplate(ds)} in a controller), and
 * service-locator look-ups ({@code ApplicationContext.getBean}, JNDI {@code lookup}, {@code CDI.current()},
 * …), anywhere but in configuration classes (including Spring {@code FactoryBean}s) and factories (classes
 * whose name ends in {@code Factory}). A repository may create its own data-access objects and a client
 * adapter its own HTTP client; {@code super(…)} calls are inheritance, not creation.
 */
public final class NoDirectInstantiation extends PerClassRule {

    public static final String ID = "di.no-direct-instantiation";

    private static final Set<Role> COLLABORATORS = Set.of(Role.SERVICE, Role.REPOSITORY, Role.CLIENT);

    public NoDirectInstantiation() {
        super(new RuleInfo(ID, ChecklistItem.C9,
                "collaborators should be injected, not created with new or looked up",
                "a class that creates or looks up its collaborators hard-wires them: they cannot be replaced, configured or mocked",
                "declare the collaborator as a constructor parameter and let the container (or a configuration class) create it"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than configuration and factories",
                javaClass -> !context.hasRole(javaClass, Role.CONFIGURATION)
                        && !Locations.topLevelName(javaClass).endsWith("Factory"));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        List<JavaCall<?>> creations = new ArrayList<>();
        Map<JavaCall<?>, String> what = new HashMap<>();
        for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
            JavaClass created = call.getTargetOwner();
            if (Locations.sameTopLevel(created, javaClass) || isSuperConstructorCall(call, javaClass)) {
                continue;
            }
            createdKind(created, javaClass, context).ifPresent(kind -> {
                creations.add(call);
                what.put(call, "creates " + kind + " <" + created.getName() + "> with new");
            });
        }
        for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
            if (context.conventions().isServiceLocatorCall(call)) {
                creations.add(call);
                what.put(call, "looks up a collaborator through <" + call.getTargetOwner().getName() + "." + call.getName() + ">");
            }
        }
        String who = Locations.roleOrClass(context.roleOf(javaClass)) + " <" + javaClass.getName() + ">";
        for (GroupedCalls<JavaCall<?>> group : GroupedCalls.byKey(creations, call -> key(javaClass, call))) {
            violations.accept(newViolation(group.key(),
                    who + " " + what.get(group.first()) + ": " + group.description(),
                    Locations.of(group.first().getSourceCodeLocation()),
                    "inject it through the constructor of " + Locations.simpleName(javaClass)
                            + "; create it in a configuration class (@Bean / producer) if it needs construction code"));
        }
    }

    private static String key(JavaClass javaClass, JavaCall<?> call) {
        return call instanceof JavaConstructorCall
                ? Locations.stableName(javaClass) + " -> new " + Locations.stableName(call.getTargetOwner())
                : Locations.stableName(javaClass) + " -> " + call.getTargetOwner().getName() + "#" + call.getName();
    }

    /** {@code super(…)} in a constructor calls the superclass constructor: inheritance, not creation. */
    private static boolean isSuperConstructorCall(JavaConstructorCall call, JavaClass origin) {
        return call.getOrigin().isConstructor()
                && origin.getRawSuperclass().filter(superclass -> superclass.equals(call.getTargetOwner())).isPresent();
    }

    /**
     * What kind of collaborator {@code created} is, if it is one. API objects created inside their own
     * adapter are an implementation detail of that adapter: a repository may create its
     * {@code JdbcTemplate} or {@code SimpleJdbcInsert} (as Spring's reference documentation does), a
     * client adapter its HTTP client.
     */
    private static Optional<String> createdKind(JavaClass created, JavaClass creator, RuleContext context) {
        Optional<Role> role = context.roleOf(created);
        if (role.isPresent() && COLLABORATORS.contains(role.get())) {
            return Optional.of(role.get().displayName());
        }
        Optional<Role> creatorRole = context.roleOf(creator);
        if (context.conventions().isHttpClientApi(created) && creatorRole.filter(Role.CLIENT::equals).isEmpty()) {
            return Optional.of("HTTP client");
        }
        if (context.conventions().isDataAccessApi(created) && creatorRole.filter(Role.REPOSITORY::equals).isEmpty()) {
            return Optional.of("data-access object");
        }
        return Optional.empty();
    }
}
