package dev.archrules.core.rules.packages;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.ViolationEvent;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code packages.no-cycles} and {@code modules.no-cycles} (C7): packages (or modules) of the code base
 * do not depend on each other in a cycle.
 *
 * <p>Each tangle is reported once, as the strongly connected set of its members: the key is the sorted
 * member list, so it is the same whichever class a detector starts from, and it is never truncated.
 * The message stays a few lines however large the tangle: the number of members (the first few named), its
 * shortest cycle with an example dependency per step, and the lightest edges to cut (fewest class dependencies
 * first). Every edge with its weight and an example dependency is in the violation's details, which the JSON
 * and HTML reports show in full. (ArchUnit's own
 * {@code beFreeOfCycles()} lists elementary cycles instead, up to a limit, which multiplies one
 * tangle into many entries.)
 */
public final class NoCycles implements ChecklistRule {

    public static final String PACKAGES_ID = "packages.no-cycles";
    public static final String MODULES_ID = "modules.no-cycles";

    private final String id;
    private final String unit;
    private final boolean modules;

    private NoCycles(String id, String unit, boolean modules) {
        this.id = id;
        this.unit = unit;
        this.modules = modules;
    }

    /** {@code packages.no-cycles}. */
    public static NoCycles packages() {
        return new NoCycles(PACKAGES_ID, "packages", false);
    }

    /** {@code modules.no-cycles}. */
    public static NoCycles modules() {
        return new NoCycles(MODULES_ID, "modules", true);
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(id, ChecklistItem.C7, unit + " should be free of cycles",
                unit + " in a cycle cannot be understood, tested, released or split apart one at a time",
                "break the cycle by inverting one dependency (an interface or event owned by the lower side) or by moving the shared type");
    }

    @Override
    public DescribedPredicate<JavaClass> scope(RuleContext context) {
        return DescribedPredicate.describe(modules ? "classes in " + context.modules().description() : "classes of the code base",
                javaClass -> context.inScope(javaClass) && node(javaClass, context).isPresent());
    }

    @Override
    public ArchRule toArchRule(RuleContext context) {
        AbstractClassesTransformer<Cycle> cycles = new AbstractClassesTransformer<>(unit + " cycles") {
            @Override
            public Iterable<Cycle> doTransform(JavaClasses classes) {
                return findCycles(classes, context);
            }
        };
        ArchCondition<Cycle> notExist = new ArchCondition<>("not exist") {
            @Override
            public void check(Cycle cycle, ConditionEvents events) {
                events.add(new ViolationEvent(toViolation(cycle, context)));
            }
        };
        return ArchRuleDefinition.all(cycles).should(notExist)
                .allowEmptyShould(true)
                .as(id + ": " + title())
                .because(rationale() + "; " + fix());
    }

    private Optional<String> node(JavaClass javaClass, RuleContext context) {
        return modules ? context.modules().moduleOf(javaClass) : Optional.of(javaClass.getPackageName());
    }

