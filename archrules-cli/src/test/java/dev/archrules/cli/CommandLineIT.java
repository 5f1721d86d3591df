package dev.archrules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the built executable jar run as a process, as a user or a CI step runs it. */
class CommandLineIT {

    private static final Path JAR = Path.of(System.getProperty("archrules.jar", "target/archrules.jar"));
    private static final Path EXAMPLE_CLASSES = ExampleShop.CLASSES;
    private static final Path EXAMPLE_PROJECT = ExampleShop.PROJECT;

    record Run(int exitCode, String out, String err) {
    }

    static Run archrules(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void without_a_path_it_audits_the_bundled_example_and_exits_1_on_its_violations() throws Exception {
        Run run = archrules("check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("archrules checklist: 10 violations of 8 rules in 4 classes (35 classes analysed, 28 rules checked)")
                .contains("  FAIL controllers.no-data-access (C2)")
                .contains("  FAIL config.no-hardcoded-endpoints (C6)")
                .contains("(LegacyShippingService.java:18)")
                .contains("(LegacyReportController.java:31)")
                .doesNotContain("\u001B[");
        assertNoStackTrace(run);
    }

    @Test
    void a_maven_project_directory_is_audited_through_its_target_classes_with_its_committed_baseline() throws Exception {
        Run run = archrules("check", EXAMPLE_PROJECT.toString(), "--no-reports");

        assertThat(run.exitCode()).as("every violation is in the shop's committed baseline").isZero();
        assertThat(run.out()).startsWith("archrules checklist: no new violations (35 classes analysed, 28 rules checked)")
                .contains("  PASS modules.own-their-data (C4) modules should only use their own repositories and entities — 2 baselined")
                .contains("archrules: 0 new · 10 baselined · 0 fixed");
    }

    @Test
    void the_core_preset_leaves_the_spring_rules_out() throws Exception {
        Run run = archrules("check", "--preset", "core", EXAMPLE_CLASSES.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("archrules checklist: 10 violations of 8 rules in 4 classes (35 classes analysed, 22 rules checked)")
                .doesNotContain("spring.");
    }

    @Test
    void a_spring_boot_application_gets_the_spring_preset_and_its_base_package_from_the_application_class() throws Exception {
        Path legacy = EXAMPLE_PROJECT.resolveSibling("spring-shop-legacy");

        Run run = archrules("check", legacy.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        // the same 40 as the example's own test (ChecklistTest): the command carries the Spring GraphQL and WebSocket
        // classes, so @QueryMapping (meta-annotated @SchemaMapping) and TextWebSocketHandler resolve without --classpath
        assertThat(run.out()).startsWith("archrules checklist: 40 violations (32 errors, 7 warnings, 1 note) of 25 rules in 24 classes (45 classes analysed, 2 generated classes left out, 28 rules checked)");
        // the example's other framework jars are not on the command's class path, and it says so instead of staying silent
        assertThat(run.err()).contains("archrules: note: 6 framework types the classes name are not on the class path (io.grpc.BindableService,"
                + " org.springframework.boot.autoconfigure.SpringBootApplication, org.springframework.boot.context.properties.ConfigurationProperties, …)");
        assertThat(archrules("check", legacy.resolveSibling("spring-shop-clean").toString()).out())
                .startsWith("archrules checklist: no violations (25 classes analysed, 28 rules checked)");
    }

    @Test
    void a_clean_code_base_exits_0() throws Exception {
        Run run = archrules("check", EXAMPLE_CLASSES.toString(), "--exclude", "com.example.shop.legacy..", "--no-reports");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("archrules checklist: no violations (31 classes analysed, 28 rules checked)");
    }

    @Test
    void a_jar_with_a_sources_jar_beside_it_is_audited(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("shop-1.0.jar");
        writeJar(jar, EXAMPLE_CLASSES, ".class");
        writeJar(dir.resolve("shop-1.0-sources.jar"), EXAMPLE_PROJECT.resolve("src/main/java"), ".java");

        Run run = archrules("check", jar.toString(), "--disable", "modules.own-their-data,di.constructor-injection");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("archrules checklist: 7 violations of 6 rules in 3 classes (35 classes analysed, 26 rules checked)")
                .doesNotContain("modules.own-their-data");
    }

    @Test
    void settings_come_from_archrules_properties_in_the_project(@TempDir Path project) throws Exception {
        ExampleShop.copyInto(project, true);
        Files.writeString(project.resolve("archrules.properties"), """
                # what tests and the command share
                archrules.basePackage=com.example.shop
                archrules.exclude=com.example.shop.legacy..
                """);

        Run run = archrules("check", project.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("archrules checklist: no violations (31 classes analysed");
    }

    @Test
    void a_bad_setting_names_file_and_line(@TempDir Path project) throws Exception {
        ExampleShop.copyInto(project, true);
        Files.writeString(project.resolve("archrules.properties"), """
                archrules.basePackage=com.example.shop
                archrules.maxEndpoints=4
                """);

        Run run = archrules("check", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("archrules: " + project.resolve("archrules.properties") + ":2: unknown setting 'archrules.maxEndpoints'");
        assertNoStackTrace(run);
    }

    @Test
    void the_baseline_is_created_then_checked_then_fails_on_new_violations_and_is_pruned(@TempDir Path project) throws Exception {
        ExampleShop.copyInto(project, true);
        Path baseline = project.resolve("src/test/resources/archrules-baseline.txt");

        Run init = archrules("baseline", "init", project.toString(), "--reports", project.resolve("target/archrules").toString());
        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("archrules: 0 new · 10 baselined · 0 fixed")
                .contains("  added   di.constructor-injection | com.example.shop.legacy.LegacyOrderExportService#orderRepository | 1");
        assertThat(Files.readAllLines(baseline)).first().isEqualTo("# archrules baseline v1");
        assertThat(Files.readAllLines(baseline)).filteredOn(line -> !line.startsWith("#") && !line.isBlank()).hasSize(10);
        assertThat(project.resolve("target/archrules")).isDirectoryContaining(path -> path.getFileName().toString().equals("archrules.sarif"));

        byte[] before = Files.readAllBytes(baseline);
        Run check = archrules("check", project.toString(), "--no-reports");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("archrules: 0 new · 10 baselined · 0 fixed").doesNotContain("reports:");
        assertThat(Files.readAllBytes(baseline)).as("check never writes").isEqualTo(before);

        // one entry less: that violation is new again
        List<String> lines = new ArrayList<>(Files.readAllLines(baseline));
        lines.removeIf(line -> line.startsWith("di.constructor-injection"));
        Files.write(baseline, lines);
        Run failing = archrules("check", project.toString(), "--no-reports");
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out()).contains("archrules: 1 new (1 error) · 9 baselined · 0 fixed");

        Run accept = archrules("baseline", "accept", project.toString(), "--no-reports");
        assertThat(accept.exitCode()).isZero();
        assertThat(accept.out()).contains("  added   di.constructor-injection | com.example.shop.legacy.LegacyOrderExportService#orderRepository | 1");

        // a stale entry: prune removes it, check on CI would fail on it
        Files.writeString(baseline, Files.readString(baseline) + "layers.dependency-direction | com.example.shop.Gone -> com.example.shop.Away | 1\n");
        Run prune = archrules("baseline", "prune", project.toString(), "--no-reports");
        assertThat(prune.exitCode()).isZero();
        assertThat(prune.out()).contains("removed layers.dependency-direction | com.example.shop.Gone -> com.example.shop.Away | 1");
        assertThat(Files.readString(baseline)).doesNotContain("com.example.shop.Gone");
    }

    @Test
    void a_corrupt_baseline_is_bad_input_and_left_untouched(@TempDir Path project) throws Exception {
        ExampleShop.copyInto(project, true);
        Path baseline = Files.createDirectories(project.resolve("src/test/resources")).resolve("archrules-baseline.txt");
        String corrupt = "# archrules baseline v1\n<<<<<<< HEAD\nstate.stateless-singletons | a.B#c | 1\n=======\n>>>>>>> branch\n";
        Files.writeString(baseline, corrupt);

        Run run = archrules("check", project.toString(), "--no-reports");

        assertBadInput(run, "archrules: " + baseline + ":2: merge-conflict marker");
        assertThat(Files.readString(baseline)).isEqualTo(corrupt);
    }

    @Test
    void baseline_commands_need_a_project_or_a_file() throws Exception {
        assertBadInput(archrules("baseline", "init"), "archrules: no baseline file: pass the project PATH or --baseline FILE");
    }

    @Test
    void the_rules_command_lists_the_catalogue() throws Exception {
        Run run = archrules("rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(28)
                .anySatisfy(line -> assertThat(line).matches("controllers\\.no-data-access +C2 +core +controllers should not access .*"))
                .anySatisfy(line -> assertThat(line).matches("spring\\.no-bean-lookup +C9 +spring +.*"))
                .anySatisfy(line -> assertThat(line).startsWith("layers.dependency-direction"));
    }

    @Test
    void a_missing_path_is_bad_input() throws Exception {
        assertBadInput(archrules("check", "does/not/exist"), "archrules: 'does/not/exist' does not exist; pass a Maven or Gradle project, a classes directory or a jar");
    }

    @Test
    void a_file_that_is_not_a_jar_is_bad_input(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("classes.jar"), "not a jar");
        assertBadInput(archrules("check", text.toString()), "archrules: '" + text + "' is neither a directory nor a jar file; pass a project, a classes directory or a jar");
    }

    @Test
    void an_empty_directory_is_bad_input(@TempDir Path dir) throws Exception {
        assertBadInput(archrules("check", dir.toString()), "archrules: no class files in '" + dir
                + "'; pass the folder with compiled classes (e.g. target/classes) or a project directory, and build the project first");
    }

    @Test
    void an_unknown_rule_id_is_bad_input() throws Exception {
        Run run = archrules("check", EXAMPLE_CLASSES.toString(), "--disable", "controllers.no-sql");

        assertBadInput(run, "archrules: --disable: unknown rule id 'controllers.no-sql'; known ids: data-access.persistence-api-only-in-repositories, ");
    }

    @Test
    void an_unknown_option_is_bad_usage() throws Exception {
        Run run = archrules("check", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("archrules: Unknown option: '--frobnicate'").contains("archrules check --help");
    }

    private static void assertBadInput(Run run, String messageStart) {
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.err().lines().filter(line -> !line.matches("archrules: [a-z].* \\(\\d+ s\\)")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(messageStart);
        assertThat(run.out()).isEmpty();
        assertNoStackTrace(run);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void writeJar(Path jar, Path root, String suffix) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(root)) {
            for (Path path : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
    }
}
