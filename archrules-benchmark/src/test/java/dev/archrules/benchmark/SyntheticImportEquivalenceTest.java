package dev.archrules.benchmark;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On a small synthetic backend, the recommended import finds exactly what a default import finds, seeded violations included. */
class SyntheticImportEquivalenceTest {

    @Test
    void the_recommended_import_and_a_default_import_give_the_same_violations(@TempDir Path work) throws Exception {
        Path classes = SyntheticCorpus.prepare(work, 500);
        BackendChecklist checklist = BackendChecklist.forBasePackage(SyntheticCorpus.BASE_PACKAGE);

        List<Violation> viaDefault = checklist.evaluate(new ClassFileImporter().importPath(classes)).violations();
        List<Violation> viaRecommended = checklist.evaluate(checklist.importer().withImportOptions().importPaths(classes)).violations();

        assertThat(viaRecommended).containsExactlyInAnyOrderElementsOf(viaDefault);
        // the seeded module cycle is its package tangle seen from afar: reported by packages.no-cycles
        assertThat(viaDefault).extracting(Violation::ruleId).contains("packages.no-cycles", "di.no-direct-instantiation",
                "controllers.no-data-access", "integration.http-clients-in-client-adapters", "config.no-hardcoded-endpoints");
    }
}
