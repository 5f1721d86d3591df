package dev.archrules.core.source.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The source and class jars a {@link SourceCache} has opened, each opened once and kept open for the cache's
 * lifetime (closed by {@link SourceCache#close()}), with the nested class files of each class jar listed once.
 */
public final class Jars {

    private final Map<Path, ZipFile> open = new ConcurrentHashMap<>();
    /** The nested class files of each class jar, by the path of their top-level class. */
    private final Map<Path, Map<String, List<String>>> nestedEntries = new ConcurrentHashMap<>();

    Jars() {
    }

    /** The jar at {@code path}, opened on first use. */
    ZipFile open(Path path) throws IOException {
        try {
            return open.computeIfAbsent(path, p -> {
                try {
                    return new ZipFile(p.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The entries of nested class files ({@code $} in the name) in a class jar, by the path of their top-level class. */
    Map<String, List<String>> nestedClassEntries(Path jarPath) throws IOException {
        ZipFile jar = open(jarPath);
        return nestedEntries.computeIfAbsent(jarPath, path -> {
            Map<String, List<String>> byTop = new HashMap<>();
            jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class") && name.lastIndexOf('$') > name.lastIndexOf('/'))
                    .forEach(name -> byTop.computeIfAbsent(name.substring(0, name.indexOf('$', name.lastIndexOf('/'))), top -> new ArrayList<>()).add(name));
            return byTop;
        });
    }

    /** Closes every open jar; a jar asked for later is opened again. */
    void closeAll() {
        for (ZipFile jar : open.values()) {
            try {
                jar.close();
            } catch (IOException e) {
                // nothing to do: the jar was only read
            }
        }
        open.clear();
        nestedEntries.clear();
    }
}
