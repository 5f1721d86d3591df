package dev.archrules.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The key of a whole run in the {@linkplain ResultsCache results cache}: a SHA-256 over everything that can change what
 * the rules find — the archrules build that runs (the content of its jars or class folders, not only its version: a
 * snapshot changes under one version), the settings as the entry point received them, the content of every class file
 * analysed, of the class path the import resolves library types from and of the source files the source rules may read,
 * the JDK whose types the import resolves, and ArchUnit's configuration. Built by the entry point that owns the run
 * (the command, the Maven plugin), before it imports anything.
 *
 * <p>Contents, never names, sizes or times: a jar in {@code ~/.m2} rewritten under the same SNAPSHOT version, or a class
 * file rewritten within one second, is a new key. A file that cannot be read fails the key ({@link IOException}): the
 * run then does not use the cache at all.
 *
 * <pre>{@code
 * RunKey key = RunKey.builder("archrules check")
 *         .archrulesBuild(CheckCommand.class).runtime()
 *         .text("arguments", String.join("\0", args))
 *         .tree("classes", Path.of("target/classes"))
 *         .build();
 * }</pre>
 */
public final class RunKey {

    private final String digest;

    private RunKey(String digest) {
        this.digest = digest;
    }

    /** A key for runs of {@code entryPoint} (e.g. {@code archrules check}): keys of two entry points never meet. */
    public static Builder builder(String entryPoint) {
        return new Builder(entryPoint);
    }

