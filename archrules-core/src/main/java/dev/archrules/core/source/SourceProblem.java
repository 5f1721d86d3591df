package dev.archrules.core.source;

import java.util.Objects;

/**
 * A source file or class the source rules could not look at, and why. Problems never stop a run: the
 * file is skipped, the problem is listed in the checklist result and logged once, so that a rule that
 * passes because it could not read the code is never mistaken for a rule that passed.
 *
 * @param kind    what went wrong
 * @param path    the file (or source root) concerned; for {@link Kind#NO_SOURCE} a summary such as {@code 3 classes}
 * @param message a sentence that names the file and says what to do
 */
public record SourceProblem(Kind kind, String path, String message) {

    public SourceProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of problems. */
    public enum Kind {
        /** JavaParser reported a syntax error. */
        SYNTAX_ERROR,
        /** The bytes are not valid in the configured charset. */
        UNREADABLE_CHARSET,
        /** The file is larger than the configured limit. */
        TOO_LARGE,
        /** The code nests too deeply to be analysed (the parser or the analysis ran out of stack). */
        TOO_DEEP,
        /** The file or jar could not be read. */
        IO_ERROR,
        /** A configured source root does not exist. */
        MISSING_ROOT,
        /** Classes whose source file was not found (reported once, as a count with examples). */
        NO_SOURCE
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
