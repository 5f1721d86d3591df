package dev.archrules.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The module map of a code base as data: modules (nodes, badged with their finding counts) and their
 * dependencies (edges weighted by the number of class dependencies, marked with the ids of the rules
 * the edge breaks), and where on the map each finding is ({@link #placement}: what a click on a module or an edge
 * of the HTML map filters by). Kept readable at scale by {@link #capped(int, int)}; a capped map says what it left out.
 *
 * <p>Built by {@link ModuleGraph#map(List)} for every run ({@link ReportModel#moduleMap()}); the Markdown report draws it
 * capped as a Mermaid {@code flowchart}, the JSON report carries it whole.
 */
public record ModuleMap(List<Node> nodes, List<Edge> edges, String leftOut, Map<FindingKey, Placement> placements) {

    /** The default caps: at most this many modules and edges are drawn. */
    public static final int MAX_NODES = 40;
    public static final int MAX_EDGES = 80;

    /** A module, with the number of its new and baselined findings. */
    public record Node(String module, int newFindings, int baselinedFindings) {
        public Node {
            Objects.requireNonNull(module);
        }

        int findings() {
            return newFindings + baselinedFindings;
        }
    }

    /**
     * A dependency of {@code from} on {@code to}; {@code weight} class dependencies; {@code ruleIds} the
     * rules the edge breaks (empty for a clean edge); {@code cut} if a cycle finding suggests cutting it;
     * {@code baselined} if all its findings are in the baseline.
     */
    public record Edge(String from, String to, int weight, Set<String> ruleIds, boolean cut, boolean baselined) {
        public Edge {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            // sorted, so that labels and data attributes read the same in every run
            ruleIds = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ruleIds));
        }

        public boolean violating() {
            return !ruleIds.isEmpty();
        }
    }

    /** A finding of the run: the rule's id and the violation's key. */
    public record FindingKey(String ruleId, String key) {
        public FindingKey {
            Objects.requireNonNull(ruleId);
            Objects.requireNonNull(key);
        }
    }

    /**
     * Where a finding is on the map: the module of its class ({@code ""} when it has none) and the edges it marks, each
     * as {@code from -> to}, sorted.
     */
    public record Placement(String module, Set<String> edges) {
        public Placement {
            Objects.requireNonNull(module);
            edges = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(edges));
        }
    }

    public ModuleMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(leftOut);
        placements = Map.copyOf(placements);
    }

    public ModuleMap(List<Node> nodes, List<Edge> edges) {
        this(nodes, edges, "", Map.of());
    }

    /** Where this finding is on the map; no module and no edge when the map does not place it. */
    public Placement placement(String ruleId, String key) {
        return placements.getOrDefault(new FindingKey(ruleId, key), new Placement("", Set.of()));
    }

    /** {@code from -> to}: how placements name an edge. */
    static String edgeName(String from, String to) {
        return from + " -> " + to;
    }

    /**
     * The map with at most {@code maxNodes} modules and {@code maxEdges} edges. Modules with findings and
     * ends of violating edges are kept first, then the most depended-on; violating edges are kept first,
     * then the heaviest. {@link #leftOut()} says how many of each were left out.
     */
    public ModuleMap capped(int maxNodes, int maxEdges) {
        Map<String, Integer> degree = new LinkedHashMap<>();
        Set<String> onViolation = new TreeSet<>();
        for (Edge edge : edges) {
            degree.merge(edge.from(), edge.weight(), Integer::sum);
            degree.merge(edge.to(), edge.weight(), Integer::sum);
            if (edge.violating() || edge.cut()) {
                onViolation.add(edge.from());
                onViolation.add(edge.to());
            }
        }
        List<Node> ranked = new ArrayList<>(nodes);
        ranked.sort(Comparator.<Node>comparingInt(n -> n.findings() > 0 || onViolation.contains(n.module()) ? 0 : 1)
                .thenComparing(Comparator.comparingInt((Node n) -> degree.getOrDefault(n.module(), 0)).reversed())
                .thenComparing(Node::module));
        List<Node> keptNodes = ranked.subList(0, Math.min(maxNodes, ranked.size()));
        Set<String> kept = new TreeSet<>();
        keptNodes.forEach(n -> kept.add(n.module()));
        List<Edge> between = edges.stream().filter(e -> kept.contains(e.from()) && kept.contains(e.to())).toList();
        List<Edge> rankedEdges = new ArrayList<>(between);
        rankedEdges.sort(Comparator.<Edge>comparingInt(e -> e.violating() || e.cut() ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Edge::weight).reversed())
                .thenComparing(Edge::from).thenComparing(Edge::to));
        List<Edge> keptEdges = rankedEdges.subList(0, Math.min(maxEdges, rankedEdges.size()));
        int nodesOut = nodes.size() - keptNodes.size();
        int edgesOut = edges.size() - keptEdges.size();
        String note = nodesOut == 0 && edgesOut == 0 ? ""
                : nodesOut + " of " + nodes.size() + " modules and " + edgesOut + " of " + edges.size()
                        + " dependencies left out (at most " + maxNodes + " modules and " + maxEdges + " dependencies drawn)";
        List<Node> orderedNodes = nodes.stream().filter(n -> kept.contains(n.module())).toList();
        List<Edge> orderedEdges = edges.stream().filter(keptEdges::contains).toList();
        return new ModuleMap(orderedNodes, orderedEdges, note, placements);
    }

    /** The map as a Mermaid {@code flowchart}: clean and baselined edges grey, violating edges and cuts red with their rule ids, cuts dashed. */
    public String mermaid() {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<String, String> ids = new LinkedHashMap<>();
        for (Node node : nodes) {
            String id = "m" + ids.size();
            ids.put(node.module(), id);
            String badge = node.findings() == 0 ? ""
                    : " (" + node.newFindings() + " new" + (node.baselinedFindings() > 0 ? ", " + node.baselinedFindings() + " baselined" : "") + ")";
            out.append("  ").append(id).append("[\"").append(label(node.module() + badge)).append("\"]\n");
        }
        List<Integer> red = new ArrayList<>();
        List<Integer> grey = new ArrayList<>();
        int index = 0;
        for (Edge edge : edges) {
            String from = ids.get(edge.from());
            String to = ids.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            String text = edge.weight() + (edge.violating() ? " " + String.join(", ", edge.ruleIds()) : "")
                    + (edge.cut() ? " cut" : "") + (edge.baselined() ? " baselined" : "");
            String arrow = edge.cut() ? "-.->" : "-->";
            out.append("  ").append(from).append(' ').append(arrow).append("|\"").append(label(text)).append("\"| ").append(to).append('\n');
            ((edge.violating() || edge.cut()) && !edge.baselined() ? red : grey).add(index++);
        }
        if (!red.isEmpty()) {
            out.append("  linkStyle ").append(join(red)).append(" stroke:#d00,color:#d00\n");
        }
        if (!grey.isEmpty()) {
            out.append("  linkStyle ").append(join(grey)).append(" stroke:#999\n");
        }
        if (!leftOut.isEmpty()) {
            out.append("  note[\"").append(label(leftOut)).append("\"]\n");
        }
        return out.toString();
    }

    private static String join(List<Integer> indexes) {
        return String.join(",", indexes.stream().map(String::valueOf).toList());
    }

    private static String label(String text) {
        return text.replace("\"", "#quot;").replace("\n", " ");
    }
}
