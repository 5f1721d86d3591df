package dev.archrules.core.report;

import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures of a run: the module map alone (the {@link ReportFormat#MERMAID} and {@link ReportFormat#SVG} formats, to
 * commit in docs), and the small tangle of one cycle finding with its suggested cuts.
 */
final class Pictures {

    /** The rules whose findings are tangles: every detail line names an edge, {@code [cut]} for a suggested cut. */
    static final Set<String> TANGLE_RULES = Set.of(ModuleGraph.CYCLE_RULE, "packages.no-cycles");

    private static final Pattern WEIGHT = Pattern.compile("^\\S+ -> \\S+ \\((\\d+) class dependenc");

    private Pictures() {
    }

    /** The drawn module map as a Mermaid flowchart; a one-node chart saying so when the code base is not cut into modules. */
    static String mermaid(ReportModel model) {
        ModuleMap map = model.drawnModuleMap();
        return map.nodes().isEmpty() ? "flowchart LR\n  none[\"" + NO_MODULES + "\"]\n" : map.mermaid();
    }

    /** The drawn module map as a standalone SVG file; a picture saying so when the code base is not cut into modules. */
    static String svg(ReportModel model) {
        ModuleMap map = model.drawnModuleMap();
        String picture = map.nodes().isEmpty()
                ? "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"module-map\" viewBox=\"0 0 520 40\" width=\"520\" height=\"40\">"
                        + "<text x=\"10\" y=\"25\" font-family=\"sans-serif\" font-size=\"14\">" + NO_MODULES + "</text></svg>"
                : SvgMap.svg(map);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + picture + (picture.endsWith("\n") ? "" : "\n");
    }

    private static final String NO_MODULES = "no module map: the code base is not cut into modules";

    /**
     * The tangle of a cycle finding ({@link #TANGLE_RULES}) as a small map: its members, every dependency between them
     * weighted, the suggested cuts marked, capped like the module map ({@link ModuleMap#capped}, cuts kept first); empty
     * for any other finding.
     */
    static ModuleMap tangle(String ruleId, Violation violation) {
        if (!TANGLE_RULES.contains(ruleId)) {
            return new ModuleMap(List.of(), List.of());
        }
        Map<String, ModuleMap.Node> members = new LinkedHashMap<>();
        List<ModuleMap.Edge> edges = new ArrayList<>();
        for (String line : violation.details()) {
            Matcher edge = ModuleGraph.CYCLE_EDGE.matcher(line);
            Matcher weight = WEIGHT.matcher(line);
            if (!edge.find() || !weight.find()) {
                continue;
            }
            members.putIfAbsent(edge.group(1), new ModuleMap.Node(edge.group(1), 0, 0));
            members.putIfAbsent(edge.group(2), new ModuleMap.Node(edge.group(2), 0, 0));
            boolean cut = edge.group(3) != null;
            edges.add(new ModuleMap.Edge(edge.group(1), edge.group(2), Integer.parseInt(weight.group(1)), Set.of(), cut, false));
        }
        // a tangle of a large code base can span a hundred packages: drawn with the caps of the module map
        return new ModuleMap(List.copyOf(members.values()), edges).capped(ModuleMap.MAX_NODES, ModuleMap.MAX_EDGES);
    }
}
