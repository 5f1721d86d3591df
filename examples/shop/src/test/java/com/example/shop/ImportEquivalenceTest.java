package com.example.shop;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checklist's recommended import (behind {@code importClasses()}) finds exactly what a default ArchUnit import finds. */
class ImportEquivalenceTest {

    private static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage("com.example.shop");

    @Test
    void the_recommended_import_and_a_default_import_give_the_same_violations() {
        List<Violation> viaDefault = CHECKLIST.evaluate(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CHECKLIST.context().basePackage())).violations();

        List<Violation> viaRecommended = CHECKLIST.evaluate(CHECKLIST.importClasses()).violations();

        assertThat(viaRecommended).isNotEmpty().containsExactlyInAnyOrderElementsOf(viaDefault);
    }
}
