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

    /**
     * A class compiled from Scala names its {@code .scala} file: the Java parser never sees it (it would fail on Scala
     * and make the run incomplete), the class is not "missing" a source either, and the run says once, as a note that
     * does not make it incomplete, that the source rules skipped it.
     */
    @Test
    void a_class_compiled_from_another_language_is_skipped_by_the_source_rules_said_once_and_never_parsed(@TempDir Path temp)
            throws IOException {
        Path classes = temp.resolve("classes/com/acme/query");
        Path sources = temp.resolve("sources/com/acme/query");
        Files.createDirectories(classes);
        Files.createDirectories(sources);
        com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassWriter writer = new com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassWriter(0);
        writer.visit(com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes.V17, com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes.ACC_PUBLIC,
                "com/acme/query/QueryService", null, "java/lang/Object", null);
        writer.visitSource("QueryService.scala", null);
        writer.visitEnd();
        Files.write(classes.resolve("QueryService.class"), writer.toByteArray());
        Files.writeString(sources.resolve("QueryService.scala"),
                "package com.acme.query\n\nclass QueryService {\n  def run(): String = \"SELECT id FROM orders\"\n}\n");
        JavaClass scala = new ClassFileImporter().importPath(classes.resolve("QueryService.class")).get("com.acme.query.QueryService");
        SourceSettings settings = SourceSettings.defaults().withDetectedRoots(false).withRoots(temp.resolve("sources"));

        SourceLocator locator = locator(settings);
        assertThat(locator.locate(scala)).isEmpty();
        assertThat(locator.missing()).isEmpty();
        assertThat(locator.otherLanguage()).containsExactly(java.util.Map.entry("com.acme.query.QueryService", "QueryService.scala"));

        RunSourceIndex index = RunSourceIndex.create(settings, cache);
        assertThat(index.facts(scala)).isEmpty();
        assertThat(index.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(SourceProblem.Kind.NO_SOURCE);
            assertThat(problem.path()).isEqualTo("1 class (.scala)");
            assertThat(problem.message()).isEqualTo("1 class was compiled from another language than Java (.scala), e.g."
                    + " com.acme.query.QueryService (QueryService.scala); the source rules read Java only and skipped them"
                    + " (the bytecode rules checked them)");
            assertThat(problem.unreadFile()).as("not an unread file: the run stays complete").isEmpty();
        });
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
