package dev.archrules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command on code it cannot read completely (issue 13): exit 2 with the list of unread files unless
 * {@code --allow-incomplete}, exit 2 on no classes to check, on duplicate classes across paths; every module of a
 * multi-module root audited. Runs {@link Archrules#run} in process, on copies of the bundled example's classes.
 */
class ImportCompletenessCommandTest {

    private static final Path SHOP = Path.of(System.getProperty("archrules.example.classes", "../examples/shop/target/classes"));
    private static final String COUNTER = "com/example/shop/catalog/CatalogService.class";

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run archrules(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Archrules.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** A copy of the bundled example's compiled classes in {@code dir}. */
    static Path shopClasses(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(SHOP)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(SHOP.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return dir;
    }

    private static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private static String absolute(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    @Test
    void a_truncated_class_file_makes_the_run_incomplete_exit_2_naming_the_file() throws IOException {
        Path classes = shopClasses(temp.resolve("classes"));
        Path broken = classes.resolve(COUNTER);
        truncate(broken);

        Run run = archrules("check", classes.toString(), "--no-reports", "--no-color");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("archrules checklist (INCOMPLETE): ").contains("    - " + absolute(broken) + ": truncated or corrupt class file");
        assertThat(run.err()).contains("archrules: incomplete run: 1 file could not be read (the rules did not see the classes in it):"
                        + System.lineSeparator() + "  - " + absolute(broken) + ": truncated or corrupt class file")
                .contains("Make these files readable (rebuild the project), or pass --allow-incomplete to let an incomplete run pass.")
                // no stack trace: the reason may name what the class reader threw, e.g. (ArrayIndexOutOfBoundsException),
                // which depends on where the cut falls
                .doesNotContain("\tat ");
    }

    @Test
    void allow_incomplete_lets_the_run_decide_on_its_violations_and_still_lists_the_file() throws IOException {
        Path classes = shopClasses(temp.resolve("classes"));
        Path broken = classes.resolve(COUNTER);
        truncate(broken);

        Run run = archrules("check", classes.toString(), "--no-reports", "--no-color", "--allow-incomplete");

        assertThat(run.exitCode()).as("the example's violations").isEqualTo(1);
        assertThat(run.out()).contains("(allowed by archrules.allowIncomplete)").contains(absolute(broken));
    }

    @Test
    void allow_incomplete_can_come_from_the_settings_file() throws IOException {
        Path classes = shopClasses(temp.resolve("classes"));
        truncate(classes.resolve(COUNTER));
        Path settings = Files.writeString(temp.resolve("archrules.properties"), "archrules.allowIncomplete=true\n");

        Run run = archrules("check", classes.toString(), "--no-reports", "--config", settings.toString());

        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void a_base_package_without_classes_is_exit_2_naming_what_was_searched() throws IOException {
        Path classes = shopClasses(temp.resolve("classes"));

        Run run = archrules("check", classes.toString(), "--no-reports", "--base-package", "com.acme.nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).as("after any progress line").endsWith("archrules: no classes to check: nothing found for base package 'com.acme.nowhere' in "
                + absolute(classes) + "; check the base package and that the code is compiled (pass --base-package)" + System.lineSeparator());
    }

    @Test
    void a_class_in_two_paths_is_exit_2_naming_both() throws IOException {
        Path first = shopClasses(temp.resolve("first"));
        Path second = shopClasses(temp.resolve("second"));

        Run run = archrules("check", first.toString(), second.toString(), "--no-reports");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("archrules: class com.example.shop.").contains(" is in both '" + first + "' and '" + second
                + "'; pass each code base separately (one would hide the other)");
    }

    @Test
    void a_multi_module_maven_root_audits_every_compiled_module_and_says_which() throws IOException {
        Path root = temp.resolve("shop-parent");
        Files.createDirectories(root);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path catalog = moduleWith(root.resolve("catalog"), "com/example/shop/catalog");
        Path legacy = moduleWith(root.resolve("legacy"), "com/example/shop/legacy");

        Run run = archrules("check", root.toString(), "--no-reports", "--base-package", "com.example.shop");

        assertThat(run.err()).contains("archrules: " + root + " is a multi-module project; reading 2 modules: catalog/target/classes, legacy/target/classes");
        assertThat(run.out()).contains("(LegacyReportController.java:").doesNotContain("INCOMPLETE");
        assertThat(run.exitCode()).as("the legacy module's violations").isEqualTo(1);
        assertThat(catalog).exists();
        assertThat(legacy).exists();
    }

    @Test
    void a_module_with_sources_but_no_classes_makes_the_run_incomplete() throws IOException {
        Path root = temp.resolve("shop-parent");
        Files.createDirectories(root);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        moduleWith(root.resolve("catalog"), "com/example/shop/catalog");
        Path billing = root.resolve("billing");
        Files.createDirectories(billing.resolve("src/main/java"));
        Files.writeString(billing.resolve("pom.xml"), "<project/>");

        Run run = archrules("check", root.toString(), "--no-reports", "--base-package", "com.example.shop");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("reading 1 module: catalog/target/classes; not compiled: " + absolute(billing))
                .contains("  - " + absolute(billing) + ": module with sources but no compiled classes (billing/target/classes); build it first");
    }

    @Test
    void a_gradle_multi_module_root_is_read_from_build_classes() throws IOException {
        Path root = temp.resolve("gradle-root");
        Files.createDirectories(root);
        Files.writeString(root.resolve("settings.gradle"), "include 'catalog'");
        Files.writeString(root.resolve("build.gradle"), "");
        Path module = root.resolve("catalog");
        shopPackage(module.resolve("build/classes/java/main"), "com/example/shop/catalog");
        Files.writeString(module.resolve("build.gradle"), "");

        Run run = archrules("check", root.toString(), "--no-reports", "--base-package", "com.example.shop");

        assertThat(run.err()).contains("reading 1 module: catalog/build/classes/java/main");
        assertThat(run.exitCode()).isIn(0, 1);
    }

    @Test
    void a_root_without_any_compiled_module_still_says_to_build_first() throws IOException {
        Path root = temp.resolve("empty-parent");
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");

        Run run = archrules("check", root.toString(), "--no-reports");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).endsWith("archrules: '" + root + "' has no compiled classes in target/classes; run 'mvn compile' first"
                + System.lineSeparator());
    }

    @Test
    void baseline_prune_refuses_an_incomplete_import_and_leaves_the_file() throws IOException {
        Path classes = shopClasses(temp.resolve("classes"));
        Path baseline = temp.resolve("baseline.txt");
        assertThat(archrules("baseline", "init", classes.toString(), "--no-reports", "--baseline", baseline.toString()).exitCode()).isZero();
        String before = Files.readString(baseline);
        Path broken = classes.resolve("com/example/shop/legacy/LegacyReportController.class");
        truncate(broken);

        Run run = archrules("baseline", "prune", classes.toString(), "--no-reports", "--baseline", baseline.toString(), "--allow-incomplete");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("archrules: archrules baseline " + baseline + " (prune): refused, nothing written — the import is incomplete")
                .contains(absolute(broken) + ": truncated or corrupt class file");
        assertThat(Files.readString(baseline)).isEqualTo(before);
    }

    @Test
    void a_jar_entry_above_the_size_limit_is_exit_2_naming_jar_and_entry() throws IOException {
        Path jar = temp.resolve("shop.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(SHOP)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(SHOP.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("com/example/shop/Huge.class"));
            byte[] noise = new byte[1 << 20];
            new java.util.Random(13).nextBytes(noise); // incompressible: refused for its size, not its ratio
            zip.write(noise);
            zip.closeEntry();
        }

        Run run = archrules("check", jar.toString(), "--no-reports", "--max-class-file-size", "500000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("  - " + absolute(jar) + "!/com/example/shop/Huge.class: 1048576 bytes, more than the limit of 500000"
                + " (archrules.import.maxClassFileSize)");
    }

    @Test
    void help_lists_exit_code_2_for_incomplete_runs() {
        Run run = archrules("check", "--help");

        assertThat(run.out()).contains("2   bad input, unreadable or unwritable file, incomplete run, no classes")
                .contains("--allow-incomplete").contains("--max-class-file-size=BYTES");
    }

    private static Path moduleWith(Path module, String packagePath) throws IOException {
        shopPackage(module.resolve("target/classes"), packagePath);
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        return module;
    }

    private static void shopPackage(Path classes, String packagePath) throws IOException {
        try (Stream<Path> files = Files.walk(SHOP.resolve(packagePath))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(SHOP.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    static void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
    }
}
