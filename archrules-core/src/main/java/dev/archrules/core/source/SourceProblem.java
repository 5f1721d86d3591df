package dev.archrules.core.source;

import dev.archrules.core.model.UnreadFile;

import java.util.Objects;
import java.util.Optional;

/**
 * A source file or class the source rules could not look at, and why. Problems never stop a run: the
 * file is skipped, the problem is listed in the checklist result and logged once, so that a rule that
 * passes because it could not read the code is never mistaken for a rule that passed. A file that exists but
 * could not be read, parsed or analysed, and a configured source root that does not exist, make the run
 * <em>incomplete</em> like an unread class file ({@link #unreadFile()}); classes without a source file do not
 * (the source rules only look at code that has sources, see docs/usage.md).
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

    /**
     * This problem as a file the run could not read, which makes the run incomplete: every kind except
     * {@link Kind#NO_SOURCE}. The reason is the message without the leading path.
     */
    public Optional<UnreadFile> unreadFile() {
        if (kind == Kind.NO_SOURCE) {
            return Optional.empty();
        }
        String reason = message.startsWith(path) ? "source file" + message.substring(path.length()) : message;
        return Optional.of(new UnreadFile(path, reason.endsWith("; skipped") ? reason.substring(0, reason.length() - "; skipped".length()) : reason));
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
