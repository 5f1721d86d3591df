package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.spring.conventions.SpringTerms;

import java.util.Comparator;
import java.util.function.Consumer;

/**
 * {@code spring.transactions-not-in-controllers} (C10): no {@code @Transactional} (Spring's or JTA's,
 * meta-annotations included) on controllers or their methods. A transaction boundary is a business
 * decision: in the controller it spans request parsing and response rendering, holds a connection for
 * the whole request and hides the use case's unit of work from the service that should own it.
 *
 * <p>Keys: {@code com.acme.web.OrderController} for the class, {@code com.acme.web.OrderController#place}
 * for a method.
 */
final class TransactionsNotInControllers extends PerClassRule {

    static final String ID = "spring.transactions-not-in-controllers";

    TransactionsNotInControllers() {
        super(new RuleInfo(ID, ChecklistItem.C10,
                "controllers should not declare transactions",
                "the transaction boundary belongs to the service that owns the use case, not to request handling",
                "remove @Transactional from the controller and put it on the service method the controller calls"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return context.roles().classesWithRole(Role.CONTROLLER);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Annotations.explain(javaClass, context.conventions().names(SpringTerms.TRANSACTION_ANNOTATIONS)).ifPresent(annotation -> violations.accept(newViolation(
                stableName(javaClass),
                "Controller <" + javaClass.getName() + "> is annotated with " + annotation,
                locationOf(javaClass),
                "remove " + annotation + " from " + javaClass.getSimpleName()
                        + " and annotate the service methods it calls")));
        javaClass.getMethods().stream().sorted(Comparator.comparing(JavaMethod::getFullName)).forEach(method ->
                Annotations.explain(method, context.conventions().names(SpringTerms.TRANSACTION_ANNOTATIONS)).ifPresent(annotation -> violations.accept(newViolation(
                        stableName(javaClass) + "#" + method.getName(),
                        "Controller method <" + method.getFullName() + "> is annotated with " + annotation,
                        locationOf(method),
                        "move the transactional work of " + method.getName() + "(…) into a @Transactional service method"))));
    }
}
