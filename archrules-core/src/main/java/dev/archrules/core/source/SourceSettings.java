package dev.archrules.core.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the source rules find and read source files. Immutable; each {@code with…} returns a copy.
 *
 * @param roots          source roots searched first: directories or {@code -sources.jar}/zip files
 * @param detectRoots    whether roots are also detected from where each class was loaded (Maven
 *                       {@code target/classes} → {@code src/main/java}, {@code target/test-classes} →
 *                       {@code src/test/java}, Gradle {@code build/classes/java/main} → {@code src/main/java},
 *                       a jar → the {@code -sources.jar} beside it)
 * @param charset        the encoding of the source files (default UTF-8); bytes that are not valid in it
 *                       make the file a reported problem, never a silent mis-read
 * @param prefilter      whether the literal rules skip files a cheap text test rules out (default on; off
 *                       only to measure what it saves)
 * @param maxFileBytes   larger files are reported and skipped (default 4 MB)
 */
public record SourceSettings(List<Path> roots, boolean detectRoots, Charset charset, boolean prefilter, long maxFileBytes) {

    public SourceSettings {
        roots = List.copyOf(roots);
        Objects.requireNonNull(charset, "charset");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive but was " + maxFileBytes);
        }
    }

    /** Detected roots, UTF-8, pre-filter on, files up to 4 MB. */
    public static SourceSettings defaults() {
        return new SourceSettings(List.of(), true, StandardCharsets.UTF_8, true, 4L * 1024 * 1024);
    }

    /** A copy that also searches these roots (directories or source jars), before the detected ones. */
    public SourceSettings withRoots(Path... more) {
        List<Path> all = new ArrayList<>(roots);
        for (Path root : more) {
            all.add(Objects.requireNonNull(root, "root").toAbsolutePath().normalize());
        }
        return new SourceSettings(all, detectRoots, charset, prefilter, maxFileBytes);
    }

    /** A copy that does or does not detect roots from class locations. */
    public SourceSettings withDetectedRoots(boolean detect) {
        return new SourceSettings(roots, detect, charset, prefilter, maxFileBytes);
    }

    /** A copy that reads source files in this encoding. */
    public SourceSettings withCharset(Charset encoding) {
        return new SourceSettings(roots, detectRoots, encoding, prefilter, maxFileBytes);
    }

    /** A copy with the pre-filter on or off. */
    public SourceSettings withPrefilter(boolean enabled) {
        return new SourceSettings(roots, detectRoots, charset, enabled, maxFileBytes);
    }

    /** A copy that skips (and reports) files larger than this. */
    public SourceSettings withMaxFileBytes(long limit) {
        return new SourceSettings(roots, detectRoots, charset, prefilter, limit);
    }
}
