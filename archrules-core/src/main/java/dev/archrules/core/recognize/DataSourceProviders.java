package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;

import java.util.Set;

/**
 * Connection infrastructure: a class that builds the application's connection pools itself — it constructs a
 * {@code javax.sql.DataSource} ({@code new BasicDataSource()}, {@code new HikariDataSource(config)}) — together with
 * the classes nested in it (its pool health check, its primary-election task). Such a class is the floor the data-access
 * layer stands on, like a configuration class declaring the {@code DataSource} bean: it sets pools up, wraps them in
 * {@code JdbcTemplate}s and transaction managers, runs the validation query and health probes of the pools and the schema
 * script of an embedded database. Its use of JDBC and its SQL are what it is for, not business logic reaching for tables.
 * A class that only receives a {@code DataSource} (to read its metadata, to open a connection) builds no pool and is not
 * recognised.
 */
public final class DataSourceProviders {

    private static final String DATA_SOURCE = "javax.sql.DataSource";
    /** Data-access API types that are one statement, query or result, not a connection a repository stands on. */
    private static final Set<String> PER_QUERY_TYPES = Set.of("Statement", "PreparedStatement", "CallableStatement", "ResultSet",
            "Query", "TypedQuery", "StoredProcedureQuery", "CriteriaBuilder");

    private DataSourceProviders() {
    }

    /** Whether {@code javaClass}, or the top-level class it is nested in, constructs a {@code javax.sql.DataSource}. */
    public static boolean isDataSourceProvider(JavaClass javaClass, RuleContext context) {
        JavaClass topLevel = Locations.topLevel(javaClass);
        String nested = topLevel.getName() + "$";
        return constructsDataSource(topLevel, context) || topLevel.getPackage().getClasses().stream()
                .filter(candidate -> candidate.getName().startsWith(nested))
                .anyMatch(member -> constructsDataSource(member, context));
    }

    /**
     * Whether {@code javaClass} hands out the data-access layer's connections: it is a {@linkplain #isDataSourceProvider
     * data-source provider}, or one of its public methods returns a data-access API ({@code JdbcTemplate getJdbcTemplate()},
     * a {@code DataSource}, a {@code Connection} — not one statement, query or result) or a type that does (a router choosing the pool provider). A repository
     * asking it for its {@code JdbcTemplate} takes the floor it stands on, whatever the provider's name
     * ({@code DataSourceService}) says.
     */
    public static boolean providesDataAccess(JavaClass javaClass, RuleContext context) {
        return isDataSourceProvider(javaClass, context) || returnsDataAccess(javaClass, context, 2);
    }

    private static boolean returnsDataAccess(JavaClass javaClass, RuleContext context, int depth) {
        for (JavaMethod method : javaClass.getMethods()) {
            if (!method.getModifiers().contains(JavaModifier.PUBLIC) || method.getModifiers().contains(JavaModifier.STATIC)) {
                continue;
            }
            JavaClass returned = method.getRawReturnType();
            if (context.roles().isDataAccessApi(returned) && !PER_QUERY_TYPES.contains(returned.getSimpleName())
                    || depth > 1 && !returned.equals(javaClass) && context.inScope(returned)
                    && returnsDataAccess(returned, context, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code call} builds a wrapper over the pool its own method builds: the method constructs a
     * {@code javax.sql.DataSource} ({@code new HikariDataSource(config)} from the configuration of a dedicated database) and
     * {@code call} constructs a class whose constructor takes a {@code DataSource} — the data-access wrapper of that pool
     * ({@code new JooqDSLContextWrapper(DSL.using(pool, …), pool)}), as the {@code @Bean} method of a second pool would.
     * A wrapper built in a method that builds no pool (over a pool the container injected) is not.
     */
    public static boolean wrapsThePoolItBuilds(JavaConstructorCall call, RuleContext context) {
        return call.getTarget().getRawParameterTypes().stream().anyMatch(parameter -> context.isAssignableTo(parameter, DATA_SOURCE))
                && call.getOrigin().getConstructorCallsFromSelf().stream().anyMatch(other -> context.isAssignableTo(other.getTargetOwner(), DATA_SOURCE));
    }

    private static boolean constructsDataSource(JavaClass javaClass, RuleContext context) {
        for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
            if (context.isAssignableTo(call.getTargetOwner(), DATA_SOURCE)) {
                return true;
            }
        }
        return false;
    }
}
