package dev.archrules.core.source.internal;

import dev.archrules.core.source.SourceProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Reads the text of a source file in the charset of its {@link FileKey}: bytes that are not valid in it are a
 * problem, never a silent mis-read; a byte order mark is dropped.
 */
final class SourceText {

    private SourceText() {
    }

    /** The text of {@code file}, or the problem ({@code IO_ERROR}, {@code UNREADABLE_CHARSET}) that prevents reading it. */
    static String read(SourceFile file, Jars jars) throws Unreadable {
        byte[] bytes;
        try {
            bytes = file.bytes(jars);
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable(new SourceProblem(SourceProblem.Kind.IO_ERROR, file.display(),
                    file.display() + " could not be read (" + e.getMessage() + "); skipped"));
        }
        Charset charset = Charset.forName(file.key().charset());
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable(new SourceProblem(SourceProblem.Kind.UNREADABLE_CHARSET, file.display(),
                    file.display() + " is not valid " + charset.name()
                            + "; skipped (convert it, or set the encoding with withSourceCharset)"));
        }
    }

    /** A file whose text cannot be read, and why. */
    static final class Unreadable extends Exception {
        private final transient SourceProblem problem;

        Unreadable(SourceProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        SourceProblem problem() {
            return problem;
        }
    }
}
