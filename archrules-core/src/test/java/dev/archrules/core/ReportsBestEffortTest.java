package dev.archrules.core;

import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.report.ReportFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports are best effort, the verdict is not: report files that cannot be written change neither outcome of a run. */
class ReportsBestEffortTest {

    @TempDir
    Path dir;

    @Test
    void a_report_directory_that_is_a_file_is_noted_and_the_run_still_fails_on_its_violations() throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "in the way");

        ChecklistResult result = BackendChecklistFixtures.DATA_ACCESS.withReports(file).run(BackendChecklistFixtures.CLASSES);

        assertThat(result.failed()).isTrue();
        assertThat(result.reportFailure()).contains(new ReportFailure(file, "exists and is not a directory (" + file + ")"));
        assertThat(result.reportFailure().orElseThrow().warning()).isEqualTo("warning: could not write the reports to " + file
                + ": exists and is not a directory (" + file + "); the console report above is complete and the result stands");
        assertThatThrownBy(() -> BackendChecklistFixtures.DATA_ACCESS.withReports(file).check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 6 violations of 3 rules in 4 classes (9 classes analysed, 11 rules checked)");
        assertThat(Files.readString(file)).isEqualTo("in the way");
    }

    @Test
    void a_run_without_new_violations_passes_with_a_warning_on_stderr_when_its_reports_cannot_be_written() throws IOException {
        Path baseline = Files.writeString(dir.resolve("archrules-baseline.txt"), BaselineAdoptionTest.INITIAL);
        Path below = Files.writeString(dir.resolve("target"), "a file").resolve("archrules");
        BackendChecklist checklist = BackendChecklistFixtures.DATA_ACCESS.withBaseline(Baseline.at(baseline).inMode(BaselineMode.CHECK).onCi(false))
                .withReports(below);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThatCode(() -> checklist.check(BackendChecklistFixtures.CLASSES)).doesNotThrowAnyException();
        } finally {
            System.setErr(previous);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("archrules: warning: could not write the reports to " + below + ": ");
    }
}
