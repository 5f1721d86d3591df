package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.source.SourceSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sources are found in the configured roots (directories and source jars), then in the detected ones. */
class SourceLocatorTest {

    private static final String STATEMENTS = "dev/archrules/fixtures/source/sqlconstants/Statements";
    private static final Path TEST_SOURCES = Paths.get("src/test/java").toAbsolutePath();
    private static final Path TEST_CLASSES = Paths.get("target/test-classes").toAbsolutePath();

    private final List<SourceProblem> problems = new ArrayList<>();
    /** A cache of this test's own, so that the jars it opens are closed before the temporary directory goes. */
    private final SourceCache cache = new SourceCache();

    @AfterEach
    void close() {
        cache.close();
    }

    private SourceLocator locator(SourceSettings settings) {
        return new SourceLocator(settings, cache, problems::add);
    }

    @Test
    void a_class_is_found_in_a_configured_directory_by_class_or_by_name() {
        SourceLocator locator = locator(SourceSettings.defaults().withDetectedRoots(false).withRoots(TEST_SOURCES));
        JavaClass statements = new ClassFileImporter().importPath(TEST_CLASSES.resolve(STATEMENTS + ".class")).get(STATEMENTS.replace('/', '.'));

        assertThat(locator.locate(statements)).hasValueSatisfying(file -> {
            assertThat(file.location()).isEqualTo(TEST_SOURCES.resolve(STATEMENTS + ".java"));
            assertThat(file.entry()).isEmpty();
        });
        assertThat(locator.locateByName(STATEMENTS.replace('/', '.') + "$Nested")).map(SourceFile::location)
                .contains(TEST_SOURCES.resolve(STATEMENTS + ".java"));
        assertThat(locator.missing()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void a_class_is_found_in_a_configured_sources_jar(@TempDir Path dir) throws IOException {
        Path sources = zip(dir.resolve("shop-sources.jar"), STATEMENTS + ".java", TEST_SOURCES.resolve(STATEMENTS + ".java"));
        SourceLocator locator = locator(SourceSettings.defaults().withDetectedRoots(false).withRoots(sources));

        assertThat(locator.locateByName(STATEMENTS.replace('/', '.'))).hasValueSatisfying(file -> {
            assertThat(file.location()).isEqualTo(sources);
            assertThat(file.entry()).contains(STATEMENTS + ".java");
            assertThat(file.display()).isEqualTo(sources + "!/" + STATEMENTS + ".java");
        });
    }

    @Test
    void the_sources_jar_beside_a_class_jar_is_detected_and_missing_classes_are_remembered(@TempDir Path dir) throws IOException {
        Path classes = zip(dir.resolve("shop-1.0.jar"), STATEMENTS + ".class", TEST_CLASSES.resolve(STATEMENTS + ".class"));
        Path sources = zip(dir.resolve("shop-1.0-sources.jar"), STATEMENTS + ".java", TEST_SOURCES.resolve(STATEMENTS + ".java"));
        JavaClass statements;
        try (JarFile jar = new JarFile(classes.toFile())) {
            statements = new ClassFileImporter().importJar(jar).get(STATEMENTS.replace('/', '.'));
        }

        assertThat(locator(SourceSettings.defaults()).locate(statements)).map(SourceFile::location).contains(sources);
        SourceLocator undetected = locator(SourceSettings.defaults().withDetectedRoots(false));
        assertThat(undetected.locate(statements)).isEmpty();
        assertThat(undetected.missing()).containsExactly(STATEMENTS.replace('/', '.'));
    }

    @Test
    void a_maven_or_gradle_class_location_maps_to_its_source_root(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("src/main/java"));
        Files.createDirectories(project.resolve("src/test/java"));

        assertThat(SourceLocator.detectRoot(project.resolve("target/classes/a/b/C.class").toUri(), "a/b/"))
                .contains(project.resolve("src/main/java"));
        assertThat(SourceLocator.detectRoot(project.resolve("target/test-classes/a/C.class").toUri(), "a/"))
                .contains(project.resolve("src/test/java"));
        assertThat(SourceLocator.detectRoot(project.resolve("build/classes/java/main/C.class").toUri(), ""))
                .contains(project.resolve("src/main/java"));
        Path jar = Files.createFile(project.resolve("lib-1.0.jar"));
        Path sources = Files.createFile(project.resolve("lib-1.0-sources.jar"));
        assertThat(SourceLocator.detectRoot(java.net.URI.create("jar:" + jar.toUri() + "!/a/C.class"), "a/")).contains(sources);
    }

    @Test
    void a_layout_without_sources_detects_nothing(@TempDir Path project) {
        assertThat(SourceLocator.detectRoot(project.resolve("target/classes/a/C.class").toUri(), "a/")).isEmpty();
        assertThat(SourceLocator.detectRoot(project.resolve("out/a/C.class").toUri(), "a/")).isEmpty();
        assertThat(SourceLocator.detectRoot(URI.create("jrt:/java.base/java/lang/String.class"), "java/lang/")).isEqualTo(Optional.empty());
    }

    private static Path zip(Path zip, String entry, Path content) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream jar = new ZipOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(Files.readAllBytes(content));
            jar.closeEntry();
        }
        return zip;
    }
}
