package dev.archrules.core.rules.controllers;

import com.tngtech.archunit.base.DescribedPredicate;
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

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code controllers.thin-handlers} (C2): a handler method receives the request, calls a service and
 * maps the answer. One whose statements (nested ones included) or branches ({@code if}, loops,
 * {@code case} labels, {@code catch}, {@code ?:}) exceed {@link Thresholds#maxStatementsPerHandler()} or
 * {@link Thresholds#maxBranchesPerHandler()} holds business logic that belongs in a service. Request mapping is the
 * handler's job and counts nothing: statements that only copy a value onto a target, and {@code if}s that only test
 * a value's presence before copying it (one per optional query parameter). The message names the limit exceeded.
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
        javaClass.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparing(JavaMethod::getFullName))
                .forEach(method -> figures(method, facts.get().methods()).ifPresent(figures -> {
                    if (figures.statements() > limits.maxStatementsPerHandler() || figures.branches() > limits.maxBranchesPerHandler()) {
                        String name = javaClass.getName() + "." + method.getName() + "(…)";
                        violations.accept(newViolation(
                                Locations.stableName(javaClass) + "#" + method.getName() + method.getFullName().substring(method.getFullName().indexOf('(')),
                                "Handler <" + name + "> has " + figures.statements() + " statements and " + figures.branches()
                                        + " branches, " + exceeded(figures, limits),
                                location(javaClass, figures.beginLine()),
                                "move the logic of " + method.getName() + " into a service method and call it from "
                                        + Locations.simpleName(javaClass)));
                    }
                }));
    }

    /** The limit or limits the handler exceeds, as the message names them. */
    private static String exceeded(SourceFacts.Method figures, Thresholds limits) {
        boolean statements = figures.statements() > limits.maxStatementsPerHandler();
        boolean branches = figures.branches() > limits.maxBranchesPerHandler();
        if (statements && branches) {
            return "more than the limits of " + limits.maxStatementsPerHandler() + " statements and "
                    + limits.maxBranchesPerHandler() + " branches";
        }
        return statements
                ? "more than the limit of " + limits.maxStatementsPerHandler() + " statements"
                : "more than the limit of " + limits.maxBranchesPerHandler() + " branches";
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