    List<Cycle> findCycles(JavaClasses classes, RuleContext context) {
        SortedMap<String, SortedMap<String, Dependency>> edges = new TreeMap<>();
        Map<String, Integer> weights = new HashMap<>();
        Comparator<Dependency> example = Comparator.comparing((Dependency d) -> d.getOriginClass().getName())
                .thenComparingInt(d -> d.getSourceCodeLocation().getLineNumber() > 0 ? d.getSourceCodeLocation().getLineNumber() : Integer.MAX_VALUE)
                .thenComparing(Dependency::getDescription);
        for (JavaClass javaClass : classes) {
            if (!context.inScope(javaClass)) {
                continue;
            }
            Optional<String> from = node(javaClass, context);
            if (from.isEmpty()) {
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!context.inScope(target)) {
                    continue;
                }
                Optional<String> to = node(target, context);
                if (to.isPresent() && !to.get().equals(from.get())) {
                    edges.computeIfAbsent(from.get(), key -> new TreeMap<>())
                            .merge(to.get(), dependency, (a, b) -> example.compare(a, b) <= 0 ? a : b);
                    weights.merge(from.get() + " -> " + to.get(), 1, Integer::sum);
                }
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        for (SortedSet<String> component : stronglyConnected(edges)) {
            if (component.size() < 2) {
                continue;
            }
            List<Edge> cycleEdges = new ArrayList<>();
            for (String from : component) {
                edges.getOrDefault(from, new TreeMap<>()).forEach((to, dependency) -> {
                    if (component.contains(to)) {
                        cycleEdges.add(new Edge(from, to, weights.get(from + " -> " + to), dependency));
                    }
                });
            }
            cycles.add(new Cycle(component, cycleEdges));
        }
        cycles.sort(Comparator.comparing(cycle -> String.join(", ", cycle.members())));
        return cycles;
    }

    /** Tarjan's algorithm, iterative so that deep package graphs cannot overflow the stack. */
    static List<SortedSet<String>> stronglyConnected(SortedMap<String, SortedMap<String, Dependency>> edges) {
        SortedSet<String> nodes = new TreeSet<>(edges.keySet());
        edges.values().forEach(targets -> nodes.addAll(targets.keySet()));
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> lowLink = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        List<SortedSet<String>> result = new ArrayList<>();
        int[] counter = {0};
        Function<String, List<String>> successors = node -> new ArrayList<>(edges.getOrDefault(node, new TreeMap<>()).keySet());
        for (String start : nodes) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[]{start, successors.apply(start), 0});
            index.put(start, counter[0]);
            lowLink.put(start, counter[0]++);
            stack.push(start);
            onStack.add(start);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                @SuppressWarnings("unchecked")
                List<String> next = (List<String>) frame[1];
                int position = (Integer) frame[2];
                if (position < next.size()) {
                    frame[2] = position + 1;
                    String successor = next.get(position);
                    if (!index.containsKey(successor)) {
                        index.put(successor, counter[0]);
                        lowLink.put(successor, counter[0]++);
                        stack.push(successor);
                        onStack.add(successor);
                        work.push(new Object[]{successor, successors.apply(successor), 0});
                    } else if (onStack.contains(successor)) {
                        lowLink.put(node, Math.min(lowLink.get(node), index.get(successor)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(node)));
                }
                if (lowLink.get(node).equals(index.get(node))) {
                    SortedSet<String> component = new TreeSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    result.add(component);
                }
            }
        }
        return result;
    }

    /** How many members a message names before it says how many more there are (all are in the key). */
    private static final int MEMBERS_SHOWN = 6;
    /** How many of the lightest edges a message suggests to cut. */
    private static final int CUTS_SHOWN = 3;

    private Violation toViolation(Cycle cycle, RuleContext context) {
        List<String> members = cycle.members();
        List<Edge> shortest = cycle.shortestCycle();
        StringBuilder message = new StringBuilder("Cycle between ").append(members.size()).append(' ').append(unit).append(' ')
                .append(String.join(", ", members.subList(0, Math.min(MEMBERS_SHOWN, members.size()))));
        if (members.size() > MEMBERS_SHOWN) {
            message.append(" and ").append(members.size() - MEMBERS_SHOWN).append(" more");
        }
        message.append(": ");
        for (int i = 0; i < shortest.size(); i++) {
            Edge edge = shortest.get(i);
            message.append(i == 0 ? "" : "; ").append(edge.from()).append(" -> ").append(edge.to())
                    .append(" by ").append(withSourceLine(edge.example(), context));
        }
        List<Edge> cuts = cycle.edges().stream()
                .sorted(Comparator.comparingInt(Edge::weight).thenComparing(Edge::from).thenComparing(Edge::to))
                .limit(CUTS_SHOWN).toList();
        message.append(". The tangle has ").append(cycle.edges().size()).append(' ').append(unit, 0, unit.length() - 1)
                .append("-to-").append(unit, 0, unit.length() - 1).append(" dependencies; the lightest to cut: ")
                .append(String.join(", ", cuts.stream().map(Edge::summary).toList()));
        Dependency first = shortest.get(0).example();
        // every message ends with a clickable location: the first step of the shortest cycle's
        SourceLocation location = context.withSourceLine(Locations.ofUse(first), first.getOriginClass());
        String text = message.append(" — first at ").append(location).toString();
        List<String> details = cycle.edges().stream()
                .map(edge -> edge.summary() + ", e.g. " + withSourceLine(edge.example(), context)).toList();
        return new Violation(id, String.join(", ", members), text, location,
                "invert one of these dependencies or move the type they share, starting with the lightest ("
                        + cuts.get(0).from() + " -> " + cuts.get(0).to() + "), so that the " + members.size() + " " + unit
                        + " no longer depend on each other in a circle",
                details);
    }

    /** ArchUnit's description of a dependency, its location given the declaration's line where bytecode has none. */
    private static String withSourceLine(Dependency edge, RuleContext context) {
        String description = edge.getDescription();
        SourceLocation bytecode = Locations.of(edge);
        SourceLocation located = context.withSourceLine(bytecode, edge.getOriginClass());
        return description.endsWith(bytecode.toString())
                ? description.substring(0, description.length() - bytecode.toString().length()) + located : description;
    }

    /** A dependency between two members of a tangle: how many class dependencies it has, and the first of them. */
    record Edge(String from, String to, int weight, Dependency example) {

        String summary() {
            return from + " -> " + to + " (" + weight + (weight == 1 ? " class dependency)" : " class dependencies)");
        }
    }

    /** One tangle: its sorted members and its edges, each with its weight and one example dependency. */
    static final class Cycle {
        private final SortedSet<String> members;
        private final List<Edge> edges;

        Cycle(SortedSet<String> members, List<Edge> edges) {
            this.members = members;
            this.edges = edges;
        }

        List<String> members() {
            return List.copyOf(members);
        }

        List<Edge> edges() {
            return edges;
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

        @Override
        public String toString() {
            return "cycle " + members;
        }
    }
}
