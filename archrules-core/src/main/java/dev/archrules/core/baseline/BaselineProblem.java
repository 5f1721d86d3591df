package dev.archrules.core.baseline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One reason a baseline file cannot be used, as data: which file, which line, what kind of problem, and a
 * sentence saying what is wrong and how to fix it.
 *
 * @param file    the baseline file
 * @param line    the 1-based line to fix; 0 when the problem concerns the whole file (not UTF-8)
 * @param kind    what is wrong
 * @param message what is wrong and how to fix it, without the file and line, e.g.
 *                {@code duplicate entry '…' (also on line 4) — keep one line and add the counts}
 */
public record BaselineProblem(Path file, int line, Kind kind, String message) {

    /** The kinds of problems a baseline file can have. */
    public enum Kind {
        /** The first line is not the header {@code # archrules baseline v1}. */
        MISSING_HEADER,
        /** The header names a version this archrules does not read. */
        UNKNOWN_VERSION,
        /** The bytes are not valid UTF-8. */
        NOT_UTF8,
        /** A merge-conflict marker ({@code <<<<<<<}, {@code =======}, {@code >>>>>>>}, {@code |||||||}). */
        MERGE_CONFLICT,
        /** A line that is not {@code ruleId | key | count} with a count of at least 1. */
        MALFORMED_LINE,
        /** An entry whose rule id and key appear on an earlier line too. */
        DUPLICATE_ENTRY,
        /** An entry of a rule that is not part of the checklist. */
        ORPHANED_ENTRY,
        /** An entry of a rule whose violations may not be baselined. */
        NOT_BASELINABLE
    }

    public BaselineProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative but was " + line);
        }
    }

    /** The problem as printed: {@code file:line: message}, or {@code file: message} without a line. */
    public String text() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
