package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.model.UnreadFile;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.source.SourceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A source file the source rules could not read hides what they would have found in it, exactly as an unread class
 * file does: the run is incomplete and fails unless that is allowed; classes without any source file do not.
 */
class SourceCompletenessTest {

    private static final String DATA_ACCESS = "dev.archrules.fixtures.dataaccess";
    private static final JavaClasses DATA_ACCESS_CLASSES = new ClassFileImporter().importPackages(DATA_ACCESS);
    private static final String CATALOG_SERVICE = "dev/archrules/fixtures/dataaccess/service/CatalogService.java";

    @TempDir
    Path temp;

    /** The data-access fixtures' sources, copied so that one of them can be broken. */
    private Path sources() throws IOException {
        Path from = Path.of("src/test/java");
        try (Stream<Path> files = Files.walk(from.resolve("dev/archrules/fixtures/dataaccess"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = temp.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return temp;
    }

    private static BackendChecklist sqlRule(Path root) {
        return BackendChecklist.forBasePackage(DATA_ACCESS)
                .withSourceSettings(SourceSettings.defaults().withDetectedRoots(false))
                .withSourceRoots(root)
                .withoutRules(CoreRules.all().stream().map(rule -> rule.id())
                        .filter(id -> !id.equals(CoreRules.SQL_ONLY_IN_REPOSITORIES)).toArray(String[]::new));
    }

    @Test
    void a_source_file_that_does_not_parse_makes_the_run_incomplete_and_fails_it_naming_the_file_and_line() throws IOException {
        Path root = sources();
        Path broken = root.resolve(CATALOG_SERVICE);
        Files.writeString(broken, Files.readString(broken).replace("public int countProducts() {", "public int countProducts( {"));

        ChecklistResult result = sqlRule(root).evaluate(DATA_ACCESS_CLASSES);

        // the SQL of CatalogService is not seen: two of the three violations remain
        assertThat(result.violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES)).extracting(violation -> violation.key())
                .doesNotContain(DATA_ACCESS + ".service.CatalogService").hasSize(2);
        assertThat(result.incomplete()).isTrue();
        assertThat(result.unreadFiles()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(broken.toString());
            assertThat(file.reason()).startsWith("source file does not parse (line 16").doesNotEndWith("; skipped");
        });
        assertThat(result.failed()).isTrue();
        String report = result.report();
        assertThat(report).startsWith("archrules checklist (INCOMPLETE): ")
                .contains("    - " + broken + ": source file does not parse (line 16")
                .doesNotContain("source problems (the source rules skipped these)");
    }

    @Test
    void check_fails_a_run_whose_only_problem_is_an_unparsable_source_file() throws IOException {
        Path root = sources();
        Path broken = root.resolve(CATALOG_SERVICE);
        Files.writeString(broken, Files.readString(broken).replace("public int countProducts() {", "public int countProducts( {"));
        // the two other services' violations are excluded, so nothing but the unread file can fail the run
        BackendChecklist checklist = sqlRule(root).excluding(DATA_ACCESS + ".service.AuditService", DATA_ACCESS + ".web..");

        assertThatThrownBy(() -> checklist.check(DATA_ACCESS_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist (INCOMPLETE): no violations (")
                .hasMessageContaining(broken + ": source file does not parse (line 16");
    }

    @Test
    void allowing_an_incomplete_run_lets_the_violations_decide_and_still_lists_the_file() throws IOException {
        Path root = sources();
        Path broken = root.resolve(CATALOG_SERVICE);
        Files.writeString(broken, Files.readString(broken).replace("public int countProducts() {", "public int countProducts( {"));
        BackendChecklist allowed = sqlRule(root).excluding(DATA_ACCESS + ".service.AuditService", DATA_ACCESS + ".web..")
                .withAllowIncomplete(true);

        ChecklistResult result = allowed.evaluate(DATA_ACCESS_CLASSES);

        assertThat(result.failed()).isFalse();
        assertThat(result.unreadFiles()).extracting(UnreadFile::path).containsExactly(broken.toString());
        assertThat(result.report()).contains("(allowed by archrules.allowIncomplete)", broken + ": source file does not parse");
    }

    @Test
    void a_configured_source_root_that_does_not_exist_makes_the_run_incomplete() {
        Path missing = temp.resolve("no-such-sources");

        ChecklistResult result = sqlRule(missing).evaluate(DATA_ACCESS_CLASSES);

        assertThat(result.unreadFiles()).contains(new UnreadFile(missing.toString(),
                "source root " + missing + " does not exist; fix the path given to withSourceRoots"));
        assertThat(result.failed()).isTrue();
    }

    @Test
    void classes_without_any_source_file_are_a_note_not_an_incomplete_run() {
        BackendChecklist noSources = BackendChecklist.forBasePackage(DATA_ACCESS)
                .withSourceSettings(SourceSettings.defaults().withDetectedRoots(false))
                .excluding(DATA_ACCESS + ".service..", DATA_ACCESS + ".web..", DATA_ACCESS + ".persistence..");

        ChecklistResult result = noSources.evaluate(DATA_ACCESS_CLASSES);

        assertThat(result.sourceProblems()).singleElement().satisfies(problem ->
                assertThat(problem.kind()).isEqualTo(dev.archrules.core.source.SourceProblem.Kind.NO_SOURCE));
        assertThat(result.incomplete()).isFalse();
        assertThat(result.failed()).isFalse();
        assertThat(result.report()).contains("source problems (the source rules skipped these): 1");
    }
}
