package dev.archrules.core.rules.packages;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Tangle}: the shortest cycle and a cut that breaks every cycle, lightest edges preferred. */
class TangleTest {

    private static Tangle.Edge edge(String from, String to, int weight) {
        return new Tangle.Edge(from, to, weight, null);
    }

    @Test
    void a_tangle_of_three_cycles_is_cut_by_the_lightest_edges_that_break_all_of_them() {
        // a <-> b and c <-> d, stitched into a third cycle a -> b -> c -> d -> a; cutting d -> c would leave that one
        Tangle tangle = new Tangle(new TreeSet<>(List.of("a", "b", "c", "d")), List.of(
                edge("a", "b", 5), edge("b", "a", 1), edge("b", "c", 4), edge("c", "d", 3), edge("d", "c", 2), edge("d", "a", 6)));

        assertThat(tangle.cut()).extracting(Tangle.Edge::toString).containsExactly("b -> a", "c -> d");
        assertThat(tangle.shortestCycle()).extracting(Tangle.Edge::toString).containsExactly("a -> b", "b -> a");
    }

    @Test
    void an_edge_on_every_cycle_is_the_whole_cut_unless_two_lighter_edges_weigh_less() {
        // two cycles a -> b -> c -> a and a -> b -> d -> a share the edge a -> b
        List<Tangle.Edge> others = List.of(edge("b", "c", 1), edge("c", "a", 1), edge("b", "d", 1), edge("d", "a", 1));
        TreeSet<String> members = new TreeSet<>(List.of("a", "b", "c", "d"));
        List<Tangle.Edge> light = new java.util.ArrayList<>(others);
        light.add(edge("a", "b", 1));
        List<Tangle.Edge> heavy = new java.util.ArrayList<>(others);
        heavy.add(edge("a", "b", 3));

        assertThat(new Tangle(members, light).cut()).extracting(Tangle.Edge::summary).containsExactly("a -> b (1 class dependency)");
        assertThat(new Tangle(members, heavy).cut()).extracting(Tangle.Edge::summary)
                .containsExactly("c -> a (1 class dependency)", "d -> a (1 class dependency)");
    }
}
