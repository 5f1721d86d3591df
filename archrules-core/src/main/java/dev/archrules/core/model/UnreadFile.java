package dev.archrules.core.model;

import java.util.Objects;

/**
 * A class file, archive entry, archive or directory the import could not read, and why. ArchUnit logs such a file
 * and skips it; archrules lists it, so that a run that could not look at some of the code is never mistaken for a
 * run that found nothing there.
 *
 * @param path   the file, written {@code /path/app.jar!/com/acme/Foo.class} for an archive entry
 * @param reason why it was not read, e.g. {@code truncated or corrupt class file}
 */
public record UnreadFile(String path, String reason) implements Comparable<UnreadFile> {

    public UnreadFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code path: reason}, as the reports print it. */
    public String message() {
        return path + ": " + reason;
    }

    @Override
    public int compareTo(UnreadFile other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : reason.compareTo(other.reason);
    }

    @Override
    public String toString() {
        return message();
    }
}
