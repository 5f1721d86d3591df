package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import dev.archrules.core.model.UnreadFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class files an import is pointed at, listed by archrules itself, because ArchUnit's importer logs and skips
 * what it cannot read (a truncated or too new class file, an unreadable file or directory, a corrupt jar): the
 * import would be smaller than the code base, and nobody would know.
 *
 * <p>Before the import, {@link #scan} lists every class file of the locations that the import options include,
 * the same files ArchUnit will read, and refuses what is above the {@link ImportLimits} (reading an archive entry at
 * most up to the size limit, whatever its header claims); {@link #importable} gives ArchUnit only what it can read
 * without running out of memory, and keeps a directory with an unreadable sub-directory from being dropped as a
 * whole. After the import, {@link #unreadAfter} compares what was imported with the list and says, for each class
 * file that is missing, why — by reading it as ArchUnit's ASM does.
 *
 * <p>{@link #audit} does the same after the fact for classes imported by the caller: it lists the base package's
 * class files in the directories and jars the imported classes came from.
 */
final class ClassFileInventory {

    /** Deflate inflates at most about 1,032 times; an entry compressed to less than limit / this cannot exceed it. */
    private static final int MAX_DEFLATE_RATIO = 1100;

    private final ImportLimits limits;
    private final Predicate<Location> included;
    /** Class files ArchUnit will read, by {@link #key}. */
    private final Map<String, URI> candidates = new LinkedHashMap<>();
    /** What could not be read or was refused before the import. */
    private final List<UnreadFile> unread = new ArrayList<>();
    /** Keys of class files refused before the import: ArchUnit must not read them. */
    private final Set<String> refused = new HashSet<>();
    private final List<Location> importable = new ArrayList<>();

    private ClassFileInventory(ImportLimits limits, Predicate<Location> included) {
        this.limits = limits;
        this.included = included;
    }

    /** Lists the class files of {@code locations} that {@code options} include, refusing what is above {@code limits}. */
    static ClassFileInventory scan(Collection<Location> locations, Collection<ImportOption> options, ImportLimits limits) {
        ClassFileInventory inventory = new ClassFileInventory(limits, location -> options.stream().allMatch(option -> option.includes(location)));
        locations.forEach(inventory::add);
        return inventory;
    }

    /**
     * The base package's class files that could not be read, in the directories and jars {@code classes} were
     * imported from: for classes imported by the caller, whose import archrules did not see.
     */
    static List<UnreadFile> audit(JavaClasses classes, String basePackage, ImportLimits limits) {
        String packagePath = basePackage.isEmpty() ? "" : basePackage.replace('.', '/') + "/";
        Set<URI> roots = new java.util.TreeSet<>();
        for (JavaClass javaClass : classes) {
            javaClass.getSource().ifPresent(source -> root(source.getUri(), javaClass).ifPresent(roots::add));
        }
        ClassFileInventory inventory = new ClassFileInventory(limits, location -> true);
        for (URI root : roots) {
            inventory.add(Location.of(URI.create(root + packagePath)));
        }
        return inventory.unreadAfter(classes, false);
    }

    /** The directory or jar a class was read from: its source URI without the class's resource name. */
    private static Optional<URI> root(URI source, JavaClass javaClass) {
        String text = source.toString();
        String resource = javaClass.getName().replace('.', '/');
        int end = text.lastIndexOf(resource);
        return end < 0 ? Optional.empty() : Optional.of(URI.create(text.substring(0, end)));
    }

    /** The locations to hand to ArchUnit: what it can read in full (see {@link #excludingRefused()} for the rest). */
    List<Location> importable() {
        return List.copyOf(importable);
    }

    /** An import option that keeps ArchUnit from reading the class files refused before the import. */
    ImportOption excludingRefused() {
        Set<String> keys = Set.copyOf(refused);
        return location -> keys.isEmpty() || !keys.contains(key(location.asURI()));
    }

    /**
     * What could not be read: what was refused before the import, and every listed class file that is not among
     * {@code classes}, with the reason read from the file.
     */
    List<UnreadFile> unreadAfter(JavaClasses classes) {
        return unreadAfter(classes, true);
    }

    /**
     * @param optionsKnown whether every listed file was meant to be imported; if not (classes imported by the
     *                     caller, with options unknown), a missing file that reads fine is taken as left out on purpose
     */
    private List<UnreadFile> unreadAfter(JavaClasses classes, boolean optionsKnown) {
        Set<String> imported = new HashSet<>();
        Map<String, String> importedFrom = new LinkedHashMap<>();
        for (JavaClass javaClass : classes) {
            javaClass.getSource().ifPresent(source -> {
                String key = key(source.getUri());
                imported.add(key);
                importedFrom.put(javaClass.getName(), key);
            });
        }
        List<UnreadFile> result = new ArrayList<>(unread);
        candidates.forEach((key, uri) -> {
            if (!imported.contains(key) && !refused.contains(key)) {
                problem(uri).ifPresentOrElse(reason -> result.add(new UnreadFile(key, reason)), () -> {
                    if (optionsKnown) {
                        duplicateOrUnknown(uri, importedFrom).ifPresent(reason -> result.add(new UnreadFile(key, reason)));
                    }
                });
            }
        });
        result.sort(null);
        return List.copyOf(result);
    }

    /** A readable class file that was not imported: the same class came from elsewhere, or ArchUnit failed on it. */
    private Optional<String> duplicateOrUnknown(URI uri, Map<String, String> importedFrom) {
        try {
            String name = new ClassReader(bytes(uri)).getClassName().replace('/', '.');
            String other = importedFrom.get(name);
            if (other != null) {
                return Optional.empty(); // a duplicate: ArchUnit imports the first one (the command refuses duplicates itself)
            }
            return Optional.of("ArchUnit could not import " + name + " (see its log)");
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read: " + describe(e));
        }
    }

    private void add(Location location) {
        URI uri = location.asURI();
        if ("jar".equals(uri.getScheme())) {
            addJar(location, uri);
        } else if ("file".equals(uri.getScheme())) {
            addDirectory(location, Path.of(uri));
        } else {
            importable.add(location); // another scheme: ArchUnit's, unaudited
        }
    }

    private void addDirectory(Location location, Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Location> files = new ArrayList<>();
        boolean[] failed = {false};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (isClassFile(name) && included.test(Location.of(file))) {
                        String key = key(file.toUri());
                        if (attributes.size() > limits.maxClassFileSize()) {
                            refuse(key, attributes.size() + " bytes, more than the limit of " + limits.maxClassFileSize()
                                    + " (" + ChecklistSetting.MAX_CLASS_FILE_SIZE.key() + ")");
                        } else {
                            candidates.put(key, file.toUri());
                            files.add(Location.of(file));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    boolean directory = Files.isDirectory(file);
                    if (directory || isClassFile(String.valueOf(file.getFileName()))) {
                        failed[0] = true;
                        unread.add(new UnreadFile(file.toAbsolutePath().normalize().toString(),
                                (directory ? "cannot read directory: " : "cannot read: ") + describe(failure)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unread.add(new UnreadFile(root.toAbsolutePath().normalize().toString(), "cannot read directory: " + describe(e)));
            return;
        }
        // ArchUnit gives up on a whole directory tree when one sub-directory cannot be read: hand it the files one by one
        if (failed[0]) {
            importable.addAll(files);
        } else {
            importable.add(location);
        }
    }

    private void addJar(Location location, URI uri) {
        String text = uri.getSchemeSpecificPart();
        int separator = text.indexOf("!/");
        if (separator < 0) {
            importable.add(location);
            return;
        }
        Path jar = Path.of(URI.create(text.substring(0, separator)));
        String prefix = text.substring(separator + 2);
        String jarName = jar.toAbsolutePath().normalize().toString();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.getName().startsWith(prefix) && !entry.isDirectory() && isClassFile(simpleName(entry.getName()))
                        && included.test(Location.of(entryUri(jar, entry.getName())))) {
                    entries.add(entry);
                    if (entries.size() > limits.maxArchiveEntries()) {
                        unread.add(new UnreadFile(jarName, "holds more than " + limits.maxArchiveEntries()
                                + " class files, the limit (" + ChecklistSetting.MAX_ARCHIVE_ENTRIES.key() + "); not read"));
                        return;
                    }
                }
            }
            for (ZipEntry entry : entries) {
                String key = jarName + "!/" + entry.getName();
                Optional<String> refusal = refusal(zip, entry);
                if (refusal.isPresent()) {
                    refuse(key, refusal.get());
                } else {
                    candidates.put(key, entryUri(jar, entry.getName()));
                }
            }
            importable.add(location);
        } catch (IOException | RuntimeException e) {
            unread.add(new UnreadFile(jarName, "not a readable jar: " + describe(e)));
        }
    }

    /** Why an archive entry is not read: larger than the limit, or inflating more than the ratio allows. */
    private Optional<String> refusal(ZipFile zip, ZipEntry entry) {
        long declared = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (declared > limits.maxClassFileSize()) {
            return Optional.of(declared + " bytes, more than the limit of " + limits.maxClassFileSize()
                    + " (" + ChecklistSetting.MAX_CLASS_FILE_SIZE.key() + ")");
        }
        if (declared > 0 && compressed > 0 && declared / compressed > limits.maxCompressionRatio()) {
            return Optional.of(declared + " bytes compressed to " + compressed + ", a ratio above the limit of "
                    + limits.maxCompressionRatio() + " (" + ChecklistSetting.MAX_COMPRESSION_RATIO.key() + ")");
        }
        if (compressed >= 0 && declared >= 0 && compressed * MAX_DEFLATE_RATIO <= limits.maxClassFileSize()) {
            return Optional.empty(); // cannot inflate beyond the limit, whatever the header claims
        }
        // the header may lie: read, but never more than the limit
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > limits.maxClassFileSize()) {
                    return Optional.of("more than " + limits.maxClassFileSize() + " bytes (its header says " + declared
                            + "), more than the limit (" + ChecklistSetting.MAX_CLASS_FILE_SIZE.key() + ")");
                }
            }
            if (compressed > 0 && total / compressed > limits.maxCompressionRatio()) {
                return Optional.of(total + " bytes compressed to " + compressed + ", a ratio above the limit of "
                        + limits.maxCompressionRatio() + " (" + ChecklistSetting.MAX_COMPRESSION_RATIO.key() + ")");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read: " + describe(e));
        }
    }

    private void refuse(String key, String reason) {
        refused.add(key);
        unread.add(new UnreadFile(key, reason));
    }

    /** Why ArchUnit could not read the class file, read as its ASM reads it; empty if it reads fine. */
    private Optional<String> problem(URI uri) {
        byte[] bytes;
        try {
            bytes = bytes(uri);
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot read: " + describe(e));
        }
        return problem(bytes);
    }

    /** Why the bytes are not a class file ArchUnit reads; empty if they are one. */
    static Optional<String> problem(byte[] bytes) {
        if (bytes.length < 10) {
            return Optional.of(bytes.length == 0 ? "empty file, not a class file" : "truncated class file (" + bytes.length + " bytes)");
        }
        if ((bytes[0] & 0xFF) != 0xCA || (bytes[1] & 0xFF) != 0xFE || (bytes[2] & 0xFF) != 0xBA || (bytes[3] & 0xFF) != 0xBE) {
            return Optional.of("not a class file (it does not start with 0xCAFEBABE)");
        }
        int major = (bytes[6] & 0xFF) << 8 | bytes[7] & 0xFF;
        try {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            }, 0);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unsupported class file major version")) {
                return Optional.of("class file version " + major + " (Java " + (major - 44) + ") is newer than the ArchUnit in use can read");
            }
            return Optional.of("corrupt class file (" + describe(e) + ")");
        } catch (RuntimeException e) {
            return Optional.of("truncated or corrupt class file (" + describe(e) + ")");
        }
    }

    private byte[] bytes(URI uri) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            String text = uri.getSchemeSpecificPart();
            int separator = text.indexOf("!/");
            try (ZipFile zip = new ZipFile(Path.of(URI.create(text.substring(0, separator))).toFile())) {
                ZipEntry entry = zip.getEntry(text.substring(separator + 2));
                if (entry == null) {
                    throw new NoSuchFileException(uri.toString());
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return in.readNBytes(limits.maxClassFileSize());
                }
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(uri))) {
            return in.readNBytes(limits.maxClassFileSize());
        }
    }

    /** A file's or archive entry's name as the reports print it: the absolute path, {@code app.jar!/entry} in a jar. */
    static String key(URI uri) {
        if ("jar".equals(uri.getScheme())) {
            String text = uri.getSchemeSpecificPart();
            int separator = text.indexOf("!/");
            if (separator >= 0) {
                try {
                    return Path.of(URI.create(text.substring(0, separator))).toAbsolutePath().normalize() + "!/" + text.substring(separator + 2);
                } catch (RuntimeException e) {
                    return uri.toString();
                }
            }
        }
        if ("file".equals(uri.getScheme())) {
            try {
                return Path.of(uri).toAbsolutePath().normalize().toString();
            } catch (RuntimeException e) {
                return uri.toString();
            }
        }
        return uri.toString();
    }

    private static URI entryUri(Path jar, String entry) {
        return Location.of(URI.create("jar:" + jar.toUri() + "!/" + entry)).asURI();
    }

    private static boolean isClassFile(String simpleName) {
        return simpleName.endsWith(".class") && !simpleName.equals("module-info.class");
    }

    private static String simpleName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }

    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
