package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;

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

    private static boolean constructsDataSource(JavaClass javaClass, RuleContext context) {
        for (JavaConstructorCall call : javaClass.getConstructorCallsFromSelf()) {
            if (context.isAssignableTo(call.getTargetOwner(), DATA_SOURCE)) {
                return true;
            }
        }
        return false;
    }
}
