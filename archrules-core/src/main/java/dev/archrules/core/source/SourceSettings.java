package dev.archrules.core.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param cache          whether the facts of parsed files and the scans of file texts are kept on disk between runs
 *                       (default on), so that a re-run parses only the files whose text changed
 * @param cacheDirectory where they are kept; empty (the default) for {@code archrules-cache} in the build directory of
 *                       the classes' project ({@code target/archrules-cache} for Maven, {@code build/archrules-cache} for
 *                       Gradle), and no cache on disk for classes that come from jars
 */
public record SourceSettings(List<Path> roots, boolean detectRoots, Charset charset, boolean prefilter, long maxFileBytes,
                             boolean cache, Optional<Path> cacheDirectory) {

    public SourceSettings {
        roots = List.copyOf(roots);
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive but was " + maxFileBytes);
        }
    }

    /** Settings with the cache on in its default place. */
    public SourceSettings(List<Path> roots, boolean detectRoots, Charset charset, boolean prefilter, long maxFileBytes) {
        this(roots, detectRoots, charset, prefilter, maxFileBytes, true, Optional.empty());
    }

    /** Detected roots, UTF-8, pre-filter on, files up to 4 MB, facts cached in the build directory. */
    public static SourceSettings defaults() {
        return new SourceSettings(List.of(), true, StandardCharsets.UTF_8, true, 4L * 1024 * 1024);
    }

    /** A copy that keeps facts on disk between runs (in its directory) or does not. */
    public SourceSettings withCache(boolean enabled) {
        return new SourceSettings(roots, detectRoots, charset, prefilter, maxFileBytes, enabled, cacheDirectory);
    }

    /** A copy that keeps facts on disk in {@code directory} (which it creates when first written). */
    public SourceSettings withCacheDirectory(Path directory) {
        return new SourceSettings(roots, detectRoots, charset, prefilter, maxFileBytes, true,
                Optional.of(directory.toAbsolutePath().normalize()));
    }

    /** A copy that also searches these roots (directories or source jars), before the detected ones. */
    public SourceSettings withRoots(Path... more) {
        List<Path> all = new ArrayList<>(roots);
        for (Path root : more) {
            all.add(Objects.requireNonNull(root, "root").toAbsolutePath().normalize());
        }
        return new SourceSettings(all, detectRoots, charset, prefilter, maxFileBytes, cache, cacheDirectory);
    }

    /** A copy that does or does not detect roots from class locations. */
    public SourceSettings withDetectedRoots(boolean detect) {
        return new SourceSettings(roots, detect, charset, prefilter, maxFileBytes, cache, cacheDirectory);
    }

    /** A copy that reads source files in this encoding. */
    public SourceSettings withCharset(Charset encoding) {
        return new SourceSettings(roots, detectRoots, encoding, prefilter, maxFileBytes, cache, cacheDirectory);
    }

    /** A copy with the pre-filter on or off. */
    public SourceSettings withPrefilter(boolean enabled) {
        return new SourceSettings(roots, detectRoots, charset, enabled, maxFileBytes, cache, cacheDirectory);
    }

    /** A copy that skips (and reports) files larger than this. */
    public SourceSettings withMaxFileBytes(long limit) {
        return new SourceSettings(roots, detectRoots, charset, prefilter, limit, cache, cacheDirectory);
    }
}
