package dev.archrules.core.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The module map as SVG: one group per module and dependency, with the data the page filters by, coloured by state. */
class SvgMapTest {

    private static final ModuleMap MAP = new ModuleMap(List.of(
            new ModuleMap.Node("billing", 3, 1),
            new ModuleMap.Node("orders", 0, 2),
            new ModuleMap.Node("<script>alert(1)</script>", 0, 0)), List.of(
            new ModuleMap.Edge("billing", "orders", 4, Set.of("modules.own-their-data", "modules.no-cycles"), false, false),
            new ModuleMap.Edge("orders", "billing", 1, Set.of("modules.no-cycles"), true, false),
            new ModuleMap.Edge("orders", "<script>alert(1)</script>", 2, Set.of("layers.dependency-direction"), false, true),
            new ModuleMap.Edge("billing", "<script>alert(1)</script>", 7, Set.of(), false, false)), "2 of 5 modules left out", java.util.Map.of());

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element group(Document document, String from, String to) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("data-from").equals(from) && group.getAttribute("data-to").equals(to)) {
                return group;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }

    @Test
    void every_module_and_dependency_is_a_group_with_the_data_the_page_filters_by() throws Exception {
        Document svg = parse(SvgMap.svg(MAP));

        assertThat(svg.getDocumentElement().getAttribute("class")).isEqualTo("module-map");
        NodeList groups = svg.getElementsByTagName("g");
        long nodes = 0;
        long edges = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            String kind = ((Element) groups.item(i)).getAttribute("class");
            nodes += kind.equals("node") ? 1 : 0;
            edges += kind.equals("edge") ? 1 : 0;
        }
        assertThat(nodes).isEqualTo(3);
        assertThat(edges).isEqualTo(4);
        Element marked = group(svg, "billing", "orders");
        assertThat(marked.getAttribute("data-rules")).isEqualTo("modules.no-cycles modules.own-their-data");
        assertThat(marked.getAttribute("data-state")).isEqualTo("new");
        Element path = (Element) marked.getElementsByTagName("path").item(0);
        assertThat(path.getAttribute("stroke")).isEqualTo("#d00");
        assertThat(path.getAttribute("stroke-dasharray")).isEmpty();
        assertThat(marked.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("4 · modules.no-cycles, modules.own-their-data");
        assertThat(marked.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("billing → orders: 4 class dependencies; modules.no-cycles, modules.own-their-data");
    }

    @Test
    void cuts_are_dashed_baselined_edges_amber_clean_ones_grey() throws Exception {
        Document svg = parse(SvgMap.svg(MAP));

        Element cut = (Element) group(svg, "orders", "billing").getElementsByTagName("path").item(0);
        assertThat(cut.getAttribute("stroke-dasharray")).isEqualTo("6 4");
        Element baselined = group(svg, "orders", "<script>alert(1)</script>");
        assertThat(baselined.getAttribute("data-state")).isEqualTo("baselined");
        assertThat(((Element) baselined.getElementsByTagName("path").item(0)).getAttribute("stroke")).isEqualTo("#c80");
        Element clean = group(svg, "billing", "<script>alert(1)</script>");
        assertThat(clean.getAttribute("data-state")).isEqualTo("clean");
        assertThat(((Element) clean.getElementsByTagName("path").item(0)).getAttribute("stroke")).isEqualTo("#999");
    }

    @Test
    void edge_labels_do_not_cover_modules_or_each_other_where_the_line_leaves_room() throws Exception {
        // marked edges that skip a layer bend through it close together: their middles nearly meet before the target
        List<ModuleMap.Node> nodes = new java.util.ArrayList<>(List.of(new ModuleMap.Node("middle", 0, 0), new ModuleMap.Node("hub", 1, 0)));
        List<ModuleMap.Edge> edges = new java.util.ArrayList<>(List.of(new ModuleMap.Edge("middle", "hub", 1, Set.of(), false, false)));
        for (int i = 0; i < 5; i++) {
            nodes.add(new ModuleMap.Node("m" + i, 0, 0));
            edges.add(new ModuleMap.Edge("m" + i, "middle", 1, Set.of(), false, false));
            edges.add(new ModuleMap.Edge("m" + i, "hub", i + 1, Set.of("modules.no-cycles"), false, false));
        }
        Document svg = parse(SvgMap.svg(new ModuleMap(nodes, edges)));

        NodeList texts = svg.getElementsByTagName("text");
        List<double[]> labels = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (((Element) text.getParentNode()).getAttribute("data-state").equals("new")) {
                double x = Double.parseDouble(text.getAttribute("x"));
                double y = Double.parseDouble(text.getAttribute("y"));
                double half = text.getTextContent().length() * 6.3 / 2;
                labels.add(new double[]{x - half, y - 10, x + half, y + 3});
            }
        }
        assertThat(labels).as("the labels of the marked edges, placed first").hasSize(5);
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                double[] p = labels.get(a);
                double[] q = labels.get(b);
                assertThat(p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]).as("labels " + a + " and " + b + " overlap").isFalse();
            }
        }
    }

    @Test
    void text_from_code_is_escaped_badges_count_findings_and_the_left_out_note_is_drawn() {
        String svg = SvgMap.svg(MAP);

        assertThat(svg).doesNotContain("<script>").contains("data-module=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains(">3 new · 1 baselined</text>")
                .contains("<title>orders: 2 baselined</title>")
                .contains("<text class=\"left-out\"").contains(">2 of 5 modules left out</text>");
        assertThat(SvgMap.svg(new ModuleMap(List.of(), List.of()))).isEmpty();
    }
}
