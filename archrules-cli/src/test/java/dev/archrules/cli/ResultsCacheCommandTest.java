package dev.archrules.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's results cache (issue 18): a re-run of an unchanged project neither imports nor evaluates and prints and
 * writes exactly what the first run did; any change to a class file, a source file or a setting runs afresh; the
 * baseline is applied after the cache; a damaged entry is rebuilt; {@code --results-cache off} keeps nothing.
 */
class ResultsCacheCommandTest {

    private static final String FROM_CACHE = "results: from the cache ";

    @TempDir
    Path dir;

    private Path project;

    record Run(int exitCode, String out, String err) {

        /** stdout without the line that says where the results came from and the line that names the reports' directory. */
        List<String> report() {
            return out.lines().filter(line -> !line.startsWith(FROM_CACHE) && !line.startsWith("reports: ")).toList();
        }

        /** stderr without the progress lines of slow phases. */
        List<String> errLines() {
            return err.lines().filter(line -> !line.matches("archrules: [a-z].* \\(\\d+ s\\)")).toList();
        }

        boolean fromCache() {
            return out.lines().anyMatch(line -> line.startsWith(FROM_CACHE));
        }
    }

    private static Run archrules(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Archrules.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run check(String... more) {
        List<String> args = new ArrayList<>(List.of("check", project.toString(), "--no-color"));
        args.addAll(List.of(more));
        return archrules(args.toArray(String[]::new));
    }

    /** The example shop as a project of its own: pom.xml, its classes and its sources. */
    @BeforeEach
    void copyTheExample() throws IOException {
        project = ExampleShop.copyInto(dir.resolve("shop"), true);
    }

    private List<Path> entries() throws IOException {
        Path cache = project.resolve("target/archrules-cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(file -> file.toString().endsWith(".result")).toList();
        }
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString()).sorted().toList();
        }
    }

    @Test
    void a_re_run_of_an_unchanged_project_comes_from_the_cache_and_prints_and_writes_the_same_reports() throws IOException {
        Run cold = check("--reports", dir.resolve("cold").toString());
        Run warm = check("--reports", dir.resolve("warm").toString());

        assertThat(cold.fromCache()).isFalse();
        assertThat(entries()).as("one entry, in the project's build directory").hasSize(1);
        assertThat(warm.fromCache()).isTrue();
        assertThat(warm.out()).contains(FROM_CACHE + project.resolve("target/archrules-cache"));
        assertThat(warm.exitCode()).isEqualTo(cold.exitCode()).isEqualTo(1);
        assertThat(cold.report().get(0)).startsWith("archrules checklist: 10 violations of 8 rules in 4 classes");
        assertThat(warm.report()).isEqualTo(cold.report());
        assertThat(warm.errLines()).isEqualTo(cold.errLines());
        assertThat(files(dir.resolve("warm"))).isEqualTo(files(dir.resolve("cold"))).isNotEmpty();
        for (String file : files(dir.resolve("cold"))) {
            assertThat(Files.readAllBytes(dir.resolve("warm").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("cold").resolve(file)));
        }
    }

    @Test
    void a_changed_class_file_source_file_setting_or_settings_file_runs_afresh() throws IOException {
        Run first = check("--no-reports");
        assertThat(check("--no-reports").fromCache()).isTrue();

        // a source file: a hard-coded URL added in a comment changes nothing found, but the text changed
        Path source;
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            source = files.filter(file -> file.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(source, Files.readString(source) + "\n// changed\n");
        Run afterSource = check("--no-reports");
        assertThat(afterSource.fromCache()).isFalse();
        assertThat(afterSource.report()).isEqualTo(first.report());
        assertThat(check("--no-reports").fromCache()).isTrue();

        // a setting
        Run stricter = check("--no-reports", "--max-endpoints-per-controller", "1");
        assertThat(stricter.fromCache()).isFalse();
        assertThat(stricter.report()).isNotEqualTo(first.report());
        assertThat(check("--no-reports", "--max-endpoints-per-controller", "1").report()).isEqualTo(stricter.report());

        // the settings file
        Files.writeString(project.resolve("archrules.properties"), "archrules.exclude=com.example.shop.legacy..\n");
        Run excluded = check("--no-reports");
        assertThat(excluded.fromCache()).isFalse();
        assertThat(excluded.exitCode()).isZero();
        Files.delete(project.resolve("archrules.properties"));
        assertThat(check("--no-reports").fromCache()).as("the first entry is still there").isTrue();

        // a class file: rewritten with other bytes (here: not a class file any more), the run reads it afresh and says so
        Path classFile;
        try (Stream<Path> files = Files.walk(project.resolve("target/classes"))) {
            classFile = files.filter(file -> file.toString().endsWith(".class")).sorted().findFirst().orElseThrow();
        }
        Files.write(classFile, new byte[]{(byte) 0xCA, (byte) 0xFE});
        Run afterClass = check("--no-reports");
        assertThat(afterClass.fromCache()).isFalse();
        assertThat(afterClass.exitCode()).as("incomplete").isEqualTo(2);
        assertThat(afterClass.errLines()).anyMatch(line -> line.contains(classFile.getFileName().toString()));
    }

    @Test
    void the_baseline_is_applied_after_the_cache() throws IOException {
        Run cold = check("--no-reports");
        assertThat(cold.exitCode()).isEqualTo(1);
        Path baseline = project.resolve("src/test/resources/archrules-baseline.txt");
        assertThat(archrules("baseline", "init", project.toString(), "--no-reports").exitCode()).isZero();
        assertThat(baseline).exists();

        Run baselined = check("--no-reports");
        assertThat(baselined.fromCache()).as("the baseline is not part of the key").isTrue();
        assertThat(baselined.exitCode()).isZero();
        assertThat(baselined.out()).contains("0 new", "10 baselined");

        // an entry accepted that the code no longer has: fixed, found through the cached results too
        List<String> lines = new ArrayList<>(Files.readAllLines(baseline));
        lines.add("controllers.no-data-access | com.example.shop.Gone -> com.example.shop.GoneRepository | 1");
        List<String> entries = new ArrayList<>(lines.stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList());
        entries.sort(null);
        List<String> header = lines.stream().filter(line -> line.startsWith("#") || line.isBlank()).toList();
        List<String> file = new ArrayList<>(header);
        file.addAll(entries);
        Files.write(baseline, file);
        Run withFixed = check("--no-reports");
        assertThat(withFixed.fromCache()).isTrue();
        assertThat(withFixed.out()).contains("1 fixed");
    }

    @Test
    void a_damaged_entry_is_ignored_deleted_and_rebuilt() throws IOException {
        Run cold = check("--no-reports");
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(good, good.length - 7));

        Run rebuilt = check("--no-reports");

        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(rebuilt.report()).isEqualTo(cold.report());
        assertThat(Files.readAllBytes(entry)).isEqualTo(good);
        assertThat(check("--no-reports").fromCache()).isTrue();
    }

    @Test
    void results_cache_off_keeps_nothing_and_a_directory_elsewhere_is_used_when_named() throws IOException {
        Run off = check("--no-reports", "--results-cache", "off");
        assertThat(check("--no-reports", "--results-cache", "off").fromCache()).isFalse();
        assertThat(entries()).isEmpty();

        Path elsewhere = dir.resolve("elsewhere");
        check("--no-reports", "--results-cache", elsewhere.toString());
        Run warm = check("--no-reports", "--results-cache", elsewhere.toString());
        assertThat(warm.fromCache()).isTrue();
        assertThat(warm.report()).isEqualTo(off.report());
        assertThat(entries()).isEmpty();
        assertThat(files(elsewhere)).singleElement().asString().endsWith(".result");
    }
}
