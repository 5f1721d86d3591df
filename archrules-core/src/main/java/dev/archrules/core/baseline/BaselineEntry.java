package dev.archrules.core.baseline;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One accepted violation key of one rule, and how many occurrences of it are accepted.
 *
 * @param ruleId   the stable rule id
 * @param key      the stable violation key (no line numbers, no message text)
 * @param count    accepted occurrences, at least 1
 * @param comments comment lines directly above the entry in the file (a ticket, an owner), kept on rewrite,
 *                 each starting with {@code #}
 */
public record BaselineEntry(String ruleId, String key, int count, List<String> comments) {

    static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::id);

    public BaselineEntry {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
        comments = List.copyOf(comments);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 but was " + count);
        }
    }

    /** An entry without comments. */
    public static BaselineEntry of(String ruleId, String key, int count) {
        return new BaselineEntry(ruleId, key, count, List.of());
    }

    /** An entry for this id without comments. */
    public static BaselineEntry of(EntryId id, int count) {
        return of(id.ruleId(), id.key(), count);
    }

    /** The same entry with another count, comments kept. */
    public BaselineEntry withCount(int newCount) {
        return new BaselineEntry(ruleId, key, newCount, comments);
    }

    /** Rule id and key, the identity an entry is matched by. */
    public EntryId id() {
        return new EntryId(ruleId, key);
    }

    /** The entry line as written in the file: {@code ruleId | key | count}. */
    public String line() {
        return id() + EntryId.SEPARATOR + count;
    }
}
