package dev.archrules.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link ModuleMap} (the module map, or the tangle of one cycle finding) as self-contained SVG, laid out by
 * {@link LayeredLayout}: no script, no external resource, every text escaped. Modules are boxes badged with their
 * findings; clean dependencies grey, those a new finding marks red with the rule ids, baselined ones amber, suggested cuts
 * dashed. Every module is a {@code <g class="node" data-module=…>} and every dependency a {@code <g class="edge"
 * data-from=… data-to=… data-rules=… data-state=new|baselined|clean>}, each with a {@code <title>}: what the HTML
 * report's script filters the findings by when one is clicked.
 */
final class SvgMap {

    static final String RED = "#d00";
    static final String AMBER = "#c80";
    static final String GREY = "#999";
    /** The width of a character of a name (13 px, semi-bold), generous so that long package names stay inside their box. */
    private static final double CHARACTER = 8.2;
    private static final double FONT = 13;
    /** The width of a character of an edge label (11 px). */
    private static final double LABEL_CHARACTER = 6.3;

    private SvgMap() {
    }

    /** The map as an {@code <svg class="module-map">} element, its marker ids prefixed {@code map}; empty for a map without modules. */
    static String svg(ModuleMap map) {
        return svg(map, "map");
    }

    /**
     * The map as an {@code <svg class="module-map">} element whose ids start with {@code id}, unique on the page: a
     * browser resolves {@code url(#…)} to the first element with the id, which a filter may have hidden.
     */
    static String svg(ModuleMap map, String id) {
        if (map.nodes().isEmpty()) {
            return "";
        }
        Map<String, LayeredLayout.Size> sizes = new LinkedHashMap<>();
        Map<String, ModuleMap.Node> nodes = new LinkedHashMap<>();
        for (ModuleMap.Node node : map.nodes()) {
            nodes.put(node.module(), node);
            double width = Math.max(text(node.module()), node.findings() > 0 ? badge(node).length() * CHARACTER * 0.85 : 0) + 24;
            sizes.put(node.module(), new LayeredLayout.Size(Math.max(70, width), node.findings() > 0 ? 44 : 30));
        }
        List<ModuleMap.Edge> edges = map.edges().stream().filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to())).toList();
        List<String[]> pairs = new ArrayList<>();
        double[] labels = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            pairs.add(new String[]{edges.get(i).from(), edges.get(i).to()});
            labels[i] = label(edges.get(i)).length() * LABEL_CHARACTER;
        }
        LayeredLayout.Result layout = LayeredLayout.layout(List.copyOf(nodes.keySet()), sizes, pairs, labels);
        java.util.Set<String> drawn = new java.util.HashSet<>();
        edges.forEach(edge -> drawn.add(edge.from() + "\n" + edge.to()));
        double width = layout.width();
        double height = layout.height() + (map.leftOut().isEmpty() ? 0 : 24);
        StringBuilder out = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"module-map\" viewBox=\"0 0 ")
                .append(number(width)).append(' ').append(number(height)).append("\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\" role=\"img\" aria-label=\"").append(map.nodes().size()).append(" modules, ")
                .append(edges.size()).append(" dependencies\" font-family=\"system-ui, sans-serif\">\n<defs>");
        for (String colour : List.of(GREY, RED, AMBER)) {
            out.append("<marker id=\"").append(id).append("-arrow-").append(colour.substring(1)).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                    .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                    .append(colour).append("\"/></marker>");
        }
        out.append("</defs>\n");
        // clean edges first, so that the marked ones are drawn over them
        List<Integer> drawOrder = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            drawOrder.add(i);
        }
        drawOrder.sort(java.util.Comparator.comparingInt(i -> state(edges.get(i)).equals("clean") ? 0 : 1));
        List<List<LayeredLayout.Point>> lines = new ArrayList<>();
        double[] shifts = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            ModuleMap.Edge edge = edges.get(i);
            // two modules depending on each other: the two lines side by side, not on top of each other
            double shift = !drawn.contains(edge.to() + "\n" + edge.from()) ? 0 : edge.from().compareTo(edge.to()) < 0 ? -7 : 7;
            shifts[i] = shift;
            lines.add(layout.edges().get(i).stream().map(p -> new LayeredLayout.Point(p.x(), p.y() + shift)).toList());
        }
        LayeredLayout.Point[] labelsAt = placeLabels(edges, lines, shifts, nodes, sizes, layout);
        for (int i : drawOrder) {
            edge(edges.get(i), lines.get(i), labelsAt[i], id, out);
        }
        for (ModuleMap.Node node : nodes.values()) {
            node(node, layout.centers().get(node.module()), sizes.get(node.module()), out);
        }
        if (!map.leftOut().isEmpty()) {
            out.append("<text class=\"left-out\" x=\"").append(number(LayeredLayout.MARGIN)).append("\" y=\"").append(number(height - 8))
                    .append("\" font-size=\"12\" fill=\"#555\">").append(Escape.html(map.leftOut())).append("</text>\n");
        }
        return out.append("</svg>").toString();
    }

    private static void node(ModuleMap.Node node, LayeredLayout.Point center, LayeredLayout.Size size, StringBuilder out) {
        String stroke = node.newFindings() > 0 ? RED : node.baselinedFindings() > 0 ? AMBER : "#778";
        String fill = node.newFindings() > 0 ? "#fff0f0" : node.baselinedFindings() > 0 ? "#fff8e6" : "#f4f6f8";
        String name = Escape.html(node.module());
        out.append("<g class=\"node\" data-module=\"").append(name).append("\" tabindex=\"0\"><title>").append(name)
                .append(node.findings() == 0 ? ": no findings" : ": " + badge(node)).append("</title><rect x=\"")
                .append(number(center.x() - size.width() / 2)).append("\" y=\"").append(number(center.y() - size.height() / 2))
                .append("\" width=\"").append(number(size.width())).append("\" height=\"").append(number(size.height()))
                .append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"/>")
                .append("<text x=\"").append(number(center.x())).append("\" y=\"")
                .append(number(center.y() + (node.findings() > 0 ? -3 : 4.5))).append("\" text-anchor=\"middle\" font-size=\"")
                .append(number(FONT)).append("\" font-weight=\"600\" fill=\"#222\">").append(name).append("</text>");
        if (node.findings() > 0) {
            out.append("<text x=\"").append(number(center.x())).append("\" y=\"").append(number(center.y() + 13))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(stroke).append("\">")
                    .append(Escape.html(badge(node))).append("</text>");
        }
        out.append("</g>\n");
    }

    private static String label(ModuleMap.Edge edge) {
        return edge.weight() + (edge.violating() ? " · " + String.join(", ", edge.ruleIds()) : "") + (edge.cut() ? " · cut" : "");
    }

    /**
     * Where each edge's label goes: on its line, as near its middle as possible without covering a module or a label
     * placed before it; the labels of marked edges are placed first.
     */
    private static LayeredLayout.Point[] placeLabels(List<ModuleMap.Edge> edges, List<List<LayeredLayout.Point>> lines, double[] shifts,
                                                    Map<String, ModuleMap.Node> nodes, Map<String, LayeredLayout.Size> sizes,
                                                    LayeredLayout.Result layout) {
        List<double[]> taken = new ArrayList<>();
        for (String node : nodes.keySet()) {
            LayeredLayout.Point center = layout.centers().get(node);
            LayeredLayout.Size size = sizes.get(node);
            taken.add(new double[]{center.x() - size.width() / 2, center.y() - size.height() / 2, center.x() + size.width() / 2,
                    center.y() + size.height() / 2});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> edges.get(i).violating() || edges.get(i).cut() ? 0 : 1));
        LayeredLayout.Point[] placed = new LayeredLayout.Point[edges.size()];
        for (int i : order) {
            List<LayeredLayout.Point> line = lines.get(i);
            if (line.size() < 2) {
                continue;
            }
            double width = label(edges.get(i)).length() * LABEL_CHARACTER;
            double offset = shifts[i] > 0 ? 14 : -4;
            List<LayeredLayout.Point> candidates = new ArrayList<>();
            int middle = (line.size() - 1) / 2;
            for (int distance = 0; distance < line.size(); distance++) {
                for (int segment : distance == 0 ? List.of(middle) : List.of(middle - distance, middle + distance)) {
                    if (segment >= 0 && segment < line.size() - 1) {
                        for (double t : new double[]{0.5, 0.3, 0.7, 0.15, 0.85}) {
                            LayeredLayout.Point at = on(line.get(segment), line.get(segment + 1), t);
                            candidates.add(new LayeredLayout.Point(at.x(), at.y() + offset));
                        }
                    }
                }
            }
            LayeredLayout.Point chosen = candidates.get(0);
            for (LayeredLayout.Point candidate : candidates) {
                double[] box = {candidate.x() - width / 2, candidate.y() - 10, candidate.x() + width / 2, candidate.y() + 3};
                if (taken.stream().noneMatch(other -> box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3])) {
                    chosen = candidate;
                    break;
                }
            }
            placed[i] = chosen;
            taken.add(new double[]{chosen.x() - width / 2, chosen.y() - 10, chosen.x() + width / 2, chosen.y() + 3});
        }
        return placed;
    }

    /** The point at {@code t} on the curve {@link #curve} draws between two points. */
    private static LayeredLayout.Point on(LayeredLayout.Point from, LayeredLayout.Point to, double t) {
        double half = (to.x() - from.x()) / 2;
        double u = 1 - t;
        double x = u * u * u * from.x() + 3 * u * u * t * (from.x() + half) + 3 * u * t * t * (to.x() - half) + t * t * t * to.x();
        double y = u * u * u * from.y() + 3 * u * u * t * from.y() + 3 * u * t * t * to.y() + t * t * t * to.y();
        return new LayeredLayout.Point(x, y);
    }

    private static void edge(ModuleMap.Edge edge, List<LayeredLayout.Point> points, LayeredLayout.Point labelAt, String id,
                             StringBuilder out) {
        if (points.size() < 2) {
            return;
        }
        String state = state(edge);
        String colour = switch (state) {
            case "new" -> RED;
            case "baselined" -> AMBER;
            default -> edge.cut() ? RED : GREY;
        };
        String label = label(edge);
        String title = edge.from() + " → " + edge.to() + ": " + edge.weight() + (edge.weight() == 1 ? " class dependency" : " class dependencies")
                + (edge.violating() ? "; " + (edge.baselined() ? "baselined " : "") + String.join(", ", edge.ruleIds()) : "")
                + (edge.cut() ? "; the cut the cycle finding suggests" : "");
        out.append("<g class=\"edge\" data-from=\"").append(Escape.html(edge.from())).append("\" data-to=\"").append(Escape.html(edge.to()))
                .append("\" data-rules=\"").append(Escape.html(String.join(" ", edge.ruleIds()))).append("\" data-state=\"").append(state)
                .append("\"><title>").append(Escape.html(title)).append("</title><path d=\"").append(curve(points))
                .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(state.equals("clean") && !edge.cut() ? "1.3" : "2.2").append('"')
                .append(edge.cut() ? " stroke-dasharray=\"6 4\"" : "")
                .append(" marker-end=\"url(#").append(id).append("-arrow-").append(colour.substring(1)).append(")\"/>");
        // the label sits on the line, on a white halo so that crossing lines do not hide it
        out.append("<text x=\"").append(number(labelAt.x())).append("\" y=\"").append(number(labelAt.y()))
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(colour.equals(GREY) ? "#555" : colour)
                .append("\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">").append(Escape.html(label)).append("</text></g>\n");
    }

    /** {@code new} when a new finding marks the edge, {@code baselined} when only baselined ones do, else {@code clean}. */
    private static String state(ModuleMap.Edge edge) {
        return !edge.violating() ? "clean" : edge.baselined() ? "baselined" : "new";
    }

    /** A smooth line through the points: a cubic curve per segment, leaving and entering horizontally. */
    private static String curve(List<LayeredLayout.Point> points) {
        StringBuilder path = new StringBuilder("M").append(number(points.get(0).x())).append(',').append(number(points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            LayeredLayout.Point from = points.get(i - 1);
            LayeredLayout.Point to = points.get(i);
            double half = (to.x() - from.x()) / 2;
            path.append(" C").append(number(from.x() + half)).append(',').append(number(from.y())).append(' ')
                    .append(number(to.x() - half)).append(',').append(number(to.y())).append(' ')
                    .append(number(to.x())).append(',').append(number(to.y()));
        }
        return path.toString();
    }

    private static String badge(ModuleMap.Node node) {
        return node.newFindings() == 0 ? node.baselinedFindings() + " baselined"
                : node.newFindings() + " new" + (node.baselinedFindings() > 0 ? " · " + node.baselinedFindings() + " baselined" : "");
    }

    private static double text(String text) {
        return text.length() * CHARACTER;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
