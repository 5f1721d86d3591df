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
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.ViolationEvent;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.Wiring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * shortest cycle with an example dependency per step, and a set of edges whose removal breaks it, lightest first
 * ({@link Tangle#cut()}; the weight of an edge is its number of class dependencies). Every edge with its weight
 * and an example dependency is in the violation's details, which the JSON and HTML reports show in full.
 * (ArchUnit's own {@code beFreeOfCycles()} lists elementary cycles instead, up to a limit, which multiplies one
 * tangle into many entries.)
 *
 * <p>One fact, one report: a module tangle whose modules are exactly those of one package tangle is that package
 * tangle seen from afar; {@code modules.no-cycles} names the package tangle's key for it
 * ({@link Violation#sameFactAs()}) and, in a checklist run, {@code packages.no-cycles} reports it once
 * ({@link #subsumes()}).
 *
 * <p>Wiring code (configuration, registration) adds no edges, nor do the idioms of {@link CycleIdioms}
 * (annotations, registering an implementation), nor, for packages, a package and its own sub-package
 * unless that is an implementation package ({@code impl}): the parts of one feature know each other.
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
        AbstractClassesTransformer<Found> cycles = new AbstractClassesTransformer<>(unit + " cycles") {
            @Override
            public Iterable<Found> doTransform(JavaClasses classes) {
                List<Tangle> tangles = findCycles(classes, context);
                Map<String, String> packageTangles = modules && !tangles.isEmpty() ? packageTanglesByModules(classes, context) : Map.of();
                return tangles.stream().map(tangle -> new Found(tangle,
                        Optional.ofNullable(packageTangles.get(String.join(", ", tangle.members()))))).toList();
            }
        };
        ArchCondition<Found> notExist = new ArchCondition<>("not exist") {
            @Override
            public void check(Found found, ConditionEvents events) {
                Violation violation = toViolation(found.tangle(), context);
                events.add(new ViolationEvent(found.samePackageTangle()
                        .map(key -> violation.withSameFactAs(PACKAGES_ID, key)).orElse(violation)));
            }
        };
        return ArchRuleDefinition.all(cycles).should(notExist)
                .allowEmptyShould(true)
                .as(id + ": " + title())
                .because(rationale() + "; " + fix());
    }

    /**
     * {@code packages.no-cycles} owns a module tangle that is a package tangle seen from afar: one fact, one report.
     */
    @Override
    public Set<String> subsumes() {
        return modules ? Set.of() : Set.of(MODULES_ID);
    }

    /** A tangle found, and for a module tangle the key of the package tangle it is the modules of, if it is one's. */
    private record Found(Tangle tangle, Optional<String> samePackageTangle) {
    }

    /**
     * The package tangles, keyed by the modules their packages belong to ({@code "billing, orders"} → the package
     * tangle's key): a module tangle whose modules are exactly those of one package tangle is that tangle seen from
     * afar — the package tangle alone ties those modules into a cycle — and {@code packages.no-cycles} reports it, with
     * its cut. A module tangle that only several package tangles, or module edges outside any package tangle, make is
     * a fact of its own. Packages of no module (shared kernel) are left out; a package tangle of fewer than two modules
     * is none's.
     */
    private static Map<String, String> packageTanglesByModules(JavaClasses classes, RuleContext context) {
        Map<String, JavaClass> classOfPackage = new HashMap<>();
        for (JavaClass javaClass : classes) {
            if (context.inScope(javaClass)) {
                classOfPackage.putIfAbsent(javaClass.getPackageName(), javaClass);
            }
        }
        Map<String, String> byModules = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Tangle tangle : packages().findCycles(classes, context)) {
            SortedSet<String> modulesOfTangle = new TreeSet<>();
            for (String member : tangle.members()) {
                Optional.ofNullable(classOfPackage.get(member)).flatMap(context.modules()::moduleOf).ifPresent(modulesOfTangle::add);
            }
            if (modulesOfTangle.size() < 2) {
                continue;
            }
            String modulesKey = String.join(", ", modulesOfTangle);
            if (byModules.putIfAbsent(modulesKey, String.join(", ", tangle.members())) != null) {
                ambiguous.add(modulesKey); // two package tangles over the same modules: neither alone is the module tangle
            }
        }
        ambiguous.forEach(byModules::remove);
        return byModules;
    }

    private Optional<String> node(JavaClass javaClass, RuleContext context) {
        return modules ? context.modules().moduleOf(javaClass) : Optional.of(javaClass.getPackageName());
    }

    List<Tangle> findCycles(JavaClasses classes, RuleContext context) {
        SortedMap<String, SortedMap<String, Dependency>> edges = new TreeMap<>();
        Map<String, Map<String, Set<String>>> classPairs = new HashMap<>();
        Comparator<Dependency> example = Comparator.comparing((Dependency d) -> d.getOriginClass().getName())
                .thenComparingInt(d -> d.getSourceCodeLocation().getLineNumber() > 0 ? d.getSourceCodeLocation().getLineNumber() : Integer.MAX_VALUE)
                .thenComparing(Dependency::getDescription);
        for (JavaClass javaClass : classes) {
            if (!context.inScope(javaClass) || Wiring.isWiringCode(javaClass, context)) {
                continue; // wiring is not use: the composition root names what it builds and registers
            }
            Optional<String> from = node(javaClass, context);
            if (from.isEmpty()) {
                continue;
            }
            Map<JavaClass, List<Dependency>> byTarget = new LinkedHashMap<>();
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (context.inScope(target)) {
                    byTarget.computeIfAbsent(target, key -> new ArrayList<>()).add(dependency);
                }
            }
            byTarget.forEach((target, dependencies) -> {
                Optional<String> to = node(target, context);
                if (to.isEmpty() || to.get().equals(from.get()) || withinOneFeature(from.get(), to.get(), context)) {
                    return;
                }
                List<Dependency> counted = CycleIdioms.counted(target, dependencies, context);
                if (counted.isEmpty()) {
                    return;
                }
                edges.computeIfAbsent(from.get(), key -> new TreeMap<>())
                        .merge(to.get(), counted.stream().min(example).orElseThrow(), (a, b) -> example.compare(a, b) <= 0 ? a : b);
                classPairs.computeIfAbsent(from.get(), key -> new HashMap<>()).computeIfAbsent(to.get(), key -> new HashSet<>())
                        .add(Locations.topLevelName(javaClass) + " -> " + Locations.topLevelName(target));
            });
        }
        List<Tangle> tangles = new ArrayList<>();
        for (SortedSet<String> component : stronglyConnected(edges)) {
            if (component.size() < 2) {
                continue;
            }
            List<Tangle.Edge> tangleEdges = new ArrayList<>();
            for (String from : component) {
                edges.getOrDefault(from, new TreeMap<>()).forEach((to, dependency) -> {
                    if (component.contains(to)) {
                        tangleEdges.add(new Tangle.Edge(from, to, classPairs.get(from).get(to).size(), dependency));
                    }
                });
            }
            tangles.add(new Tangle(component, tangleEdges));
        }
        tangles.sort(Comparator.comparing(tangle -> String.join(", ", tangle.members())));
        return tangles;
    }

    /**
     * Whether the edge runs between a package and one of its own sub-packages ({@code orders} and
     * {@code orders.pricing}): the parts of one feature, which its team owns and changes as one, depend on each
     * other by design. Not when the sub-package is an implementation package ({@code orders.impl}, see
     * {@link Term#IMPLEMENTATION_PACKAGE_NAMES}) or lies below one: the implementation depends on its API, never
     * the reverse. Modules have no parents.
     */
    private boolean withinOneFeature(String from, String to, RuleContext context) {
        if (modules) {
            return false;
        }
        String parent = from.length() < to.length() ? from : to;
        String child = parent.equals(from) ? to : from;
        if (!child.startsWith(parent + ".")) {
            return false;
        }
        Set<String> implementations = context.conventions().names(Term.IMPLEMENTATION_PACKAGE_NAMES);
        return Arrays.stream(child.substring(parent.length() + 1).split("\\.")).noneMatch(implementations::contains);
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
    /** How many edges of the cut a message names, lightest first (the details mark all of them). */
    private static final int CUTS_SHOWN = 3;

    private Violation toViolation(Tangle tangle, RuleContext context) {
        List<String> members = List.copyOf(tangle.members());
        List<Tangle.Edge> shortest = tangle.shortestCycle();
        StringBuilder message = new StringBuilder("Cycle between ").append(members.size()).append(' ').append(unit).append(' ')
                .append(String.join(", ", members.subList(0, Math.min(MEMBERS_SHOWN, members.size()))));
        if (members.size() > MEMBERS_SHOWN) {
            message.append(" and ").append(members.size() - MEMBERS_SHOWN).append(" more");
        }
        message.append(": ");
        for (int i = 0; i < shortest.size(); i++) {
            Tangle.Edge edge = shortest.get(i);
            message.append(i == 0 ? "" : "; ").append(edge.from()).append(" -> ").append(edge.to())
                    .append(" by ").append(withSourceLine(edge.example(), context));
        }
        List<Tangle.Edge> cut = tangle.cut();
        int cutWeight = cut.stream().mapToInt(Tangle.Edge::weight).sum();
        message.append(". The tangle has ").append(tangle.edges().size()).append(' ').append(unit, 0, unit.length() - 1)
                .append("-to-").append(unit, 0, unit.length() - 1).append(" dependencies; cutting ")
                .append(cut.size() == 1 ? "this one" : "these " + cut.size())
                .append(" (").append(cutWeight).append(cutWeight == 1 ? " class dependency" : " class dependencies")
                .append(") breaks it: ")
                .append(String.join(", ", cut.stream().limit(CUTS_SHOWN).map(Tangle.Edge::summary).toList()));
        if (cut.size() > CUTS_SHOWN) {
            message.append(" and ").append(cut.size() - CUTS_SHOWN).append(" more");
        }
        Dependency first = shortest.get(0).example();
        // every message ends with a clickable location: the first step of the shortest cycle's
        SourceLocation location = context.withSourceLine(Locations.ofUse(first), first.getOriginClass());
        String text = message.append(" — first at ").append(location).toString();
        List<String> details = tangle.edges().stream()
                .map(edge -> edge.summary() + (cut.contains(edge) ? " [cut]" : "") + ", e.g. " + withSourceLine(edge.example(), context))
                .toList();
        return new Violation(id, String.join(", ", members), text, location,
                "invert one of these dependencies or move the type they share, starting with the lightest ("
                        + cut.get(0).from() + " -> " + cut.get(0).to() + "), so that the " + members.size() + " " + unit
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
}
