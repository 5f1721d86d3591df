package dev.archrules.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A layered (Sugiyama) layout of a directed graph, drawn left to right: each node is placed in a layer to the left of
 * every node it points to, so dependents stand left of what they depend on. The classic steps, each its own method:
 * <ol>
 *   <li>{@link #acyclicOrder cycle removal}: the greedy order of Eades, Lin and Smyth; edges against it are reversed for
 *       the layout only (they are still drawn from their source to their target);</li>
 *   <li>{@link #layers layering} by longest path;</li>
 *   <li>dummy nodes where an edge spans several layers, so that it bends through the layers between;</li>
 *   <li>{@link #order crossing reduction}: barycenter sweeps down and up, then swaps of neighbours, keeping the order with
 *       the fewest crossings;</li>
 *   <li>{@link #coordinates coordinates}: each node pulled toward its neighbours without overlapping the others; nodes
 *       without edges in rows under the drawing.</li>
 * </ol>
 * Deterministic: ties are broken by the order of the input. Meant for the drawn module map (at most 40 nodes and 80 edges)
 * and the tangles of cycle findings; a few hundred nodes still take well under a second.
 */
final class LayeredLayout {

    /** Horizontal space between two layers, for the edges and their labels. */
    static final double LAYER_GAP = 110;
    /** Vertical space between two nodes of a layer. */
    static final double NODE_GAP = 28;
    /** Space around the drawing. */
    static final double MARGIN = 16;
    private static final int SWEEPS = 12;

    /** A node's box: its width and height. */
    record Size(double width, double height) {
    }

    /** A point of the drawing. */
    record Point(double x, double y) {
    }

    /**
     * The layout.
     *
     * @param centers the center of each node, by name
     * @param edges   per input edge, in input order, the points of its line: from the side of its source through its
     *                bends to the side of its target (empty for a self-loop)
     * @param width   the width of the drawing
     * @param height  the height of the drawing
     * @param crossings how many edge crossings the chosen order has (between adjacent layers)
     */
    record Result(Map<String, Point> centers, List<List<Point>> edges, double width, double height, int crossings) {
    }

    private final int real;
    private final List<double[]> sizes = new ArrayList<>();
    private final List<Integer> layerOf = new ArrayList<>();
    /** Per node (real and dummy), the nodes it points to and the nodes pointing to it, in the acyclic graph. */
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<List<Integer>> in = new ArrayList<>();

    private LayeredLayout(int real) {
        this.real = real;
    }

    /** Lays out {@code nodes} (each with its size) and the {@code edges} between them, each {@code [from, to]}, without labels. */
    static Result layout(List<String> nodes, Map<String, Size> sizes, List<String[]> edges) {
        return layout(nodes, sizes, edges, new double[edges.size()]);
    }

    /**
     * Lays out {@code nodes} (each with its size) and the {@code edges} between them, each {@code [from, to]} with the
     * width of its label, which is drawn on the middle segment of its line: the gap between two layers fits the labels
     * drawn in it.
     */
    static Result layout(List<String> nodes, Map<String, Size> sizes, List<String[]> edges, double[] labelWidths) {
        Map<String, Integer> index = new HashMap<>();
        for (String node : nodes) {
            index.putIfAbsent(node, index.size());
        }
        List<String> names = List.copyOf(new LinkedHashSet<>(nodes));
        LayeredLayout layout = new LayeredLayout(names.size());
        for (String name : names) {
            Size size = Objects.requireNonNull(sizes.get(name), () -> "no size for " + name);
            layout.add(size.width(), size.height());
        }
        int[][] pairs = new int[edges.size()][];
        for (int i = 0; i < edges.size(); i++) {
            Integer from = index.get(edges.get(i)[0]);
            Integer to = index.get(edges.get(i)[1]);
            if (from == null || to == null) {
                throw new IllegalArgumentException("edge " + edges.get(i)[0] + " -> " + edges.get(i)[1] + " names an unknown node");
            }
            pairs[i] = new int[]{from, to};
        }
        return layout.run(names, pairs, labelWidths);
    }

    private int add(double width, double height) {
        sizes.add(new double[]{width, height});
        out.add(new ArrayList<>());
        in.add(new ArrayList<>());
        layerOf.add(0);
        return sizes.size() - 1;
    }

    private Result run(List<String> names, int[][] edges, double[] labelWidths) {
        int[] position = acyclicOrder(edges);
        Set<Long> seen = new java.util.HashSet<>();
        List<int[]> dag = new ArrayList<>();
        for (int[] edge : edges) {
            if (edge[0] == edge[1]) {
                continue;
            }
            boolean forward = position[edge[0]] < position[edge[1]];
            int from = forward ? edge[0] : edge[1];
            int to = forward ? edge[1] : edge[0];
            if (seen.add((long) from * real + to)) {
                dag.add(new int[]{from, to});
            }
        }
        layers(dag, position);
        // chains of dummies: per acyclic edge, the nodes its line passes, from its left end to its right end
        Map<Long, List<Integer>> chains = new HashMap<>();
        for (int[] edge : dag) {
            List<Integer> chain = new ArrayList<>(List.of(edge[0]));
            int previous = edge[0];
            for (int layer = layerOf.get(edge[0]) + 1; layer < layerOf.get(edge[1]); layer++) {
                int dummy = add(0, 0);
                layerOf.set(dummy, layer);
                link(previous, dummy);
                chain.add(dummy);
                previous = dummy;
            }
            link(previous, edge[1]);
            chain.add(edge[1]);
            chains.put((long) edge[0] * real + edge[1], chain);
        }
        List<List<Integer>> layers = order(position);
        int crossings = crossings(layers);
        double[] gaps = new double[layers.size()];
        Arrays.fill(gaps, LAYER_GAP);
        for (int i = 0; i < edges.length; i++) {
            int[] edge = edges[i];
            if (edge[0] == edge[1]) {
                continue;
            }
            boolean forward = position[edge[0]] < position[edge[1]];
            int left = layerOf.get(forward ? edge[0] : edge[1]);
            int span = layerOf.get(forward ? edge[1] : edge[0]) - left;
            // the label sits on segment span / 2 of the line as drawn from its source
            int labelLayer = forward ? left + span / 2 : left + span - span / 2 - 1;
            gaps[labelLayer] = Math.max(gaps[labelLayer], labelWidths[i] + 40);
        }
        double[][] xy = coordinates(layers, gaps);
        Map<String, Point> centers = new java.util.LinkedHashMap<>();
        for (int node = 0; node < real; node++) {
            centers.put(names.get(node), new Point(xy[node][0], xy[node][1]));
        }
        List<List<Point>> lines = new ArrayList<>();
        for (int[] edge : edges) {
            if (edge[0] == edge[1]) {
                lines.add(List.of());
                continue;
            }
            boolean forward = position[edge[0]] < position[edge[1]];
            List<Integer> chain = forward ? chains.get((long) edge[0] * real + edge[1]) : chains.get((long) edge[1] * real + edge[0]);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                int node = chain.get(i);
                double side = i == 0 ? sizes.get(node)[0] / 2 : i == chain.size() - 1 ? -sizes.get(node)[0] / 2 : 0;
                points.add(new Point(xy[node][0] + side, xy[node][1]));
            }
            if (!forward) {
                java.util.Collections.reverse(points);
            }
            lines.add(List.copyOf(points));
        }
        double width = 0;
        double height = 0;
        for (int node = 0; node < sizes.size(); node++) {
            width = Math.max(width, xy[node][0] + sizes.get(node)[0] / 2);
            height = Math.max(height, xy[node][1] + sizes.get(node)[1] / 2);
        }
        return new Result(centers, lines, width + MARGIN, height + MARGIN, crossings);
    }

    private void link(int from, int to) {
        out.get(from).add(to);
        in.get(to).add(from);
    }

    /**
     * The greedy order of Eades, Lin and Smyth: sinks go to the end, sources to the front, otherwise the node with the
     * most outgoing minus incoming edges goes to the front. Few edges point backwards in it; those are the ones reversed.
     * Returns each node's position in the order.
     */
    private int[] acyclicOrder(int[][] edges) {
        int[] outDegree = new int[real];
        int[] inDegree = new int[real];
        List<List<Integer>> successors = new ArrayList<>();
        List<List<Integer>> predecessors = new ArrayList<>();
        for (int node = 0; node < real; node++) {
            successors.add(new ArrayList<>());
            predecessors.add(new ArrayList<>());
        }
        for (int[] edge : edges) {
            if (edge[0] != edge[1]) {
                successors.get(edge[0]).add(edge[1]);
                predecessors.get(edge[1]).add(edge[0]);
                outDegree[edge[0]]++;
                inDegree[edge[1]]++;
            }
        }
        boolean[] removed = new boolean[real];
        List<Integer> front = new ArrayList<>();
        List<Integer> back = new ArrayList<>();
        int left = real;
        while (left > 0) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int node = 0; node < real; node++) {
                    if (!removed[node] && outDegree[node] == 0) {
                        back.add(0, node);
                        remove(node, removed, successors, predecessors, outDegree, inDegree);
                        left--;
                        changed = true;
                    }
                }
                for (int node = 0; node < real; node++) {
                    if (!removed[node] && inDegree[node] == 0) {
                        front.add(node);
                        remove(node, removed, successors, predecessors, outDegree, inDegree);
                        left--;
                        changed = true;
                    }
                }
            }
            int best = -1;
            for (int node = 0; node < real; node++) {
                if (!removed[node] && (best < 0 || outDegree[node] - inDegree[node] > outDegree[best] - inDegree[best])) {
                    best = node;
                }
            }
            if (best >= 0) {
                front.add(best);
                remove(best, removed, successors, predecessors, outDegree, inDegree);
                left--;
            }
        }
        int[] position = new int[real];
        int next = 0;
        for (int node : front) {
            position[node] = next++;
        }
        for (int node : back) {
            position[node] = next++;
        }
        return position;
    }

    private static void remove(int node, boolean[] removed, List<List<Integer>> successors, List<List<Integer>> predecessors,
                               int[] outDegree, int[] inDegree) {
        removed[node] = true;
        for (int successor : successors.get(node)) {
            if (!removed[successor]) {
                inDegree[successor]--;
            }
        }
        for (int predecessor : predecessors.get(node)) {
            if (!removed[predecessor]) {
                outDegree[predecessor]--;
            }
        }
    }

    /** Longest-path layering: a node's layer is one more than the highest layer of the nodes pointing to it. */
    private void layers(List<int[]> dag, int[] position) {
        Integer[] byPosition = new Integer[real];
        for (int node = 0; node < real; node++) {
            byPosition[node] = node;
        }
        Arrays.sort(byPosition, Comparator.comparingInt(node -> position[node]));
        List<List<Integer>> successors = new ArrayList<>();
        for (int node = 0; node < real; node++) {
            successors.add(new ArrayList<>());
        }
        dag.forEach(edge -> successors.get(edge[0]).add(edge[1]));
        for (int node : byPosition) {
            for (int successor : successors.get(node)) {
                layerOf.set(successor, Math.max(layerOf.get(successor), layerOf.get(node) + 1));
            }
        }
    }

    /**
     * The order of the nodes in each layer: first by the acyclic order, then barycenter sweeps (each node placed at the
     * mean position of its neighbours in the layer before, then after) and swaps of neighbours that remove crossings;
     * the order with the fewest crossings seen wins.
     */
    private List<List<Integer>> order(int[] position) {
        int count = layerOf.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<List<Integer>> layers = new ArrayList<>();
        for (int layer = 0; layer < count; layer++) {
            layers.add(new ArrayList<>());
        }
        for (int node = 0; node < sizes.size(); node++) {
            if (!isolated(node)) {
                layers.get(layerOf.get(node)).add(node);
            }
        }
        layers.forEach(layer -> layer.sort(Comparator.comparingInt(node -> node < real ? position[node] : real + node)));
        List<List<Integer>> best = copy(layers);
        int fewest = crossings(layers);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            boolean down = sweep % 2 == 0;
            for (int step = 1; step < count; step++) {
                int layer = down ? step : count - 1 - step;
                sortByBarycenter(layers.get(layer), layers.get(down ? layer - 1 : layer + 1), down ? in : out);
            }
            transpose(layers);
            int crossings = crossings(layers);
            if (crossings < fewest) {
                fewest = crossings;
                best = copy(layers);
            }
        }
        return best;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        List<List<Integer>> copy = new ArrayList<>();
        layers.forEach(layer -> copy.add(new ArrayList<>(layer)));
        return copy;
    }

    private void sortByBarycenter(List<Integer> layer, List<Integer> fixed, List<List<Integer>> neighbours) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < fixed.size(); i++) {
            at.put(fixed.get(i), i);
        }
        Map<Integer, Double> barycenter = new HashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            int node = layer.get(i);
            double sum = 0;
            int n = 0;
            for (int neighbour : neighbours.get(node)) {
                Integer index = at.get(neighbour);
                if (index != null) {
                    sum += index;
                    n++;
                }
            }
            // a node without neighbours there keeps its place, scaled to the other layer
            barycenter.put(node, n == 0 ? i * (double) Math.max(1, fixed.size()) / Math.max(1, layer.size()) : sum / n);
        }
        List<Integer> before = List.copyOf(layer);
        layer.sort(Comparator.<Integer>comparingDouble(barycenter::get).thenComparingInt(before::indexOf));
    }

    /** Swaps neighbours in a layer while that removes crossings with both adjacent layers. */
    private void transpose(List<List<Integer>> layers) {
        boolean improved = true;
        for (int round = 0; improved && round < 4; round++) {
            improved = false;
            for (int layer = 0; layer < layers.size(); layer++) {
                List<Integer> nodes = layers.get(layer);
                for (int i = 0; i + 1 < nodes.size(); i++) {
                    int before = localCrossings(layers, layer);
                    java.util.Collections.swap(nodes, i, i + 1);
                    if (localCrossings(layers, layer) < before) {
                        improved = true;
                    } else {
                        java.util.Collections.swap(nodes, i, i + 1);
                    }
                }
            }
        }
    }

    private int localCrossings(List<List<Integer>> layers, int layer) {
        return (layer > 0 ? crossings(layers.get(layer - 1), layers.get(layer)) : 0)
                + (layer + 1 < layers.size() ? crossings(layers.get(layer), layers.get(layer + 1)) : 0);
    }

    /** Edge crossings between all adjacent layers. */
    int crossings(List<List<Integer>> layers) {
        int total = 0;
        for (int layer = 0; layer + 1 < layers.size(); layer++) {
            total += crossings(layers.get(layer), layers.get(layer + 1));
        }
        return total;
    }

    /** Crossings of the edges from {@code left} to {@code right}: pairs whose ends are in opposite orders. */
    private int crossings(List<Integer> left, List<Integer> right) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < right.size(); i++) {
            at.put(right.get(i), i);
        }
        List<int[]> segments = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int target : out.get(left.get(i))) {
                Integer j = at.get(target);
                if (j != null) {
                    segments.add(new int[]{i, j});
                }
            }
        }
        int total = 0;
        for (int a = 0; a < segments.size(); a++) {
            for (int b = a + 1; b < segments.size(); b++) {
                int[] s = segments.get(a);
                int[] t = segments.get(b);
                if ((s[0] - t[0]) * (long) (s[1] - t[1]) < 0) {
                    total++;
                }
            }
        }
        return total;
    }

    /**
     * x per layer (the widest node of each layer and the gap before the next, wide enough for the labels in it), y by stacking each layer, then a few
     * rounds pulling every node toward the mean height of its neighbours while keeping the order and the gaps.
     */
    private double[][] coordinates(List<List<Integer>> layers, double[] gaps) {
        double[][] xy = new double[sizes.size()][2];
        double x = MARGIN;
        for (int index = 0; index < layers.size(); index++) {
            List<Integer> layer = layers.get(index);
            double widest = layer.stream().mapToDouble(node -> sizes.get(node)[0]).max().orElse(0);
            for (int node : layer) {
                xy[node][0] = x + widest / 2;
            }
            x += widest + gaps[index];
        }
        for (List<Integer> layer : layers) {
            double y = MARGIN;
            for (int node : layer) {
                xy[node][1] = y + sizes.get(node)[1] / 2;
                y += sizes.get(node)[1] + gap(node);
            }
        }
        for (int round = 0; round < 8; round++) {
            boolean down = round % 2 == 0;
            for (int step = 0; step < layers.size(); step++) {
                List<Integer> layer = layers.get(down ? step : layers.size() - 1 - step);
                double[] wanted = new double[layer.size()];
                for (int i = 0; i < layer.size(); i++) {
                    int node = layer.get(i);
                    double sum = 0;
                    int n = 0;
                    for (int neighbour : down ? in.get(node) : out.get(node)) {
                        sum += xy[neighbour][1];
                        n++;
                    }
                    wanted[i] = n == 0 ? xy[node][1] : sum / n;
                }
                place(layer, wanted, xy);
            }
        }
        double top = Double.MAX_VALUE;
        for (int node = 0; node < sizes.size(); node++) {
            if (!isolated(node)) {
                top = Math.min(top, xy[node][1] - sizes.get(node)[1] / 2);
            }
        }
        for (double[] point : xy) {
            point[1] += top == Double.MAX_VALUE ? 0 : MARGIN - top;
        }
        placeIsolated(xy);
        return xy;
    }

    /** A node without edges: placed in rows under the layers rather than stacked in the first one. */
    private boolean isolated(int node) {
        return in.get(node).isEmpty() && out.get(node).isEmpty();
    }

    /** The nodes without edges in rows under the layered drawing, as wide as it (or 640 at least). */
    private void placeIsolated(double[][] xy) {
        double right = 0;
        double bottom = 0;
        boolean layered = false;
        for (int node = 0; node < sizes.size(); node++) {
            if (!isolated(node)) {
                layered = true;
                right = Math.max(right, xy[node][0] + sizes.get(node)[0] / 2);
                bottom = Math.max(bottom, xy[node][1] + sizes.get(node)[1] / 2);
            }
        }
        double rowWidth = Math.max(right, 640);
        double x = MARGIN;
        double y = layered ? bottom + NODE_GAP * 1.5 : MARGIN;
        double rowHeight = 0;
        for (int node = 0; node < real; node++) {
            if (!isolated(node)) {
                continue;
            }
            double[] size = sizes.get(node);
            if (x > MARGIN && x + size[0] > rowWidth) {
                x = MARGIN;
                y += rowHeight + NODE_GAP / 2;
                rowHeight = 0;
            }
            xy[node][0] = x + size[0] / 2;
            xy[node][1] = y + size[1] / 2;
            x += size[0] + NODE_GAP;
            rowHeight = Math.max(rowHeight, size[1]);
        }
    }

    private double gap(int node) {
        return node < real ? NODE_GAP : NODE_GAP / 2;
    }

    /**
     * Puts the nodes of a layer as near their wanted heights as their order and gaps allow: pushed down where they
     * overlap from the top, pushed up from the bottom, and the two passes averaged.
     */
    private void place(List<Integer> layer, double[] wanted, double[][] xy) {
        int n = layer.size();
        double[] down = new double[n];
        double[] up = new double[n];
        for (int i = 0; i < n; i++) {
            double top = wanted[i];
            if (i > 0) {
                top = Math.max(top, down[i - 1] + half(layer.get(i - 1)) + gap(layer.get(i - 1)) + half(layer.get(i)));
            }
            down[i] = top;
        }
        for (int i = n - 1; i >= 0; i--) {
            double bottom = wanted[i];
            if (i < n - 1) {
                bottom = Math.min(bottom, up[i + 1] - half(layer.get(i + 1)) - gap(layer.get(i)) - half(layer.get(i)));
            }
            up[i] = bottom;
        }
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = (down[i] + up[i]) / 2;
        }
        // the mean of two valid placements can still overlap: one more pass from the top keeps the gaps
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                mean[i] = Math.max(mean[i], mean[i - 1] + half(layer.get(i - 1)) + gap(layer.get(i - 1)) + half(layer.get(i)));
            }
            xy[layer.get(i)][1] = mean[i];
        }
    }

    private double half(int node) {
        return sizes.get(node)[1] / 2;
    }
}
