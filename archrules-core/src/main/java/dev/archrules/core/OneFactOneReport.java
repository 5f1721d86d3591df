package dev.archrules.core;

import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.RuleResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One fact, one report: where a rule {@linkplain ChecklistRule#subsumes() subsumes} another and both report the same
 * key, the finding stays with the owning rule, its message ending with the ids of the rules it also breaks, and
 * leaves the other rule's result. Findings of the other rule with keys the owner did not report stay where they are.
 */
final class OneFactOneReport {

    private OneFactOneReport() {
    }

    /** The results with each subsumed finding folded into its owner's (order of results and violations kept). */
    static List<RuleResult> fold(List<RuleResult> results) {
        Map<String, RuleResult> byId = new HashMap<>();
        results.forEach(result -> byId.put(result.rule().id(), result));
        // owner id -> key -> the ids of the other rules that reported that key
        Map<String, Map<String, Set<String>>> alsoBroken = new HashMap<>();
        // subsumed rule id -> keys taken by an owner
        Map<String, Set<String>> taken = new HashMap<>();
        for (RuleResult owner : results) {
            Set<String> ownerKeys = owner.violations().stream().map(Violation::key).collect(Collectors.toSet());
            for (String subsumedId : owner.rule().subsumes()) {
                RuleResult subsumed = byId.get(subsumedId);
                if (subsumed == null || subsumedId.equals(owner.rule().id())) {
                    continue;
                }
                for (Violation violation : subsumed.violations()) {
                    if (ownerKeys.contains(violation.key())) {
                        alsoBroken.computeIfAbsent(owner.rule().id(), id -> new HashMap<>())
                                .computeIfAbsent(violation.key(), key -> new TreeSet<>()).add(subsumedId);
                        taken.computeIfAbsent(subsumedId, id -> new HashSet<>()).add(violation.key());
                    }
                }
            }
        }
        if (taken.isEmpty()) {
            return results;
        }
        List<RuleResult> folded = new ArrayList<>(results.size());
        for (RuleResult result : results) {
            String id = result.rule().id();
            Map<String, Set<String>> others = alsoBroken.getOrDefault(id, Map.of());
            Set<String> gone = taken.getOrDefault(id, Set.of());
            if (others.isEmpty() && gone.isEmpty()) {
                folded.add(result);
                continue;
            }
            List<Violation> violations = result.violations().stream()
                    .filter(violation -> !gone.contains(violation.key()) || others.containsKey(violation.key()))
                    .map(violation -> others.containsKey(violation.key()) ? alsoBreaks(violation, others.get(violation.key())) : violation)
                    .toList();
            folded.add(new RuleResult(result.rule(), violations, result.classesInScope(), result.scopeDescription()));
        }
        return folded;
    }

    private static Violation alsoBreaks(Violation violation, Set<String> ruleIds) {
        return new Violation(violation.ruleId(), violation.key(),
                violation.message() + " (also breaks " + String.join(", ", ruleIds) + ")",
                violation.location(), violation.hint());
    }
}
