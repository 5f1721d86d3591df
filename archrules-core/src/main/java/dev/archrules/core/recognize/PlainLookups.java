package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.HandlerKind;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;
import dev.archrules.core.source.SourceFacts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request handler that only <em>looks data up</em> through a repository: each handler method that reaches the repository
 * calls one query method on it (on any one path), answers what it found — mapped, wrapped, "not found" when it is absent
 * — and decides nothing about it. {@code customers.findById(id).map(CustomerView::of).orElseThrow(NotFound::new)} is
 * such a look-up; so is choosing the query from the request ({@code name == null ? findAll() : findByNameLike(name)}).
 * The data access stays in the repository (C1) and no business logic sits in the handler (C2): a service method in
 * between would only forward, which the checklist calls an abstraction without flexibility (R5).
 *
 * <p>Not a look-up — the handler keeps business logic next to its data access — as soon as it, or a private helper
 * of its class on the way, writes through the repository (any call not named like a query: {@code find…}, {@code get…},
 * {@code count…}, {@code exists…}, …), makes a domain decision (the {@code controllers.thin-handlers} weight: a branch on
 * domain state, a loop, a stream filter, arithmetic), tests the data beyond its presence
 * ({@code if (app.getCurrentServer() == null)}, {@code if (!customers.existsById(id))}), makes two data-access calls on one
 * path (a dashboard counting three things defines three figures) or picks among more than two queries, feeds what it found to a service or client (a use case
 * the service should own), creates an entity (a query-by-example probe), or hands the repository to another object.
 * Without the handler's source nothing is known, and it is no look-up. Filters and interceptors never only look up:
 * they answer no request with data, so what they read serves a decision about the request (a quota, a permission).
 */
public final class PlainLookups {

    /** Query methods: Spring Data's query subjects and the usual read verbs ({@code findByName}, {@code get}, {@code countBy…}). */
    private static final Pattern QUERY = Pattern.compile("(find|get|read|query|search|stream|count|exists|list|load|fetch|select|lookup)([A-Z0-9_].*)?");
    /**
     * The most query calls a handler method may choose from: all or filtered ({@code name == null ? findAll() :
     * findByNameContaining(name)}). Picking among three or more finders is query composition, which belongs with the
     * repository behind a service (one of them is where a tenant or status filter gets forgotten).
     */
    private static final int MOST_QUERIES = 2;
    /** A lambda body the compiler made a method of: {@code lambda$name$0}. */
    private static final Pattern LAMBDA = Pattern.compile("lambda\\$(.+)\\$\\d+");

    private PlainLookups() {
    }

    /** Whether the request handler {@code handler} uses the repository {@code repository} only to look data up (see the class comment). */
    public static boolean onlyLooksUp(JavaClass handler, JavaClass repository, RuleContext context) {
        if (!context.hasRole(handler, Role.CONTROLLER) || !context.hasRole(repository, Role.REPOSITORY)
                || context.conventions().handlerKind(handler).filter(HandlerKind::isPlumbing).isPresent()) {
            return false;
        }
        Optional<SourceFacts> facts = context.sources().facts(handler);
        if (facts.isEmpty()) {
            return false;
        }
        Set<JavaMethod> reaching = new LinkedHashSet<>();
        boolean queried = false;
        for (JavaCall<?> call : handler.getCodeUnits().stream().flatMap(unit -> unit.getCallsFromSelf().stream()).toList()) {
            if (call.getTargetOwner().equals(repository)) {
                Optional<JavaMethod> origin = method(call.getOrigin(), handler);
                if (!(call instanceof JavaMethodCall) || !QUERY.matcher(call.getName()).matches() || origin.isEmpty()) {
                    return false;
                }
                reaching.add(origin.get());
                queried = true;
            } else if (call.getTarget().getRawParameterTypes().contains(repository)) {
                return false; // the repository handed on: whatever is done with it is not a look-up here
            }
        }
        if (!queried) {
            return false;
        }
        Set<JavaMethod> weighed = withCallersAndHelpers(reaching, handler);
        for (JavaMethod method : weighed) {
            Optional<SourceFacts.Method> figures = facts.get().method(method);
            if (figures.isEmpty() || figures.get().decisions() != 0 || figures.get().dataTests() != 0
                    || !callsOnlyToLookUp(method, figures.get(), context)) {
                return false;
            }
        }
        return true;
    }

