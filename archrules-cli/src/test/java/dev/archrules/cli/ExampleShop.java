package dev.archrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled example shop the command's tests run on, and copies of it as a project of its own. */
final class ExampleShop {

    /** Its compiled classes ({@code archrules.example.classes}, set by the build). */
    static final Path CLASSES = Path.of(System.getProperty("archrules.example.classes", "../examples/shop/target/classes"));
    /** Its project folder. */
    static final Path PROJECT = CLASSES.getParent().getParent();

    private ExampleShop() {
    }

    /** Copies it into {@code project} as a Maven project: pom.xml, its classes and, if asked, its sources. */
    static Path copyInto(Path project, boolean withSources) throws IOException {
        copyTree(CLASSES, project.resolve("target/classes"));
        if (withSources) {
            copyTree(PROJECT.resolve("src/main/java"), project.resolve("src/main/java"));
        }
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        return project;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path path : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
