package dev.archrules.core;

import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.RuleResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One fact, one report: where a rule {@linkplain dev.archrules.core.engine.ChecklistRule#subsumes() subsumes}
 * another and both report the same fact — under the same key, or under the key the other rule's finding names for it
 * ({@link Violation#sameFactAs()}) — the finding stays with the owning rule, its message naming the rules it
 * also breaks, and leaves the other rule's violations (kept as {@link RuleResult#reportedElsewhere()}, so that
 * baselines still match them). Findings of the other rule with keys the owner did not report stay where they are.
 */
final class OneFactOneReport {

    private final List<RuleResult> results;
    private final List<FoldedFinding> folded;

    private OneFactOneReport(List<RuleResult> results, List<FoldedFinding> folded) {
        this.results = results;
        this.folded = folded;
    }

    /** The results with each subsumed finding folded into its owner's (order of results and violations kept). */
    static OneFactOneReport fold(List<RuleResult> results) {
        Map<String, RuleResult> byId = new HashMap<>();
        results.forEach(result -> byId.put(result.rule().id(), result));
        // owner id -> key -> the ids of the other rules that reported that key
        Map<String, Map<String, Set<String>>> alsoBroken = new HashMap<>();
        // subsumed rule id -> key -> the fact as folded: its owner and the owner's key
        Map<String, Map<String, FoldedFinding>> taken = new HashMap<>();
        for (RuleResult owner : results) {
            Set<String> reported = owner.violations().stream().map(Violation::key).collect(Collectors.toSet());
            for (String subsumedId : owner.rule().subsumes()) {
                RuleResult subsumed = byId.get(subsumedId);
                if (subsumed == null || subsumedId.equals(owner.rule().id())) {
                    continue;
                }
                for (Violation violation : subsumed.violations()) {
                    // the owner's key of the fact: the same, or the one the finding names for the owner (sameFactAs)
                    String ownerKey = violation.keyUnder(owner.rule().id());
                    // a fact has one owner: the first rule (in checklist order) that claims it
                    FoldedFinding claimed = taken.getOrDefault(subsumedId, Map.of()).get(violation.key());
                    if (reported.contains(ownerKey) && (claimed == null || claimed.ownerRuleId().equals(owner.rule().id()))) {
                        alsoBroken.computeIfAbsent(owner.rule().id(), id -> new HashMap<>())
                                .computeIfAbsent(ownerKey, key -> new TreeSet<>()).add(subsumedId);
                        taken.computeIfAbsent(subsumedId, id -> new HashMap<>())
                                .put(violation.key(), new FoldedFinding(subsumedId, violation.key(), owner.rule().id(), ownerKey));
                    }
                }
            }
        }
        if (taken.isEmpty()) {
            return new OneFactOneReport(results, List.of());
        }
        List<RuleResult> kept = new ArrayList<>(results.size());
        List<FoldedFinding> folded = new ArrayList<>();
        for (RuleResult result : results) {
            String id = result.rule().id();
            Map<String, Set<String>> others = alsoBroken.getOrDefault(id, Map.of());
            Map<String, FoldedFinding> gone = taken.getOrDefault(id, Map.of());
            if (others.isEmpty() && gone.isEmpty()) {
                kept.add(result);
                continue;
            }
            List<Violation> violations = new ArrayList<>();
            List<FoldedFinding> elsewhere = new ArrayList<>();
            for (Violation violation : result.violations()) {
                FoldedFinding finding = gone.get(violation.key());
                if (finding != null) {
                    elsewhere.add(finding);
                    folded.add(finding);
                } else {
                    violations.add(others.containsKey(violation.key()) ? alsoBreaks(violation, others.get(violation.key())) : violation);
                }
            }
            kept.add(new RuleResult(result.rule(), violations, result.classesInScope(), result.scopeDescription())
                    .withReportedElsewhere(elsewhere).withSeverity(result.severity()));
        }
        return new OneFactOneReport(List.copyOf(kept), List.copyOf(folded));
    }

    /** Every rule's result, subsumed findings folded into their owners'. */
    List<RuleResult> results() {
        return results;
    }

    /** Every occurrence a rule found and its owner reports. */
    List<FoldedFinding> folded() {
        return folded;
    }

    private static Violation alsoBreaks(Violation violation, Set<String> ruleIds) {
        String also = " (also breaks " + String.join(", ", ruleIds) + ")";
        String message = violation.message();
        // the message ends with the clickable location ("… in (File.java:12)", a tangle's "… — first at (File.java:7)");
        // the note goes before it
        String withNote = message + also;
        for (String lead : List.of(" in ", " — first at ")) {
            String location = lead + violation.location();
            if (message.endsWith(location)) {
                withNote = message.substring(0, message.length() - location.length()) + also + location;
                break;
            }
        }
        return new Violation(violation.ruleId(), violation.key(), withNote, violation.location(), violation.hint(), violation.details(),
                violation.flow(), violation.sameFactAs());
    }
}
