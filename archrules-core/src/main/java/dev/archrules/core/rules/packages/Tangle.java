package dev.archrules.core.rules.packages;

import com.tngtech.archunit.core.domain.Dependency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One tangle (a strongly connected set of two or more packages or modules) and what a reader needs to cut it:
 * its edges with their weights, the shortest cycle through it, and a small set of edges whose removal leaves
 * it free of cycles.
 *
 * @param members the sorted member names (the violation key)
 * @param edges   every edge between members, by origin then target name
 */
record Tangle(SortedSet<String> members, List<Edge> edges) {

    /** Lightest first; then by names, so equal weights come in a stable order. */
    static final Comparator<Edge> LIGHTEST_FIRST = Comparator.comparingInt(Edge::weight)
            .thenComparing(Edge::from).thenComparing(Edge::to);

    Tangle {
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
        edges = List.copyOf(edges);
    }

    /**
     * A dependency between two members of a tangle.
     *
     * @param from    origin member
     * @param to      target member
     * @param weight  its number of class dependencies: distinct pairs of top-level origin and target classes
     * @param example the example dependency: the alphabetically first origin class, then the lowest line
     */
    record Edge(String from, String to, int weight, Dependency example) {

        String summary() {
            return from + " -> " + to + " (" + weight + (weight == 1 ? " class dependency)" : " class dependencies)");
        }

        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    /**
     * The shortest cycle of the tangle (fewest steps; among those, the first from the alphabetically first
     * member): a breadth-first search from every member back to itself.
     */
    List<Edge> shortestCycle() {
        Map<String, List<Edge>> outgoing = new HashMap<>();
        edges.forEach(edge -> outgoing.computeIfAbsent(edge.from(), key -> new ArrayList<>()).add(edge));
        List<Edge> best = null;
        for (String start : members) {
            Map<String, Edge> reachedBy = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            Edge closing = null;
            while (!queue.isEmpty() && closing == null) {
                String node = queue.poll();
                for (Edge edge : outgoing.getOrDefault(node, List.of())) {
                    if (edge.to().equals(start)) {
                        closing = edge;
                        break;
                    }
                    if (!reachedBy.containsKey(edge.to())) {
                        reachedBy.put(edge.to(), edge);
                        queue.add(edge.to());
                    }
                }
            }
            if (closing == null) {
                continue;
            }
            List<Edge> path = new ArrayList<>(List.of(closing));
            for (String node = closing.from(); !node.equals(start); node = reachedBy.get(node).from()) {
                path.add(0, reachedBy.get(node));
            }
            if (best == null || path.size() < best.size()) {
                best = path;
            }
        }
        return best;
    }

    /**
     * Edges whose removal leaves the members free of cycles, lightest first: a weighted greedy ordering of the
     * members (Eades, Lin and Smyth: sinks last, sources first, otherwise the member with the most outgoing
     * minus incoming weight next), whose backward edges are cut; then every cut edge, heaviest first, is put
     * back if the rest stays acyclic with it, so that none of them is superfluous. A heuristic: not always
     * the lightest set, but a small one that certainly breaks the tangle.
     */
    List<Edge> cut() {
        Map<String, Integer> position = new HashMap<>();
        List<String> order = greedyOrder();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<Edge> cut = new ArrayList<>(edges.stream().filter(edge -> position.get(edge.from()) > position.get(edge.to())).toList());
        List<Edge> kept = new ArrayList<>(edges);
        kept.removeAll(cut);
        cut.sort(LIGHTEST_FIRST.reversed());
        for (Edge edge : List.copyOf(cut)) {
            kept.add(edge);
            if (isAcyclic(kept)) {
                cut.remove(edge);
            } else {
                kept.remove(edge);
            }
        }
        cut.sort(LIGHTEST_FIRST);
        return List.copyOf(cut);
    }

    private List<String> greedyOrder() {
        Set<String> left = new TreeSet<>(members);
        List<Edge> remaining = new ArrayList<>(edges);
        Deque<String> first = new ArrayDeque<>();
        Deque<String> last = new ArrayDeque<>();
        while (!left.isEmpty()) {
            Map<String, Integer> in = new HashMap<>();
            Map<String, Integer> out = new HashMap<>();
            for (Edge edge : remaining) {
                out.merge(edge.from(), edge.weight(), Integer::sum);
                in.merge(edge.to(), edge.weight(), Integer::sum);
            }
            Optional<String> sink = left.stream().filter(node -> !out.containsKey(node)).findFirst();
            Optional<String> source = left.stream().filter(node -> !in.containsKey(node)).findFirst();
            String next;
            if (sink.isPresent()) {
                next = sink.get();
                last.addFirst(next);
            } else {
                next = source.orElseGet(() -> left.stream()
                        .max(Comparator.comparingInt((String node) -> out.getOrDefault(node, 0) - in.getOrDefault(node, 0))
                                .thenComparing(Comparator.<String>reverseOrder()))
                        .orElseThrow());
                first.addLast(next);
            }
            left.remove(next);
            remaining.removeIf(edge -> edge.from().equals(next) || edge.to().equals(next));
        }
        List<String> order = new ArrayList<>(first);
        order.addAll(last);
        return order;
    }

    /** Kahn's algorithm: whether the edges leave every node they touch sortable. */
    private static boolean isAcyclic(List<Edge> edges) {
        Map<String, Integer> incoming = new HashMap<>();
        Map<String, List<String>> successors = new HashMap<>();
        for (Edge edge : edges) {
            successors.computeIfAbsent(edge.from(), key -> new ArrayList<>()).add(edge.to());
            incoming.putIfAbsent(edge.from(), 0);
            incoming.merge(edge.to(), 1, Integer::sum);
        }
        Deque<String> ready = new ArrayDeque<>();
        incoming.forEach((node, count) -> {
            if (count == 0) {
                ready.add(node);
            }
        });
        int visited = 0;
        while (!ready.isEmpty()) {
            String node = ready.poll();
            visited++;
            for (String next : successors.getOrDefault(node, List.of())) {
                if (incoming.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return visited == incoming.size();
    }
}
