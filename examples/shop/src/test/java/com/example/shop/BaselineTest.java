package com.example.shop;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a team adopts the checklist on a code base with debt: the legacy package's nine violations are
 * recorded in the committed baseline {@code src/test/resources/archrules-baseline.txt}, the build passes,
 * and any new violation fails it. Every run writes the reports to {@code target/archrules/}.
 */
class BaselineTest {

    static final Path BASELINE = Path.of("src/test/resources/archrules-baseline.txt");

    private static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage("com.example.shop");
    private static final JavaClasses CLASSES = CHECKLIST.importClasses();

    /** The gate, as a team writes it: mode from -Darchrules.baseline.mode, default check. */
    @Test
    void the_shop_passes_with_its_committed_baseline() {
        CHECKLIST.withBaseline(BASELINE)
                .withReports()
                .check(CLASSES);

        assertThat(Path.of("target/archrules/archrules.md")).exists();
        assertThat(Path.of("target/archrules/archrules-new.sarif")).exists();
    }

    @Test
    void the_committed_baseline_holds_exactly_the_legacy_violations() {
        var result = CHECKLIST.withBaseline(Baseline.at(BASELINE).inMode(BaselineMode.CHECK)).evaluate(CLASSES);

        assertThat(result.newViolations()).isEmpty();
        assertThat(result.fixed()).isEmpty();
        assertThat(result.violations()).hasSize(10)
                .allSatisfy(violation -> assertThat(violation.location().className()).startsWith("com.example.shop.legacy."));
        // the baseline was recorded before one fact, one report: its entry of the controller's JdbcTemplate under
        // data-access.persistence-api-only-in-repositories still matches (the fact is reported by controllers.no-data-access)
        assertThat(result.console()).isEqualTo("archrules: 0 new · 10 baselined · 0 fixed");
    }

    @Test
    void a_violation_missing_from_the_baseline_fails_the_build(@TempDir Path dir) throws IOException {
        String entry = "di.constructor-injection | com.example.shop.legacy.LegacyOrderExportService#orderRepository | 1\n";
        String committed = Files.readString(BASELINE);
        assertThat(committed).contains(entry);
        Path withoutIt = dir.resolve("archrules-baseline.txt");
        Files.writeString(withoutIt, committed.replace(entry, ""));

        assertThatThrownBy(() -> CHECKLIST.withBaseline(Baseline.at(withoutIt).inMode(BaselineMode.CHECK)).check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 1 new violation of 1 rule in ")
                .hasMessageContaining("  FAIL di.constructor-injection (C9)")
                .hasMessageContaining("LegacyOrderExportService.orderRepository")
                .hasMessageContaining("(LegacyOrderExportService.java:");
    }
}
