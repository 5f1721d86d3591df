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

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.HandlerKind;
import dev.archrules.core.conventions.Term;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code controllers.thin-handlers} (C2): a handler method receives the request, calls a service and
 * maps the answer. One that makes more than {@link Thresholds#maxBranchesPerHandler()} domain decisions
 * (branches on domain state, loops, arithmetic, stream filters and sorts, calls of repositories, data-access
 * APIs and clients — not the getters of a row a query answered, a type nested in a repository declaring only
 * accessors) or has more than {@link Thresholds#maxStatementsPerHandler()} statements of logic holds
 * business logic that belongs in a service.
 *
 * <p>Decisions and data-access and client calls of the private helpers of the handler's class that only this handler
 * calls (directly or through one another, not only in a {@code catch} clause) count as the handler's: such a helper is the handler's body split up, while a
 * helper several handlers share (a look-up, a validation, a conversion) is the class's plumbing. A handler that makes a {@linkplain Term#USE_CASE_CALLS use-case
 * call} itself or in such a helper — checks a password, authenticates, issues a token, sends mail — is reported whatever
 * its size. Every request handler is held to this rule: GraphQL handlers, message and event listeners, WebSocket handlers
 * and gRPC services like controllers. Filters and interceptors are weighed only by the domain work they do — calls of
 * repositories, clients, data-access and HTTP client APIs, in the handler and its private helpers —: their branches and
 * statements are request routing and security plumbing (path matching, authentication outcomes, error responses), and
 * authenticating is their job, so use-case calls do not count for them either.
 *
 * <p>Request mapping and dispatch (also of the values read from the posted form the class's own helper converted;
 * fixture {@code formconversion.TranslationAdminController}; also an optional parameter copied with
 * {@code Optional.ofNullable(limit).ifPresent(query::setLimit)} or a lambda converting it, the form of
 * {@code if (limit != null) query.setLimit(limit)}; fixture {@code optionalmapping.JourneyResource#plan}, while copying a
 * looked-up journey's state that way is logic, {@code #replan}), guard clauses (also as validation calls on request values), exception translation,
 * building the answer, the view model and the view of server-side MVC, content negotiation (the view of the first media
 * type of the {@code Accept} header that matches a constant; fixture {@code negotiation.ProfileEndpoint}), the HTTP
 * protocol's branches on request headers (the body read by its {@code Content-Type}, the answer shaped by the media type, a
 * body or none by {@code Prefer}; fixture {@code headerprotocol.NoteController}), logging and
 * work on the HTTP exchange are the
 * handler's job and weigh nothing (see the catalogue, docs/rules.md). Methods of
 * interfaces are not handlers: an API interface (such as one generated from an OpenAPI document) declares the
 * endpoints, and its default methods are stubs that the implementing controller overrides. The implementing method
 * inherits the interface's HTTP mapping ({@link dev.archrules.core.conventions.HttpMappings#inheritedFrom}) and is the
 * handler, weighed by its own body and reported where it is written (fixtures {@code source.apiinterfaces}:
 * {@code InvoicesApiController.settleInvoice} and {@code AccountsResource.creditInterest} reported, their thin neighbours
 * and the interface's default stubs not). In OpenAPI Generator's delegate-method style the mapping sits on a default
 * wrapper {@code _operation(…)} that only calls the unannotated {@code operation(…)}: the controller's override of
 * {@code operation} is the handler (fixture {@code source.delegatemethod.TransfersApiController.reverseTransfer}
 * reported; the wrappers, and a method only an unmapped default method calls, not).
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
        if (facts.isEmpty() || javaClass.isInterface()) {
            return;
        }
        String word = context.conventions().handlerKind(javaClass).map(k -> Locations.sentenceStart(k.word())).orElse("Handler");
        overLimits(javaClass, facts.get(), context).forEach((method, exceeded) -> facts.get().method(method).ifPresent(figures ->
                violations.accept(newViolation(
                        Locations.stableName(javaClass) + "#" + method.getName() + method.getFullName().substring(method.getFullName().indexOf('(')),
                        word + " <" + javaClass.getName() + "." + method.getName() + "(…)> " + String.join(" and ", exceeded),
                        location(javaClass, figures.beginLine()),
                        "move the logic of " + method.getName() + " into a service method and call it from "
                                + Locations.simpleName(javaClass)))));
    }

    /**
     * Whether every handler of the class is within this rule's limits, by its source: {@code false} when a handler is over
     * them or the source does not tell (no facts of the class or of one of its handlers).
     */
    static boolean allThin(JavaClass javaClass, RuleContext context) {
        Optional<SourceFacts> facts = context.sources().facts(javaClass);
        return facts.isPresent() && javaClass.getMethods().stream().filter(context.conventions()::isEndpoint)
                .allMatch(handler -> facts.get().method(handler).isPresent())
                && overLimits(javaClass, facts.get(), context).isEmpty();
    }

    /** The handlers of the class over this rule's limits, in the order of their names, each with the limits it exceeds. */
    private static Map<JavaMethod, List<String>> overLimits(JavaClass javaClass, SourceFacts facts, RuleContext context) {
        Thresholds limits = context.thresholds();
        boolean plumbing = context.conventions().handlerKind(javaClass).filter(HandlerKind::isPlumbing).isPresent();
        List<JavaMethod> handlers = javaClass.getMethods().stream()
                .filter(context.conventions()::isEndpoint)
                .sorted(Comparator.comparing(JavaMethod::getFullName))
                .toList();
        Map<JavaMethod, List<JavaMethod>> helpersOf = new HashMap<>();
        Map<JavaMethod, Integer> sharing = new HashMap<>();
        for (JavaMethod handler : handlers) {
            List<JavaMethod> helpers = privateHelpers(handler, facts);
            helpersOf.put(handler, helpers);
            helpers.forEach(helper -> sharing.merge(helper, 1, Integer::sum));
        }
        Map<JavaMethod, List<String>> over = new LinkedHashMap<>();
        handlers.forEach(method -> facts.method(method).ifPresent(figures -> {
                    List<JavaMethod> helpers = helpersOf.get(method);
                    int inHelpers = 0;
                    for (JavaMethod helper : helpers.stream().filter(helper -> sharing.get(helper) == 1).toList()) {
                        inHelpers += (plumbing ? 0 : facts.method(helper).map(SourceFacts.Method::decisions).orElse(0))
                                + dataAccessAndClientCalls(helper, context);
                    }
                    int decisions = (plumbing ? 0 : figures.decisions()) + dataAccessAndClientCalls(method, context) + inHelpers;
                    List<String> exceeded = new ArrayList<>();
                    if (decisions > limits.maxBranchesPerHandler()) {
                        exceeded.add("makes " + decisions + " decisions (branches on domain state, loops, arithmetic, data-access and"
                                + " client calls" + (inHelpers > 0 ? "; " + inHelpers + " in private helpers it calls" : "")
                                + "), more than the limit of " + limits.maxBranchesPerHandler());
                    }
                    if (!plumbing && figures.logicStatements() > limits.maxStatementsPerHandler()) {
                        exceeded.add("has " + figures.logicStatements() + " statements of logic besides request mapping and plumbing,"
                                + " more than the limit of " + limits.maxStatementsPerHandler());
                    }
                    if (!plumbing) {
                        Set<String> useCase = useCaseCalls(method, helpers, context);
                        if (!useCase.isEmpty()) {
                            exceeded.add("does the work of a use case itself: calls " + String.join(", ", useCase));
                        }
                    }
                    if (!exceeded.isEmpty()) {
                        over.put(method, exceeded);
                    }
                }));
        return over;
    }

    /**
     * The private methods of the handler's class it calls, directly or through one another (the handler itself apart),
     * except those called only in exception translation ({@code catch} clauses), which is plumbing.
     */
    private static List<JavaMethod> privateHelpers(JavaMethod handler, SourceFacts facts) {
        Set<JavaMethod> found = new LinkedHashSet<>();
        Deque<JavaMethod> todo = new ArrayDeque<>(List.of(handler));
        while (!todo.isEmpty()) {
            JavaMethod current = todo.pop();
            Set<String> translation = facts.method(current).map(SourceFacts.Method::translationCalls).orElse(Set.of());
            for (JavaMethodCall call : current.getMethodCallsFromSelf()) {
                if (!call.getTargetOwner().equals(handler.getOwner()) || translation.contains(call.getName())) {
                    continue;
                }
                call.getTarget().resolveMember()
                        .filter(target -> target.getModifiers().contains(JavaModifier.PRIVATE) && !target.equals(handler))
                        .filter(found::add)
                        .ifPresent(todo::push);
            }
        }
        return List.copyOf(found);
    }

    /** The {@linkplain Term#USE_CASE_CALLS use-case calls} of the handler and its private helpers, as {@code Type.method}. */
    private static Set<String> useCaseCalls(JavaMethod handler, List<JavaMethod> helpers, RuleContext context) {
        Set<String> calls = new TreeSet<>();
        List<JavaMethod> methods = new ArrayList<>(helpers);
        methods.add(0, handler);
        for (JavaMethod method : methods) {
            method.getMethodCallsFromSelf().stream()
                    .filter(call -> context.isCallTo(Term.USE_CASE_CALLS, call))
                    .forEach(call -> calls.add(call.getTargetOwner().getSimpleName() + "." + call.getName()));
        }
        return calls;
    }

    /**
     * Calls of repositories, clients, data-access and HTTP client APIs: each one is a decision the handler takes itself. Not
     * the getters of a row a query answered: a type nested in a repository that declares only accessors
     * ({@code InvocationCount.getDay()}, the row class or projection declared beside its query) holds data and accesses none.
     */
    private static int dataAccessAndClientCalls(JavaMethod method, RuleContext context) {
        return (int) method.getCallsFromSelf().stream()
                .map(JavaAccess::getTargetOwner)
                .filter(target -> !target.equals(method.getOwner()) && (context.hasRole(target, Role.REPOSITORY) && !isRow(target, context)
                        || context.hasRole(target, Role.CLIENT) || context.roles().isDataAccessApi(target)
                        || context.roles().isHttpClientApi(target)))
                .count();
    }

    /**
     * A type nested in a repository whose methods are all accessors — argument-free getters ({@code getDay()},
     * {@code isActive()}), setters of one value, {@code equals}, {@code hashCode} and {@code toString} — with a getter among
     * them: the row or projection its queries answer.
     */
    private static boolean isRow(JavaClass type, RuleContext context) {
        Set<JavaMethod> methods = type.getMethods();
        return type.getEnclosingClass().filter(repository -> context.hasRole(repository, Role.REPOSITORY)).isPresent()
                && methods.stream().anyMatch(ThinHandlers::isGetter) && methods.stream().allMatch(m -> isGetter(m)
                || m.getName().matches("set[A-Z].*") && m.getRawParameterTypes().size() == 1
                || m.getName().equals("equals") && m.getRawParameterTypes().size() == 1
                || (m.getName().equals("hashCode") || m.getName().equals("toString")) && m.getRawParameterTypes().isEmpty());
    }

    private static boolean isGetter(JavaMethod method) {
        return method.getRawParameterTypes().isEmpty() && (method.getName().matches("get[A-Z].*") || method.getName().matches("is[A-Z].*"));
    }
}
