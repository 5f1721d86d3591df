package dev.archrules.core.report;

import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules of a run and their class dependencies, as the import saw them: what {@link #map(List)} draws once the
 * findings are known (the triage, new or baselined, comes after the evaluation).
 *
 * @param modules       the modules, sorted
 * @param weights       per module, the modules it depends on and how many class-to-class dependencies it has on each
 * @param moduleOfClass the module of each class of the code base, by class name
 */
public record ModuleGraph(List<String> modules, Map<String, Map<String, Integer>> weights, Map<String, String> moduleOfClass) {

    /** The rules whose findings mark an edge: their keys are {@code Origin -> Target} class names. */
    static final Set<String> CLASS_EDGE_RULES = Set.of("modules.own-their-data", "layers.dependency-direction",
            "controllers.no-data-access");
    /** The rule whose findings are module tangles; each of their detail lines names an edge, and {@code [cut]} for a cut. */
    static final String CYCLE_RULE = "modules.no-cycles";
    /**
     * The rule whose findings are package tangles, detailed like module tangles: a package tangle across modules ties
     * those modules into a cycle too (and reports a module tangle that is its own seen from afar — one fact, one report),
     * so its edges between packages of different modules mark the module edges they lie on.
     */
    static final String PACKAGE_CYCLE_RULE = "packages.no-cycles";

    static final Pattern CYCLE_EDGE = Pattern.compile("^(\\S+) -> (\\S+) \\(\\d+ class dependenc(?:y|ies)\\)( \\[cut])?");

    public ModuleGraph {
        modules = List.copyOf(new TreeSet<>(modules));
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        weights.forEach((from, targets) -> copy.put(from, Map.copyOf(new TreeMap<>(targets))));
        weights = java.util.Collections.unmodifiableMap(copy);
        moduleOfClass = Map.copyOf(moduleOfClass);
    }

    /** No module: a code base the module rules do not cut (a single module draws no map). */
    public static ModuleGraph empty() {
        return new ModuleGraph(List.of(), Map.of(), Map.of());
    }

    /**
     * The module map of these rule results: every module, badged with the new and baselined findings located in it;
     * every dependency, weighted, marked with the rules whose findings cross it ({@value #CYCLE_RULE}'s tangle edges
     * and cuts, and the class-to-class findings of {@link #CLASS_EDGE_RULES}); an edge is baselined when it has findings
     * and all of them are baselined. Uncapped: see {@link ModuleMap#capped(int, int)}.
     */
    public ModuleMap map(List<RuleResult> rules) {
        if (modules.size() < 2) {
            return new ModuleMap(List.of(), List.of());
        }
        Map<String, int[]> badges = new TreeMap<>();
        modules.forEach(module -> badges.put(module, new int[2]));
        Map<String, EdgeMarks> marks = new TreeMap<>();
        Map<ModuleMap.FindingKey, ModuleMap.Placement> placements = new java.util.HashMap<>();
        Map<String, String> moduleOfPackage = moduleOfPackage();
        for (RuleResult rule : rules) {
            String id = rule.rule().id();
            count(rule.newViolations(), 0, badges);
            count(rule.baselined(), 1, badges);
            mark(id, rule.newViolations(), false, marks, placements, moduleOfPackage);
            mark(id, rule.baselined(), true, marks, placements, moduleOfPackage);
        }
        List<ModuleMap.Node> nodes = modules.stream().map(module -> new ModuleMap.Node(module, badges.get(module)[0], badges.get(module)[1]))
                .toList();
        List<ModuleMap.Edge> edges = new ArrayList<>();
        weights.forEach((from, targets) -> targets.forEach((to, weight) -> {
            EdgeMarks edge = marks.getOrDefault(from + " -> " + to, new EdgeMarks());
            edges.add(new ModuleMap.Edge(from, to, weight, edge.ruleIds, edge.cut, !edge.ruleIds.isEmpty() && !edge.anyNew));
        }));
        return new ModuleMap(nodes, edges, "", placements);
    }

    private void count(List<Violation> violations, int slot, Map<String, int[]> badges) {
        for (Violation violation : violations) {
            String module = moduleOf(violation.location().className());
            if (module != null && badges.containsKey(module)) {
                badges.get(module)[slot]++;
            }
        }
    }

    private void mark(String ruleId, List<Violation> violations, boolean baselined, Map<String, EdgeMarks> marks,
                      Map<ModuleMap.FindingKey, ModuleMap.Placement> placements, Map<String, String> moduleOfPackage) {
        for (Violation violation : violations) {
            Set<String> edges = new TreeSet<>();
            if (ruleId.equals(CYCLE_RULE) || ruleId.equals(PACKAGE_CYCLE_RULE)) {
                for (String line : violation.details()) {
                    Matcher edge = CYCLE_EDGE.matcher(line);
                    if (!edge.find()) {
                        continue;
                    }
                    String from = ruleId.equals(CYCLE_RULE) ? edge.group(1) : moduleOfPackage.get(edge.group(1));
                    String to = ruleId.equals(CYCLE_RULE) ? edge.group(2) : moduleOfPackage.get(edge.group(2));
                    if (from == null || to == null || from.equals(to)) {
                        continue;
                    }
                    String name = ModuleMap.edgeName(from, to);
                    EdgeMarks mark = marks.computeIfAbsent(name, key -> new EdgeMarks());
                    mark.add(ruleId, baselined);
                    mark.cut |= edge.group(3) != null;
                    edges.add(name);
                }
            } else if (CLASS_EDGE_RULES.contains(ruleId)) {
                int arrow = violation.key().indexOf(" -> ");
                String from = arrow < 0 ? null : moduleOf(violation.key().substring(0, arrow));
                String to = arrow < 0 ? null : moduleOf(violation.key().substring(arrow + 4));
                if (from != null && to != null && !from.equals(to)) {
                    String name = ModuleMap.edgeName(from, to);
                    marks.computeIfAbsent(name, key -> new EdgeMarks()).add(ruleId, baselined);
                    edges.add(name);
                }
            }
            String module = moduleOf(violation.location().className());
            placements.put(new ModuleMap.FindingKey(ruleId, violation.key()), new ModuleMap.Placement(module == null ? "" : module, edges));
        }
    }

    /** The module of a class name, of its top-level class when a nested one is not known; null when unknown. */
    /** The module of each package of the code base: that of its classes (the first by name, should a layout split one). */
    private Map<String, String> moduleOfPackage() {
        Map<String, String> modules = new java.util.HashMap<>();
        new TreeMap<>(moduleOfClass).forEach((className, module) -> {
            int dot = className.lastIndexOf('.');
            modules.putIfAbsent(dot < 0 ? "" : className.substring(0, dot), module);
        });
        return modules;
    }

    private String moduleOf(String className) {
        if (className == null) {
            return null;
        }
        String module = moduleOfClass.get(className);
        int nested = className.indexOf('$');
        return module != null || nested < 0 ? module : moduleOfClass.get(className.substring(0, nested));
    }

    private static final class EdgeMarks {
        final Set<String> ruleIds = new TreeSet<>();
        boolean cut;
        boolean anyNew;

        void add(String ruleId, boolean baselined) {
            ruleIds.add(ruleId);
            anyNew |= !baselined;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModuleGraph graph && modules.equals(graph.modules) && weights.equals(graph.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modules, weights);
    }
}
