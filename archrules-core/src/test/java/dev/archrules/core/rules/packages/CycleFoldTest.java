package dev.archrules.core.rules.packages;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One fact, one report across keys: a module tangle whose modules are exactly those of one package tangle is that
 * tangle seen from afar, reported once by {@code packages.no-cycles}; baselines accept it under either id and key.
 */
class CycleFoldTest {

    private static final String F = "dev.archrules.fixtures.cycles";
    private static final String ABC = F + ".a, " + F + ".b, " + F + ".c";
    private static final String DE = F + ".d, " + F + ".e";
    private static final JavaClasses CLASSES = Fixtures.classes(F);
    private static final String HEADER = """
            # archrules baseline v1
            # Accepted violations of the archrules checklist, one 'rule id | key | count' per line, sorted.
            # The build fails only on violations not listed here. Put a comment (ticket, owner) directly above an entry;
            # it is kept. Shrink with -Darchrules.baseline.mode=prune, record on purpose with =accept. See docs/baseline.md.

            """;

    @TempDir
    Path dir;

    @Test
    void evaluated_alone_the_module_rule_reports_its_tangles_naming_the_package_tangle_that_is_each() {
        assertThat(Fixtures.violations(F, CoreRules.MODULES_NO_CYCLES))
                .extracting(Violation::key, Violation::sameFactAs)
                .containsExactly(
                        tuple("a, b, c", Map.of(CoreRules.PACKAGES_NO_CYCLES, ABC)),
                        tuple("d, e", Map.of(CoreRules.PACKAGES_NO_CYCLES, DE)));
    }

    @Test
    void in_a_checklist_run_the_package_tangle_reports_the_fact_and_names_the_module_rule() {
        ChecklistResult result = Fixtures.evaluate(F);

        assertThat(result.violationsOf(CoreRules.MODULES_NO_CYCLES)).isEmpty();
        assertThat(result.result(CoreRules.MODULES_NO_CYCLES).orElseThrow().reportedElsewhere()).containsExactly(
                new FoldedFinding(CoreRules.MODULES_NO_CYCLES, "a, b, c", CoreRules.PACKAGES_NO_CYCLES, ABC),
                new FoldedFinding(CoreRules.MODULES_NO_CYCLES, "d, e", CoreRules.PACKAGES_NO_CYCLES, DE));
        // the tangle inside module f is no module tangle: nothing else to name
        assertThat(result.violationsOf(CoreRules.PACKAGES_NO_CYCLES))
                .extracting(Violation::key, violation -> violation.message().contains(" (also breaks modules.no-cycles) — first at ("))
                .containsExactly(tuple(ABC, true), tuple(DE, true), tuple(F + ".f.x, " + F + ".f.y", false));
    }

    @Test
    void an_entry_under_either_rule_and_key_accepts_the_fact() throws IOException {
        // written before the fold: the module tangles under their own id and key
        Path older = baseline("modules.no-cycles | a, b, c | 1\nmodules.no-cycles | d, e | 1\n"
                + "packages.no-cycles | " + F + ".f.x, " + F + ".f.y | 1\n");
        ChecklistResult checked = check(older).evaluate(CLASSES);
        assertThat(checked.newViolations()).isEmpty();
        assertThat(checked.fixed()).isEmpty();

        // written after it: the package tangles only; the module rule alone (@ArchTest) accepts its tangles by them
        Path newer = baseline("packages.no-cycles | " + ABC + " | 1\npackages.no-cycles | " + DE + " | 1\n"
                + "packages.no-cycles | " + F + ".f.x, " + F + ".f.y | 1\n");
        assertThat(check(newer).evaluate(CLASSES).newViolations()).isEmpty();
        assertThatCode(() -> check(newer).rule(CoreRules.MODULES_NO_CYCLES).check(CLASSES)).doesNotThrowAnyException();

        // accepted under neither: new, under the owning rule, and for the module rule alone
        Path neither = baseline("packages.no-cycles | " + F + ".f.x, " + F + ".f.y | 1\n");
        assertThat(check(neither).evaluate(CLASSES).newViolations()).extracting(Violation::ruleId, Violation::key)
                .containsExactly(tuple(CoreRules.PACKAGES_NO_CYCLES, ABC), tuple(CoreRules.PACKAGES_NO_CYCLES, DE));
        assertThatThrownBy(() -> check(neither).rule(CoreRules.MODULES_NO_CYCLES).check(CLASSES)).hasMessageContaining("a, b, c");
    }

    private Path baseline(String entries) throws IOException {
        Path file = Files.createTempFile(dir, "baseline", ".txt");
        Files.writeString(file, HEADER + entries);
        return file;
    }

    private static BackendChecklist check(Path file) {
        return BackendChecklist.forBasePackage(F).withBaseline(Baseline.at(file).inMode(BaselineMode.CHECK).onCi(false));
    }
}
