package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.GroupedCalls;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.recognize.Initialisation;
import dev.archrules.core.recognize.ServiceLocators;
import dev.archrules.core.recognize.Wiring;
import dev.archrules.spring.conventions.SpringTerms;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code spring.no-bean-lookup} (C9): no {@code ApplicationContext.getBean}, {@code BeanFactory.getBean},
 * {@code getBeanProvider}, {@code getBeansOfType} or {@code getBeansWithAnnotation} outside configuration
 * classes. A bean that looks up its collaborators is a service locator: its dependencies are invisible
 * in its constructor, it cannot be built in a unit test, and a missing bean fails at the first request
 * instead of at start-up.
 *
 * <p>One violation per class and look-up method, keyed
 * {@code com.acme.OrderService -> org.springframework.context.ApplicationContext#getBean}.
 *
 * <p>Service-locator holders — a class keeping the context in a static field and offering static look-up
 * methods — are not reported for delegating; the classes calling a holder's look-up method are, keyed
 * {@code com.acme.OrderService -> com.acme.ContextHolder#getBean}. Not look-ups of a collaborator, so not
 * reported: wiring code (configuration classes, classes nested in them such as a start-up lifecycle bean,
 * and code that registers bean definitions or singletons and then initialises them); the discovery of every bean
 * of a kind ({@code getBeansWithAnnotation}, {@code getBeansOfType}) in start-up code, a registry built once; classes the container
 * does not create and cannot inject (JPA entities and entity listeners); and look-ups by a bean name
 * computed at run time, such as a per-tenant {@code getBean(domain + "DataSource")}, which no constructor
 * parameter can express; and the creation of a prototype with run-time constructor arguments
 * ({@code getBean(ExportTask.class, format)}), a factory of per-call objects, or by its type alone when that type is a
 * prototype ({@code getBean(RestHookListener.class)} of a class declared, or made by {@code @Bean} methods declared,
 * {@code @Scope("prototype")}: {@link ServiceLocators#createsPrototype}); and the look-ups that fetch no fixed
 * collaborator ({@link ServiceLocators#fetchesNoFixedCollaborator}: by a name read at run time, every {@code DataSource}
 * by the names the container lists, a result thrown away, a static bean builder handed the container), also when a
 * holder's static method makes them; and servlets the servlet container creates, which nothing can be injected into;
 * and look-ups through a container handed to an object the container does not create — a run context deserialized and
 * wired in {@code init(ApplicationContext)}, the per-run helpers it builds and hands that container
 * ({@link ServiceLocators#onContainerHandedToAnObjectItDoesNotCreate}).
 *
 * <p>It owns the fact "this class looks up a bean": in a checklist run the same finding of
 * {@code di.no-direct-instantiation} (same key) is reported here once, naming it ({@link #subsumes()}).
 */
final class NoBeanLookup extends PerClassRule {

    static final String ID = "spring.no-bean-lookup";

    NoBeanLookup() {
        super(new RuleInfo(ID, ChecklistItem.C9,
                "beans should not be looked up from the ApplicationContext or BeanFactory",
                "a bean that looks up its collaborators hides its dependencies and fails at run time instead of at start-up",
                "declare the collaborator as a constructor parameter (ObjectProvider<…> for optional or lazy ones)"));
    }

    /** The bean factories whose look-up methods this rule recognises, on any subtype ({@code ApplicationContext}, …). */
    @Override
    public Set<String> typesOfInterest() {
        return java.util.stream.Stream.concat(
                        SpringTerms.BEAN_LOOKUP_METHODS.builtIn().stream().map(entry -> entry.substring(0, entry.indexOf('#'))),
                        java.util.stream.Stream.of(BEAN_DEFINITION_REGISTRY))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> subsumes() {
        return Set.of("di.no-direct-instantiation");
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        DescribedPredicate<JavaClass> notConfiguration = Scopes.allButConfiguration(context);
        return DescribedPredicate.describe("classes other than configuration, JPA entities, entity listeners and servlets",
                javaClass -> notConfiguration.test(javaClass) && !Wiring.isConfigurationOrNestedInOne(javaClass, context)
                        && !ServiceLocators.createdByThePersistenceProvider(javaClass, context)
                        && !ServiceLocators.createdByTheServletContainer(javaClass, context));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        if (registersBeans(javaClass)) {
            return;
        }
        List<String> handles = ServiceLocators.handleTypes(context.conventions().names(SpringTerms.BEAN_LOOKUP_METHODS));
        List<JavaMethodCall> lookups = javaClass.getMethodCallsFromSelf().stream()
                .filter(call -> isBeanLookup(call, context) && !(call.getOrigin() instanceof JavaMethod origin
                        && ServiceLocators.isHolderLookup(origin, lookup -> isCollaboratorLookup(lookup, context)))
                        || ServiceLocators.isHolderLookup(call.getTarget(), lookup -> isCollaboratorLookup(lookup, context), handles))
                .filter(call -> !ServiceLocators.byNameOrTypeComputedAtRunTime(call, context))
                .filter(call -> isHolderCall(call, context) || !ServiceLocators.fetchesNoFixedCollaborator(call))
                .filter(call -> !discoversAtStartUp(call, context))
                .filter(call -> !ServiceLocators.createsWithArguments(call) && !ServiceLocators.createsPrototype(call, context))
                .filter(call -> !ServiceLocators.onContainerItBuilds(call))
                .filter(call -> !ServiceLocators.onContainerHandedToAnObjectItDoesNotCreate(call, javaClass, context))
                .toList();
        for (GroupedCalls<JavaMethodCall> group : GroupedCalls.byKey(lookups,
                call -> stableName(javaClass) + " -> " + call.getTargetOwner().getName() + "#" + call.getName())) {
            JavaMethodCall first = group.first();
            violations.accept(newViolation(group.key(),
                    roleOrClass(javaClass, context) + " <" + javaClass.getName() + "> looks up beans through <"
                            + first.getTargetOwner().getName() + "." + first.getName() + ">: " + group.description(),
                    locationOf(first.getSourceCodeLocation()),
                    "inject what " + javaClass.getSimpleName() + " looks up through its constructor"));
        }
    }

    /** Whether {@code javaClass} registers bean definitions or singletons: container wiring that then initialises them. */
    private static boolean registersBeans(JavaClass javaClass) {
        return javaClass.getMethodCallsFromSelf().stream().anyMatch(call -> REGISTRATION_METHODS.contains(call.getName())
                && (ImportedSupertypes.isAssignableTo(call.getTargetOwner(), BEAN_FACTORY) || ImportedSupertypes.isAssignableTo(call.getTargetOwner(), BEAN_DEFINITION_REGISTRY)));
    }

    private static final String BEAN_FACTORY = "org.springframework.beans.factory.BeanFactory";
    private static final String BEAN_DEFINITION_REGISTRY = "org.springframework.beans.factory.support.BeanDefinitionRegistry";
    private static final Set<String> REGISTRATION_METHODS = Set.of("registerBeanDefinition", "registerSingleton", "registerBean");

    /** The look-ups that collect every bean of a kind rather than name one collaborator. */
    private static final Set<String> DISCOVERY_METHODS = Set.of("getBeansOfType", "getBeansWithAnnotation");

    /**
     * Whether {@code call} discovers an open set of beans ({@code getBeansWithAnnotation(Handler.class)},
     * {@code getBeansOfType(Plugin.class)}) in code that runs only while the application starts
     * ({@link Initialisation#runsAtInitialisation}: {@code afterPropertiesSet}, {@code @PostConstruct}, a start-up runner
     * or listener): a registry built once, of beans no constructor parameter names by annotation — some may live in
     * modules that depend on this one. One collaborator looked up at start-up ({@code getBean(X.class)}) is still a
     * look-up; the same discovery at run time is too.
     */
    private static boolean discoversAtStartUp(JavaMethodCall call, RuleContext context) {
        return DISCOVERY_METHODS.contains(call.getName()) && Initialisation.runsAtInitialisation(call.getOrigin(), context);
    }

    private static boolean isBeanLookup(JavaMethodCall call, RuleContext context) {
        return context.isCallTo(SpringTerms.BEAN_LOOKUP_METHODS, call);
    }

    /**
     * A bean look-up that fetches a collaborator: not one by a name read at run time, not one whose result is thrown away,
     * … ({@link ServiceLocators#fetchesNoFixedCollaborator}). A holder's static method counts as a look-up method only
     * when it makes such a look-up: {@code getPersistenceManager(mode)} fetching a bean by a configurable name is a
     * factory its callers may call.
     */
    private static boolean isCollaboratorLookup(JavaMethodCall call, RuleContext context) {
        return isBeanLookup(call, context) && !ServiceLocators.fetchesNoFixedCollaborator(call);
    }

    /** Whether {@code call} calls a look-up method of a service-locator holder (not a bean look-up method itself). */
    private static boolean isHolderCall(JavaMethodCall call, RuleContext context) {
        return !isBeanLookup(call, context);
    }
}
