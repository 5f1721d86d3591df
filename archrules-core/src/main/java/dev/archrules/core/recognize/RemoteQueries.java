package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.RuleContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A query for a remote query engine: SQL that a method sends over HTTP itself — to a SQL engine's HTTP query API (a
 * broker's {@code /query} endpoint, Trino's, Druid's, ClickHouse's) — in a class that uses no data-access API. The
 * statement is the request body of a remote service, and the class sending it is that store's outbound adapter, where
 * its queries belong, as a repository's belong in the repository: {@code sendQuery("SELECT COUNT(*) FROM " + table)}
 * with {@code sendQuery} opening the connection. The method is followed through the methods of its own class it calls
 * (a private {@code sendQuery}); an HTTP request is a call of {@link Term#HTTP_REQUEST_CALLS} or
 * {@link Term#HTTP_CLIENT_METHODS} ({@code URL#openConnection}). A statement in a method that sends nothing over HTTP —
 * a query of the application's own database a client adapter hands to a repository — and any SQL of a class that also
 * works a data-access API are not recognised.
 */
public final class RemoteQueries {

    private RemoteQueries() {
    }

    /** Whether {@code member} of {@code javaClass} (a method or constructor name) sends a request over HTTP, itself or through its own class's methods, and the class uses no data-access API. */
    public static boolean sentOverHttp(JavaClass javaClass, String member, RuleContext context) {
        if (member == null || usesDataAccessApi(javaClass, context)) {
            return false;
        }
        Deque<JavaCodeUnit> pending = new ArrayDeque<>();
        javaClass.getCodeUnits().stream().filter(unit -> unit.getName().equals(member)).forEach(pending::add);
        if (pending.isEmpty()) {
            return false;
        }
        Set<JavaCodeUnit> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            for (JavaMethodCall call : pending.pop().getMethodCallsFromSelf()) {
                if (context.isCallTo(Term.HTTP_REQUEST_CALLS, call) || context.conventions().isHttpClientCall(call)) {
                    return true;
                }
                if (call.getTargetOwner().equals(javaClass)) {
                    call.getTarget().resolveMember().filter(seen::add).ifPresent(pending::add);
                }
            }
        }
        return false;
    }

    private static boolean usesDataAccessApi(JavaClass javaClass, RuleContext context) {
        return javaClass.getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> context.roles().isDataAccessApi(dependency.getTargetClass()));
    }
}
