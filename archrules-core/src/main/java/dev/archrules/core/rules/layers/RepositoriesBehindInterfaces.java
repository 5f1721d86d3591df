package dev.archrules.core.rules.layers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.engine.DependencyOrigins;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.ServiceLocators;
import dev.archrules.core.recognize.Wiring;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@code layers.repositories-behind-interfaces} (P1, the repository pattern): a service depends on the interface of its
 * repository, not on the implementing class, where the code base has that interface. A service bound to the class
 * cannot be tested with another implementation and sees the repository's helpers besides its contract.
 *
 * <p>Reported: a service's dependency (field, constructor parameter, call) on a concrete, non-abstract class with the
 * repository role that implements an interface of the code base. A repository class without an interface of its own
 * (a DAO over {@code JdbcTemplate} that is the only implementation anyone needs) is not reported: extracting an interface
 * only for the rule would be the pass-through indirection {@code complexity.no-pass-through-layers} warns about. Wiring
 * is not use (a constructor that only passes the class on), a static method or field of the class binds no instance
 * ({@code JdbcOrderRepository.maxPageSize()}), a nested class of the same top-level class is its own, and a service
 * extending the repository class (a module specialising the basic one: its {@code super(…)} call and
 * {@code super.find(…)}) inherits it rather than binding a collaborator. Nor is a per-use object of a prototype bean
 * ({@code @Bean @Scope("prototype") JdbcSearchResults results(…, searchId)}) that the service takes per call from a
 * factory typed to the class and keeps in no field, configuring it through a setter the interface lacks: a result of the
 * call, not a collaborator; one held in a field, or taken as the interface and cast to the class, is.
 * A new rule, not a mode of {@code layers.dependency-direction}: the direction is right, only the coupling is too tight,
 * and the two are baselined and tuned apart.
 *
 * <p>One finding per service and repository class, keyed {@code com.acme.OrderService -> com.acme.JdbcOrderRepository},
 * at the first use. A warning: the code works, it is only harder to test and to change.
 */
public final class RepositoriesBehindInterfaces extends PerClassRule {

    public static final String ID = "layers.repositories-behind-interfaces";

    public RepositoriesBehindInterfaces() {
        super(new RuleInfo(ID, ChecklistItem.P1,
                "services should depend on repository interfaces, not on the implementing classes",
                "a service bound to a repository class cannot be tested or run with another implementation, and sees more than the repository's contract",
                "inject the repository's interface instead of its implementing class",
                Severity.WARNING));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("services", javaClass -> context.hasRole(javaClass, Role.SERVICE));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        for (Grouped use : dependenciesByTarget(javaClass, dependency -> isRepositoryClassWithInterface(dependency.getTargetClass(), javaClass, context)
                && !Wiring.onlyPassesOn(javaClass, dependency.getTargetClass()) && !usesStaticMember(dependency))) {
            JavaClass repository = use.target();
            List<String> interfaces = interfaces(repository, context);
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + Locations.stableName(repository),
                    roleOrClass(javaClass, context) + " <" + javaClass.getName() + "> depends on the repository class <"
                            + repository.getName() + "> instead of its interface " + String.join(" or ", interfaces) + ": "
                            + use.locatedDescription(),
                    use.location(),
                    "depend on " + String.join(" or ", interfaces) + " instead of " + repository.getSimpleName()));
        }
    }

    private static boolean isRepositoryClassWithInterface(JavaClass target, JavaClass origin, RuleContext context) {
        return context.hasRole(target, Role.REPOSITORY)
                && !target.isInterface()
                && !target.getModifiers().contains(JavaModifier.ABSTRACT)
                && !Locations.sameTopLevel(target, origin)
                // a class specialising the repository class (its super(…) call, super.find(…)) inherits, it binds no collaborator
                && !ImportedSupertypes.isAssignableTo(origin, target.getName())
                && !interfaces(target, context).isEmpty()
                && !isPerUseObject(target, origin, context);
    }

    /**
     * A per-use object of a prototype bean ({@code @Bean @Scope("prototype") SearchResults results(RequestDetails request,
     * String uuid)}, or the class declared {@code @Scope("prototype")}: {@link ServiceLocators#isPrototype}) that the
     * service takes from a factory typed to the class — it calls a method of another class returning the class itself
     * ({@code resultsFactory.newResults(request, uuid)}, which builds it with {@code getBean(name, args)}) — and keeps in no
     * field: a new object per call, configured through the class, a result of the call built with the call's arguments,
     * not a repository collaborator a test would replace through its interface. Held in a field, the prototype is the
     * service's collaborator like any other bean; taken as the interface and cast to the class
     * ({@code ((BasicPersistenceModule) helper.getCompatibleModule(type))}), the service binds itself to the class: both
     * are still reported.
     */
    private static boolean isPerUseObject(JavaClass target, JavaClass origin, RuleContext context) {
        return ServiceLocators.isPrototype(target, context)
                && origin.getAllFields().stream().noneMatch(field -> field.getRawType().equals(target))
                && origin.getMethodCallsFromSelf().stream().anyMatch(call -> !call.getTargetOwner().equals(origin)
                && call.getTarget().getRawReturnType().equals(target));
    }

    /**
     * A call of a static method or an access to a static field of the class ({@code JdbcOrderRepository.maxPageSize()}):
     * no instance is bound, so there is nothing to inject through the interface instead.
     */
    private static boolean usesStaticMember(Dependency dependency) {
        return DependencyOrigins.accessOf(dependency)
                .flatMap(access -> access.getTarget().resolveMember())
                .map(member -> member.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
    }

    /** The interfaces of the code base a class implements, directly or through its superclasses, simple names sorted. */
    private static List<String> interfaces(JavaClass type, RuleContext context) {
        return type.getAllRawInterfaces().stream().filter(context::inScope)
                .map(JavaClass::getSimpleName).distinct().sorted().toList();
    }
}
