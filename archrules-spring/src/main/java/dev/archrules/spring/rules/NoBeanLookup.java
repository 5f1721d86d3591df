package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.PerClassRule;
import dev.archrules.core.rules.RuleInfo;
import dev.archrules.core.rules.GroupedCalls;
import dev.archrules.core.rules.RuleContext;
import dev.archrules.spring.conventions.SpringConventions;

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
        return SpringConventions.BEAN_LOOKUP_METHODS.stream().map(entry -> entry.substring(0, entry.indexOf('#')))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return Scopes.allButConfiguration(context);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        List<JavaMethodCall> lookups = javaClass.getMethodCallsFromSelf().stream().filter(NoBeanLookup::isBeanLookup).toList();
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

    private static boolean isBeanLookup(JavaMethodCall call) {
        for (String entry : SpringConventions.BEAN_LOOKUP_METHODS) {
            int hash = entry.indexOf('#');
            if (entry.substring(hash + 1).equals(call.getName()) && call.getTargetOwner().isAssignableTo(entry.substring(0, hash))) {
                return true;
            }
        }
        return false;
    }
}
