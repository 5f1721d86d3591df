package dev.archrules.core;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommended import must not change what the checklist finds: on every fixture package the violations
 * through {@link ChecklistImporter} are exactly those through a default {@link ClassFileImporter} import.
 */
class ChecklistImporterEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev.archrules.fixtures", "dev.archrules.fixtures.dataaccess", "dev.archrules.fixtures.clean",
            "dev.archrules.fixtures.modules", "dev.archrules.fixtures.http", "dev.archrules.fixtures.instantiation",
            "dev.archrules.fixtures.layers", "dev.archrules.fixtures.cycles", "dev.archrules.fixtures.responsibility",
            "dev.archrules.fixtures.source", "dev.archrules.fixtures.state", "dev.archrules.fixtures.injection",
            "dev.archrules.fixtures.roles", "dev.archrules.fixtures.importer"})
    void the_recommended_import_finds_exactly_what_a_default_import_finds(String basePackage) {
        BackendChecklist checklist = BackendChecklist.forBasePackage(basePackage);

        List<Violation> viaDefault = checklist.evaluate(new ClassFileImporter().importPackages(basePackage)).violations();
        JavaClasses recommended = checklist.importer().withImportOptions().importPackages(basePackage);
        List<Violation> viaRecommended = checklist.evaluate(recommended).violations();

        assertThat(viaRecommended).containsExactlyInAnyOrderElementsOf(viaDefault);
        if (basePackage.equals("dev.archrules.fixtures")) {
            assertThat(viaDefault).hasSizeGreaterThan(20);
        }
    }

    /** Classes of the code base outside the import (a sibling module's jar) keep their roles: they are imported fully. */
    @ParameterizedTest
    @ValueSource(strings = {"dev.archrules.fixtures.layers", "dev.archrules.fixtures.modules", "dev.archrules.fixtures.http.web",
            "dev.archrules.fixtures.state.service", "dev.archrules.fixtures.instantiation"})
    void importing_part_of_the_code_base_finds_what_a_default_import_of_that_part_finds(String part) {
        BackendChecklist checklist = BackendChecklist.forBasePackage("dev.archrules.fixtures");

        List<Violation> viaDefault = checklist.evaluate(new ClassFileImporter().importPackages(part)).violations();
        List<Violation> viaRecommended = checklist.evaluate(checklist.importer().withImportOptions().importPackages(part)).violations();

        assertThat(viaRecommended).containsExactlyInAnyOrderElementsOf(viaDefault);
    }

    /**
     * An API interface of another artifact (outside the code base's packages) carrying the mappings that the code base's
     * controllers implement is imported with its methods: the handlers it declares are seen through the recommended import
     * as through a default one (fixtures {@code source.apiimport}), the mapped delegate wrappers of OpenAPI Generator's
     * delegate-method style too, whose bodies the recommended import does not record (their class file is read).
     */
    @Test
    void an_api_interface_of_another_artifact_is_imported_with_the_mappings_its_implementations_inherit() {
        String server = "dev.archrules.fixtures.source.apiimport.server";
        BackendChecklist checklist = BackendChecklist.forBasePackage(server);

        ChecklistResult viaDefault = checklist.evaluate(new ClassFileImporter().importPackages(server));
        ChecklistResult viaRecommended = checklist.evaluate(checklist.importer().withImportOptions().importPackages(server));

        assertThat(viaRecommended.violations()).containsExactlyInAnyOrderElementsOf(viaDefault.violations());
        assertThat(viaRecommended.violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS)).extracting(Violation::key).containsExactly(
                server + ".LedgerResource#chargeFees(java.lang.String, int)", server + ".PaymentsController#refund(java.lang.String, long)",
                server + ".StatementsController#statement(java.lang.String, int)");
    }

    @Test
    void the_import_settings_hold_for_the_import_only_and_leave_the_global_configuration_alone() {
        ChecklistImporter.withOptions().importPackages("dev.archrules.fixtures.clean");

        ChecklistImporter.PROPERTIES.keySet()
                .forEach(key -> assertThat(ArchConfiguration.get().containsProperty(key)).as(key).isFalse());
    }
}
