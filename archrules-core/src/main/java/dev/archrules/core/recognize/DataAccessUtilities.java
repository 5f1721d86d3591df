package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.DependencyTargets;
import dev.archrules.core.conventions.Utilities;
import dev.archrules.core.engine.GeneratedCode;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Data access laundered through a utility: a class of the code base without a role, shaped like a utility
 * ({@link Utilities}: {@code DbUtils}, {@code JdbcHelper}, a {@code util} package, static methods only), that uses
 * data-access APIs itself. Role detection gives it no repository role; whether it is part of the data-access layer
 * depends on who uses it: a utility that only repositories, configuration, schema migrations or other such utilities
 * use is the data-access layer's own helper; one that a service or controller uses carries data access out of it.
 *
 * <p>A class whose every use of a data-access API lies in methods returning a query definition — Spring Data JPA's
 * {@code Specification}, QueryDSL's {@code Predicate} — is no such utility: it defines queries (the criteria a
 * {@code Specification} builds when the repository runs it) that services compose and hand to a repository
 * ({@code repository.findAll(TargetSpecs.withStatus(s))}), Spring Data's documented way to write dynamic queries. So
 * is a class that only builds queries and runs none ({@link #onlyDefinesQueries}): a criteria callback handed the
 * {@code CriteriaBuilder} to return one {@code Predicate} (a filter's predicate provider), a query builder returning the
 * JPA query it built for its caller to run.
 */
public final class DataAccessUtilities {

    private DataAccessUtilities() {
    }

    /** Types of query definitions a repository runs, by name (subtypes included). */
    private static final Set<String> QUERY_DEFINITIONS = Set.of(
            "org.springframework.data.jpa.domain.Specification", "com.querydsl.core.types.Predicate");

    /** The JPA criteria builder, which a query hands its criteria callbacks and specifications. */
    public static final Set<String> CRITERIA_BUILDERS = Set.of(
            "javax.persistence.criteria.CriteriaBuilder", "jakarta.persistence.criteria.CriteriaBuilder");

    /** The JPA criteria predicate a criteria callback returns. */
    private static final Set<String> CRITERIA_PREDICATES = Set.of(
            "javax.persistence.criteria.Predicate", "jakarta.persistence.criteria.Predicate");

    /**
     * The JPA entity manager and queries, each named: a {@code TypedQuery} is a {@code Query}, but a library type's supertypes
     * are not always imported.
     */
    private static final Set<String> ENTITY_MANAGERS = Set.of("javax.persistence.EntityManager", "jakarta.persistence.EntityManager");
    private static final Set<String> JPA_QUERIES = Set.of("javax.persistence.Query", "jakarta.persistence.Query",
            "javax.persistence.TypedQuery", "jakarta.persistence.TypedQuery");

    /** What an entity manager is asked while a query is built, not run: the criteria builder and a new query. */
    private static final Set<String> QUERY_CREATION = Set.of("getCriteriaBuilder", "createQuery", "createNamedQuery");

    /** Whether {@code javaClass} is a data-access utility (see the class comment). */
    public static boolean isDataAccessUtility(JavaClass javaClass, RuleContext context) {
        return context.inScope(javaClass) && context.roleOf(javaClass).isEmpty()
                && Utilities.isUtilityShaped(javaClass, context.conventions().vocabulary())
                && DependencyTargets.anyMatch(javaClass, context.roles()::isDataAccessApi)
                && !SchemaMigrations.isMigrationCode(javaClass)
                && !onlyDefinesQueries(javaClass, context);
    }

    /**
     * Whether every member of {@code javaClass} that touches a data-access API defines a query: a method returning a query
     * definition ({@link #QUERY_DEFINITIONS}), or a private helper only such members call (a criteria fragment,
     * {@code private static Predicate hasTags(Root<Target> root, CriteriaBuilder cb)}; in a class that runs nothing, any
     * helper not public, called or not, {@link #isHelper}); no field holds a data-access API.
     * Where the class runs nothing — every call it makes on a data-access API builds a query ({@link #buildsQuery}) — two
     * more kinds of method define one: a criteria callback, handed the {@code CriteriaBuilder} and returning a criteria
     * {@code Predicate} (a filter's predicate provider: {@code cb.or(cb.equal(path, 'N'), cb.isNull(path))}), and a query
     * builder returning the JPA query it created, for its caller to run ({@code TypedQuery<Order> translate(…)}); the
     * caller that runs it is checked on its own. The bodies of lambdas count as their declaring method's (ArchUnit
     * attributes their accesses to it), so the synthetic methods holding them are not asked.
     */
    public static boolean onlyDefinesQueries(JavaClass javaClass, RuleContext context) {
        if (javaClass.getFields().stream().anyMatch(field -> context.roles().isDataAccessApi(field.getRawType()))) {
            return false;
        }
        boolean runsNothing = javaClass.getAccessesFromSelf().stream()
                .filter(access -> context.roles().isDataAccessApi(access.getTargetOwner()))
                .allMatch(access -> buildsQuery(access, context));
        Set<JavaCodeUnit> touching = new HashSet<>();
        Set<JavaCodeUnit> defining = new HashSet<>();
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
            if (GeneratedCode.isSynthetic(unit)) {
                continue;
            }
            if (unit.getRawParameterTypes().stream().anyMatch(context.roles()::isDataAccessApi)
                    || unit.getAccessesFromSelf().stream().anyMatch(access -> context.roles().isDataAccessApi(access.getTargetOwner()))) {
                touching.add(unit);
            }
            JavaClass returned = unit.getRawReturnType();
            if (unit instanceof JavaMethod && (isAnyOf(returned, QUERY_DEFINITIONS, context)
                    || runsNothing && (isCriteriaCallback(unit, context) || isAnyOf(returned, JPA_QUERIES, context)))) {
                defining.add(unit);
            }
        }
        if (touching.isEmpty() || defining.isEmpty()) {
            return false;
        }
        // private helpers join the definitions whose code alone calls them, until none is left to join
        boolean joined = true;
        while (joined) {
            joined = false;
            for (JavaCodeUnit unit : touching) {
                // the compiler's $deserializeLambda$ of a serializable lambda (a Specification is one) names the helper too
                List<JavaCodeUnit> callers = unit.getAccessesToSelf().stream().map(access -> access.getOrigin())
                        .filter(origin -> !GeneratedCode.isSynthetic(origin)).toList();
                if (!defining.contains(unit) && isHelper(unit, runsNothing)
                        && (runsNothing || !callers.isEmpty() && defining.containsAll(callers))) {
                    defining.add(unit);
                    joined = true;
                }
            }
        }
        return defining.containsAll(touching);
    }

    /**
     * A helper a query definition may call: a private method, or — in a class that runs nothing — any method not public
     * (a query builder's protected {@code addPaging(Query, …)} and {@code addRestrictions(…, CriteriaBuilder, …)}, there
     * for its subclasses to refine, also a deprecated overload nothing calls any more): where nothing runs a query, every
     * helper only builds one, so it joins whoever calls it.
     */
    private static boolean isHelper(JavaCodeUnit unit, boolean runsNothing) {
        return unit.getModifiers().contains(JavaModifier.PRIVATE) || runsNothing && !unit.getModifiers().contains(JavaModifier.PUBLIC);
    }

    /** A criteria callback: handed the {@code CriteriaBuilder}, it returns a criteria {@code Predicate}. */
    private static boolean isCriteriaCallback(JavaCodeUnit unit, RuleContext context) {
        return isAnyOf(unit.getRawReturnType(), CRITERIA_PREDICATES, context)
                && unit.getRawParameterTypes().stream().anyMatch(parameter -> isAnyOf(parameter, CRITERIA_BUILDERS, context));
    }

    /**
     * Whether {@code access} only builds a query: any call on the {@code CriteriaBuilder}, asking an entity manager for
     * the criteria builder or a new query ({@link #QUERY_CREATION}), and setting a query's parameters, page or hints
     * ({@code setParameter}, {@code setFirstResult}, …). Fetching its results, executing an update, finding, persisting
     * or removing is running it.
     */
    private static boolean buildsQuery(JavaAccess<?> access, RuleContext context) {
        JavaClass owner = access.getTargetOwner();
        String name = access.getName();
        return isAnyOf(owner, CRITERIA_BUILDERS, context)
                || isAnyOf(owner, ENTITY_MANAGERS, context) && QUERY_CREATION.contains(name)
                || isAnyOf(owner, JPA_QUERIES, context) && name.startsWith("set");
    }

    private static boolean isAnyOf(JavaClass type, Set<String> names, RuleContext context) {
        return names.stream().anyMatch(name -> context.isAssignableTo(type, name));
    }

    /**
     * The first class outside the data-access layer that uses the data-access utility {@code utility}: one with a
     * role other than repository or configuration, or without a role, not itself a data-access utility or migration,
     * and used by something outside the data-access layer (or by nothing in the code base) — and that reaches the
     * utility's data access ({@link #reachesDataAccess}): a service calling only the utility's static helper that reads a
     * table annotation, or a status check beside a predicate builder nothing calls, carries no data access out.
     */
    public static Optional<JavaClass> firstUserOutsideDataAccess(JavaClass utility, RuleContext context) {
        return usersInCodeBase(utility, context).stream()
                .filter(origin -> !onDataAccessSide(origin, context, new HashSet<>()) && reachesDataAccess(origin, utility, context))
                .min(java.util.Comparator.comparing(JavaClass::getName));
    }

    /**
     * Whether {@code user} reaches the data access of {@code utility}: a method or constructor of the utility it calls (or
     * references), or one those call within the utility, uses a data-access API — in its signature, a call or a field it
     * reads or writes; a lambda counts as part of the method it is written in. A user that calls nothing of the utility
     * (it only names the type, hands it on) is taken to reach it.
     */
    private static boolean reachesDataAccess(JavaClass user, JavaClass utility, RuleContext context) {
        java.util.Deque<JavaCodeUnit> work = new java.util.ArrayDeque<>();
        user.getCodeUnits().forEach(unit -> unit.getCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().equals(utility))
                .forEach(call -> call.getTarget().resolveMember().ifPresent(work::add)));
        user.getCodeUnits().forEach(unit -> unit.getCodeUnitReferencesFromSelf().stream()
                .filter(reference -> reference.getTargetOwner().equals(utility))
                .forEach(reference -> reference.getTarget().resolveMember().ifPresent(work::add)));
        if (work.isEmpty()) {
            return true;
        }
        Set<JavaCodeUnit> seen = new HashSet<>();
        while (!work.isEmpty()) {
            JavaCodeUnit unit = work.pop();
            if (!seen.add(unit)) {
                continue;
            }
            if (usesDataAccess(unit, context)) {
                return true;
            }
            unit.getCallsFromSelf().stream().filter(call -> call.getTargetOwner().equals(utility))
                    .forEach(call -> call.getTarget().resolveMember().ifPresent(work::add));
            unit.getCodeUnitReferencesFromSelf().stream().filter(reference -> reference.getTargetOwner().equals(utility))
                    .forEach(reference -> reference.getTarget().resolveMember().ifPresent(work::add));
            // javac names a lambda's body after the method it is written in: lambda$name$0
            utility.getCodeUnits().stream().filter(other -> other.getName().startsWith("lambda$" + unit.getName() + "$")).forEach(work::add);
        }
        return false;
    }

    private static boolean usesDataAccess(JavaCodeUnit unit, RuleContext context) {
        return context.roles().isDataAccessApi(unit.getRawReturnType())
                || unit.getRawParameterTypes().stream().anyMatch(context.roles()::isDataAccessApi)
                || unit.getAccessesFromSelf().stream().anyMatch(access -> context.roles().isDataAccessApi(access.getTargetOwner()))
                || unit.getFieldAccesses().stream().anyMatch(access -> access.getTarget().resolveMember()
                        .map(field -> context.roles().isDataAccessApi(field.getRawType())).orElse(false));
    }

    /**
     * Whether {@code javaClass} belongs to the data-access layer: a repository, configuration, a data-access utility,
     * a schema migration, or a class without a role whose every user in the code base is on this side — the callback
     * interface a repository hands to its query wrapper ({@code interface ExecuteFunction { void apply(Query q); }},
     * which only the DAOs' lambdas implement), a row mapper only DAOs use, a class nested in a query builder only DAOs use
     * (its users are the builder's). A role-less class nobody in the code base uses
     * is not (an entry point, a class used only by code not imported). {@code seen} breaks cycles: a class already on
     * the way adds no outside user.
     */
    private static boolean onDataAccessSide(JavaClass javaClass, RuleContext context, Set<String> seen) {
        Optional<Role> role = context.roleOf(javaClass);
        if (role.isPresent()) {
            return role.get() == Role.REPOSITORY || role.get() == Role.CONFIGURATION;
        }
        if (isDataAccessUtility(javaClass, context) || SchemaMigrations.isMigrationCode(javaClass)) {
            return true;
        }
        if (!seen.add(javaClass.getName())) {
            return true;
        }
        Set<JavaClass> users = usersInCodeBase(javaClass, context);
        // a nested class is used through its top-level class too: a query builder's private Condition is the builder's
        JavaClass top = Locations.topLevel(javaClass);
        if (!top.equals(javaClass)) {
            users.addAll(usersInCodeBase(top, context));
        }
        return !users.isEmpty() && users.stream().allMatch(user -> onDataAccessSide(user, context, seen));
    }

    /** The classes of the code base, other than {@code javaClass}'s own top-level class and its members, that depend on it. */
    private static Set<JavaClass> usersInCodeBase(JavaClass javaClass, RuleContext context) {
        Set<JavaClass> users = new java.util.LinkedHashSet<>();
        for (Dependency dependency : javaClass.getDirectDependenciesToSelf()) {
            JavaClass origin = dependency.getOriginClass();
            if (context.inScope(origin) && !Locations.sameTopLevel(origin, javaClass)) {
                users.add(origin);
            }
        }
        return users;
    }
}
