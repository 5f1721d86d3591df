package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.Thresholds;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.CallPaths;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code complexity.request-hops} (D1, note): the longest chain of classes of the code base a request passes through, from
 * a handler to data access or a remote call ({@linkplain CallPaths call paths}), when it is longer than
 * {@link Thresholds#maxRequestHops()} (default 5) and a class on it only passes the request on. The checklist asks to
 * diagram the data flow and simplify when a request takes too many hops: each layer is one more place to read, change
 * and test for every feature. The finding shows the chain and names the classes that only pass the request on — each of
 * their public methods one call on or an accessor ({@link #passingOn}) — which is what simplifying removes; a chain
 * whose every class does work of its own (a service whose look-up forwards to its repository while its other methods
 * check and compute is a layer, not a forwarder) leaves nothing to remove and is not reported (fixtures
 * {@code callpaths.working}). A note by default: an inventory for the diagram, not a failure.
 *
 * <p>Counted are the handler's class, each class of the code base called on the way (an interface's implementation,
 * not the interface) and the repository or client of the code base reached; a class calling its own methods counts once.
 * So does an object calling itself through its class hierarchy: a method it inherits from its own base class (a
 * controller's abstract base controller), or a base class's template method calling the subclass's override, runs in
 * the same object, which the chain names by its class ({@link CallPaths.Effect#classes}; fixtures
 * {@code callpaths.sameobject}). A path ends where a called method has several implementations in the code base (a
 * plugin or strategy interface): which one runs is decided at run time, so a chain through one of them is not the
 * request's ({@link CallPaths#withoutAlternatives}). A repository's property setter — {@code setX(value)} storing its
 * argument, as a fresh per-request prototype is configured before use — accesses no data, so the set-up of such an
 * object neither ends nor lengthens a chain; a "setter" that runs a statement is data access (fixtures
 * {@code callpaths.setters}). Work handed to another thread is not the request's path: methods marked asynchronous,
 * and the calls of a lambda handed to an executor ({@link dev.archrules.core.conventions.Term#EXECUTOR_CALLS}:
 * {@code executor.execute(() -> …)}, {@code CompletableFuture.supplyAsync(…)}; fixture
 * {@code callpaths.handedoff.ExportController#archive}, and {@code #archiveNow}, reported). Nor is obtaining a client's
 * credentials on the way: a remote call made below a method of the code base that returns a credential — a type named
 * {@code …Token}, {@code …TokenResponse}, {@code …Credential(s)} or {@code …Cookie} — is the login that gives the
 * request's client its token (a SAML form, an OAuth token exchange, run when the session holds no token yet), the
 * client's authentication rather than the request's data flow (an HTTP request or an external client's call; data
 * access and a mail or message below it still count); unless the handler itself answers a credential, a sign-in whose
 * work it is ({@link #obtainsCredential}; fixtures {@code callpaths.credentials}).
 *
 * <p>Key: {@code Controller#handler} (overloads share a key).
 */
public final class RequestHops extends HandlerPathRule {

    public static final String ID = "complexity.request-hops";

    public RequestHops() {
        super(new RuleInfo(ID, ChecklistItem.D1,
                "a request should reach its data or remote call through few classes",
                "every class a request passes through is one more place to read, change and test for each feature",
                "diagram the request's data flow and remove the layers that only pass the request on",
                Severity.NOTE));
    }

    @Override
    CallPaths pathsOf(RuleContext context) {
        return CallPaths.withoutAlternatives(context);
    }

    @Override
    void checkHandler(JavaClass javaClass, JavaMethod handler, CallPaths callPaths, RuleContext context, Consumer<Violation> violations) {
        int limit = context.thresholds().maxRequestHops();
        CallPaths.Effect longest = null;
        List<JavaClass> longestChain = List.of();
        List<JavaClass> passingOn = List.of();
        boolean signsIn = isCredential(handler.getRawReturnType());
        for (CallPaths.Effect effect : callPaths.effects(handler)) {
            if (!signsIn && obtainsCredential(effect)) {
                continue;
            }
            List<JavaClass> chain = effect.classes(context);
            if (chain.size() <= Math.max(limit, longestChain.size())) {
                continue;
            }
            List<JavaClass> forwarders = passingOn(effect, context);
            if (!forwarders.isEmpty()) {
                longest = effect;
                longestChain = chain;
                passingOn = forwarders;
            }
        }
        if (longest == null) {
            return;
        }
        String chain = longestChain.stream().map(Locations::simpleName).collect(Collectors.joining(" → "));
        List<String> names = passingOn.stream().map(Locations::simpleName).toList();
        String forwarders = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        violations.accept(newViolation(key(javaClass, handler),
                roleOrClass(javaClass, context) + " <" + javaClass.getName() + "." + handler.getName() + "(…)> passes a request through "
                        + longestChain.size() + " classes (limit " + limit + ") before it " + longest.kind().verb() + " <"
                        + longest.apiName() + ">: " + chain + ", of which " + forwarders + (passingOn.size() == 1 ? " only passes" : " only pass")
                        + " it on; path " + longest.describe(),
                locationOf(handler),
                "diagram the flow of " + handler.getName() + " and remove " + forwarders + ", which only " + (passingOn.size() == 1 ? "passes" : "pass")
                        + " the request on")
                .withFlow(CallPaths.flowOf(List.of(longest), "")));
    }

    /**
     * The classes between the handler's and the end of {@code effect}'s path that only pass the request on: a class
     * each of whose public methods makes one call on and creates nothing (boxing aside) or is an accessor, and whose
     * methods on the path make the path's next call and nothing else — a layer that can go without taking any behaviour
     * with it. A class one of whose methods does more (a service whose look-up forwards to its repository while its
     * other methods check and compute) is a layer of its own, whatever this one call does. The end is the class making
     * the data access or remote call, or the repository or client of the code base it reaches.
     */
    private static List<JavaClass> passingOn(CallPaths.Effect effect, RuleContext context) {
        List<CallPaths.Hop> hops = effect.hops();
        CallPaths.Hop last = hops.get(hops.size() - 1);
        boolean reachesClassOfCodeBase = context.inScope(effect.reached()) && !Locations.sameTopLevel(last.object(), effect.reached());
        int end = reachesClassOfCodeBase ? hops.size() : hops.size() - 1;
        List<JavaClass> forwarders = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            CallPaths.Hop hop = hops.get(i);
            if (onlyForwards(hop.object()) && hop.calls().stream().allMatch(call -> forwards(call.from()))) {
                forwarders.add(hop.object());
            }
        }
        return forwarders;
    }

    /** Whether each public method of a class forwards or is an accessor, one of them at least forwarding. */
    private static boolean onlyForwards(JavaClass javaClass) {
        List<JavaMethod> methods = NoPassThroughLayers.publicMethods(javaClass);
        return methods.stream().anyMatch(RequestHops::forwards)
                && methods.stream().allMatch(method -> forwards(method) || isAccessor(method));
    }

    /** Whether a method's body is one call on (boxing aside) and creates nothing. */
    private static boolean forwards(JavaCodeUnit method) {
        return method instanceof JavaMethod && method.getConstructorCallsFromSelf().isEmpty()
                && method.getMethodCallsFromSelf().stream().filter(call -> !NoPassThroughLayers.isBoxing(call)).count() == 1;
    }

    /** Whether a method only reads or writes one field: a getter or a setter, as wiring by setters needs. */
    private static boolean isAccessor(JavaMethod method) {
        return method.getMethodCallsFromSelf().isEmpty() && method.getConstructorCallsFromSelf().isEmpty() && method.getFieldAccesses().size() <= 1;
    }

    /** The simple names of credentials: an access or session token, a token endpoint's answer, credentials, a cookie. */
    private static final Pattern CREDENTIAL = Pattern.compile("\\w*(Token|TokenResponse|Credentials?|Cookie)");

    /**
     * Whether {@code effect} is a remote call made to obtain a credential: a method of the code base on its path, below
     * the handler, returns one ({@code AccessToken authorize(user)}, {@code GitTokenResponse refresh(token)}) — the
     * login that builds the request's client, not the request's call. Only an HTTP request or an external client's call
     * is a login: data access below such a method (a token read from the code base's own store) and a message or mail it
     * sends (a password-reset token mailed to the user) stay the request's.
     */
    private static boolean obtainsCredential(CallPaths.Effect effect) {
        if (effect.kind() != CallPaths.Kind.HTTP && effect.kind() != CallPaths.Kind.CLIENT) {
            return false;
        }
        List<CallPaths.Step> path = effect.path();
        for (int i = 1; i < path.size(); i++) {
            if (isCredential(path.get(i).from().getRawReturnType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCredential(JavaClass type) {
        return CREDENTIAL.matcher(type.getSimpleName()).matches();
    }
}
