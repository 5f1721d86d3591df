package dev.archrules.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleMapTest {

    private final ModuleMap map = new ModuleMap(
            List.of(new ModuleMap.Node("orders", 2, 1), new ModuleMap.Node("billing", 0, 0), new ModuleMap.Node("util", 0, 0)),
            List.of(new ModuleMap.Edge("orders", "billing", 7, Set.of("modules.no-cycles"), false, false),
                    new ModuleMap.Edge("billing", "orders", 1, Set.of("modules.no-cycles"), true, false),
                    new ModuleMap.Edge("orders", "util", 3, Set.of(), false, false)));

    @Test
    void mermaid_flowchart_marks_violating_edges_red_and_cuts_dashed() {
        assertThat(map.mermaid()).isEqualTo("""
                flowchart LR
                  m0["orders (2 new, 1 baselined)"]
                  m1["billing"]
                  m2["util"]
                  m0 -->|"7 modules.no-cycles"| m1
                  m1 -.->|"1 modules.no-cycles cut"| m0
                  m0 -->|"3"| m2
                  linkStyle 0,1 stroke:#d00,color:#d00
                  linkStyle 2 stroke:#999
                """);
    }

    @Test
    void capped_keeps_modules_with_findings_and_violating_edges_and_says_what_was_left_out() {
        ModuleMap capped = map.capped(2, 1);

        assertThat(capped.nodes()).extracting(ModuleMap.Node::module).containsExactly("orders", "billing");
        assertThat(capped.edges()).extracting(ModuleMap.Edge::weight).containsExactly(7);
        assertThat(capped.leftOut()).isEqualTo("1 of 3 modules and 2 of 3 dependencies left out (at most 2 modules and 1 dependencies drawn)");
        assertThat(capped.mermaid()).endsWith("  note[\"1 of 3 modules and 2 of 3 dependencies left out (at most 2 modules and 1 dependencies drawn)\"]\n");
    }

    @Test
    void uncapped_map_leaves_nothing_out() {
        assertThat(map.capped(ModuleMap.MAX_NODES, ModuleMap.MAX_EDGES)).isEqualTo(map);
    }
}
