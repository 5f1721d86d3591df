package dev.archrules.core.internal.io;

import com.tngtech.archunit.core.domain.JavaClass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The service providers registered beside a class's class file: {@code META-INF/services/<interface>} files of the jar
 * or class directory it was imported from, one binary class name per line ({@code #} starts a comment), as
 * {@link java.util.ServiceLoader} and the plugin loaders built on its files read them. The loader creates the providers
 * reflectively with their no-argument constructor: nothing is injected into them.
 *
 * <p>The registrations of each jar or directory are read once per JVM. A location that cannot be read registers nothing,
 * so a provider there is treated like any other class (the rules that ask still check it).
 */
public final class ServiceRegistrations {

    private static final String SERVICES = "META-INF/services/";

    /** Per jar or class directory (its URI), the binary names of the providers its service files register. */
    private static final Map<String, Set<String>> PROVIDERS = new ConcurrentHashMap<>();

    private ServiceRegistrations() {
    }

    /** Whether a {@code META-INF/services} file beside {@code javaClass}'s class file registers it as a provider. */
    public static boolean isRegisteredProvider(JavaClass javaClass) {
        return root(javaClass).map(root -> PROVIDERS.computeIfAbsent(root, ServiceRegistrations::read).contains(javaClass.getName()))
                .orElse(false);
    }

    /** The jar ({@code jar:file:…!/}) or class directory the class file was imported from, as a URI string. */
    private static Optional<String> root(JavaClass javaClass) {
        return javaClass.getSource().map(source -> source.getUri().toString()).flatMap(uri -> {
            String classFile = javaClass.getName().replace('.', '/') + ".class";
            return uri.endsWith(classFile) ? Optional.of(uri.substring(0, uri.length() - classFile.length())) : Optional.empty();
        });
    }

    private static Set<String> read(String root) {
        Set<String> providers = new HashSet<>();
        try {
            if (root.startsWith("jar:") && root.endsWith("!/")) {
                try (JarFile jar = new JarFile(Paths.get(URI.create(root.substring("jar:".length(), root.length() - 2))).toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        if (!entry.isDirectory() && entry.getName().startsWith(SERVICES) && entry.getName().length() > SERVICES.length()) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                addProviders(in, providers);
                            }
                        }
                    }
                }
            } else if (root.startsWith("file:")) {
                Path services = Paths.get(URI.create(root)).resolve(SERVICES);
                if (Files.isDirectory(services)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(services, Files::isRegularFile)) {
                        for (Path file : files) {
                            try (InputStream in = Files.newInputStream(file)) {
                                addProviders(in, providers);
                            }
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Set.of(); // unreadable: nothing registered, the class is checked like any other
        }
        return Set.copyOf(providers);
    }

    private static void addProviders(InputStream in, Set<String> providers) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (!name.isEmpty()) {
                providers.add(name);
            }
        }
    }
}
