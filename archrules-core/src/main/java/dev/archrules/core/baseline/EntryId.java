package dev.archrules.core.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * What a baseline entry is matched by: a rule id and a violation key. Written in the file as
 * {@code ruleId | key}; ordered by rule id, then key, which is the order of the file.
 *
 * @param ruleId the stable rule id
 * @param key    the stable violation key
 */
public record EntryId(String ruleId, String key) implements Comparable<EntryId> {

    /** What separates the parts of an entry line: {@code ruleId | key | count}. */
    public static final String SEPARATOR = " | ";

    private static final Comparator<EntryId> ORDER = Comparator.comparing(EntryId::ruleId).thenComparing(EntryId::key);

    public EntryId {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
    }

    /** By rule id, then key: the order of the entries in the file. */
    @Override
    public int compareTo(EntryId other) {
        return ORDER.compare(this, other);
    }

    /** As written in the file and in messages: {@code ruleId | key}. */
    @Override
    public String toString() {
        return ruleId + SEPARATOR + key;
    }
}
