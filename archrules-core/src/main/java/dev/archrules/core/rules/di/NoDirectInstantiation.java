package dev.archrules.core.rules.di;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.engine.GroupedCalls;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.JaxRsResources;
import dev.archrules.core.recognize.NominalRoles;
import dev.archrules.core.recognize.ServiceLocators;
import dev.archrules.core.recognize.Wiring;

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
 * adapter its own HTTP client; {@code super(…)} calls are inheritance, not creation. Objects that live for
 * one request, entity or unit of work are not collaborators: JAX-RS sub-resources, per-entity model adapters,
 * a repository's helpers over its own persistence context, and classes named like a role only nominally
 * (see {@code isPerCallObject}).
 */
public final class NoDirectInstantiation extends PerClassRule {

    public static final String ID = "di.no-direct-instantiation";

    private static final Set<Role> COLLABORATORS = Set.of(Role.SERVICE, Role.REPOSITORY, Role.CLIENT);

    /** Persistence contexts opened per session or transaction, which a repository shares with its helpers. */
    private static final Set<String> UNITS_OF_WORK = Set.of(
            "jakarta.persistence.EntityManager", "javax.persistence.EntityManager",
            "org.hibernate.Session", "org.hibernate.StatelessSession",
            "java.sql.Connection", "org.apache.ibatis.session.SqlSession");

    /** Classes named after the creation or look-up they exist to do: a factory, a JNDI or registry look-up bridge. */
    private static final List<String> BRIDGE_SUFFIXES = List.of("Factory", "Lookup", "Locator");

    public NoDirectInstantiation() {
        super(new RuleInfo(ID, ChecklistItem.C9,
                "collaborators should be injected, not created with new or looked up",
                "a class that creates or looks up its collaborators hard-wires them: they cannot be replaced, configured or mocked",
                "declare the collaborator as a constructor parameter and let the container (or a configuration class) create it"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than wiring code, factories and look-up bridges",
                javaClass -> !Wiring.isConfigurationOrNestedInOne(javaClass, context)
                        && BRIDGE_SUFFIXES.stream().noneMatch(Locations.topLevelName(javaClass)::endsWith));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        List<JavaCall<?>> creations = new ArrayList<>();
        Map<JavaCall<?>, String> what = new HashMap<>();
        for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
            JavaClass created = call.getTargetOwner();
            if (Locations.sameTopLevel(created, javaClass) || isSuperConstructorCall(call, javaClass)
                    || isPerCallObject(call, javaClass, context) || context.generated().isGenerated(call.getOrigin())) {
                continue;
            }
            createdKind(created, javaClass, context).ifPresent(kind -> {
                creations.add(call);
                what.put(call, "creates " + kind + " <" + created.getName() + "> with new");
            });
        }
        boolean cannotBeInjected = ServiceLocators.createdByThePersistenceProvider(javaClass, context);
        for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
            if (context.conventions().isServiceLocatorCall(call) && !cannotBeInjected
                    && !ServiceLocators.byNameComputedAtRunTime(call, context) && !context.generated().isGenerated(call.getOrigin())) {
                creations.add(call);
                what.put(call, "looks up a collaborator through <" + call.getTargetOwner().getName() + "." + call.getName() + ">");
            }
        }
        String who = roleOrClass(javaClass, context) + " <" + javaClass.getName() + ">";
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
     * Whether the object {@code call} creates lives for one request, one entity or one unit of work, so
     * there is nothing to inject:
     * <ul>
     *   <li>a JAX-RS sub-resource: a per-request resource created in a sub-resource locator (or a helper it
     *       calls), or by another resource for the same request — how JAX-RS nests resources;</li>
     *   <li>a per-entity adapter: its constructor takes an entity, as a provider wrapping each entity it loads
     *       in a model adapter does;</li>
     *   <li>a per-session helper of a repository: its constructor takes the persistence context (an
     *       {@code EntityManager}, a Hibernate {@code Session}, a JDBC {@code Connection}, …) that the
     *       repository shares with it, such as a query builder or a delegate of one JPA implementation;</li>
     *   <li>a class named like a role only nominally ({@link NominalRoles}): a framework extension named
     *       after the extension point, a {@code …Client} that is a domain model.</li>
     * </ul>
     */
    private static boolean isPerCallObject(JavaConstructorCall call, JavaClass creator, RuleContext context) {
        JavaClass created = call.getTargetOwner();
        if (JaxRsResources.isPerRequestResource(created)
                && (JaxRsResources.isLocatorOrItsHelper(call.getOrigin()) || JaxRsResources.isResourceOrNestedInOne(creator))) {
            return true;
        }
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (parameters.stream().anyMatch(type -> context.hasRole(type, Role.ENTITY))) {
            return true;
        }
        if (context.hasRole(creator, Role.REPOSITORY)
                && parameters.stream().anyMatch(type -> UNITS_OF_WORK.stream().anyMatch(type::isAssignableTo))) {
            return true;
        }
        return NominalRoles.isNominal(created, context);
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
        if (context.roles().isHttpClientApi(created) && creatorRole.filter(Role.CLIENT::equals).isEmpty()) {
            return Optional.of("HTTP client");
        }
        if (context.roles().isDataAccessApi(created) && creatorRole.filter(Role.REPOSITORY::equals).isEmpty()) {
            return Optional.of("data-access object");
        }
        return Optional.empty();
    }
}
