package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.recognize.NominalRoles;
import dev.archrules.core.recognize.PlainLookups;
import dev.archrules.core.recognize.Wiring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code spring.repositories-only-in-services} (C2): repositories are injected into services (and other
 * repositories) only — not into controllers, message handlers, client adapters or entities. Where a
 * repository is injected, data is read and written; outside the service layer that is business logic
 * in the wrong place, and it bypasses the service's transactions and rules.
 *
 * <p>Only classes whose role is known are checked: a class with no role (no bean annotation, role suffix, data-access or
 * HTTP client API of its own) is built by whoever holds the repository — a {@code @Bean} method, or the service that owns
 * the data and hands part of its work to a helper, a strategy or a plug-in — so nothing says it lies outside the service
 * layer (measured on the precision corpus: of eighteen such findings judged, one was worth changing).
 *
 * <p>A controller that only looks data up through the repository — one query per path, its answer mapped, nothing decided
 * about it ({@link PlainLookups}) — is not reported: no business logic sits outside the service layer.
 *
 * <p>Injection points are constructor parameters, fields and setters with an injection annotation.
 * Configuration classes may take repositories as {@code @Bean} method parameters to wire services.
 * One violation per class and repository, keyed {@code com.acme.web.OrderController -> com.acme.orders.OrderRepository}.
 *
 * <p>Wiring is not use: a class that never touches the repository it is given — a constructor that only
 * hands it on to {@code super(…)} — is not reported (its superclass is, if it uses it), nor one that uses it only while
 * it is built and keeps no reference to it (a registry its constructor fills once, at start-up). A repository here is
 * data access: a type the conventions declare a repository (annotation, supertype such as Spring Data's
 * {@code Repository}, custom predicate), one that uses a data-access API or has an entity in its method
 * signatures, or an interface all of whose implementations are such. An interface or decorator that is only
 * named {@code …Repository} — a backend SPI over values, with implementations of many kinds — is not.
 */
final class RepositoriesOnlyInServices extends PerClassRule {

    static final String ID = "spring.repositories-only-in-services";

    private static final Set<Role> ALLOWED = Set.of(Role.SERVICE, Role.REPOSITORY, Role.CONFIGURATION);

    RepositoriesOnlyInServices() {
        super(new RuleInfo(ID, ChecklistItem.C2,
                "repositories should only be injected into services",
                "a repository used outside the service layer moves business logic and data access out of the services that own them",
                "inject the repository into a service and give the class a service method to call"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers, clients and entities",
                javaClass -> context.roleOf(javaClass).filter(role -> !ALLOWED.contains(role)).isPresent());
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Map<String, Injection> byRepository = new LinkedHashMap<>();
        javaClass.getConstructors().stream().sorted(Comparator.comparing(JavaCodeUnit::getFullName))
                .forEach(constructor -> parameters(constructor, "its constructor", context, byRepository));
        javaClass.getFields().stream()
                .filter(context.conventions()::isInjectedByAnnotation)
                .sorted(Comparator.comparing(JavaField::getName))
                .forEach(field -> repository(field.getRawType(), context).ifPresent(repository -> byRepository.putIfAbsent(
                        repository.getName(), new Injection(repository, "field <" + field.getName() + ">", locationOf(field)))));
        javaClass.getMethods().stream()
                .filter(context.conventions()::isInjectedByAnnotation)
                .sorted(Comparator.comparing(JavaCodeUnit::getFullName))
                .forEach(method -> parameters(method, "setter <" + method.getName() + ">", context, byRepository));

        String who = roleOrClass(javaClass, context);
        byRepository.values().removeIf(injection -> Wiring.onlyPassesOn(javaClass, injection.repository())
                || Wiring.usedOnlyWhileBuilt(javaClass, injection.repository())
                || PlainLookups.onlyLooksUp(javaClass, injection.repository(), context));
        byRepository.values().forEach(injection -> violations.accept(newViolation(
                stableName(javaClass) + " -> " + injection.repository().getName(),
                who + " <" + javaClass.getName() + "> gets repository <" + injection.repository().getName()
                        + "> injected through " + injection.how(),
                injection.location(),
                "move the use of " + injection.repository().getSimpleName() + " into a service and inject that service into "
                        + javaClass.getSimpleName())));
    }

    private static void parameters(JavaCodeUnit codeUnit, String how, RuleContext context, Map<String, Injection> found) {
        for (JavaParameter parameter : codeUnit.getParameters()) {
            repository(parameter.getRawType(), context).ifPresent(repository -> found.putIfAbsent(
                    repository.getName(), new Injection(repository, how, locationOf(codeUnit))));
        }
    }

    private static Optional<JavaClass> repository(JavaClass type, RuleContext context) {
        return NominalRoles.isDataAccessRepository(type, context) ? Optional.of(type) : Optional.empty();
    }

    private record Injection(JavaClass repository, String how, SourceLocation location) {
    }
}
