package dev.archrules.core.baseline;

/**
 * A stale baseline entry: fewer occurrences of its key exist than the baseline accepts, so the
 * difference was fixed and the entry can be pruned.
 *
 * @param ruleId    the stable rule id
 * @param key       the stable violation key
 * @param baselined the occurrences the baseline accepts
 * @param remaining the occurrences that still exist (0 when the key is gone)
 */
public record FixedEntry(String ruleId, String key, int baselined, int remaining) {

    /** How many occurrences were fixed. */
    public int fixed() {
        return baselined - remaining;
    }
}
