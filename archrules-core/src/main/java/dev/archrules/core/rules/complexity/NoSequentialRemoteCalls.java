package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.Thresholds;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.CallPaths;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code complexity.no-sequential-remote-calls} (R3, warning): a request handler whose path — the handler, the services
 * it calls, their client adapters, followed through the code base ({@linkplain CallPaths call paths}) — makes
 * {@link Thresholds#minSequentialRemoteCalls()} (default 3) or more synchronous remote calls one after another: HTTP
 * requests, external service clients, declarative HTTP clients. Each call adds its latency and its failure rate to the
 * request's; services that always call each other in sequence are one service split over the network. The finding
 * lists the chain with the location of each call.
 *
 * <p>Message sends and mail are not counted (they do not wait for the other side); calls on methods run on another
 * thread ({@code @Async}) are not on the path, nor are the calls of a lambda handed to an executor
 * ({@link dev.archrules.core.conventions.Term#EXECUTOR_CALLS}: {@code executor.submit(() -> …)}, run in parallel —
 * fixture {@code callpaths.handedoff.ExportController#overview}; {@link CallPaths#onRequestThread}). A call made in a
 * loop counts once, and so does a call site two paths reach: the rule counts the places that call, not how often they
 * run. The calls one method makes through one connection to a server (a directory client, a client type named
 * {@code …Connection}: bind, searches, unbind) are one conversation, counted once (fixture
 * {@code callpaths.conversation.ProfileController#profile}; {@code #badges}, with two more services, is reported). Where a called method has several
 * implementations in the code base (a port with two adapters, a plugin interface), one of them runs per call: the
 * one making the most remote calls counts, the others are alternatives, not a sequence
 * ({@link CallPaths#longestRemoteSequence}). So are calls the handler makes in different branches of one
 * {@code if}/{@code else} chain (read from its source, when the run has it): a handler that uploads or updates, never
 * both, makes one call, not two.
 *
 * <p>Key: {@code Controller#handler} (overloads share a key).
 */
public final class NoSequentialRemoteCalls extends HandlerPathRule {

    public static final String ID = "complexity.no-sequential-remote-calls";

    public NoSequentialRemoteCalls() {
        super(new RuleInfo(ID, ChecklistItem.R3,
                "a request should not wait on several remote calls one after another",
                "each remote call in sequence adds its latency and failure rate to the request; services that always call each other "
                        + "in sequence are one service split over the network",
                "merge the services, fetch the data once (a batch or aggregated endpoint), make independent calls in parallel, or "
                        + "keep a local copy fed by events",
                Severity.WARNING));
    }

    /**
     * How many of {@code calls} one run of the handler makes: calls the handler makes (itself, or through what it calls
     * there) in different branches of one {@code if}/{@code else} chain are alternatives, of which the branch with the
     * most counts. The branches come from the handler's source; without it, every call counts.
     */
    private static int onOnePath(JavaClass javaClass, JavaMethod handler, List<CallPaths.Effect> calls, RuleContext context) {
        List<Integer> lines = calls.stream().map(call -> call.start().line()).toList();
        return context.sources().facts(javaClass).flatMap(facts -> facts.method(handler))
                .map(method -> method.mostOnOnePath(lines)).orElse(calls.size());
    }

    @Override
    CallPaths pathsOf(RuleContext context) {
        return CallPaths.onRequestThread(context);
    }

    @Override
    void checkHandler(JavaClass javaClass, JavaMethod handler, CallPaths callPaths, RuleContext context, Consumer<Violation> violations) {
        int limit = context.thresholds().minSequentialRemoteCalls();
        List<CallPaths.Effect> calls = callPaths.longestRemoteSequence(handler,
                kind -> kind == CallPaths.Kind.HTTP || kind == CallPaths.Kind.CLIENT);
        if (calls.size() < limit) {
            return;
        }
        int onOnePath = onOnePath(javaClass, handler, calls, context);
        if (onOnePath < limit) {
            return;
        }
        String chain = calls.stream().map(call -> call.apiName() + " " + call.location()).collect(Collectors.joining(", then "));
        String alternatives = onOnePath < calls.size() ? " (of these " + calls.size() + ", some are in alternative branches)" : "";
        violations.accept(newViolation(key(javaClass, handler),
                roleOrClass(javaClass, context) + " <" + javaClass.getName() + "." + handler.getName() + "(…)> makes "
                        + onOnePath + " remote calls one after another (limit " + (limit - 1) + "): " + chain + alternatives,
                locationOf(handler),
                "fetch what " + handler.getName() + " needs in fewer calls (a batch or aggregated endpoint), make independent calls "
                        + "in parallel, or keep a local copy fed by events").withFlow(CallPaths.flowOf(calls, "")));
    }
}
