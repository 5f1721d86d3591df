package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Schema-migration code, which holds SQL by design: Flyway Java migrations and callbacks, Spring Boot's Flyway
 * migration strategies, Liquibase custom
 * changes ({@code CustomSqlChange}, {@code CustomTaskChange}), extended Liquibase changes, SQL generators,
 * lock and history services, and the helpers only such classes use. The migration tool runs them once per
 * schema version; they are the data-access layer of the schema, not business logic reaching for tables.
 */
public final class SchemaMigrations {

    /** Supertypes of migration code, by binary name ({@code BaseJavaMigration} implements {@code JavaMigration}). */
    public static final Set<String> SUPERTYPES = Set.of(
            "org.flywaydb.core.api.migration.JavaMigration",
            "org.flywaydb.core.api.callback.Callback",
            "liquibase.change.custom.CustomChange",
            "liquibase.change.Change",
            "liquibase.sqlgenerator.SqlGenerator",
            "liquibase.lockservice.LockService",
            "liquibase.changelog.ChangeLogHistoryService",
            "liquibase.precondition.CustomPrecondition",
            // Spring Boot's strategy around Flyway's migrate (Boot 4, and Boot 2 and 3): it runs while the Flyway bean starts
            "org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy",
            "org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy");

    /** What a class {@linkplain #isNamedForMigrations named for migrations} has in its simple name (or a supertype's). */
    private static final Pattern NAMED_FOR_MIGRATIONS = Pattern.compile("Migrat(?:ion|e|or)");

    /**
     * Per import, known by its root package (held weakly, so the answer goes with the import): whether any of its
     * classes is migration code of its own. Without one, no class is a helper of migrations, and asking ArchUnit for the
     * classes that depend on a class — which builds the reverse dependencies of every class of the import, library
     * classes included, on the first question — is not needed.
     */
    private static final Map<JavaPackage, Boolean> IMPORTS_WITH_MIGRATIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private SchemaMigrations() {
    }

    /**
     * Whether {@code javaClass} is migration code: a subtype of a {@linkplain #SUPERTYPES migration type}, a
     * class nested in one, or a helper that only migration code uses (every class that depends on it, its own
     * nested classes aside, is migration code).
     */
    public static boolean isMigrationCode(JavaClass javaClass) {
        return isMigration(javaClass) || isHelperOfMigrations(javaClass);
    }

    /**
     * Whether a class is named for schema migrations: its simple name, an enclosing class's or a supertype's contains
     * {@code Migration}, {@code Migrate} or {@code Migrator} ({@code AppMigrationTasks extends BaseMigrationTasks}).
     * The task lists of a migration framework archrules does not know by name look like this; so do services that move
     * business objects ({@code ProcessMigrationService}), which is why {@code data-access.sql-only-in-repositories}
     * leaves such a class alone only when it also defines schema ({@link SqlRecognizer#isSchemaDefinition}).
     */
    public static boolean isNamedForMigrations(JavaClass javaClass) {
        return Locations.selfAndEnclosing(javaClass).anyMatch(candidate ->
                Stream.of(Stream.of(candidate), candidate.getAllRawSuperclasses().stream(), candidate.getAllRawInterfaces().stream())
                        .flatMap(types -> types)
                        .anyMatch(type -> NAMED_FOR_MIGRATIONS.matcher(type.getSimpleName()).find()));
    }

    private static boolean isMigration(JavaClass javaClass) {
        return Locations.selfAndEnclosing(javaClass)
                .anyMatch(candidate -> SUPERTYPES.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(candidate, name)));
    }

    private static boolean isHelperOfMigrations(JavaClass helper) {
        if (!importHasMigrations(helper)) {
            return false;
        }
        String top = Locations.topLevelName(helper);
        boolean used = false;
        for (Dependency dependency : helper.getDirectDependenciesToSelf()) {
            JavaClass origin = dependency.getOriginClass();
            if (Locations.topLevelName(origin).equals(top)) {
                continue;
            }
            if (!isMigration(origin)) {
                return false;
            }
            used = true;
        }
        return used;
    }

    private static boolean importHasMigrations(JavaClass javaClass) {
        JavaPackage root = javaClass.getPackage();
        for (Optional<JavaPackage> parent = root.getParent(); parent.isPresent(); parent = root.getParent()) {
            root = parent.get();
        }
        return IMPORTS_WITH_MIGRATIONS.computeIfAbsent(root,
                tree -> tree.getClassesInPackageTree().stream().anyMatch(SchemaMigrations::isMigration));
    }
}
