package dev.archrules.core.rules.packages;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import dev.archrules.fixtures.cycles.a.Alpha;
import dev.archrules.fixtures.cycles.b.Beta;
import dev.archrules.fixtures.cycles.c.Gamma;
import dev.archrules.fixtures.cycles.d.Delta;
import dev.archrules.fixtures.cycles.e.Epsilon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code packages.no-cycles} and {@code modules.no-cycles} (C7) on the cycles fixtures. */
class NoCyclesTest {

    @Test
    void package_cycles_are_reported_once_per_tangle_with_the_sorted_members_as_key() {
        String fixtures = "dev.archrules.fixtures.cycles";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.PACKAGES_NO_CYCLES);

        assertThat(violations)
                .extracting(Violation::key)
                .containsExactly(
                        fixtures + ".a, " + fixtures + ".b, " + fixtures + ".c",
                        fixtures + ".d, " + fixtures + ".e",
                        fixtures + ".f.x, " + fixtures + ".f.y");
        assertThat(violations.get(0).message())
                .startsWith("Cycle between packages " + fixtures + ".a, " + fixtures + ".b, " + fixtures + ".c: "
                        + fixtures + ".a -> " + fixtures + ".b by Method <" + fixtures + ".a.Alpha.beta()>")
                .contains("; " + fixtures + ".b -> " + fixtures + ".c by ")
                .contains("; " + fixtures + ".c -> " + fixtures + ".a by ")
                .endsWith("first at (Alpha.java:7)");
    }

    @Test
    void module_cycles_ignore_cycles_inside_one_module() {
        String fixtures = "dev.archrules.fixtures.cycles";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.MODULES_NO_CYCLES);

        assertThat(violations).extracting(Violation::key).containsExactly("a, b, c", "d, e");
        assertThat(violations.get(1).message()).startsWith("Cycle between modules d, e: d -> e by Field <")
                .endsWith("first at (Delta.java:5)");
    }

    @Test
    void a_cycle_is_the_same_violation_whichever_class_the_import_starts_from() {
        String fixtures = "dev.archrules.fixtures.cycles";
        BackendChecklist checklist = BackendChecklist.forBasePackage(fixtures);
        JavaClasses forward = new ClassFileImporter().importClasses(Alpha.class, Beta.class, Gamma.class, Delta.class, Epsilon.class);
        JavaClasses backward = new ClassFileImporter().importClasses(Epsilon.class, Delta.class, Gamma.class, Beta.class, Alpha.class);

        List<Violation> fromAlpha = checklist.evaluate(forward).violationsOf(CoreRules.PACKAGES_NO_CYCLES);
        List<Violation> fromEpsilon = checklist.evaluate(backward).violationsOf(CoreRules.PACKAGES_NO_CYCLES);

        assertThat(fromAlpha).hasSize(2).isEqualTo(fromEpsilon);
    }
}
