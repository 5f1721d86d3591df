package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.internal.io.ClassFileHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The string constants of the class files of a class and of its anonymous and local classes (whose texts
 * belong to it), read once per run for all pre-filters: what javac inlined from other classes' constants and
 * every folded constant concatenation.
 */
final class ClassFileStrings {

    private final Jars jars;
    private final Map<JavaClass, Optional<List<String>>> strings = new ConcurrentHashMap<>();
    /** The nested class files of each class directory, by top-level class name ({@code Outer} for {@code Outer$1.class}). */
    private final Map<Path, Map<String, List<Path>>> directoryListings = new ConcurrentHashMap<>();

    ClassFileStrings(Jars jars) {
        this.jars = jars;
    }

    /** The string constants of the class files of {@code javaClass}; empty if they cannot be read. */
    Optional<List<String>> of(JavaClass javaClass) {
        return strings.computeIfAbsent(javaClass, key -> {
            try {
                List<String> all = new ArrayList<>();
                for (ClassFile classFile : classFiles(javaClass)) {
                    try (InputStream in = classFile.open()) {
                        all.addAll(ClassFileHeader.read(in).strings());
                    }
                }
                return Optional.of(List.copyOf(all));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** A class file to read. */
    private interface ClassFile {
        InputStream open() throws IOException;
    }

    /** The class file of {@code javaClass} and those of its anonymous and local classes ({@code Outer$1}, {@code Outer$1Local}, {@code Outer$1$1}). */
    private List<ClassFile> classFiles(JavaClass javaClass) throws IOException {
        URI uri = javaClass.getSource().orElseThrow(() -> new IOException("no class file for " + javaClass.getName())).getUri();
        List<ClassFile> files = new ArrayList<>();
        if ("file".equals(uri.getScheme())) {
            Path own = Paths.get(uri);
            String prefix = withoutClassSuffix(own.getFileName().toString()) + "$";
            files.add(() -> Files.newInputStream(own));
            for (Path nested : nestedClassFiles(own.getParent()).getOrDefault(prefix.substring(0, prefix.indexOf('$')), List.of())) {
                if (isLocalClassFile(nested.getFileName().toString(), prefix)) {
                    files.add(() -> Files.newInputStream(nested));
                }
            }
            return files;
        }
        String spec = uri.getSchemeSpecificPart();
        int bang = spec.indexOf("!/");
        if (!"jar".equals(uri.getScheme()) || bang < 0) {
            throw new IOException("cannot read " + uri);
        }
        Path jarPath = Paths.get(URI.create(spec.substring(0, bang)));
        String entry = spec.substring(bang + 2);
        String prefix = withoutClassSuffix(entry) + "$";
        ZipFile jar = jars.open(jarPath);
        files.add(() -> entryStream(jar, entry));
        String top = prefix.substring(0, prefix.indexOf('$'));
        for (String nested : jars.nestedClassEntries(jarPath).getOrDefault(top, List.of())) {
            if (isLocalClassFile(nested, prefix)) {
                files.add(() -> entryStream(jar, nested));
            }
        }
        return files;
    }

    private static String withoutClassSuffix(String fileName) {
        return fileName.endsWith(".class") ? fileName.substring(0, fileName.length() - ".class".length()) : fileName;
    }

    /** The nested class files ({@code $} in the name) of a class directory by top-level class name, listed once per run. */
    private Map<String, List<Path>> nestedClassFiles(Path directory) throws IOException {
        try {
            return directoryListings.computeIfAbsent(directory, dir -> {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(path -> path.getFileName().toString().contains("$")).sorted()
                            .collect(Collectors.groupingBy(path -> {
                                String name = path.getFileName().toString();
                                return name.substring(0, name.indexOf('$'));
                            }));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code prefix} is {@code Outer$}: {@code Outer$1.class}, {@code Outer$2Local.class}, {@code Outer$1$Inner.class}. */
    static boolean isLocalClassFile(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length() && Character.isDigit(name.charAt(prefix.length()))
                && name.endsWith(".class");
    }

    private static InputStream entryStream(ZipFile jar, String entry) throws IOException {
        ZipEntry zipEntry = jar.getEntry(entry);
        if (zipEntry == null) {
            throw new IOException("no " + entry + " in " + jar.getName());
        }
        return jar.getInputStream(zipEntry);
    }
}
