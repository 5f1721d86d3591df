package dev.archrules.core.baseline;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * What a baseline write did to one entry: added it, changed its count, or removed it. A mode that writes
 * prints one {@link #line()} per change, in the order of the file.
 *
 * @param kind   added, changed or removed
 * @param id     the entry's rule id and key
 * @param before the accepted count before the write (0 when added)
 * @param after  the accepted count after the write (0 when removed)
 */
public record BaselineChange(Kind kind, EntryId id, int before, int after) implements Comparable<BaselineChange> {

    /** What happened to the entry. */
    public enum Kind {
        /** A new entry. */
        ADDED,
        /** An entry whose count changed. */
        CHANGED,
        /** An entry that is gone. */
        REMOVED;

        /** {@code added}, {@code changed} or {@code removed}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Comparator<BaselineChange> ORDER = Comparator.comparing(BaselineChange::id);

    public BaselineChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    static BaselineChange added(BaselineEntry entry) {
        return new BaselineChange(Kind.ADDED, entry.id(), 0, entry.count());
    }

    static BaselineChange changed(BaselineEntry old, BaselineEntry now) {
        return new BaselineChange(Kind.CHANGED, now.id(), old.count(), now.count());
    }

    static BaselineChange removed(BaselineEntry entry) {
        return new BaselineChange(Kind.REMOVED, entry.id(), entry.count(), 0);
    }

    /** By entry id: the order of the file. */
    @Override
    public int compareTo(BaselineChange other) {
        return ORDER.compare(this, other);
    }

    /**
     * The printed line, the label padded to one width: {@code added   ruleId | key | 2},
     * {@code changed ruleId | key | 3 -> 2}, {@code removed ruleId | key | 1}.
     */
    public String line() {
        String label = String.format(Locale.ROOT, "%-8s", kind.label());
        return switch (kind) {
            case ADDED -> label + id + EntryId.SEPARATOR + after;
            case CHANGED -> label + id + EntryId.SEPARATOR + before + " -> " + after;
            case REMOVED -> label + id + EntryId.SEPARATOR + before;
        };
    }

    @Override
    public String toString() {
        return line();
    }
}
