package dev.archrules.cli;

import dev.archrules.core.model.UnreadFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a PATH argument of {@code archrules check} points at, resolved to the class files to import:
 * a Maven project ({@code pom.xml} → {@code target/classes}), a Gradle project ({@code build.gradle[.kts]}
 * → {@code build/classes/java/main}), a multi-module Maven or Gradle root (every module's compiled classes), a
 * directory of class files, or a jar.
 *
 * @param path        the path as given
 * @param classes     where the class files are (a directory or a jar)
 * @param projectDir  the project directory, where {@code archrules.properties} is looked up, if any
 */
record Target(Path path, Path classes, Optional<Path> projectDir) {

    /** Where Maven and Gradle put a module's compiled production classes. */
    private static final List<Path> CLASS_FOLDERS = List.of(Path.of("target", "classes"), Path.of("build", "classes", "java", "main"),
            Path.of("build", "classes", "kotlin", "main"));

    /** How deep below a multi-module root modules are looked for (modules of modules included). */
    private static final int MODULE_DEPTH = 4;

    /**
     * The modules of a multi-module root, each with its compiled classes, and the modules that have sources but no
     * compiled classes (listed as unread: their classes were not checked).
     *
     * @param targets    the compiled modules
     * @param notCompiled modules with {@code src/main/java} but no compiled classes
     * @param multiModule whether the PATH is a multi-module root (then the command says which modules it reads)
     */
    record Modules(List<Target> targets, List<UnreadFile> notCompiled, boolean multiModule) {
    }

    /** The targets of a PATH: one, or every compiled module of a multi-module root. */
    static Modules resolveAll(Path path) {
        if (Files.isDirectory(path) && isProject(path)) {
            Path own = classesOf(path).orElse(null);
            if (own == null || !Files.isDirectory(own) || !containsClassFiles(own)) {
                Modules modules = modules(path);
                if (!modules.targets().isEmpty()) {
                    return modules;
                }
            }
        }
        return new Modules(List.of(resolve(path)), List.of(), false);
    }

    private static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve("pom.xml")) || Files.isRegularFile(dir.resolve("build.gradle"))
                || Files.isRegularFile(dir.resolve("build.gradle.kts"));
    }

    private static Optional<Path> classesOf(Path project) {
        if (Files.isRegularFile(project.resolve("pom.xml"))) {
            return Optional.of(project.resolve("target/classes"));
        }
        return CLASS_FOLDERS.stream().skip(1).map(project::resolve).filter(Files::isDirectory).findFirst()
                .or(() -> Optional.of(project.resolve("build/classes/java/main")));
    }

    /** Every module below {@code root} (a directory with its own build file), compiled or not. */
    private static Modules modules(Path root) {
        List<Target> targets = new ArrayList<>();
        List<UnreadFile> notCompiled = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root, MODULE_DEPTH)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(dir -> !dir.equals(root)).sorted().toList()) {
                if (!isProject(dir) || isBuildOutput(root, dir)) {
                    continue;
                }
                Optional<Path> classes = CLASS_FOLDERS.stream().map(dir::resolve).filter(Files::isDirectory).filter(Target::containsClassFiles).findFirst();
                if (classes.isPresent()) {
                    targets.add(new Target(dir, classes.get(), Optional.of(dir)));
                } else if (Files.isDirectory(dir.resolve("src/main/java"))) {
                    notCompiled.add(new UnreadFile(dir.toAbsolutePath().normalize().toString(),
                            "module with sources but no compiled classes (" + root.relativize(dir) + "/" + classesOf(dir).map(dir::relativize).orElseThrow()
                                    + "); build it first"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException("cannot read '" + root + "': " + e.getMessage());
        }
        return new Modules(targets, notCompiled, true);
    }

    private static boolean isBuildOutput(Path root, Path dir) {
        Path relative = root.relativize(dir);
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("build") || name.equals("node_modules") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fails if a class is in more than one target: importing both would keep one of them silently.
     *
     * @throws BadInputException naming the class and both locations
     */
    static void requireNoDuplicates(List<Target> targets) {
        if (targets.size() < 2) {
            return;
        }
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Target target : targets) {
            for (String classFile : classFiles(target.classes())) {
                Path other = seen.putIfAbsent(classFile, target.classes());
                if (other != null && !other.equals(target.classes())) {
                    String name = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
                    throw new BadInputException("class " + name + " is in both '" + other + "' and '" + target.classes()
                            + "'; pass each code base separately (one would hide the other)");
                }
            }
        }
    }

    /** The class files of a directory or jar, by resource name ({@code com/acme/Foo.class}); unreadable parts skipped (the import lists them). */
    private static List<String> classFiles(Path classes) {
        List<String> names = new ArrayList<>();
        if (Files.isRegularFile(classes)) {
            try (ZipFile zip = new ZipFile(classes.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                // the import reports the jar as unread
            }
            return names;
        }
        try {
            Files.walkFileTree(classes, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.equals("module-info.class")) {
                        names.add(classes.relativize(file).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE; // the import reports it as unread
                }
            });
        } catch (IOException e) {
            // the import reports the directory as unread
        }
        return names;
    }

    static Target resolve(Path path) {
        if (!Files.exists(path)) {
            throw new BadInputException("'" + path + "' does not exist; pass a Maven or Gradle project, a classes directory or a jar");
        }
        if (Files.isRegularFile(path)) {
            if (!isZip(path)) {
                throw new BadInputException("'" + path + "' is neither a directory nor a jar file; pass a project, a classes directory or a jar");
            }
            return new Target(path, path, Optional.empty());
        }
        if (Files.isRegularFile(path.resolve("pom.xml"))) {
            return project(path, path.resolve("target/classes"), "mvn compile");
        }
        if (Files.isRegularFile(path.resolve("build.gradle")) || Files.isRegularFile(path.resolve("build.gradle.kts"))) {
            return project(path, path.resolve("build/classes/java/main"), "gradle classes");
        }
        if (!containsClassFiles(path)) {
            throw new BadInputException("no class files in '" + path + "'; pass the folder with compiled classes"
                    + " (e.g. target/classes) or a project directory, and build the project first");
        }
        return new Target(path, path, Optional.of(path));
    }

    private static Target project(Path project, Path classes, String build) {
        if (!Files.isDirectory(classes) || !containsClassFiles(classes)) {
            throw new BadInputException("'" + project + "' has no compiled classes in " + project.relativize(classes)
                    + "; run '" + build + "' first");
        }
        return new Target(project, classes, Optional.of(project));
    }

    /** The {@code -sources.jar} beside a jar, or the usual source folder of a project, if it exists. */
    Optional<Path> sources() {
        String name = classes.getFileName().toString();
        if (Files.isRegularFile(classes) && name.endsWith(".jar")) {
            Path sourcesJar = classes.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar");
            return Files.isRegularFile(sourcesJar) ? Optional.of(sourcesJar) : Optional.empty();
        }
        return projectDir.map(dir -> dir.resolve("src/main/java")).filter(Files::isDirectory);
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new BadInputException("cannot read '" + file + "': " + e.getMessage());
        }
    }

    /** Whether the directory holds a class file; unreadable sub-directories are skipped (the import lists them as unread). */
    private static boolean containsClassFiles(Path directory) {
        if (!Files.isReadable(directory)) {
            throw new BadInputException("cannot read '" + directory + "': permission denied");
        }
        return !classFiles(directory).isEmpty();
    }

    /** The ArchUnit locations to import: directories as they are, jars through their jar file. */
    static java.util.Set<com.tngtech.archunit.core.importer.Location> locations(List<Target> targets) {
        java.util.Set<com.tngtech.archunit.core.importer.Location> locations = new java.util.LinkedHashSet<>();
        for (Target target : targets) {
            Path classes = target.classes();
            if (Files.isRegularFile(classes)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classes.toFile())) {
                    locations.add(com.tngtech.archunit.core.importer.Location.of(jar));
                } catch (IOException e) {
                    throw new BadInputException("'" + classes + "' is not a readable jar file: " + e.getMessage());
                }
            } else {
                locations.add(com.tngtech.archunit.core.importer.Location.of(classes));
            }
        }
        return locations;
    }
}
