package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration code and the helpers only migrations use, on the fixtures in {@code dev.archrules.fixtures.source.migrations}
 * (a Flyway migration, two Liquibase changes, a helper only they use, a helper a service shares). An import without
 * migration code answers without ArchUnit's reverse dependencies; the answers must be those of the definition.
 */
class SchemaMigrationsTest {

    private static final String F = "dev.archrules.fixtures.source.migrations.";

    @Test
    void migrations_and_the_helpers_only_they_use_are_migration_code() {
        JavaClasses classes = Fixtures.classes("dev.archrules.fixtures.source.migrations");

        assertThat(classes.stream().filter(SchemaMigrations::isMigrationCode).map(JavaClass::getName).sorted())
                .containsExactly(F + "MigrationStatements", F + "PurgeArchivedChange", F + "SplitCustomerNamesChange",
                        F + "V7__BackfillOrderTotals");
        classes.forEach(javaClass -> assertThat(SchemaMigrations.isMigrationCode(javaClass)).as(javaClass.getName())
                .isEqualTo(byDefinition(javaClass)));
    }

    @Test
    void without_migrations_in_the_import_no_class_is_a_helper_of_migrations() throws ClassNotFoundException {
        // the helper and the service sharing the other helper, without any migration: nothing is migration code
        JavaClasses classes = new ClassFileImporter().importClasses(Class.forName(F + "MigrationStatements"),
                Class.forName(F + "SharedStatements"), Class.forName(F + "ArchiveService"));

        assertThat(classes.stream().filter(SchemaMigrations::isMigrationCode)).isEmpty();
        classes.forEach(javaClass -> assertThat(SchemaMigrations.isMigrationCode(javaClass)).as(javaClass.getName())
                .isEqualTo(byDefinition(javaClass)));
    }

    /** The definition, through ArchUnit's reverse dependencies: a migration, or used (outside itself) by migrations only. */
    private static boolean byDefinition(JavaClass javaClass) {
        if (SchemaMigrations.SUPERTYPES.stream().anyMatch(javaClass::isAssignableTo)) {
            return true;
        }
        String top = Locations.topLevelName(javaClass);
        var users = javaClass.getDirectDependenciesToSelf().stream().map(Dependency::getOriginClass)
                .filter(origin -> !Locations.topLevelName(origin).equals(top)).toList();
        return !users.isEmpty() && users.stream().allMatch(origin -> SchemaMigrations.SUPERTYPES.stream().anyMatch(origin::isAssignableTo));
    }
}
