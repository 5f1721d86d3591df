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
import static org.assertj.core.api.Assertions.tuple;

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
                .contains("The tangle has 2 module-to-module dependencies; cutting this one (1 class dependency) breaks it: e -> d (1 class dependency)")
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
    void a_large_tangle_gets_a_short_message_with_its_shortest_cycle_and_the_lightest_cut_that_breaks_it_and_every_edge_in_the_details() {
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
                .contains(". The tangle has 8 package-to-package dependencies; cutting this one (1 class dependency) breaks it: "
                        + fixtures + ".p1 -> " + fixtures + ".p2 (1 class dependency) — ")
                .endsWith("first at (Node1.java:9)");
        assertThat(tangle.details()).hasSize(8)
                .contains(fixtures + ".p1 -> " + fixtures + ".p2 (1 class dependency) [cut], e.g. Method <" + fixtures + ".p1.Node1.next()> calls constructor <"
                        + fixtures + ".p2.Node2.<init>()> in (Node1.java:9)")
                .contains(fixtures + ".p2 -> " + fixtures + ".p3 (2 class dependencies), e.g. Method <" + fixtures + ".p2.Node2.next()> calls constructor <"
                        + fixtures + ".p3.Node3.<init>()> in (Node2.java:9)")
                .contains(fixtures + ".p7 -> " + fixtures + ".p1 (1 class dependency), e.g. Method <" + fixtures + ".p7.Node7.next()> calls constructor <"
                        + fixtures + ".p1.Node1.<init>()> in (Node7.java:9)")
                .anyMatch(line -> line.startsWith(fixtures + ".p3 -> " + fixtures + ".p1 ("))
                .filteredOn(line -> line.contains("[cut]")).hasSize(1);
        assertThat(tangle.hint()).isEqualTo("invert one of these dependencies or move the type they share, starting with the lightest ("
                + fixtures + ".p1 -> " + fixtures + ".p2), so that the 7 packages no longer depend on each other in a circle");
    }

    private static final String IDIOMS = "dev.archrules.fixtures.cycleidioms.";

    private static List<Violation> packageCycles(String fixture) {
        return Fixtures.violations(IDIOMS + fixture, CoreRules.PACKAGES_NO_CYCLES);
    }

    @Test
    void an_entity_naming_its_listener_in_an_annotation_is_no_cycle() {
        assertThat(packageCycles("listenertrap")).isEmpty();
    }

    @Test
    void an_entity_that_also_keeps_its_listener_is_a_cycle() {
        assertThat(packageCycles("listenercycle"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(IDIOMS + "listenercycle.audit, " + IDIOMS + "listenercycle.entity", "(AuditListener.java:9)"));
    }

    @Test
    void a_registry_constructing_implementations_of_its_own_abstraction_is_no_cycle() {
        assertThat(packageCycles("registrytrap")).isEmpty();
    }

    @Test
    void a_package_building_a_helper_of_another_to_call_it_is_a_cycle() {
        assertThat(packageCycles("registrycycle"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(IDIOMS + "registrycycle.registry, " + IDIOMS + "registrycycle.users", "(Resolvers.java:8)"));
    }

    @Test
    void a_jax_rs_sub_resource_locator_is_no_cycle() {
        assertThat(packageCycles("locatortrap")).isEmpty();
    }

    @Test
    void configuration_wiring_the_services_that_read_its_properties_is_no_cycle() {
        assertThat(packageCycles("wiringtrap")).isEmpty();
    }

    @Test
    void a_helper_in_the_configuration_package_calling_a_service_is_a_cycle() {
        assertThat(packageCycles("wiringcycle"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(IDIOMS + "wiringcycle.config, " + IDIOMS + "wiringcycle.orders", "(PageSizes.java:8)"));
    }

    @Test
    void a_feature_and_its_sub_packages_knowing_each_other_is_no_cycle() {
        assertThat(packageCycles("featuretrap")).isEmpty();
    }

    @Test
    void an_api_package_calling_into_its_impl_package_is_a_cycle() {
        assertThat(packageCycles("implcycle"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(IDIOMS + "implcycle.orders, " + IDIOMS + "implcycle.orders.impl", "(Orders.java:10)"));
    }

    /** The two sides of a bidirectional JPA association between entities of two packages (accessors included) are no cycle. */
    @Test
    void the_two_sides_of_a_bidirectional_association_are_no_cycle() {
        assertThat(packageCycles("associationtrap")).isEmpty();
    }

    /** Entities that also call each other's logic (an error count, a slowness check) make the two packages a cycle. */
    @Test
    void an_entity_calling_the_logic_of_the_entity_it_maps_back_is_a_cycle() {
        assertThat(packageCycles("associationcycle"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(IDIOMS + "associationcycle.launch, " + IDIOMS + "associationcycle.log", "(Launch.java:31)"));
    }
}
