package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.source.SourceSettings;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the {@code .java} file of a class, for one run: in the configured roots (directories or
 * {@code -sources.jar}/zip files) first, then, if detection is on, in the root detected from where the class
 * was loaded ({@link #detectRoot}). Each top-level class is looked up once; the classes without a file are
 * remembered for the run's summary, and a root that cannot be read is reported as a problem.
 */
public final class SourceLocator {

    private static final Map<String, String> LAYOUTS = Map.of(
            "/target/classes", "src/main/java",
            "/target/test-classes", "src/test/java",
            "/build/classes/java/main", "src/main/java",
            "/build/classes/java/test", "src/test/java");

    private final SourceSettings settings;
    private final Jars jars;
    private final Consumer<SourceProblem> problems;
    private final Map<String, Optional<SourceFile>> located = new ConcurrentHashMap<>();
    private final Set<Path> detectedRoots = ConcurrentHashMap.newKeySet();
    private final Set<String> missing = new ConcurrentSkipListSet<>();
    private final Map<String, String> otherLanguage = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<Path, Map<String, List<Path>>> generatedFiles = new ConcurrentHashMap<>();

    /** The folders of a Maven or Gradle project that hold generated sources (annotation processors, code generators). */
    private static final List<String> GENERATED_FOLDERS = List.of("target/generated-sources", "target/generated-test-sources",
            "build/generated");

    /** A locator with these settings, opening jars through {@code cache} and reporting unreadable roots to {@code problems}. */
    public SourceLocator(SourceSettings settings, SourceCache cache, Consumer<SourceProblem> problems) {
        this.settings = settings;
        this.jars = cache.jars();
        this.problems = problems;
    }

    /** The file that declares {@code javaClass} (the file of its top-level class); a class without one is remembered as missing. */
    public Optional<SourceFile> locate(JavaClass javaClass) {
        Optional<SourceFile> file = locateQuietly(javaClass);
        String top = topLevel(javaClass.getName());
        if (file.isEmpty() && !otherLanguage.containsKey(top)) {
            missing.add(top);
        }
        return file;
    }

    /**
     * The top-level classes asked for by {@link #locate} that were compiled from another language than Java (their class
     * file names a {@code .scala}, {@code .kt}, {@code .groovy} … source), with that file name, sorted by class: they have
     * no Java source to read.
     */
    public java.util.SortedMap<String, String> otherLanguage() {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(otherLanguage));
    }

    /** {@link #locate}, without remembering a class without a file as missing. */
    public Optional<SourceFile> locateQuietly(JavaClass javaClass) {
        return located.computeIfAbsent(topLevel(javaClass.getName()), name -> find(javaClass, name));
    }

    /** The file of a class known by binary name only, searched in the configured and the roots detected so far. */
    public Optional<SourceFile> locateByName(String binaryClassName) {
        String top = topLevel(binaryClassName);
        return located.computeIfAbsent("name:" + top, key -> {
            List<Path> roots = new ArrayList<>(settings.roots());
            roots.addAll(detectedRoots);
            return findIn(roots, top.replace('.', '/') + ".java");
        });
    }

    /** The top-level classes asked for by {@link #locate} whose file was not found, sorted. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    private static String topLevel(String binaryClassName) {
        int dollar = binaryClassName.indexOf('$');
        return dollar < 0 ? binaryClassName : binaryClassName.substring(0, dollar);
    }

    private Optional<SourceFile> find(JavaClass javaClass, String topLevelName) {
        int dot = topLevelName.lastIndexOf('.');
        String packagePath = packagePath(topLevelName);
        String fileName = javaClass.getSource().flatMap(Source::getFileName)
                .orElse(topLevelName.substring(dot + 1) + ".java");
        if (!fileName.endsWith(".java")) {
            // compiled from Scala, Kotlin, Groovy …: no Java source to parse, whatever file lies beside it
            otherLanguage.put(topLevelName, fileName);
            return Optional.empty();
        }
        String relative = packagePath + fileName;
        Optional<SourceFile> configured = findIn(settings.roots(), relative);
        if (configured.isPresent() || !settings.detectRoots()) {
            return configured;
        }
        Optional<Path> detected = javaClass.getSource().flatMap(source -> detectRoot(source.getUri(), packagePath));
        detected.ifPresent(detectedRoots::add);
        Optional<SourceFile> found = detected.flatMap(root -> findIn(List.of(root), relative));
        if (found.isPresent()) {
            return found;
        }
        // a class compiled from generated sources (annotation processors, code generators) has its file there
        return javaClass.getSource().flatMap(source -> project(source.getUri(), packagePath))
                .flatMap(project -> findGenerated(project, relative));
    }

    /** The file {@code relative} in a folder of generated sources of {@code project}, searched by path suffix. */
    private Optional<SourceFile> findGenerated(Path project, String relative) {
        Map<String, List<Path>> files = generatedFiles.computeIfAbsent(project, SourceLocator::generatedFilesOf);
        String suffix = "/" + relative;
        for (Path file : files.getOrDefault(relative.substring(relative.lastIndexOf('/') + 1), List.of())) {
            if (file.toString().replace('\\', '/').endsWith(suffix)) {
                try {
                    return Optional.of(SourceFile.inDirectory(file, settings.charset()));
                } catch (IOException e) {
                    problems.accept(new SourceProblem(SourceProblem.Kind.IO_ERROR, file.toString(),
                            file + " could not be read (" + e.getMessage() + "); skipped"));
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code .java} files below the folders of generated sources of a Maven or Gradle project, by file name. */
    private static Map<String, List<Path>> generatedFilesOf(Path project) {
        Map<String, List<Path>> byName = new java.util.HashMap<>();
        for (String folder : GENERATED_FOLDERS) {
            Path base = project.resolve(folder);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(base)) {
                walk.filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
                        .forEach(file -> byName.computeIfAbsent(file.getFileName().toString(), name -> new ArrayList<>()).add(file));
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder of generated sources: its classes are treated as having no source
            }
        }
        return byName;
    }

    private Optional<SourceFile> findIn(List<Path> roots, String relative) {
        for (Path root : roots) {
            try {
                if (Files.isDirectory(root)) {
                    Path file = root.resolve(relative);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(SourceFile.inDirectory(file, settings.charset()));
                    }
                } else if (Files.isRegularFile(root)) {
                    ZipFile jar = jars.open(root);
                    ZipEntry entry = jar.getEntry(relative);
                    if (entry != null) {
                        return Optional.of(SourceFile.inJar(root, entry, settings.charset()));
                    }
                }
            } catch (IOException e) {
                problems.accept(new SourceProblem(SourceProblem.Kind.IO_ERROR, root.toString(),
                        root + " could not be read (" + e.getMessage() + "); skipped"));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the source of a class loaded from {@code classUri} lives, by the Maven and Gradle layouts
     * ({@code target/classes} → {@code src/main/java}, {@code target/test-classes} → {@code src/test/java},
     * {@code build/classes/java/main} → {@code src/main/java}, {@code …/test} → {@code src/test/java}), or for a
     * class in {@code foo-1.0.jar} the {@code foo-1.0-sources.jar} beside it; empty if there is none.
     *
     * @param packagePath the class's package as a path with a trailing slash ({@code a/b/}), empty for none
     */
    public static Optional<Path> detectRoot(URI classUri, String packagePath) {
        String scheme = classUri.getScheme();
        if ("jar".equals(scheme)) {
            String spec = classUri.getSchemeSpecificPart();
            int bang = spec.indexOf("!/");
            if (bang < 0) {
                return Optional.empty();
            }
            Path jar = Paths.get(URI.create(spec.substring(0, bang)));
            String name = jar.getFileName().toString();
            if (!name.endsWith(".jar")) {
                return Optional.empty();
            }
            Path sources = jar.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar");
            return Files.isRegularFile(sources) ? Optional.of(sources) : Optional.empty();
        }
        return layout(classUri, packagePath).map(layout -> layout.project().resolve(layout.sources())).filter(Files::isDirectory);
    }

    /**
     * The build directory of the Maven or Gradle project {@code javaClass} was loaded from ({@code target}, {@code build}),
     * empty for a class from a jar or another layout.
     */
    static Optional<Path> buildDirectory(JavaClass javaClass) {
        return javaClass.getSource().flatMap(source -> layout(source.getUri(), packagePath(javaClass.getName())).map(layout ->
                layout.project().resolve(layout.build())));
    }

    /**
     * Every source root this locator could detect for classes loaded from {@code classesLocation} (a classes folder or a
     * jar), whether it exists or not: the {@code -sources.jar} beside a jar, or for a Maven or Gradle classes folder its
     * project's source folder and folders of generated sources. What the results cache digests, so that a source file
     * the source rules may read is part of a run's key.
     */
    public static List<Path> candidateRoots(Path classesLocation) {
        Path location = classesLocation.toAbsolutePath().normalize();
        String name = location.getFileName() == null ? "" : location.getFileName().toString();
        if (!Files.isDirectory(location)) {
            return name.endsWith(".jar") ? List.of(location.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar")) : List.of();
        }
        return layout(location).map(layout -> {
            List<Path> roots = new ArrayList<>();
            roots.add(layout.project().resolve(layout.sources()));
            GENERATED_FOLDERS.forEach(folder -> roots.add(layout.project().resolve(folder)));
            return List.copyOf(roots);
        }).orElse(List.of());
    }

    /**
     * The build directory ({@code target}, {@code build}) of the Maven or Gradle project whose classes folder is
     * {@code classesLocation}; empty for a jar or another layout.
     */
    public static Optional<Path> buildDirectoryOf(Path classesLocation) {
        Path location = classesLocation.toAbsolutePath().normalize();
        return Files.isDirectory(location) ? layout(location).map(layout -> layout.project().resolve(layout.build())) : Optional.empty();
    }

    /** The package of a binary class name as a path with a trailing slash ({@code a/b/}), empty for none. */
    private static String packagePath(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/";
    }

    /** The Maven or Gradle project a class loaded from the folder {@code classUri} belongs to, by the layouts of {@link #detectRoot}. */
    static Optional<Path> project(URI classUri, String packagePath) {
        return layout(classUri, packagePath).map(Layout::project);
    }

    private record Layout(Path project, String sources, String build) {
    }

    private static Optional<Layout> layout(URI classUri, String packagePath) {
        if (!"file".equals(classUri.getScheme())) {
            return Optional.empty();
        }
        Path classes = Paths.get(classUri).getParent();
        for (int i = 0; i < packagePath.chars().filter(c -> c == '/').count() && classes != null; i++) {
            classes = classes.getParent();
        }
        if (classes == null) {
            return Optional.empty();
        }
        return layout(classes);
    }

    /** The layout of a classes folder, by the suffixes of {@link #LAYOUTS}. */
    private static Optional<Layout> layout(Path classes) {
        String path = classes.toString().replace('\\', '/');
        for (Map.Entry<String, String> layout : LAYOUTS.entrySet()) {
            if (path.endsWith(layout.getKey())) {
                String build = layout.getKey().substring(1, layout.getKey().indexOf('/', 1)); // "/target/classes" -> target
                return Optional.of(new Layout(Paths.get(path.substring(0, path.length() - layout.getKey().length())), layout.getValue(), build));
            }
        }
        return Optional.empty();
    }
}
