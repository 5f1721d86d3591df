package dev.archrules.core.report;

import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The module map a run draws (issue 16): built from the run's modules, class dependencies and findings. */
class ModuleMapRunTest {

    @Test
    void cross_module_data_access_marks_the_edge_and_badges_the_module() {
        ModuleMap map = Fixtures.evaluate("dev.archrules.fixtures.modules").reportModel().moduleMap();

        assertThat(map.nodes()).extracting(ModuleMap.Node::module, ModuleMap.Node::newFindings, ModuleMap.Node::baselinedFindings)
                .containsExactly(tuple("billing", 3, 0), tuple("orders", 0, 0));
        assertThat(map.edges()).containsExactly(new ModuleMap.Edge("billing", "orders", 4, Set.of("modules.own-their-data"), false, false));
    }

    @Test
    void module_cycles_mark_their_edges_and_dash_the_suggested_cuts() {
        ReportModel model = Fixtures.evaluate("dev.archrules.fixtures.cycles").reportModel();
        ModuleMap map = model.moduleMap();
        // each module tangle is a package tangle seen from afar: one fact, reported by packages.no-cycles, whose finding
        // marks the module edges it lies on (and names modules.no-cycles as also broken)
        Set<String> cycle = Set.of("packages.no-cycles");

        assertThat(map.nodes()).extracting(ModuleMap.Node::module, ModuleMap.Node::newFindings)
                .containsExactly(tuple("a", 1), tuple("b", 0), tuple("c", 0), tuple("d", 1), tuple("e", 0), tuple("f", 1));
        assertThat(map.edges()).containsExactly(
                new ModuleMap.Edge("a", "b", 1, cycle, false, false),
                new ModuleMap.Edge("b", "c", 1, cycle, false, false),
                new ModuleMap.Edge("c", "a", 1, cycle, true, false),
                new ModuleMap.Edge("d", "e", 1, cycle, false, false),
                new ModuleMap.Edge("e", "d", 1, cycle, true, false),
                new ModuleMap.Edge("f", "a", 1, Set.of(), false, false));
        assertThat(MarkdownReport.render(model, new Locator(""), 50))
                .contains("### Module map\n\n")
                .contains("```mermaid\nflowchart LR\n  m0[\"a (1 new)\"]\n")
                .contains("  m2 -.->|\"1 packages.no-cycles cut\"| m0\n");
        assertThat(JsonReport.render(model, new Locator("")))
                .contains("\"from\": \"c\",\n        \"to\": \"a\",\n        \"weight\": 1,\n        \"ruleIds\": [\n          \"packages.no-cycles\"\n        ],\n        \"cut\": true,\n        \"baselined\": false");
    }

    @Test
    void a_code_base_without_modules_draws_no_map() {
        ReportModel model = Fixtures.evaluate("dev.archrules.fixtures.layers").reportModel();

        assertThat(model.moduleMap().nodes()).hasSizeLessThan(2);
        assertThat(MarkdownReport.render(model, new Locator(""), 50)).doesNotContain("```mermaid");
    }
}
