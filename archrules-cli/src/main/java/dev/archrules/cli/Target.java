package dev.archrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a PATH argument of {@code archrules check} points at, resolved to the class files to import:
 * a Maven project ({@code pom.xml} → {@code target/classes}), a Gradle project ({@code build.gradle[.kts]}
 * → {@code build/classes/java/main}), a directory of class files, or a jar.
 *
 * @param path        the path as given
 * @param classes     where the class files are (a directory or a jar)
 * @param projectDir  the project directory, where {@code archrules.properties} is looked up, if any
 */
record Target(Path path, Path classes, Optional<Path> projectDir) {

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

    private static boolean containsClassFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new BadInputException("cannot read '" + directory + "': " + e.getMessage());
        }
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
