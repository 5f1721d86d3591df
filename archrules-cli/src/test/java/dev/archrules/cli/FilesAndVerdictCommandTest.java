package dev.archrules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's files and verdict (issue 13): reports are best effort while the exit code stands, baseline paths that
 * are not a file fail with exit 2 naming them, the baseline lock and leftovers, {@code --debug} on every subcommand,
 * and exit 3 (one line) for internal errors.
 */
class FilesAndVerdictCommandTest {

    private static final Path EXAMPLE_CLASSES = ExampleShop.CLASSES;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {

        /** stderr without the progress lines of slow phases ({@code archrules: importing classes (2 s)}). */
        List<String> errLines() {
            return err.lines().filter(line -> !line.matches("archrules: [a-z].* \\(\\d+ s\\)")).toList();
        }
    }

    static Run archrules(String... args) {
        return archrules(new StringWriter(), args);
    }

    static Run archrules(Writer outTarget, String... args) {
        StringWriter err = new StringWriter();
        int exit = Archrules.run(args, new PrintWriter(outTarget, true), new PrintWriter(err, true));
        return new Run(exit, outTarget.toString(), err.toString());
    }

    @Test
    void a_reports_path_that_is_a_file_prints_the_report_and_a_warning_and_still_exits_1() throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "in the way");

        Run run = archrules("check", "--reports", file.toString());

        assertThat(run.exitCode()).as("violations found").isEqualTo(1);
        assertThat(run.out()).startsWith("archrules checklist: 10 violations of 8 rules in 4 classes (35 classes analysed, 28 rules checked)").doesNotContain("reports:");
        assertThat(run.errLines()).containsExactly("archrules: warning: could not write the reports to " + file
                + ": exists and is not a directory (" + file + "); the console report above is complete and the result stands");
        assertThat(Files.readString(file)).isEqualTo("in the way");
    }

    @Test
    void a_reports_path_below_a_file_warns_and_a_clean_run_still_exits_0() throws IOException {
        Path below = Files.writeString(dir.resolve("target"), "a file").resolve("archrules");

        Run run = archrules("check", "--exclude", "com.example.shop.legacy..", "--reports", below.toString());

        assertThat(run.exitCode()).as("no violations").isZero();
        assertThat(run.out()).startsWith("archrules checklist: no violations (31 classes analysed, 28 rules checked)");
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("archrules: warning: could not write the reports to " + below + ": ")
                .contains(dir.resolve("target").toString());
    }

    @Test
    void leftovers_of_a_killed_report_write_are_removed_by_the_next_run() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path leftover = Files.writeString(reports.resolve(".archrules.md.archrules-999999999-5eed.tmp"), "half a rep");

        Run run = archrules("check", "--exclude", "com.example.shop.legacy..", "--reports", reports.toString(), "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(names(reports)).containsExactly("archrules.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "baseline init", "baseline prune", "baseline accept"})
    void a_baseline_path_that_is_a_directory_is_bad_input_naming_it(String command) throws IOException {
        Path directory = Files.createDirectory(dir.resolve("archrules-baseline.txt"));

        Run run = archrules(args(command, "--baseline", directory.toString(), "--no-reports"));

        assertBadInput(run, "archrules: archrules baseline " + directory + " is a directory, not a file; point the baseline setting at the"
                + " baseline file (e.g. src/test/resources/archrules-baseline.txt)");
    }

    @Test
    void a_directory_at_the_projects_default_baseline_location_is_not_ignored() throws IOException {
        Path project = ExampleShop.copyInto(dir.resolve("project"), false);
        Path directory = Files.createDirectories(project.resolve("src/test/resources/archrules-baseline.txt"));

        Run run = archrules("check", project.toString(), "--no-reports");

        assertBadInput(run, "archrules: archrules baseline " + directory + " is a directory, not a file; ");
    }

    @Test
    void init_of_a_baseline_whose_parent_is_a_file_is_bad_input_naming_both() throws IOException {
        Path parent = Files.writeString(dir.resolve("resources"), "a file");
        Path file = parent.resolve("archrules-baseline.txt");

        Run run = archrules("baseline", "init", "--baseline", file.toString(), "--no-reports");

        assertBadInput(run, "archrules: cannot write archrules baseline " + file.toAbsolutePath() + ": exists and is not a directory ("
                + parent.toAbsolutePath() + ")");
    }

    @Test
    void init_of_a_baseline_in_a_missing_directory_creates_it_and_names_the_file() {
        Path file = dir.resolve("src/test/resources/archrules-baseline.txt");

        Run run = archrules("baseline", "init", "--baseline", file.toString(), "--no-reports");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("archrules baseline " + file + " (init):");
        assertThat(file).isRegularFile();
    }

    @Test
    void a_lock_that_cannot_be_taken_is_bad_input_naming_the_lock_file() throws IOException {
        Path file = initialised();
        Path lock = Files.createDirectory(dir.resolve(".archrules-baseline.txt.lock"));
        byte[] before = Files.readAllBytes(file);

        Run run = archrules("baseline", "accept", "--baseline", file.toString(), "--no-reports");

        assertBadInput(run, "archrules: cannot take the lock " + lock.toAbsolutePath() + " of archrules baseline " + file.toAbsolutePath()
                + ": Is a directory (" + lock.toAbsolutePath() + ")");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void a_stale_lock_and_leftovers_of_a_killed_write_are_cleaned_up_by_the_next_baseline_write() throws IOException {
        Path file = initialised();
        Files.writeString(dir.resolve(".archrules-baseline.txt.lock"), "999999999 since 2020-01-01T00:00:00Z #killed");
        Files.writeString(dir.resolve(".archrules-baseline.txt.archrules-999999999-abc.tmp"), "# archrules baseline v1\n\ncontrollers");

        Run run = archrules("baseline", "prune", "--baseline", file.toString(), "--no-reports");

        assertThat(run.exitCode()).isZero();
        assertThat(names(dir)).containsExactly("archrules-baseline.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline init", "baseline prune", "baseline accept", "check"})
    void debug_prints_the_stack_trace_on_every_subcommand_and_only_then(String command) throws IOException {
        Path directory = Files.createDirectory(dir.resolve("archrules-baseline.txt"));

        Run plain = archrules(args(command, "--baseline", directory.toString(), "--no-reports"));
        Run debug = archrules(args(command, "--baseline", directory.toString(), "--no-reports", "--debug"));

        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debug.exitCode()).isEqualTo(2);
        assertThat(debug.errLines()).first().asString().startsWith("archrules: archrules baseline " + directory + " is a directory");
        assertThat(debug.err()).contains("java.lang.IllegalStateException: archrules baseline " + directory).contains("\tat dev.archrules.");
    }

    @Test
    void an_unexpected_exception_exits_3_with_one_line_and_the_stack_trace_only_with_debug() {
        Run run = archrules(failingWriter(new UnsupportedOperationException("stdout is gone")), "check");
        Run debug = archrules(failingWriter(new UnsupportedOperationException("stdout is gone")), "check", "--debug");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly("archrules: internal error in 'archrules check': java.lang.UnsupportedOperationException:"
                + " stdout is gone — run with --debug for the stack trace");
        assertThat(debug.exitCode()).isEqualTo(3);
        assertThat(debug.errLines()).first().isEqualTo("archrules: internal error in 'archrules check': java.lang.UnsupportedOperationException: stdout is gone");
        assertThat(debug.err()).contains("\tat dev.archrules.cli.");
    }

    @Test
    void an_out_of_memory_error_exits_3_not_1_with_one_line() throws IOException {
        Path file = initialised();

        Run run = archrules(failingWriter(new OutOfMemoryError("Java heap space")), "baseline", "accept", "--baseline", file.toString(), "--no-reports");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly("archrules: internal error in 'archrules baseline accept': java.lang.OutOfMemoryError: Java heap space;"
                + " the JVM ran out of memory: give it more (java -Xmx4g -jar archrules.jar …) or audit less at once — run with --debug for the stack trace");
    }

    @Test
    void a_worker_thread_and_the_main_thread_running_out_of_memory_together_print_one_line() {
        StringWriter err = new StringWriter();
        PrintWriter writer = new PrintWriter(err, true);

        Archrules.newRun();
        int worker = Archrules.internalError(new OutOfMemoryError("Java heap space"), "thread archrules-progress", false, writer);
        int main = Archrules.internalError(new OutOfMemoryError("Java heap space"), "'archrules check'", false, writer);

        assertThat(worker).isEqualTo(3);
        assertThat(main).isEqualTo(3);
        assertThat(err.toString().lines().toList()).containsExactly("archrules: internal error in thread archrules-progress:"
                + " java.lang.OutOfMemoryError: Java heap space; the JVM ran out of memory: give it more (java -Xmx4g -jar archrules.jar …)"
                + " or audit less at once — run with --debug for the stack trace");
        Archrules.newRun();
        Archrules.internalError(new IllegalStateException("next run"), "'archrules check'", false, writer);
        assertThat(err.toString().lines().toList()).hasSize(2);
    }

    /** A baseline of the bundled example's violations, as {@code baseline init} writes it. */
    private Path initialised() {
        Path file = dir.resolve("archrules-baseline.txt");
        assertThat(archrules("baseline", "init", "--baseline", file.toString(), "--no-reports").exitCode()).isZero();
        return file;
    }

    private static Writer failingWriter(Throwable failure) {
        return new StringWriter() {
            @Override
            public void write(String text, int offset, int length) {
                throwIt(failure);
            }

            @Override
            public void write(char[] text, int offset, int length) {
                throwIt(failure);
            }
        };
    }

    private static void throwIt(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private static String[] args(String command, String... more) {
        return Stream.concat(Stream.of(command.split(" ")), Stream.of(more)).toArray(String[]::new);
    }

    private static void assertBadInput(Run run, String messageStart) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith(messageStart);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("\tat ");
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
