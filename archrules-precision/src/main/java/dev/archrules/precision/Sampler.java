package dev.archrules.precision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The seeded random sample of findings to judge: per rule at most {@code perRule} distinct findings (rule id
 * and key), all of them when there are fewer. Each finding draws a number from a hash of the seed, the code
 * base, the rule id and the key, and the smallest numbers are taken: the sample depends only on the set of
 * keys, not on their order, and stays put when other findings come or go (a key leaves the sample only when
 * a newly reported key draws a smaller number), so judgements made before a change still cover the sample after it.
 */
final class Sampler {

    /** The seed of the committed samples; changing it draws a new sample. */
    static final String DEFAULT_SEED = "archrules-precision-1";

    /** At most this many findings per rule and code base are sampled. */
    static final int DEFAULT_PER_RULE = 15;

    private final String seed;
    private final int perRule;

    Sampler(String seed, int perRule) {
        if (perRule < 1) {
            throw new IllegalArgumentException("perRule must be at least 1, was " + perRule);
        }
        this.seed = seed;
        this.perRule = perRule;
    }

    /** The sample of one code base's findings, per rule id, each rule's sample sorted by key. */
    SortedMap<String, List<FindingId>> sample(String codeBase, Collection<Finding> findings) {
        SortedMap<String, TreeSet<FindingId>> byRule = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.folded()) {
                continue; // the owner's finding is what is sampled
            }
            byRule.computeIfAbsent(finding.ruleId(), rule -> new TreeSet<>()).add(FindingId.of(finding));
        }
        SortedMap<String, List<FindingId>> sample = new TreeMap<>();
        for (Map.Entry<String, TreeSet<FindingId>> rule : byRule.entrySet()) {
            List<FindingId> drawn = new ArrayList<>(rule.getValue());
            drawn.sort(Comparator.comparing((FindingId id) -> draw(codeBase, id), Long::compareUnsigned)
                    .thenComparing(Comparator.naturalOrder()));
            List<FindingId> taken = new ArrayList<>(drawn.subList(0, Math.min(perRule, drawn.size())));
            taken.sort(Comparator.naturalOrder());
            sample.put(rule.getKey(), List.copyOf(taken));
        }
        return sample;
    }

    private long draw(String codeBase, FindingId id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (seed + '\u0000' + codeBase + '\u0000' + id.ruleId() + '\u0000' + id.key()).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (hash[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
