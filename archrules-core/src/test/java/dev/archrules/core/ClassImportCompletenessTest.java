package dev.archrules.core;

import com.tngtech.archunit.core.importer.Location;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.model.UnreadFile;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Completeness of the import (issue 13): every class file or jar entry that cannot be read is listed with its path and
 * reason, the run is incomplete and fails unless allowed, and the baseline is never pruned nor entries reported fixed
 * on such a run. The code base is a copy of the compiled {@code dev.archrules.fixtures.state} fixtures, damaged per test.
 */
class ClassImportCompletenessTest {

    static final String FIXTURES = "dev.archrules.fixtures.state";
    static final String PACKAGE_PATH = FIXTURES.replace('.', '/');
    /** The bytecode rule that finds violations in the fixtures; the source rules would add nothing here. */
    static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage(FIXTURES).withoutRules(CoreRules.all().stream()
            .map(rule -> rule.id()).filter(id -> !id.equals(CoreRules.STATELESS_SINGLETONS)).toArray(String[]::new));

    @TempDir
    Path temp;

    /** A copy of the fixtures' class files under {@code temp/classes}. */
    static Path codeBase(Path temp) throws IOException {
        Path from = Path.of("target/test-classes");
        Path to = temp.resolve("classes");
        try (Stream<Path> files = Files.walk(from.resolve(PACKAGE_PATH))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return to;
    }

    static Path classFile(Path classes, String relative) {
        return classes.resolve(PACKAGE_PATH).resolve(relative);
    }

    private ClassImport importDirectory(BackendChecklist checklist, Path classes) {
        return checklist.importer().importAndAuditLocations(List.of(Location.of(classes)));
    }

    private static String absolute(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static byte[] truncated(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    // --- a complete import stays what it was

    @Test
    void a_complete_import_lists_nothing_and_passes_as_before() throws IOException {
        Path classes = codeBase(temp);

        ChecklistResult result = CHECKLIST.run(importDirectory(CHECKLIST, classes));

        assertThat(result.incomplete()).isFalse();
        assertThat(result.unreadFiles()).isEmpty();
        assertThat(result.violationsOf(CoreRules.STATELESS_SINGLETONS)).isNotEmpty();
        assertThat(result.report()).startsWith("archrules checklist: ").doesNotContain("INCOMPLETE");
    }

    // --- unreadable class files: each listed with path and reason, the run incomplete and failing

    @Test
    void a_truncated_class_file_is_listed_and_its_violation_is_not_silently_gone() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));

        ChecklistResult result = CHECKLIST.run(importDirectory(CHECKLIST, classes));

        assertThat(result.unreadFiles()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(absolute(counter));
            assertThat(file.reason()).startsWith("truncated or corrupt class file");
        });
        assertThat(result.incomplete()).isTrue();
        assertThat(result.failed()).isTrue();
        assertThat(result.report()).startsWith("archrules checklist (INCOMPLETE): ")
                .contains("INCOMPLETE: 1 file could not be read; the rules did not see the classes in it, and no baseline entry is reported fixed:")
                .contains("    - " + absolute(counter) + ": truncated or corrupt class file");
    }

    @Test
    void a_file_that_is_not_a_class_file_is_listed() throws IOException {
        Path classes = codeBase(temp);
        Path text = classFile(classes, "web/Notes.class");
        Files.writeString(text, "just some text, not bytecode");

        assertThat(CHECKLIST.run(importDirectory(CHECKLIST, classes)).unreadFiles())
                .containsExactly(new UnreadFile(absolute(text), "not a class file (it does not start with 0xCAFEBABE)"));
    }

    @Test
    void an_empty_class_file_is_listed() throws IOException {
        Path classes = codeBase(temp);
        Path empty = classFile(classes, "web/Empty.class");
        Files.write(empty, new byte[0]);

        assertThat(CHECKLIST.run(importDirectory(CHECKLIST, classes)).unreadFiles())
                .containsExactly(new UnreadFile(absolute(empty), "empty file, not a class file"));
    }

    @Test
    void a_class_file_too_new_for_archunit_is_listed_with_its_version() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        byte[] bytes = Files.readAllBytes(counter);
        bytes[6] = 0;
        bytes[7] = 99; // Java 55
        Files.write(counter, bytes);

        assertThat(CHECKLIST.run(importDirectory(CHECKLIST, classes)).unreadFiles())
                .containsExactly(new UnreadFile(absolute(counter), "class file version 99 (Java 55) is newer than the ArchUnit in use can read"));
    }

    @Test
    void a_class_file_without_read_permission_is_listed() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.setPosixFilePermissions(counter, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(counter)).as("not running as root").isFalse();

        assertThat(CHECKLIST.run(importDirectory(CHECKLIST, classes)).unreadFiles())
                .containsExactly(new UnreadFile(absolute(counter), "cannot read: permission denied"));
    }

    @Test
    void an_unreadable_sub_directory_is_listed_and_the_rest_of_the_tree_is_imported() throws IOException {
        Path classes = codeBase(temp);
        Path web = classFile(classes, "web");
        Files.setPosixFilePermissions(web, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(web)).as("not running as root").isFalse();

            ChecklistResult result = CHECKLIST.run(importDirectory(CHECKLIST, classes));

            assertThat(result.unreadFiles()).containsExactly(new UnreadFile(absolute(web), "cannot read directory: permission denied"));
            assertThat(result.analysedClasses()).as("the other packages are imported").isGreaterThan(5);
            assertThat(result.violationsOf(CoreRules.STATELESS_SINGLETONS)).extracting(v -> v.location().className())
                    .contains(FIXTURES + ".binding.DiscountService").noneMatch(name -> name.contains(".web."));
        } finally {
            Files.setPosixFilePermissions(web, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // --- failing, allowing, and what the reports show

    @Test
    void check_fails_an_incomplete_import_naming_the_file_even_without_violations() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        BackendChecklist nothingToFind = BackendChecklist.forBasePackage(FIXTURES).withoutRules(CoreRules.all().stream()
                .map(rule -> rule.id()).filter(id -> !id.equals(CoreRules.PACKAGES_NO_CYCLES)).toArray(String[]::new));

        assertThatThrownBy(() -> nothingToFind.check(importDirectory(nothingToFind, classes)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist (INCOMPLETE): no violations (")
                .hasMessageContaining(absolute(counter) + ": truncated or corrupt class file");
    }

    @Test
    void check_of_plain_java_classes_audits_the_folders_they_came_from() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        BackendChecklist nothingToFind = BackendChecklist.forBasePackage(FIXTURES).withoutRules(CoreRules.all().stream()
                .map(rule -> rule.id()).filter(id -> !id.equals(CoreRules.PACKAGES_NO_CYCLES)).toArray(String[]::new));
        var plain = new com.tngtech.archunit.core.importer.ClassFileImporter().importPath(classes);

        assertThatThrownBy(() -> nothingToFind.check(plain))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(absolute(counter) + ": truncated or corrupt class file");
    }

    @Test
    void check_of_plain_java_classes_ignores_files_left_out_on_purpose() throws IOException {
        Path classes = codeBase(temp);
        var withoutWeb = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(location -> !location.contains("/web/")).importPath(classes);

        assertThat(CHECKLIST.run(withoutWeb).unreadFiles()).isEmpty();
    }

    @Test
    void an_allowed_incomplete_run_passes_but_still_lists_the_file() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        BackendChecklist allowing = BackendChecklist.forBasePackage(FIXTURES).withAllowIncomplete(true).withoutRules(CoreRules.all().stream()
                .map(rule -> rule.id()).filter(id -> !id.equals(CoreRules.PACKAGES_NO_CYCLES)).toArray(String[]::new));

        ChecklistResult result = allowing.run(importDirectory(allowing, classes));

        assertThat(result.failed()).isFalse();
        assertThat(result.console()).contains("INCOMPLETE: 1 file could not be read; the rules did not see the classes in it"
                + " (allowed by archrules.allowIncomplete)").contains(absolute(counter));
    }

    @Test
    void every_report_format_lists_the_unread_file() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        Path reports = temp.resolve("reports");
        BackendChecklist reporting = CHECKLIST.withReports(reports);

        reporting.run(importDirectory(reporting, classes));

        String json = Files.readString(reports.resolve("archrules.json"));
        assertThat(json).contains("\"incomplete\": true").contains("\"unreadFiles\": [").contains("\"path\": \"" + absolute(counter) + "\"");
        assertThat(Files.readString(reports.resolve("archrules.md"))).contains("> **INCOMPLETE: 1 file could not be read")
                .contains("- `" + absolute(counter) + "`: truncated or corrupt class file");
        assertThat(Files.readString(reports.resolve("archrules.html"))).contains("<ul id=\"unread\">")
                .contains("<li><code>" + absolute(counter) + "</code>: truncated or corrupt class file");
        assertThat(Files.readString(reports.resolve("archrules.sarif"))).contains("\"executionSuccessful\": false")
                .contains("\"text\": \"not read: " + absolute(counter) + ": truncated or corrupt class file");
        assertThat(ReportFormat.values()).hasSizeGreaterThanOrEqualTo(4);
    }

    // --- the baseline is safe on an incomplete import

    @Test
    void prune_refuses_an_incomplete_import_and_keeps_every_entry() throws IOException {
        Path classes = codeBase(temp);
        Path baselineFile = temp.resolve("baseline.txt");
        BackendChecklist init = CHECKLIST.withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.INIT));
        init.run(importDirectory(init, classes));
        String before = Files.readString(baselineFile);
        assertThat(before).contains(FIXTURES + ".web.CounterController#counter");
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        BackendChecklist prune = CHECKLIST.withAllowIncomplete(true).withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.PRUNE));

        assertThatThrownBy(() -> prune.run(importDirectory(prune, classes)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("archrules baseline " + baselineFile + " (prune): refused, nothing written — the import is incomplete,"
                        + " and prune would remove entries of classes it did not see: 1 file could not be read")
                .hasMessageContaining(absolute(counter) + ": truncated or corrupt class file");
        assertThat(Files.readString(baselineFile)).isEqualTo(before);
    }

    @Test
    void check_reports_no_entry_fixed_on_an_incomplete_import() throws IOException {
        Path classes = codeBase(temp);
        Path baselineFile = temp.resolve("baseline.txt");
        BackendChecklist init = CHECKLIST.withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.INIT));
        init.run(importDirectory(init, classes));
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        BackendChecklist check = CHECKLIST.withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.CHECK).onCi(true));

        ChecklistResult result = check.run(importDirectory(check, classes));

        assertThat(result.fixed()).as("the controller's entry is not fixed: its class was not read").isEmpty();
        assertThat(result.report()).doesNotContain("stale baseline entry").doesNotContain("prune with");
        assertThat(result.failed()).as("incomplete").isTrue();
    }

    @Test
    void accept_refuses_an_incomplete_import_unless_allowed() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        Files.write(counter, truncated(counter));
        Path baselineFile = temp.resolve("baseline.txt");
        BackendChecklist init = CHECKLIST.withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.INIT));

        assertThatThrownBy(() -> init.run(importDirectory(init, classes)))
                .hasMessageStartingWith("archrules baseline " + baselineFile + " (init): refused, nothing written — the import is incomplete: 1 file");
        assertThat(baselineFile).doesNotExist();

        BackendChecklist allowed = init.withAllowIncomplete(true);
        allowed.run(importDirectory(allowed, classes));
        assertThat(baselineFile).exists();
    }

    // --- an empty code base is an error

    @Test
    void check_fails_when_the_base_package_has_no_class_on_the_class_path() {
        BackendChecklist nowhere = BackendChecklist.forBasePackage("com.acme.nowhere");

        assertThatThrownBy(nowhere::check)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no classes to check: nothing found for base package 'com.acme.nowhere' in package com.acme.nowhere"
                        + " on the class path; check the base package and that the code is compiled");
    }

    @Test
    void check_fails_when_none_of_the_given_classes_is_in_the_base_package() throws IOException {
        Path classes = codeBase(temp);
        BackendChecklist wrongPackage = BackendChecklist.forBasePackage("com.acme.shop");

        ChecklistResult result = wrongPackage.run(importDirectory(wrongPackage, classes));

        assertThat(result.emptyCodeBase()).isTrue();
        assertThat(result.failed()).isTrue();
        assertThat(result.report()).contains("no classes to check: nothing found for base package 'com.acme.shop' in " + absolute(classes));
    }

    @Test
    void prune_refuses_an_empty_code_base() throws IOException {
        Path classes = codeBase(temp);
        Path baselineFile = temp.resolve("baseline.txt");
        BackendChecklist init = CHECKLIST.withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.INIT));
        init.run(importDirectory(init, classes));
        String before = Files.readString(baselineFile);
        Path empty = Files.createDirectories(temp.resolve("empty"));
        BackendChecklist prune = CHECKLIST.withBaseline(Baseline.at(baselineFile).inMode(BaselineMode.PRUNE));

        assertThatThrownBy(() -> prune.run(importDirectory(prune, empty)))
                .hasMessageStartingWith("archrules baseline " + baselineFile + " (prune): refused, nothing written — no classes to check");
        assertThat(Files.readString(baselineFile)).isEqualTo(before);
    }

    @Test
    void a_rule_with_an_empty_scope_stays_a_note() throws IOException {
        Path classes = codeBase(temp);
        // the support package holds utility classes only: no controller, so the controller rules have nothing to check
        BackendChecklist noControllers = BackendChecklist.forBasePackage(FIXTURES + ".support");
        ChecklistResult result = noControllers.run(importDirectory(noControllers, classes));

        assertThat(result.emptyCodeBase()).isFalse();
        assertThat(result.failed()).isTrue(); // by the support classes' own violations, not by an empty scope
        assertThat(result.rules()).filteredOn(rule -> rule.rule().id().equals(CoreRules.CONTROLLERS_NO_DATA_ACCESS))
                .singleElement().satisfies(rule -> assertThat(rule.note()).hasValueSatisfying(note -> assertThat(note).contains("controller")));
    }

    // --- jars: corrupt entries, corrupt jars, and bounded input

    /** A jar of the fixtures' class files, with extra entries written by {@code extra}. */
    static Path jar(Path temp, String name, EntryWriter extra) throws IOException {
        Path classes = codeBase(temp.resolve(name + "-src"));
        Path jar = temp.resolve(name + ".jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
            extra.write(zip);
        }
        return jar;
    }

    interface EntryWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    private ChecklistResult runJar(BackendChecklist checklist, Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return checklist.run(checklist.importer().importAndAuditLocations(List.of(Location.of(file))));
        }
    }

    @Test
    void a_truncated_jar_entry_is_listed_as_jar_and_entry() throws IOException {
        byte[] broken = truncated(Path.of("target/test-classes").resolve(PACKAGE_PATH).resolve("web/CounterController.class"));
        Path jar = jar(temp, "app", zip -> {
            zip.putNextEntry(new ZipEntry(PACKAGE_PATH + "/web/Broken.class"));
            zip.write(broken);
            zip.closeEntry();
        });

        ChecklistResult result = runJar(CHECKLIST, jar);

        assertThat(result.unreadFiles()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(absolute(jar) + "!/" + PACKAGE_PATH + "/web/Broken.class");
            assertThat(file.reason()).startsWith("truncated or corrupt class file");
        });
        assertThat(result.violationsOf(CoreRules.STATELESS_SINGLETONS)).isNotEmpty();
    }

    @Test
    void a_corrupt_jar_is_listed_and_nothing_of_it_is_taken_for_checked() throws IOException {
        Path jar = temp.resolve("corrupt.jar");
        Files.write(jar, new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        ChecklistResult result = CHECKLIST.run(CHECKLIST.importer().importAndAuditLocations(
                List.of(Location.of(java.net.URI.create("jar:" + jar.toUri() + "!/")))));

        assertThat(result.unreadFiles()).singleElement().satisfies(file -> {
            assertThat(file.path()).isEqualTo(absolute(jar));
            assertThat(file.reason()).startsWith("not a readable jar: ");
        });
        assertThat(result.failed()).isTrue();
    }

    /** The fixtures' class files as stored entries of a hand-written jar, to which a test adds hostile entries. */
    static HandWrittenZip fixturesZip(Path temp) throws IOException {
        Path classes = codeBase(temp.resolve("zip-src"));
        HandWrittenZip zip = new HandWrittenZip();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.stored(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return zip;
    }

    @Test
    void a_two_gib_zero_filled_entry_in_a_small_jar_is_refused_without_reading_it() throws IOException {
        Path jar = temp.resolve("bomb.jar");
        fixturesZip(temp).zeros(PACKAGE_PATH + "/web/Bomb.class", 2048, 1L << 31).writeTo(jar);
        assertThat(Files.size(jar)).as("a small jar").isLessThan(3L << 20);
        long before = usedMemory();

        ChecklistResult result = runJar(CHECKLIST, jar);

        assertThat(result.unreadFiles()).containsExactly(new UnreadFile(absolute(jar) + "!/" + PACKAGE_PATH + "/web/Bomb.class",
                "2147483648 bytes, more than the limit of 16777216 (archrules.import.maxClassFileSize)"));
        assertThat(result.violationsOf(CoreRules.STATELESS_SINGLETONS)).as("the rest is read").isNotEmpty();
        assertThat(usedMemory() - before).as("memory stays bounded").isLessThan(512L << 20);
    }

    @Test
    void a_two_gib_entry_whose_headers_claim_a_kilobyte_is_read_only_up_to_the_limit() throws IOException {
        Path jar = temp.resolve("liar.jar");
        fixturesZip(temp).zeros(PACKAGE_PATH + "/web/Liar.class", 2048, 1000).writeTo(jar);
        long before = usedMemory();

        ChecklistResult result = runJar(CHECKLIST, jar);

        assertThat(result.unreadFiles()).containsExactly(new UnreadFile(absolute(jar) + "!/" + PACKAGE_PATH + "/web/Liar.class",
                "more than 16777216 bytes (its header says 1000), more than the limit (archrules.import.maxClassFileSize)"));
        assertThat(result.violationsOf(CoreRules.STATELESS_SINGLETONS)).as("the rest is read").isNotEmpty();
        assertThat(usedMemory() - before).as("memory stays bounded").isLessThan(512L << 20);
    }

    @Test
    void an_entry_above_a_lower_size_limit_is_refused() throws IOException {
        Path jar = temp.resolve("big.jar");
        fixturesZip(temp).zeros(PACKAGE_PATH + "/web/Big.class", 3, 3 << 20).writeTo(jar);

        ChecklistResult result = runJar(CHECKLIST.withMaxClassFileSize(2 << 20).withMaxCompressionRatio(100_000), jar);

        assertThat(result.unreadFiles()).containsExactly(new UnreadFile(absolute(jar) + "!/" + PACKAGE_PATH + "/web/Big.class",
                "3145728 bytes, more than the limit of 2097152 (archrules.import.maxClassFileSize)"));
    }

    @Test
    void an_entry_compressed_beyond_the_ratio_limit_is_refused() throws IOException {
        Path jar = jar(temp, "ratio", zip -> {
            zip.putNextEntry(new ZipEntry(PACKAGE_PATH + "/web/Zeros.class"));
            zip.write(new byte[1 << 20]);
            zip.closeEntry();
        });

        ChecklistResult result = runJar(CHECKLIST, jar);

        assertThat(result.unreadFiles()).singleElement().satisfies(file -> {
            assertThat(file.path()).endsWith("ratio.jar!/" + PACKAGE_PATH + "/web/Zeros.class");
            assertThat(file.reason()).startsWith("1048576 bytes compressed to ").endsWith(", a ratio above the limit of 100 (archrules.import.maxCompressionRatio)");
        });
    }

    @Test
    void a_jar_with_more_class_files_than_the_limit_is_refused_as_a_whole() throws IOException {
        Path jar = jar(temp, "many", zip -> {
        });

        ChecklistResult result = runJar(CHECKLIST.withMaxArchiveEntries(3), jar);

        assertThat(result.unreadFiles()).containsExactly(new UnreadFile(absolute(jar),
                "holds more than 3 class files, the limit (archrules.import.maxArchiveEntries); not read"));
        assertThat(result.failed()).isTrue();
    }

    @Test
    void a_class_file_above_the_size_limit_in_a_directory_is_refused() throws IOException {
        Path classes = codeBase(temp);
        Path counter = classFile(classes, "web/CounterController.class");
        long size = Files.size(counter);
        BackendChecklist small = CHECKLIST.withMaxClassFileSize((int) size - 1);

        ChecklistResult result = small.run(importDirectory(small, classes));

        assertThat(result.unreadFiles()).extracting(UnreadFile::path).contains(absolute(counter));
        assertThat(result.unreadFiles()).filteredOn(file -> file.path().equals(absolute(counter))).singleElement()
                .extracting(UnreadFile::reason).isEqualTo(size + " bytes, more than the limit of " + (size - 1) + " (archrules.import.maxClassFileSize)");
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
