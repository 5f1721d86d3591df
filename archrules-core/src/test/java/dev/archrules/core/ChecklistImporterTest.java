package dev.archrules.core;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.fixtures.importer.ImportedService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the recommended import imports fully and what it leaves as bare names. */
class ChecklistImporterTest {

    private static final String CODE_BASE = "dev.archrules.fixtures.importer";

    @Test
    void imports_library_types_the_rules_recognise_by_supertype_and_leaves_the_others_bare() {
        JavaClasses classes = BackendChecklist.forBasePackage(CODE_BASE).importer().withImportOptions().importClasses(ImportedService.class);
        JavaClass service = classes.get(ImportedService.class);

        JavaClass arrayList = fieldType(service, "names");
        assertThat(arrayList.getSource()).as("ArrayList: a mutable type of state.stateless-singletons").isPresent();
        assertThat(arrayList.isAssignableTo("java.util.Collection")).isTrue();

        JavaClass copyOnWrite = fieldType(service, "events");
        assertThat(copyOnWrite.getSource()).isPresent();
        assertThat(copyOnWrite.isAssignableTo("java.util.List")).isTrue();

        JavaClass jdbc = fieldType(service, "jdbc");
        assertThat(jdbc.getSource()).as("a data-access API").isPresent();
        assertThat(jdbc.isAssignableTo("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations")).isTrue();

        JavaClass uuid = fieldType(service, "id");
        assertThat(uuid.getSource()).as("UUID: no rule asks for its supertypes").isEmpty();
        assertThat(uuid.getName()).isEqualTo("java.util.UUID");
    }

    @Test
    void imports_classes_of_the_code_base_and_annotation_types_fully_even_outside_the_import() {
        JavaClasses classes = BackendChecklist.forBasePackage(CODE_BASE).importer().withImportOptions().importClasses(ImportedService.class);
        JavaClass service = classes.get(ImportedService.class);

        assertThat(classes.contain("dev.archrules.fixtures.importer.sibling.SiblingClient")).isFalse();
        JavaClass sibling = fieldType(service, "client");
        assertThat(sibling.getSource()).as("a class of the code base in another package or jar").isPresent();
        assertThat(sibling.isInterface()).isTrue();

        JavaClass deprecated = service.getAnnotationOfType(Deprecated.class.getName()).getRawType();
        assertThat(deprecated.getSource()).as("annotation types keep their meta-annotations").isPresent();
        assertThat(deprecated.isAnnotatedWith("java.lang.annotation.Retention")).isTrue();
    }

    @Test
    void without_known_packages_every_referenced_type_is_imported_as_by_default() {
        JavaClasses classes = ChecklistImporter.withOptions().importClasses(ImportedService.class);

        assertThat(fieldType(classes.get(ImportedService.class), "id").getSource()).isPresent();
    }

    @Test
    void leaves_the_global_configuration_alone() {
        BackendChecklist.forBasePackage(CODE_BASE).importer().withImportOptions().importClasses(ImportedService.class);

        assertThat(ArchConfiguration.get().getClassResolver()).isEmpty();
    }

    @Test
    void resolution_switched_off_by_the_user_stays_off() {
        JavaClasses classes;
        try {
            ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
            classes = BackendChecklist.forBasePackage(CODE_BASE).importer().withImportOptions().importClasses(ImportedService.class);
        } finally {
            ArchConfiguration.get().reset();
        }

        assertThat(fieldType(classes.get(ImportedService.class), "jdbc").getSource()).as("nothing resolved").isEmpty();
        assertThat(fieldType(classes.get(ImportedService.class), "client").getSource()).isEmpty();
    }

    private static JavaClass fieldType(JavaClass owner, String field) {
        return owner.getField(field).getRawType();
    }
}
