package dev.archrules.core.source;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import dev.archrules.core.io.ClassFileHeader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Maps imported classes to their {@code .java} files and hands the source rules the
 * {@linkplain SourceFacts facts} of those files.
 *
 * <ul>
 *   <li><b>Lazy</b>: only the files of classes a rule asks for are read. For a literal rule a file is parsed
 *       only if the rule's {@linkplain Prefilter pre-filter} admits its text (a lexical scan: string values
 *       and the names they are bound to) or the string constants of the class files of the class and of its
 *       anonymous and local classes (inlined constants of other classes, folded concatenations). The file
 *       of a constant's owner is parsed only if it assigns that constant.</li>
 *   <li><b>Once per JVM</b>: parsed facts are cached by path, modification time, size and charset, shared
 *       by every index, rule and test class; concurrent requests for one file wait for one parse.</li>
 *   <li><b>Parallel</b>: {@link #prefetch} parses the files of a rule's scope on one worker per core (with
 *       a large stack, so deep expressions do not overflow).</li>
 *   <li><b>Bounded</b>: facts are kept, syntax trees are not.</li>
 *   <li><b>Robust</b>: a file that cannot be read, decoded or parsed, is too large or nests too deeply is
 *       a {@link SourceProblem} with its path and is skipped; classes without source are reported once,
 *       as a count with examples.</li>
 * </ul>
 *
 * One index serves one checklist run and collects that run's problems; create it with {@link #create}.
 */
public final class SourceIndex {

    private static final System.Logger LOG = System.getLogger("dev.archrules");
    private static final int CACHE_LIMIT = 200_000;
    private static final String WORKER_PREFIX = "archrules-source-";
    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;

    /**
     * Deliberately JVM-wide: every index, rule and test class of one JVM shares the parsed facts, so each
     * file is parsed at most once. The cache is thread-safe and holds facts only.
     */
    private static final JvmCache JVM = new JvmCache();
    private static final ExecutorService WORKERS = workers();

    private final SourceSettings settings;
    private final Map<String, Optional<SourceFile>> located = new ConcurrentHashMap<>();
    private final Set<Path> detectedRoots = ConcurrentHashMap.newKeySet();
    private final Map<String, SourceProblem> problems = new ConcurrentHashMap<>();
    private final Set<String> missing = new ConcurrentSkipListSet<>();
    private final Map<JavaClass, Optional<List<String>>> classStrings = new ConcurrentHashMap<>();
    private final Map<ClassVerdict, Boolean> classFileVerdicts = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> directoryListings = new ConcurrentHashMap<>();
    private final Set<FileKey> requested = ConcurrentHashMap.newKeySet();
    private final Set<FileKey> admitted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger filesParsed = new AtomicInteger();
    private final AtomicLong bytesParsed = new AtomicLong();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    private SourceIndex(SourceSettings settings) {
        this.settings = settings;
        for (Path root : settings.roots()) {
            if (!Files.exists(root)) {
                problem(new SourceProblem(SourceProblem.Kind.MISSING_ROOT, root.toString(),
                        "source root " + root + " does not exist; fix the path given to withSourceRoots"));
            }
        }
    }

    /** An index for one run with these settings. */
    public static SourceIndex create(SourceSettings settings) {
        return new SourceIndex(settings);
    }

    /** An index with {@linkplain SourceSettings#defaults() default settings}. */
    public static SourceIndex withDefaults() {
        return create(SourceSettings.defaults());
    }

    /** The settings of this index. */
    public SourceSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- facts

    /** The facts of the file that declares {@code javaClass}, parsed regardless of the pre-filter. */
    public Optional<SourceFacts> facts(JavaClass javaClass) {
        return locate(javaClass).flatMap(file -> factsIfAdmitted(file, () -> true));
    }

