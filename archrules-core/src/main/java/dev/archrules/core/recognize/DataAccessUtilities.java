package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.DependencyTargets;
import dev.archrules.core.conventions.Utilities;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.Optional;

/**
 * Data access laundered through a utility: a class of the code base without a role, shaped like a utility
 * ({@link Utilities}: {@code DbUtils}, {@code JdbcHelper}, a {@code util} package, static methods only), that uses
 * data-access APIs itself. Role detection gives it no repository role; whether it is part of the data-access layer
 * depends on who uses it: a utility that only repositories, configuration, schema migrations or other such utilities
 * use is the data-access layer's own helper; one that a service or controller uses carries data access out of it.
 */
public final class DataAccessUtilities {

    private DataAccessUtilities() {
    }

    /** Whether {@code javaClass} is a data-access utility (see the class comment). */
    public static boolean isDataAccessUtility(JavaClass javaClass, RuleContext context) {
        return context.inScope(javaClass) && context.roleOf(javaClass).isEmpty()
                && Utilities.isUtilityShaped(javaClass, context.conventions().vocabulary())
                && DependencyTargets.anyMatch(javaClass, context.roles()::isDataAccessApi)
                && !SchemaMigrations.isMigrationCode(javaClass);
    }

    /**
     * The first class outside the data-access layer that uses the data-access utility {@code utility}: one with a
     * role other than repository or configuration, or without a role and not itself a data-access utility.
     */
    public static Optional<JavaClass> firstUserOutsideDataAccess(JavaClass utility, RuleContext context) {
        String top = Locations.topLevelName(utility);
        return utility.getDirectDependenciesToSelf().stream()
                .map(Dependency::getOriginClass)
                .filter(origin -> context.inScope(origin) && !Locations.topLevelName(origin).equals(top))
                .filter(origin -> {
                    Optional<Role> role = context.roleOf(origin);
                    if (role.isPresent()) {
                        return role.get() != Role.REPOSITORY && role.get() != Role.CONFIGURATION;
                    }
                    return !isDataAccessUtility(origin, context) && !SchemaMigrations.isMigrationCode(origin);
                })
                .min(java.util.Comparator.comparing(JavaClass::getName));
    }
}
