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
 * thread ({@code @Async}) are not on the path. A call made in a loop counts once, and so does a call site two paths
 * reach: the rule counts the places that call, not how often they run. Where a called method has several
 * implementations in the code base (a port with two adapters, a plugin interface), one of them runs per call: the
 * one making the most remote calls counts, the others are alternatives, not a sequence
 * ({@link CallPaths#longestRemoteSequence}).
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

    @Override
    CallPaths pathsOf(RuleContext context) {
        return CallPaths.of(context);
    }

    @Override
    void checkHandler(JavaClass javaClass, JavaMethod handler, CallPaths callPaths, RuleContext context, Consumer<Violation> violations) {
        int limit = context.thresholds().minSequentialRemoteCalls();
        List<CallPaths.Effect> calls = callPaths.longestRemoteSequence(handler,
                kind -> kind == CallPaths.Kind.HTTP || kind == CallPaths.Kind.CLIENT);
        if (calls.size() < limit) {
            return;
        }
        String chain = calls.stream().map(call -> call.apiName() + " " + call.location()).collect(Collectors.joining(", then "));
        violations.accept(newViolation(key(javaClass, handler),
                roleOrClass(javaClass, context) + " <" + javaClass.getName() + "." + handler.getName() + "(…)> makes "
                        + calls.size() + " remote calls one after another (limit " + (limit - 1) + "): " + chain,
                locationOf(handler),
                "fetch what " + handler.getName() + " needs in fewer calls (a batch or aggregated endpoint), make independent calls "
                        + "in parallel, or keep a local copy fed by events").withFlow(CallPaths.flowOf(calls, "")));
    }
}