    /**
     * The facts a literal rule needs: empty facts (no parse) when {@code prefilter} admits neither the file's
     * text nor a string constant of the class files of {@code javaClass} and of its anonymous and local classes.
     */
    public Optional<SourceFacts> literalFacts(JavaClass javaClass, Prefilter prefilter) {
        return locate(javaClass).flatMap(file -> factsIfAdmitted(file, () -> textAdmitted(file, prefilter) || classFilesAdmitted(javaClass, prefilter)));
    }

    /**
     * The facts of the file of a class known by binary name only, e.g. the owner of a constant: empty facts
     * (no parse) unless the file assigns {@code constant}, which its declaration does.
     */
    public Optional<SourceFacts> constantFacts(String binaryClassName, String constant) {
        return locateByName(binaryClassName).flatMap(file -> factsIfAdmitted(file, () -> declared(file).contains(constant)));
    }

    /** The facts of the file of a class known by binary name only, pre-filtered by the file's text. */
    Optional<SourceFacts> literalFacts(String binaryClassName, Prefilter prefilter) {
        return locateByName(binaryClassName).flatMap(file -> factsIfAdmitted(file, () -> textAdmitted(file, prefilter)));
    }

    /** Parses the files of these classes in parallel, so that later requests are served from the cache. */
    public void prefetch(Collection<JavaClass> classes) {
        prefetchAll(classes, this::facts);
    }

    /** Parses the files of these classes that {@code prefilter} admits in parallel (see {@link #literalFacts(JavaClass, Prefilter)}). */
    public void prefetch(Collection<JavaClass> classes, Prefilter prefilter) {
        prefetchAll(classes, javaClass -> literalFacts(javaClass, prefilter));
    }

