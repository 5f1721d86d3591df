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
                .startsWith("Cycle between 3 packages " + fixtures + ".a, " + fixtures + ".b, " + fixtures + ".c: "
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
        assertThat(violations.get(1).message()).startsWith("Cycle between 2 modules d, e: d -> e by Field <")
                .contains("The tangle has 2 module-to-module dependencies; the lightest to cut: d -> e (1 class dependency), e -> d (1 class dependency)")
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

    @Test
    void a_large_tangle_gets_a_short_message_with_its_shortest_cycle_and_the_lightest_cuts_and_every_edge_in_the_details() {
        String fixtures = "dev.archrules.fixtures.tangle";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.PACKAGES_NO_CYCLES);

        assertThat(violations).extracting(Violation::key).containsExactly(
                fixtures + ".p1, " + fixtures + ".p2, " + fixtures + ".p3, " + fixtures + ".p4, " + fixtures + ".p5, "
                        + fixtures + ".p6, " + fixtures + ".p7");
        Violation tangle = violations.get(0);
        assertThat(tangle.message())
                .startsWith("Cycle between 7 packages " + fixtures + ".p1, " + fixtures + ".p2, " + fixtures + ".p3, "
                        + fixtures + ".p4, " + fixtures + ".p5, " + fixtures + ".p6 and 1 more: "
                        + fixtures + ".p1 -> " + fixtures + ".p2 by ")
                .contains("; " + fixtures + ".p2 -> " + fixtures + ".p3 by ")
                .contains("; " + fixtures + ".p3 -> " + fixtures + ".p1 by ")
                .doesNotContain(fixtures + ".p4 -> ")
                .contains(". The tangle has 8 package-to-package dependencies; the lightest to cut: "
                        + fixtures + ".p1 -> " + fixtures + ".p2 (")
                .endsWith("first at (Node1.java:9)");
        assertThat(tangle.details()).hasSize(8)
                .contains(fixtures + ".p7 -> " + fixtures + ".p1 (2 class dependencies), e.g. Method <" + fixtures + ".p7.Node7.next()> calls constructor <"
                        + fixtures + ".p1.Node1.<init>()> in (Node7.java:9)")
                .anyMatch(line -> line.startsWith(fixtures + ".p3 -> " + fixtures + ".p1 ("));
        assertThat(tangle.hint()).startsWith("invert one of these dependencies or move the type they share, starting with the lightest (");
    }
}
