package dev.archrules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar as a process where the process matters: out of memory (exit 3, one line), and file-system faults that
 * need another user — an unwritable working directory or report folder, an unreadable baseline, another user's lock.
 * When the tests run as root they run the command as {@code nobody} (setpriv), otherwise they take the permissions away.
 */
class FilesAndVerdictIT {

    private static final Path JAR = Path.of(System.getProperty("archrules.jar", "target/archrules.jar")).toAbsolutePath();
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {

        List<String> errLines() {
            return err.lines().filter(line -> !line.matches("archrules: [a-z].* \\(\\d+ s\\)")).toList();
        }
    }

    private static Run run(Path workingDirectory, boolean unprivileged, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (unprivileged && ROOT) {
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** A directory the unprivileged command may enter and read but not write. */
    private Path readOnly(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString(ROOT ? "rwxr-xr-x" : "r-xr-xr-x"));
        return directory;
    }

    /** A directory the unprivileged command may write. */
    private Path writable(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
        return directory;
    }

    @Test
    void out_of_memory_exits_3_with_one_line_and_no_stack_trace() throws Exception {
        // JavaParser inside the command's own jar: some 2,000 classes, far more than 16 MB of heap can import (the bundled
        // example is small enough to pass in 16 MB)
        String[] javaParser = {"check", JAR.toString(), "--base-package", "com.github.javaparser", "--no-reports"};
        Run run = run(temp, false, List.of("-Xmx16m"), javaParser);

        assertThat(run.exitCode()).as("not 1, the code of violations found").isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("archrules: internal error in ")
                .contains("OutOfMemoryError")
                .endsWith("the JVM ran out of memory: give it more (java -Xmx4g -jar archrules.jar …) or audit less at once — run with --debug for the stack trace");
        assertThat(run.err()).doesNotContain("\tat ");

        Run debug = run(temp, false, List.of("-Xmx16m"), java.util.stream.Stream.concat(java.util.Arrays.stream(javaParser),
                java.util.stream.Stream.of("--debug")).toArray(String[]::new));
        assertThat(debug.exitCode()).isEqualTo(3);
        // --debug prints the throwable as printStackTrace does: its own line, then its frames — a JVM may throw this
        // error without frames (one raised while deoptimising has none), so the line is what is certain
        assertThat(debug.errLines()).hasSizeGreaterThan(1).anySatisfy(line -> assertThat(line).startsWith("java.lang.OutOfMemoryError"));
    }

    @Test
    void a_working_directory_that_cannot_be_written_still_prints_the_report_and_exits_1() throws Exception {
        Path cwd = readOnly(temp.resolve("project"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run(cwd, true, List.of(), "check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("archrules checklist: 10 violations of 8 rules in 4 classes (35 classes analysed, 28 rules checked)");
        assertThat(run.errLines()).containsExactly("archrules: warning: could not write the reports to " + cwd.toRealPath().resolve("target/archrules")
                + ": permission denied (" + cwd.toRealPath().resolve("target") + "); the console report above is complete and the result stands");
        assertThat(cwd.resolve("target")).doesNotExist();
    }

    @Test
    void a_read_only_reports_folder_still_prints_the_report_and_a_clean_run_exits_0() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path reports = readOnly(temp.resolve("reports"));

        Run run = run(temp, true, List.of(), "check", "--exclude", "com.example.shop.legacy..", "--reports", reports.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("archrules checklist: no violations (31 classes analysed, 28 rules checked)");
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("archrules: warning: could not write the reports to " + reports + ": permission denied (" + reports.resolve(".archrules.md.archrules-"));
    }

    @Test
    void an_unreadable_baseline_is_bad_input_naming_it() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path baseline = Files.writeString(temp.resolve("archrules-baseline.txt"), "# archrules baseline v1\n\n");
        Files.setPosixFilePermissions(baseline, PosixFilePermissions.fromString(ROOT ? "rw-------" : "-w-------"));

        Run run = run(temp, true, List.of(), "check", "--baseline", baseline.toString(), "--no-reports");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("archrules: cannot read archrules baseline " + baseline + ": permission denied (" + baseline + ")");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_stale_lock_of_another_user_is_taken_over_when_nobody_holds_it() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path project = writable(temp.resolve("project"));
        Path baseline = project.resolve("archrules-baseline.txt");
        Path lock = Files.writeString(project.resolve(".archrules-baseline.txt.lock"), "4711 since 2020-01-01T00:00:00Z #other-user");
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("r--r--r--"));

        Run run = run(project, true, List.of(), "baseline", "init", "--baseline", baseline.toString(), "--no-reports");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(baseline).isRegularFile();
        assertThat(lock).doesNotExist();
    }

    @Test
    void a_lock_of_another_user_that_cannot_be_opened_is_bad_input_naming_the_lock() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path project = writable(temp.resolve("project"));
        Path baseline = project.resolve("archrules-baseline.txt");
        Path lock = Files.writeString(project.resolve(".archrules-baseline.txt.lock"), "4711 since 2020-01-01T00:00:00Z #other-user");
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("---------"));

        Run run = run(project, true, List.of(), "baseline", "init", "--baseline", baseline.toString(), "--no-reports");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("archrules: cannot take the lock " + lock + " of archrules baseline " + baseline
                + ": permission denied; if no archrules run is writing it, delete " + lock);
        assertThat(baseline).doesNotExist();
    }

    @Test
    void a_baseline_in_a_folder_that_cannot_be_written_is_bad_input_naming_the_lock_it_could_not_create() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path project = readOnly(temp.resolve("project"));
        Path baseline = Files.writeString(project.resolve("archrules-baseline.txt"), "# archrules baseline v1\n\n");
        Files.setPosixFilePermissions(baseline, PosixFilePermissions.fromString("rw-rw-rw-"));

        Run run = run(project, true, List.of(), "baseline", "accept", "--baseline", baseline.toString(), "--no-reports");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("archrules: cannot create the lock " + project.resolve(".archrules-baseline.txt.lock")
                + " of archrules baseline " + baseline + ": permission denied (" + project + " cannot be written)");
        assertThat(Files.readString(baseline)).isEqualTo("# archrules baseline v1\n\n");
    }
}
