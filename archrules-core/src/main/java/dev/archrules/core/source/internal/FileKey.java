package dev.archrules.core.source.internal;

/**
 * The identity of one version of a source file, as the {@link SourceCache} keys it: a changed file (time or
 * size) or a file read in another charset is another entry.
 *
 * @param path     the file's path, or {@code jar!/entry} for a file in a source jar
 * @param modified the modification time in milliseconds (of the jar, for a jar entry)
 * @param size     the size in bytes
 * @param charset  the name of the charset it is read with
 */
public record FileKey(String path, long modified, long size, String charset) {
}