    /** One method's calls: one data-access call on any path and two at most, no use case fed, no entity created. */
    private static boolean callsOnlyToLookUp(JavaMethod method, SourceFacts.Method figures, RuleContext context) {
        List<Integer> dataAccess = new ArrayList<>();
        for (JavaCall<?> call : callsOf(method)) {
            JavaClass target = call.getTargetOwner();
            if (target.equals(method.getOwner())) {
                continue;
            }
            Optional<Role> role = context.roleOf(target);
            if (role.filter(Role.REPOSITORY::equals).isPresent()) {
                dataAccess.add(call.getLineNumber());
            } else if (role.filter(r -> r == Role.SERVICE || r == Role.CLIENT || r == Role.CONTROLLER).isPresent()
                    || role.filter(Role.ENTITY::equals).isPresent() && call.getName().equals("<init>")
                    || context.roles().isDataAccessApi(target) || context.roles().isHttpClientApi(target)) {
                return false;
            }
        }
        return dataAccess.size() <= MOST_QUERIES && figures.mostOnOnePath(dataAccess) <= 1;
    }

    /**
     * The methods to weigh: those calling the repository, the methods of the class calling a private one among them (the
     * look-up's result reaches the answer through them), and the private helpers all of these call.
     */
    private static Set<JavaMethod> withCallersAndHelpers(Set<JavaMethod> reaching, JavaClass handler) {
        Set<JavaMethod> found = new LinkedHashSet<>(reaching);
        Deque<JavaMethod> todo = new ArrayDeque<>(reaching);
        while (!todo.isEmpty()) {
            JavaMethod current = todo.pop();
            if (current.getModifiers().contains(JavaModifier.PRIVATE)) {
                for (JavaCall<?> caller : current.getCallsOfSelf()) {
                    method(caller.getOrigin(), handler).filter(found::add).ifPresent(todo::push);
                }
            }
            for (JavaCall<?> call : callsOf(current)) {
                if (call.getTargetOwner().equals(handler)) {
                    call.getTarget().resolveMember().filter(JavaMethod.class::isInstance).map(JavaMethod.class::cast)
                            .filter(helper -> helper.getModifiers().contains(JavaModifier.PRIVATE))
                            .filter(found::add).ifPresent(todo::push);
                }
            }
        }
        return found;
    }

    /** The calls of a method and of the lambda bodies the compiler made methods of it. */
    private static List<JavaCall<?>> callsOf(JavaMethod method) {
        return method.getOwner().getMethods().stream()
                .filter(other -> other.equals(method) || enclosingName(other).filter(method.getName()::equals).isPresent())
                .flatMap(other -> other.getCallsFromSelf().stream())
                .toList();
    }

    /** The method of {@code handler} a call was made in: a lambda body counts as its enclosing method; a constructor as none. */
    private static Optional<JavaMethod> method(JavaCodeUnit origin, JavaClass handler) {
        if (!origin.getOwner().equals(handler) || !(origin instanceof JavaMethod method)) {
            return Optional.empty();
        }
        Optional<String> enclosing = enclosingName(method);
        if (enclosing.isEmpty()) {
            return Optional.of(method);
        }
        List<JavaMethod> named = handler.getMethods().stream()
                .filter(candidate -> candidate.getName().equals(enclosing.get())).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Optional<String> enclosingName(JavaMethod method) {
        if (!method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            return Optional.empty();
        }
        Matcher lambda = LAMBDA.matcher(method.getName());
        return lambda.matches() ? Optional.of(lambda.group(1)) : Optional.empty();
    }
}
