package dev.archrules.core.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The layered layout: no overlaps, dependents left of their dependencies, bends for long edges, few crossings, stable. */
class LayeredLayoutTest {

    private static LayeredLayout.Result layout(List<String> nodes, String... edges) {
        Map<String, LayeredLayout.Size> sizes = new LinkedHashMap<>();
        nodes.forEach(node -> sizes.put(node, new LayeredLayout.Size(40 + 8 * node.length(), node.startsWith("big") ? 44 : 30)));
        List<String[]> pairs = new ArrayList<>();
        for (String edge : edges) {
            pairs.add(edge.split(" -> "));
        }
        return LayeredLayout.layout(nodes, sizes, pairs);
    }

    private static void assertNoOverlaps(List<String> nodes, LayeredLayout.Result result) {
        for (String a : nodes) {
            for (String b : nodes) {
                if (a.compareTo(b) < 0) {
                    LayeredLayout.Point p = result.centers().get(a);
                    LayeredLayout.Point q = result.centers().get(b);
                    boolean apartX = Math.abs(p.x() - q.x()) >= (40 + 8 * a.length()) / 2.0 + (40 + 8 * b.length()) / 2.0;
                    boolean apartY = Math.abs(p.y() - q.y()) >= 30;
                    assertThat(apartX || apartY).as(a + " and " + b + " overlap: " + p + " " + q).isTrue();
                }
            }
        }
    }

    @Test
    void dependents_stand_left_of_what_they_depend_on_and_nothing_overlaps() {
        List<String> nodes = List.of("web", "orders", "billing", "catalog", "shared", "bigmodule");
        LayeredLayout.Result result = layout(nodes, "web -> orders", "web -> catalog", "orders -> billing", "orders -> shared",
                "billing -> shared", "catalog -> shared", "bigmodule -> shared");

        assertThat(result.centers().get("web").x()).isLessThan(result.centers().get("orders").x());
        assertThat(result.centers().get("orders").x()).isLessThan(result.centers().get("billing").x());
        assertThat(result.centers().get("billing").x()).isLessThan(result.centers().get("shared").x());
        assertNoOverlaps(nodes, result);
        assertThat(result.crossings()).isZero();
        assertThat(result.width()).isGreaterThan(result.centers().get("shared").x());
    }

    @Test
    void a_graph_with_a_crossing_free_drawing_gets_one_whatever_the_input_order() {
        // two chains and a diamond given in an order that crosses every edge at first
        List<String> nodes = List.of("a1", "b1", "a2", "b2", "a3", "b3", "top", "left", "right", "bottom");
        LayeredLayout.Result result = layout(nodes, "a1 -> b2", "b1 -> a2", "a2 -> b3", "b2 -> a3",
                "top -> right", "top -> left", "right -> bottom", "left -> bottom");

        assertThat(result.crossings()).isZero();
        assertNoOverlaps(nodes, result);
    }

    @Test
    void a_long_edge_bends_through_the_layers_between_and_ends_at_the_sides_of_its_nodes() {
        LayeredLayout.Result result = layout(List.of("a", "b", "c", "d"), "a -> b", "b -> c", "c -> d", "a -> d");

        List<LayeredLayout.Point> longEdge = result.edges().get(3);
        assertThat(longEdge).as("a, two bends (in the layers of b and c), d").hasSize(4);
        assertThat(longEdge.get(0).x()).isEqualTo(result.centers().get("a").x() + (40 + 8) / 2.0);
        assertThat(longEdge.get(3).x()).isEqualTo(result.centers().get("d").x() - (40 + 8) / 2.0);
        assertThat(longEdge.get(1).x()).isEqualTo(result.centers().get("b").x());
        assertThat(longEdge.get(2).x()).isEqualTo(result.centers().get("c").x());
        assertThat(result.edges().get(0)).hasSize(2);
    }

    @Test
    void a_cycle_is_laid_out_and_its_reversed_edge_still_runs_from_its_source_to_its_target() {
        LayeredLayout.Result result = layout(List.of("a", "b", "c", "self"), "a -> b", "b -> c", "c -> a", "self -> self");

        List<LayeredLayout.Point> back = result.edges().get(2);
        assertThat(back.get(0).x()).as("starts at c's left side").isEqualTo(result.centers().get("c").x() - 24);
        assertThat(back.get(back.size() - 1).x()).as("ends at a's right side").isEqualTo(result.centers().get("a").x() + 24);
        assertThat(back.get(back.size() - 1).y()).isEqualTo(result.centers().get("a").y());
        assertThat(result.edges().get(3)).as("a self-loop is not drawn").isEmpty();
    }

    @Test
    void modules_without_dependencies_go_in_a_row_under_the_drawing_not_in_the_first_layer() {
        List<String> nodes = List.of("a", "lonely", "b", "alone");
        LayeredLayout.Result result = layout(nodes, "a -> b");

        double bottom = Math.max(result.centers().get("a").y(), result.centers().get("b").y()) + 15;
        assertThat(result.centers().get("lonely").y()).isEqualTo(result.centers().get("alone").y()).isGreaterThan(bottom);
        assertThat(result.centers().get("lonely").x()).isLessThan(result.centers().get("alone").x());
        assertThat(result.centers().get("a").y()).as("the layered part starts at the top").isEqualTo(LayeredLayout.MARGIN + 15);
        assertNoOverlaps(nodes, result);
    }

    @Test
    void the_same_graph_gets_the_same_layout() {
        List<String> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            nodes.add("m" + i);
            edges.add("m" + i + " -> m" + (i * 7 + 3) % 40);
            edges.add("m" + i + " -> m" + (i * 13 + 5) % 40);
        }
        LayeredLayout.Result first = layout(nodes, edges.toArray(String[]::new));
        LayeredLayout.Result second = layout(nodes, edges.toArray(String[]::new));

        assertThat(first).isEqualTo(second);
        assertNoOverlaps(nodes, first);
    }
}
