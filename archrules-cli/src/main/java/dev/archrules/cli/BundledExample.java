package dev.archrules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example application bundled with the command ({@code examples/shop}): its classes are on the
 * command's class path, its {@code .java} files are resources, copied once per run into a temporary
 * directory so that the source rules read them like any source root.
 */
final class BundledExample {

    static final String SOURCES = "bundled-example-sources";

    private BundledExample() {
    }

    /** A temporary directory with the bundled example's sources (deleted when the JVM exits). */
    static Path sources() {
        URL marker = BundledExample.class.getClassLoader().getResource(SOURCES + "/com/example/shop/ShopConfiguration.java");
        if (marker == null) {
            throw new BadInputException("this build of archrules has no bundled example sources; pass a PATH to audit");
        }
        try {
            Path target = Files.createTempDirectory("archrules-example-sources");
            if (marker.getProtocol().equals("jar")) {
                String jar = marker.toString().substring(0, marker.toString().indexOf("!/"));
                try (FileSystem zip = FileSystems.newFileSystem(java.net.URI.create(jar), Map.of())) {
                    copy(zip.getPath("/" + SOURCES), target);
                }
            } else {
                Path file = Path.of(marker.toURI());
                Path root = file;
                for (int i = 0; i < 4; i++) {
                    root = root.getParent();
                }
                copy(root, target);
            }
            deleteOnExit(target);
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new BadInputException("cannot unpack the bundled example sources: " + e.getMessage());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                Files.createDirectories(target.getParent());
                try (InputStream in = Files.newInputStream(path)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteOnExit(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.forEach(path -> path.toFile().deleteOnExit());
        }
    }
}
