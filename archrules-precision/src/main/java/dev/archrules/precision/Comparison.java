package dev.archrules.precision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares one code base's findings with its sample and its judgements, per rule. A rule appears when it
 * was run, has findings or has judgements (so a rule whose judged-TRUE findings all disappeared still shows
 * them as lost, and a rule that found nothing shows its zero).
 *
 * <p>A finding another rule's finding reports (one fact, one report: the owner's message names this rule) is
 * folded: counted as such, but neither a report of this rule for its precision nor lost, since the fact is
 * still reported — the owner's finding is what is sampled and judged.
 */
final class Comparison {

    private Comparison() {
    }

    static SortedMap<String, Tally> compare(Collection<String> rulesRun, Collection<Finding> findings,
                                            Map<String, List<FindingId>> sample, Judgements judgements) {
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Set<FindingId>> distinct = new HashMap<>();
        Map<String, Set<FindingId>> foldedByRule = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.folded()) {
                foldedByRule.computeIfAbsent(finding.ruleId(), rule -> new HashSet<>()).add(FindingId.of(finding));
                continue;
            }
            occurrences.merge(finding.ruleId(), 1, Integer::sum);
            distinct.computeIfAbsent(finding.ruleId(), rule -> new HashSet<>()).add(FindingId.of(finding));
        }
        Set<String> rules = new TreeSet<>(rulesRun);
        rules.addAll(occurrences.keySet());
        rules.addAll(foldedByRule.keySet());
        judgements.all().forEach(judgement -> rules.add(judgement.ruleId()));
        rules.addAll(sample.keySet());

        SortedMap<String, Tally> tallies = new TreeMap<>();
        for (String rule : rules) {
            Set<FindingId> reported = distinct.getOrDefault(rule, Set.of());
            Set<FindingId> folded = new HashSet<>(foldedByRule.getOrDefault(rule, Set.of()));
            folded.removeAll(reported);
            List<FindingId> sampled = sample.getOrDefault(rule, List.of());
            int[] verdicts = new int[Verdict.values().length];
            List<Judgement> lostTrue = new ArrayList<>();
            int goneOther = 0;
            for (Judgement judgement : judgements.all()) {
                if (!judgement.ruleId().equals(rule)) {
                    continue;
                }
                if (reported.contains(judgement.id())) {
                    verdicts[judgement.verdict().ordinal()]++;
                } else if (folded.contains(judgement.id())) {
                    continue;
                } else if (judgement.verdict() == Verdict.TRUE) {
                    lostTrue.add(judgement);
                } else {
                    goneOther++;
                }
            }
            List<FindingId> unjudged = sampled.stream().filter(id -> judgements.of(id).isEmpty()).toList();
            tallies.put(rule, new Tally(occurrences.getOrDefault(rule, 0), reported.size(), folded.size(), sampled.size(),
                    verdicts[Verdict.TRUE.ordinal()], verdicts[Verdict.FALSE.ordinal()],
                    verdicts[Verdict.DEBATABLE.ordinal()], lostTrue, goneOther, unjudged));
        }
        return tallies;
    }
}