    /** The key, 64 hex digits. */
    public String digest() {
        return digest;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunKey key && digest.equals(key.digest);
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    @Override
    public String toString() {
        return digest;
    }

    /** Adds the inputs of one run, in order (the order is part of the key). Not thread-safe. */
    public static final class Builder {

        private final MessageDigest digest = sha256();
        private final Set<Path> codeSeen = new LinkedHashSet<>();
        /** The content digest of each file digested so far: a jar that is code and class path is read once. */
        private final Map<Path, String> contents = new java.util.concurrent.ConcurrentHashMap<>();

        private Builder(String entryPoint) {
            text("entry point", entryPoint);
            text("key format", "1");
        }

        /** A setting or any other input given as text. */
        public Builder text(String label, String value) {
            Objects.requireNonNull(value, label);
            update(label.length() + ":" + label + "=" + value.length() + ":" + value + "\n");
            return this;
        }

        /** Settings as text, sorted by name. */
        public Builder texts(String label, Map<String, String> values) {
            new TreeMap<>(values).forEach((name, value) -> text(label + " " + name, String.valueOf(value)));
            return this;
        }

        /**
         * The content of a file, or of every file below a directory (their paths relative to it, sorted, and contents; symbolic
         * links followed), or that it does not exist.
         *
         * @throws IOException if a file or directory cannot be read
         */
        public Builder tree(String label, Path fileOrDirectory) throws IOException {
            Path path = fileOrDirectory.toAbsolutePath().normalize();
            text(label, path.toString());
            if (!Files.exists(path)) {
                text(label + " state", "absent");
                return this;
            }
            if (!Files.isDirectory(path)) {
                text(label + " content", contentDigests(List.of(path)).get(0));
                return this;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            List<String> digests = contentDigests(files);
            for (int i = 0; i < files.size(); i++) {
                text(label + " file", path.relativize(files.get(i)).toString().replace('\\', '/') + " " + digests.get(i));
            }
            text(label + " files", String.valueOf(files.size()));
            return this;
        }

        /** {@link #tree} of each path, in order. */
        public Builder trees(String label, List<Path> paths) throws IOException {
            text(label + " count", String.valueOf(paths.size()));
            for (Path path : paths) {
                tree(label, path);
            }
            return this;
        }

        /**
         * The source files the source rules may read for classes loaded from {@code classLocations} (classes folders and
         * jars): every file below the roots the settings set and, when roots are detected, below those detected beside each
         * location — {@code src/main/java} and the generated-sources folders of a Maven or Gradle project, the
         * {@code -sources.jar} beside a jar — whether they exist or not.
         *
         * @throws IOException if a source file or folder cannot be read
         */
        public Builder sources(dev.archrules.core.source.SourceSettings settings, List<Path> classLocations) throws IOException {
            List<Path> roots = new ArrayList<>(settings.roots());
            if (settings.detectRoots()) {
                classLocations.forEach(location -> roots.addAll(dev.archrules.core.source.internal.SourceLocator.candidateRoots(location)));
            }
            return trees("sources", roots.stream().distinct().toList());
        }

        /**
         * The archrules build that runs: the content of the jars or class folders that hold the entry point's classes,
         * archrules-core, archrules-spring (when present), ArchUnit and JavaParser.
         *
         * @throws IOException if one of them cannot be read, or a class was not loaded from a file
         */
        public Builder archrulesBuild(Class<?>... entryPoint) throws IOException {
            List<Class<?>> code = new ArrayList<>(List.of(entryPoint));
            code.add(BackendChecklist.class);
            code.add(com.tngtech.archunit.ArchConfiguration.class);
            code.add(com.github.javaparser.JavaParser.class);
            try {
                code.add(Class.forName("dev.archrules.spring.SpringChecklist", false, BackendChecklist.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError absent) {
                text("archrules-spring", "absent");
            }
            for (Class<?> type : code) {
                Path location = location(type);
                if (codeSeen.add(location)) {
                    tree("code", location);
                }
            }
            return this;
        }

        /**
         * The JDK the import resolves JDK types from (its home, version and vendor), the default locale and charset, the
         * {@code archunit.*} system properties, the JVM's class path (for the command, its own jar; in a test or tool, what
         * the loader archrules runs in may resolve types from), and every {@code archunit.properties} ArchUnit or
         * {@code loader} can see. Call it after {@link #archrulesBuild}, so that code already digested is not read again.
         */
        public Builder runtime(ClassLoader loader) throws IOException {
            for (String property : List.of("java.home", "java.version", "java.runtime.version", "java.vendor", "java.vm.version")) {
                text("jdk " + property, String.valueOf(System.getProperty(property)));
            }
            // what a message could be formatted or a file decoded by when no locale or charset is named
            text("default locale", java.util.Locale.getDefault().toLanguageTag());
            text("default charset", java.nio.charset.Charset.defaultCharset().name());
            Map<String, String> properties = new TreeMap<>();
            System.getProperties().forEach((name, value) -> {
                String key = String.valueOf(name);
                if (key.startsWith("archunit.")) {
                    properties.put(key, String.valueOf(value));
                }
            });
            texts("system property", properties);
            // the class path of this JVM: what the loader archrules runs in resolves, beside the code already digested
            List<Path> classPath = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    Path path = Path.of(entry).toAbsolutePath().normalize();
                    if (!codeSeen.contains(path)) {
                        classPath.add(path);
                    }
                }
            }
            trees("jvm class path", classPath);
            Set<URL> configurations = new LinkedHashSet<>();
            for (ClassLoader each : new ClassLoader[]{com.tngtech.archunit.ArchConfiguration.class.getClassLoader(), loader,
                    Thread.currentThread().getContextClassLoader()}) {
                if (each != null) {
                    Enumeration<URL> found = each.getResources("archunit.properties");
                    configurations.addAll(Collections.list(found));
                }
            }
            text("archunit.properties count", String.valueOf(configurations.size()));
            for (URL configuration : configurations) {
                try (InputStream in = configuration.openStream()) {
                    text("archunit.properties", configuration + " " + hex(sha256(in.readAllBytes())));
                }
            }
            return this;
        }

        /** The SHA-256 of each file, in order; on the common pool, since a class path can hold hundreds of jars. */
        private List<String> contentDigests(List<Path> files) throws IOException {
            try {
                return files.parallelStream().map(file -> contents.computeIfAbsent(file, read -> {
                    try {
                        return contentDigest(read);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** The key of everything added. */
        public RunKey build() {
            return new RunKey(hex(digest.digest()));
        }

        private void update(String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }

        private static Path location(Class<?> type) throws IOException {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IOException("the code of " + type.getName() + " was not loaded from a file");
            }
            try {
                return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("the code of " + type.getName() + " is at " + source.getLocation() + ", not a file", e);
            }
        }
    }

    private static String contentDigest(Path file) throws IOException {
        MessageDigest content = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                content.update(buffer, 0, read);
            }
        }
        return hex(content.digest());
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
