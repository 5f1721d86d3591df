package dev.archrules.core.rules.controllers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.engine.Thresholds;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code controllers.thin-handlers} (C2): a handler method receives the request, calls a service and
 * maps the answer. One that makes more than {@link Thresholds#maxBranchesPerHandler()} domain decisions
 * (branches on domain state, loops, arithmetic, stream filters and sorts, calls of repositories, data-access
 * APIs and clients) or has more than {@link Thresholds#maxStatementsPerHandler()} statements of logic holds
 * business logic that belongs in a service.
 *
 * <p>Request mapping and dispatch, guard clauses, exception translation, building the answer, logging and work
 * on the HTTP exchange are the handler's job and weigh nothing (see the catalogue, docs/rules.md). Methods of
 * interfaces are not handlers: an API interface (such as one generated from an OpenAPI document) declares the
 * endpoints, and its default methods are stubs that the implementing controller overrides.
 */
public final class ThinHandlers extends SourceRule {

    public static final String ID = "controllers.thin-handlers";

    public ThinHandlers() {
        super(new RuleInfo(ID, ChecklistItem.C2,
                "handler methods should be thin",
                "validation, computation and branching in a handler is business logic that cannot be reused or tested without HTTP",
                "move the logic into a service method; the handler maps the request, calls the service and maps the answer"));
    }

    @Override
    protected Optional<Prefilter> prefilter() {
        return Optional.empty();
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers", javaClass -> context.hasRole(javaClass, Role.CONTROLLER));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Optional<SourceFacts> facts = context.sources().facts(javaClass);
        if (facts.isEmpty()) {
            return;
        }
        Thresholds limits = context.thresholds();
        if (javaClass.isInterface()) {
            return;
        }
        javaClass.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparing(JavaMethod::getFullName))
                .forEach(method -> figures(method, facts.get().methods()).ifPresent(figures -> {
                    int decisions = figures.decisions() + dataAccessAndClientCalls(method, context);
                    List<String> exceeded = new ArrayList<>();
                    if (decisions > limits.maxBranchesPerHandler()) {
                        exceeded.add("makes " + decisions + " decisions (branches on domain state, loops, arithmetic, data-access and"
                                + " client calls), more than the limit of " + limits.maxBranchesPerHandler());
                    }
                    if (figures.logicStatements() > limits.maxStatementsPerHandler()) {
                        exceeded.add("has " + figures.logicStatements() + " statements of logic besides request mapping and plumbing,"
                                + " more than the limit of " + limits.maxStatementsPerHandler());
                    }
                    if (!exceeded.isEmpty()) {
                        violations.accept(newViolation(
                                Locations.stableName(javaClass) + "#" + method.getName() + method.getFullName().substring(method.getFullName().indexOf('(')),
                                "Handler <" + javaClass.getName() + "." + method.getName() + "(…)> " + String.join(" and ", exceeded),
                                location(javaClass, figures.beginLine()),
                                "move the logic of " + method.getName() + " into a service method and call it from "
                                        + Locations.simpleName(javaClass)));
                    }
                }));
    }

    /** Calls of repositories, clients, data-access and HTTP client APIs: each one is a decision the handler takes itself. */
    private static int dataAccessAndClientCalls(JavaMethod method, RuleContext context) {
        return (int) method.getCallsFromSelf().stream()
                .map(JavaAccess::getTargetOwner)
                .filter(target -> !target.equals(method.getOwner()) && (context.hasRole(target, Role.REPOSITORY)
                        || context.hasRole(target, Role.CLIENT) || context.roles().isDataAccessApi(target)
                        || context.roles().isHttpClientApi(target)))
                .count();
    }

    /** The source figures of a method: same class, name and parameter count, and the line bytecode knows inside it. */
    private static Optional<SourceFacts.Method> figures(JavaMethod method, List<SourceFacts.Method> methods) {
        int line = method.getSourceCodeLocation().getLineNumber();
        List<SourceFacts.Method> candidates = methods.stream()
                .filter(m -> m.className().equals(method.getOwner().getName()) && m.name().equals(method.getName())
                        && m.parameters() == method.getRawParameterTypes().size())
                .toList();
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        return candidates.stream().filter(m -> m.beginLine() <= line && line <= m.endLine()).findFirst();
    }
}
