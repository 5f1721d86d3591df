package dev.archrules.core.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A located source file: a file in a directory, or an entry of a source jar.
 *
 * @param location the file, or the jar that holds it
 * @param entry    the entry in the jar, empty for a file in a directory
 * @param key      its identity for the cache
 */
public record SourceFile(Path location, Optional<String> entry, FileKey key) {

    /** A file in a directory, read in {@code charset}. */
    static SourceFile inDirectory(Path file, Charset charset) throws IOException {
        return new SourceFile(file, Optional.empty(), new FileKey(file.toString(), Files.getLastModifiedTime(file).toMillis(),
                Files.size(file), charset.name()));
    }

    /** An entry of a source jar, read in {@code charset}. */
    static SourceFile inJar(Path jar, ZipEntry entry, Charset charset) throws IOException {
        return new SourceFile(jar, Optional.of(entry.getName()), new FileKey(jar + "!/" + entry.getName(),
                Files.getLastModifiedTime(jar).toMillis(), entry.getSize(), charset.name()));
    }

    /** Where it was read from, as problems and facts name it: a path, or {@code jar!/entry}. */
    public String display() {
        return key.path();
    }

    /** The bytes of the file; jars are opened through {@code jars}. */
    byte[] bytes(Jars jars) throws IOException {
        if (entry.isEmpty()) {
            return Files.readAllBytes(location);
        }
        ZipFile jar = jars.open(location);
        try (InputStream in = jar.getInputStream(jar.getEntry(entry.get()))) {
            return in.readAllBytes();
        }
    }
}
