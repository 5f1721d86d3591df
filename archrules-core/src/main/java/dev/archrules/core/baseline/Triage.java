package dev.archrules.core.baseline;

import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The violations of one rule sorted against a baseline: new, baselined, and what was fixed.
 *
 * @param newViolations violations the baseline does not accept; for a key whose count grew, the occurrences
 *                      beyond the accepted count
 * @param baselined     violations the baseline accepts
 * @param fixed         baseline entries with fewer occurrences than accepted (stale entries)
 * @param grownKeys     baselined keys that now have more occurrences than accepted (the ratchet)
 */
public record Triage(List<Violation> newViolations, List<Violation> baselined, List<FixedEntry> fixed, Set<String> grownKeys) {

    public Triage {
        newViolations = List.copyOf(newViolations);
        baselined = List.copyOf(baselined);
        fixed = List.copyOf(fixed);
        grownKeys = Set.copyOf(new TreeSet<>(grownKeys));
    }

    /** Every violation is new: the triage of a run without a baseline, or of a rule that may not be baselined. */
    public static Triage allNew(List<Violation> violations) {
        return new Triage(violations, List.of(), List.of(), Set.of());
    }

    /**
     * Sorts the violations of one rule against its baseline entries: per key, the first {@code count}
     * occurrences (in the given order) are baselined, further ones new.
     */
    public static Triage of(List<Violation> violations, List<BaselineEntry> entries) {
        return of(violations, entries, Map.of(), Map.of());
    }

    /**
     * Sorts the violations of one rule against its baseline entries, where some facts are found by two rules and
     * reported once (one fact, one report).
     *
     * @param acceptedElsewhere per key of a fact this rule reports for another rule too, the occurrences the baseline
     *                          accepts under that other rule's id: they count as accepted here unless this rule's own
     *                          entry says more
     * @param seenElsewhere     per key, occurrences of this rule's facts reported under another rule: they keep this
     *                          rule's entries from turning fixed, and are never new here
     */
    public static Triage of(List<Violation> violations, List<BaselineEntry> entries, Map<String, Integer> acceptedElsewhere,
                            Map<String, Integer> seenElsewhere) {
        Map<String, Integer> accepted = new LinkedHashMap<>();
        entries.forEach(entry -> accepted.put(entry.key(), entry.count()));
        acceptedElsewhere.forEach((key, count) -> accepted.merge(key, count, Math::max));
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Violation> fresh = new ArrayList<>();
        List<Violation> old = new ArrayList<>();
        Set<String> grown = new TreeSet<>();
        for (Violation violation : violations) {
            int occurrence = seen.merge(violation.key(), 1, Integer::sum);
            int allowed = accepted.getOrDefault(violation.key(), 0);
            if (occurrence <= allowed) {
                old.add(violation);
            } else {
                fresh.add(violation);
                if (allowed > 0) {
                    grown.add(violation.key());
                }
            }
        }
        seenElsewhere.forEach((key, count) -> seen.merge(key, count, Integer::sum));
        List<FixedEntry> fixed = entries.stream()
                .filter(entry -> seen.getOrDefault(entry.key(), 0) < entry.count())
                .map(entry -> new FixedEntry(entry.ruleId(), entry.key(), entry.count(), seen.getOrDefault(entry.key(), 0)))
                .toList();
        return new Triage(fresh, old, fixed, grown);
    }

    /** Current occurrences: new plus baselined. */
    public int total() {
        return newViolations.size() + baselined.size();
    }

    /** Fixed occurrences, summed over the stale entries. */
    public int fixedCount() {
        return fixed.stream().mapToInt(FixedEntry::fixed).sum();
    }

    /** Whether this new violation is one more occurrence of a baselined key (SARIF's {@code updated}). */
    public boolean isGrown(Violation violation) {
        return grownKeys.contains(violation.key());
    }

    /** All current occurrences of a key, baselined first: what a ratchet failure lists. */
    public List<Violation> occurrencesOf(String key) {
        return Stream.concat(baselined.stream(), newViolations.stream()).filter(v -> v.key().equals(key)).toList();
    }
}