    private void prefetchAll(Collection<JavaClass> classes, Function<JavaClass, Optional<SourceFacts>> facts) {
        List<CompletableFuture<Optional<SourceFacts>>> pending = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            pending.add(CompletableFuture.supplyAsync(() -> facts.apply(javaClass), WORKERS));
        }
        pending.forEach(CompletableFuture::join);
    }

    private Optional<SourceFacts> factsIfAdmitted(SourceFile file, BooleanSupplier admits) {
        requested.add(file.key());
        if (file.key().size() > settings.maxFileBytes()) {
            problem(tooLarge(file));
            return Optional.empty();
        }
        if (settings.prefilter() && !admits.getAsBoolean()) {
            return Optional.of(SourceFacts.nothingOfInterest(file.display()));
        }
        admitted.add(file.key());
        return parsed(file);
    }

    // ---------------------------------------------------------------- results

    /** The problems of this run so far: unreadable files, missing roots, and classes without source. */
    public List<SourceProblem> problems() {
        List<SourceProblem> all = new ArrayList<>(problems.values());
        all.sort(java.util.Comparator.comparing(SourceProblem::kind).thenComparing(SourceProblem::path));
        missingSummary().ifPresent(all::add);
        return List.copyOf(all);
    }

    /** Logs every problem of this run not logged yet, once. */
    public void logProblems() {
        for (SourceProblem problem : problems()) {
            if (logged.add(problem.kind() + problem.path() + problem.message())) {
                LOG.log(System.Logger.Level.WARNING, () -> "archrules source analysis: " + problem.message());
            }
        }
    }

    /**
     * What this index did: files parsed by it (not served from the JVM cache), files the rules asked for that
     * the pre-filter ruled out for every rule, bytes parsed.
     */
    public Statistics statistics() {
        Set<FileKey> skipped = new HashSet<>(requested);
        skipped.removeAll(admitted);
        return new Statistics(filesParsed.get(), skipped.size(), bytesParsed.get());
    }

    /**
     * Counters of one run.
     *
     * @param filesParsed  files this index parsed
     * @param filesSkipped distinct files a rule asked for that were never parsed because the pre-filter ruled
     *                     them out for every rule that asked
     * @param bytesParsed  bytes of the parsed files
     */
    public record Statistics(int filesParsed, int filesSkipped, long bytesParsed) {
    }

    private Optional<SourceProblem> missingSummary() {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<String> examples = missing.stream().limit(5).toList();
        int count = missing.size();
        return Optional.of(new SourceProblem(SourceProblem.Kind.NO_SOURCE, count + (count == 1 ? " class" : " classes"),
                "no source file found for " + count + (count == 1 ? " class" : " classes") + ", e.g. " + String.join(", ", examples)
                        + (count > examples.size() ? ", …" : "")
                        + "; the source rules skipped them. Give the source roots with withSourceRoots(…) or put a -sources.jar beside the jar"));
    }

    private void problem(SourceProblem problem) {
        problems.putIfAbsent(problem.kind() + "|" + problem.path(), problem);
    }

    // ---------------------------------------------------------------- parsing

    private Optional<SourceFacts> parsed(SourceFile file) {
        if (JVM.parsed.size() > CACHE_LIMIT) {
            JVM.parsed.clear();
        }
        CompletableFuture<Parsed> created = new CompletableFuture<>();
        CompletableFuture<Parsed> future = JVM.parsed.putIfAbsent(file.key(), created);
        boolean mine = future == null;
        if (mine) {
            future = created;
            Runnable task = () -> {
                try {
                    created.complete(parse(file));
                } catch (Throwable e) {
                    created.completeExceptionally(e);
                }
            };
            if (Thread.currentThread().getName().startsWith(WORKER_PREFIX)) {
                task.run();
            } else {
                WORKERS.execute(task);
            }
        }
        Parsed parsed = future.join();
        if (mine && parsed.facts() != null) {
            filesParsed.incrementAndGet();
            bytesParsed.addAndGet(file.key().size());
        }
        if (parsed.problem() != null) {
            problem(parsed.problem());
            return Optional.empty();
        }
        return Optional.of(parsed.facts());
    }

    private record Parsed(SourceFacts facts, SourceProblem problem) {
    }

    private Parsed parse(SourceFile file) {
        Optional<String> text;
        try {
            text = decode(file);
        } catch (ProblemException e) {
            return new Parsed(null, e.problem);
        }
        if (NestingDepth.exceedsLimit(text.get())) {
            return new Parsed(null, new SourceProblem(SourceProblem.Kind.TOO_DEEP, file.display(),
                    file.display() + " nests too deeply to analyse; skipped"));
        }
        try {
            return new Parsed(FactExtractor.extract(file.display(), text.get()), null);
        } catch (FactExtractor.SyntaxError e) {
            return new Parsed(null, new SourceProblem(SourceProblem.Kind.SYNTAX_ERROR, file.display(),
                    file.display() + " does not parse (" + e.getMessage() + "); skipped"));
        } catch (StackOverflowError e) {
            return new Parsed(null, new SourceProblem(SourceProblem.Kind.TOO_DEEP, file.display(),
                    file.display() + " nests too deeply to analyse; skipped"));
        } catch (RuntimeException e) {
            return new Parsed(null, new SourceProblem(SourceProblem.Kind.SYNTAX_ERROR, file.display(),
                    file.display() + " could not be analysed (" + e + "); skipped"));
        }
    }

    private static final class ProblemException extends Exception {
        final SourceProblem problem;

        ProblemException(SourceProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private SourceProblem tooLarge(SourceFile file) {
        return new SourceProblem(SourceProblem.Kind.TOO_LARGE, file.display(),
                file.display() + " has " + file.key().size() + " bytes, more than the limit of " + settings.maxFileBytes()
                        + "; skipped (raise it with SourceSettings.withMaxFileBytes)");
    }

    private Optional<String> decode(SourceFile file) throws ProblemException {
        if (file.key().size() > settings.maxFileBytes()) {
            throw new ProblemException(tooLarge(file));
        }
        byte[] bytes;
        try {
            bytes = file.bytes();
        } catch (IOException | UncheckedIOException e) {
            throw new ProblemException(new SourceProblem(SourceProblem.Kind.IO_ERROR, file.display(),
                    file.display() + " could not be read (" + e.getMessage() + "); skipped"));
        }
        try {
            String text = settings.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new ProblemException(new SourceProblem(SourceProblem.Kind.UNREADABLE_CHARSET, file.display(),
                    file.display() + " is not valid " + settings.charset().name()
                            + "; skipped (convert it, or set the encoding with withSourceCharset)"));
        }
    }

    // ---------------------------------------------------------------- pre-filter

    /** Whether the pre-filter admits the file's text; a file that cannot be read is admitted (its parse reports why). */
    private boolean textAdmitted(SourceFile file, Prefilter prefilter) {
        return scan(file).map(scan -> scan.admittedBy(prefilter, use -> constantAdmitted(scan, use, prefilter))).orElse(true);
    }

    /**
     * Whether the pre-filter admits a constant used in a file. The constant must resolve, as
     * {@link FactExtractor} records its owners: the file itself (enclosing and nested classes) or the file of
     * a candidate owner assigns it. Where a file that assigns it shows its value as a plain string literal,
     * the pre-filter judges name and value, else the name alone; any file that could hold the constant counts.
     */
    private boolean constantAdmitted(SourceScan scan, SourceScan.ConstantUse use, Prefilter prefilter) {
        List<String> owners = use.scope().isEmpty() ? ConstantOwners.ofBare(use.name(), scan.imports(), List.of())
                : ConstantOwners.ofScope(use.scope(), scan.imports(), Map.of());
        return Stream.concat(Stream.of(scan), owners.stream().map(owner -> locateByName(owner).flatMap(this::scan)).flatMap(Optional::stream))
                .filter(declaring -> declaring.declaredConstants().contains(use.name()))
                .anyMatch(declaring -> declaring.constantValue(use.name()).map(value -> prefilter.admitsConstant(use.name(), value)).orElse(true));
    }

    /** The constant-like names the file assigns. */
    private Set<String> declared(SourceFile file) {
        return scan(file).map(SourceScan::declaredConstants).orElse(Set.of());
    }

    /** The lexical scan of the file, made once per JVM and shared by every pre-filter. */
    private Optional<SourceScan> scan(SourceFile file) {
        SourceScan scan = JVM.scans.get(file.key());
        if (scan == null) {
            Optional<String> text = text(file);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (JVM.scans.size() > CACHE_LIMIT) {
                JVM.scans.clear();
            }
            scan = SourceScan.of(text.get());
            JVM.scans.put(file.key(), scan);
        }
        return Optional.of(scan);
    }

    private Optional<String> text(SourceFile file) {
        try {
            return decode(file);
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the pre-filter admits a string constant of the class file of {@code javaClass} or of its
     * anonymous and local classes (whose texts belong to it); admitted when they cannot be read.
     */
    private boolean classFilesAdmitted(JavaClass javaClass, Prefilter prefilter) {
        return classFileVerdicts.computeIfAbsent(new ClassVerdict(javaClass, prefilter),
                key -> classFileStrings(javaClass).map(strings -> strings.stream().anyMatch(prefilter::admitsValue)).orElse(true));
    }

    /**
     * The string constants of the class file of {@code javaClass} and of its anonymous and local classes, read
     * once per run for all pre-filters; empty if they cannot be read (then every pre-filter admits the file).
     */
    private Optional<List<String>> classFileStrings(JavaClass javaClass) {
        return classStrings.computeIfAbsent(javaClass, key -> {
            try {
                List<String> strings = new ArrayList<>();
                for (ClassFile classFile : classFiles(javaClass)) {
                    try (InputStream in = classFile.open()) {
                        strings.addAll(ClassFileHeader.read(in).strings());
                    }
                }
                return Optional.of(List.copyOf(strings));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private record ClassVerdict(JavaClass javaClass, Prefilter prefilter) {
    }

    /** The class file of {@code javaClass} and those of its anonymous and local classes ({@code Outer$1}, {@code Outer$1Local}, {@code Outer$1$1}). */
    private List<ClassFile> classFiles(JavaClass javaClass) throws IOException {
        URI uri = javaClass.getSource().orElseThrow(() -> new IOException("no class file for " + javaClass.getName())).getUri();
        List<ClassFile> files = new ArrayList<>();
        if ("file".equals(uri.getScheme())) {
            Path own = Paths.get(uri);
            String prefix = own.getFileName().toString().replaceFirst("\\.class$", "") + "$";
            files.add(() -> Files.newInputStream(own));
            for (Path nested : nestedClassFiles(own.getParent())) {
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
        String prefix = entry.replaceFirst("\\.class$", "") + "$";
        ZipFile jar = jar(jarPath);
        files.add(() -> entryStream(jar, entry));
        String top = prefix.substring(0, prefix.indexOf('$'));
        for (String nested : nestedEntries(jarPath).getOrDefault(top, List.of())) {
            if (isLocalClassFile(nested, prefix)) {
                files.add(() -> entryStream(jar, nested));
            }
        }
        return files;
    }

    /** The nested class files ({@code $} in the name) of a class directory, listed once per run. */
    private List<Path> nestedClassFiles(Path directory) throws IOException {
        try {
            return directoryListings.computeIfAbsent(directory, dir -> {
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(path -> path.getFileName().toString().contains("$")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code prefix} is {@code Outer$}: {@code Outer$1.class}, {@code Outer$2Local.class}, {@code Outer$1$Inner.class}. */
    private static boolean isLocalClassFile(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length() && Character.isDigit(name.charAt(prefix.length()))
                && name.endsWith(".class");
    }

    /** The entries of nested class files in a jar, by the path of their top-level class. */
    private static Map<String, List<String>> nestedEntries(Path jarPath) throws IOException {
        ZipFile jar = jar(jarPath);
        return JVM.nestedEntries.computeIfAbsent(jarPath, path -> {
            Map<String, List<String>> byTop = new HashMap<>();
            jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class") && name.lastIndexOf('$') > name.lastIndexOf('/'))
                    .forEach(name -> byTop.computeIfAbsent(name.substring(0, name.indexOf('$', name.lastIndexOf('/'))), top -> new ArrayList<>()).add(name));
            return byTop;
        });
    }

    private static InputStream entryStream(ZipFile jar, String entry) throws IOException {
        ZipEntry zipEntry = jar.getEntry(entry);
        if (zipEntry == null) {
            throw new IOException("no " + entry + " in " + jar.getName());
        }
        return jar.getInputStream(zipEntry);
    }

    /** A class file to read. */
    private interface ClassFile {
        InputStream open() throws IOException;
    }

    // ---------------------------------------------------------------- locating files

    private Optional<SourceFile> locateByName(String binaryClassName) {
        String top = binaryClassName.contains("$") ? binaryClassName.substring(0, binaryClassName.indexOf('$')) : binaryClassName;
        return located.computeIfAbsent("name:" + top, key -> findInRoots(top.replace('.', '/') + ".java"));
    }

    private Optional<SourceFile> locate(JavaClass javaClass) {
        String top = javaClass.getName().contains("$")
                ? javaClass.getName().substring(0, javaClass.getName().indexOf('$')) : javaClass.getName();
        Optional<SourceFile> file = located.computeIfAbsent(top, name -> find(javaClass, name));
        if (file.isEmpty()) {
            missing.add(top);
        }
        return file;
    }

    private Optional<SourceFile> find(JavaClass javaClass, String topLevelName) {
        int dot = topLevelName.lastIndexOf('.');
        String packagePath = dot < 0 ? "" : topLevelName.substring(0, dot).replace('.', '/') + "/";
        String fileName = javaClass.getSource().flatMap(Source::getFileName)
                .orElse(topLevelName.substring(dot + 1) + ".java");
        String relative = packagePath + fileName;
        Optional<SourceFile> configured = findIn(settings.roots(), relative);
        if (configured.isPresent() || !settings.detectRoots()) {
            return configured;
        }
        Optional<Path> detected = javaClass.getSource().flatMap(source -> detectRoot(source.getUri(), packagePath));
        detected.ifPresent(detectedRoots::add);
        return detected.flatMap(root -> findIn(List.of(root), relative));
    }

    private Optional<SourceFile> findInRoots(String relative) {
        List<Path> roots = new ArrayList<>(settings.roots());
        roots.addAll(detectedRoots);
        return findIn(roots, relative);
    }

    private Optional<SourceFile> findIn(List<Path> roots, String relative) {
        for (Path root : roots) {
            try {
                if (Files.isDirectory(root)) {
                    Path file = root.resolve(relative);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(SourceFile.of(file, settings.charset().name()));
                    }
                } else if (Files.isRegularFile(root)) {
                    ZipFile jar = jar(root);
                    ZipEntry entry = jar.getEntry(relative);
                    if (entry != null) {
                        return Optional.of(new SourceFile(root, relative,
                                new FileKey(root + "!/" + relative, Files.getLastModifiedTime(root).toMillis(), entry.getSize(), settings.charset().name())));
                    }
                }
            } catch (IOException e) {
                problem(new SourceProblem(SourceProblem.Kind.IO_ERROR, root.toString(),
                        root + " could not be read (" + e.getMessage() + "); skipped"));
            }
        }
        return Optional.empty();
    }

    /** Where the source of a class loaded from {@code classUri} lives, by the Maven and Gradle layouts. */
    static Optional<Path> detectRoot(URI classUri, String packagePath) {
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
        if (!"file".equals(scheme)) {
            return Optional.empty();
        }
        Path classes = Paths.get(classUri).getParent();
        for (int i = 0; i < packagePath.chars().filter(c -> c == '/').count() && classes != null; i++) {
            classes = classes.getParent();
        }
        if (classes == null) {
            return Optional.empty();
        }
        String path = classes.toString().replace('\\', '/');
        Map<String, String> layouts = Map.of(
                "/target/classes", "src/main/java",
                "/target/test-classes", "src/test/java",
                "/build/classes/java/main", "src/main/java",
                "/build/classes/java/test", "src/test/java");
        for (Map.Entry<String, String> layout : layouts.entrySet()) {
            if (path.endsWith(layout.getKey())) {
                Path project = Paths.get(path.substring(0, path.length() - layout.getKey().length()));
                Path root = project.resolve(layout.getValue());
                return Files.isDirectory(root) ? Optional.of(root) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ZipFile jar(Path path) throws IOException {
        try {
            return JVM.jars.computeIfAbsent(path, p -> {
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

    /** The identity of a file version: path, modification time, size and the charset it is read with. */
    private record FileKey(String path, long modified, long size, String charset) {
    }

    /** A source file in a directory or in a jar. */
    private record SourceFile(Path location, String entry, FileKey key) {

        static SourceFile of(Path file, String charset) throws IOException {
            return new SourceFile(file, null, new FileKey(file.toString(), Files.getLastModifiedTime(file).toMillis(),
                    Files.size(file), charset));
        }

        String display() {
            return key.path();
        }

        byte[] bytes() throws IOException {
            if (entry == null) {
                return Files.readAllBytes(location);
            }
            ZipFile jar = jar(location);
            try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                return in.readAllBytes();
            }
        }
    }

    private static ExecutorService workers() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(null, task, WORKER_PREFIX + number.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The caches shared by the whole JVM. */
    private static final class JvmCache {
        /** Parse results by file identity. */
        private final Map<FileKey, CompletableFuture<Parsed>> parsed = new ConcurrentHashMap<>();
        /** Lexical scans of file texts (string values, bound names, assigned constants), by file identity. */
        private final Map<FileKey, SourceScan> scans = new ConcurrentHashMap<>();
        /** The nested class files of each class jar, by the path of their top-level class. */
        private final Map<Path, Map<String, List<String>>> nestedEntries = new ConcurrentHashMap<>();
        /** Open source and class jars. */
        private final Map<Path, ZipFile> jars = new ConcurrentHashMap<>();
    }
}
