package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceDeclaration;
import dev.archrules.core.source.SourceFacts;
import dev.archrules.core.source.SourceIndex;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.source.SourceSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The {@link SourceIndex} of one checklist run: composes the run's {@link SourceLocator} and {@link Admission}
 * with a {@link SourceCache}, and keeps the run's problems and statistics. Create one per run with
 * {@link #create}; the facts it parses stay in the cache for the next run.
 */
public final class RunSourceIndex implements SourceIndex {

    private static final System.Logger LOG = System.getLogger("dev.archrules");

    private final SourceSettings settings;
    private final SourceCache cache;
    private final SourceLocator locator;
    private final Admission admission;
    private final Map<String, SourceProblem> problems = new ConcurrentHashMap<>();
    private final Set<FileKey> requested = ConcurrentHashMap.newKeySet();
    private final Set<FileKey> admitted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger filesParsed = new AtomicInteger();
    private final AtomicLong bytesParsed = new AtomicLong();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final Map<FileKey, Optional<DeclarationScan>> declarations = new ConcurrentHashMap<>();
    private final Map<Mention, Boolean> mentions = new ConcurrentHashMap<>();
    /** The run's facts store on disk, chosen when the first class is looked up (its build directory by default). */
    private final java.util.concurrent.atomic.AtomicReference<FactStore> store = new java.util.concurrent.atomic.AtomicReference<>();

    private RunSourceIndex(SourceSettings settings, SourceCache cache) {
        this.settings = settings;
        this.cache = cache;
        this.locator = new SourceLocator(settings, cache, this::problem);
        this.admission = new Admission(settings, cache, locator, this::factStore);
        if (!settings.cache()) {
            store.set(FactStore.none());
        } else {
            settings.cacheDirectory().ifPresent(directory -> store.set(FactStore.at(directory, FactStore.DEFAULT_MAX_BYTES)));
        }
        for (Path root : settings.roots()) {
            if (!Files.exists(root)) {
                problem(new SourceProblem(SourceProblem.Kind.MISSING_ROOT, root.toString(),
                        "source root " + root + " does not exist; fix the path given to withSourceRoots"));
            }
        }
    }

    /**
     * An index for one run with these settings and this facts cache: {@link SourceCache#shared()} for a run
     * that shares parsed files with every other run of the JVM, a {@code new SourceCache()} for one that must not.
     */
    public static RunSourceIndex create(SourceSettings settings, SourceCache cache) {
        return new RunSourceIndex(settings, cache);
    }

    @Override
    public SourceSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- facts

    /** The store in the build directory of the first class looked up, unless the settings chose one (or none). */
    private void chooseStore(JavaClass javaClass) {
        if (store.get() == null) {
            store.compareAndSet(null, SourceLocator.buildDirectory(javaClass)
                    .map(build -> FactStore.at(build.resolve("archrules-cache"), FactStore.DEFAULT_MAX_BYTES))
                    .orElse(FactStore.none()));
        }
    }

    /**
     * Where this run keeps source facts between runs and how often it found them there: none until a class was looked
     * up (or none at all), see {@link SourceSettings#cacheDirectory()}.
     */
    public FactStore factStore() {
        FactStore chosen = store.get();
        return chosen == null ? FactStore.none() : chosen;
    }

    @Override
    public Optional<SourceFacts> facts(JavaClass javaClass) {
        chooseStore(javaClass);
        return locator.locate(javaClass).flatMap(file -> factsIfAdmitted(file, () -> true));
    }

    @Override
    public Optional<SourceFacts> literalFacts(JavaClass javaClass, Prefilter prefilter) {
        chooseStore(javaClass);
        return locator.locate(javaClass).flatMap(file -> factsIfAdmitted(file,
                () -> admission.admitsText(file, prefilter) || admission.admitsClassFiles(javaClass, prefilter)));
    }

    @Override
    public Optional<SourceFacts> constantFacts(String binaryClassName, String constant) {
        return locator.locateByName(binaryClassName).flatMap(file -> factsIfAdmitted(file, () -> admission.assigns(file, constant)));
    }

    /** The facts of the file of a class known by binary name only, pre-filtered by the file's text. */
    public Optional<SourceFacts> literalFacts(String binaryClassName, Prefilter prefilter) {
        return locator.locateByName(binaryClassName).flatMap(file -> factsIfAdmitted(file, () -> admission.admitsText(file, prefilter)));
    }

    @Override
    public Optional<SourceDeclaration> declaration(JavaClass javaClass) {
        return locator.locateQuietly(javaClass).flatMap(file -> {
            Optional<DeclarationScan> scan = declarations.computeIfAbsent(file.key(), key -> scanDeclarations(file));
            String name = javaClass.getName();
            String relative = name.substring(name.lastIndexOf('.') + 1);
            DeclarationScan.Declaration found = null;
            Set<String> annotations = new java.util.HashSet<>();
            if (scan.isPresent()) {
                // the class, or the named class an anonymous or local class is in, and the classes it is nested in
                for (String candidate = relative; ; candidate = candidate.substring(0, candidate.lastIndexOf('$'))) {
                    DeclarationScan.Declaration declaration = scan.get().declaration(candidate);
                    if (declaration != null) {
                        found = found == null ? declaration : found;
                        declaration.annotations().forEach(written -> annotations.addAll(scan.get().resolve(written)));
                    }
                    if (candidate.indexOf('$') < 0) {
                        break;
                    }
                }
            }
            return Optional.of(new SourceDeclaration(file.display(), SourceDeclaration.isGeneratedSourcesPath(file.display()),
                    found == null ? 0 : found.line(), annotations));
        });
    }

    @Override
    public boolean isMarkedInSource(JavaClass javaClass, Set<String> annotations) {
        Optional<SourceFile> located = locator.locateQuietly(javaClass);
        if (located.isEmpty()) {
            return false;
        }
        SourceFile file = located.get();
        if (SourceDeclaration.isGeneratedSourcesPath(file.display())) {
            return true;
        }
        Set<String> simpleNames = new HashSet<>();
        annotations.forEach(name -> simpleNames.add(name.substring(name.lastIndexOf('.') + 1)));
        boolean named = mentions.computeIfAbsent(new Mention(file.key(), simpleNames), mention -> mentionsAny(file, simpleNames));
        return named && declaration(javaClass)
                .map(declaration -> declaration.annotations().stream().anyMatch(annotations::contains))
                .orElse(false);
    }

    /** Whether the text of {@code file} contains one of {@code words}; false if it is too large or cannot be read (as for its declarations). */
    private boolean mentionsAny(SourceFile file, Set<String> words) {
        if (file.key().size() > settings.maxFileBytes()) {
            return false;
        }
        try {
            String text = SourceText.read(file, cache.jars());
            return words.stream().anyMatch(text::contains);
        } catch (SourceText.Unreadable e) {
            return false;
        }
    }

    /** A file and the simple names asked about in it. */
    private record Mention(FileKey file, Set<String> names) {
    }

    /** The declarations of a file, read lexically; empty if it is too large or cannot be read. */
    private Optional<DeclarationScan> scanDeclarations(SourceFile file) {
        if (file.key().size() > settings.maxFileBytes()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeclarationScan.of(SourceText.read(file, cache.jars())));
        } catch (SourceText.Unreadable e) {
            return Optional.empty();
        }
    }

    @Override
    public void prefetch(Collection<JavaClass> classes) {
        prefetchAll(classes, this::facts);
    }

    @Override
    public void prefetch(Collection<JavaClass> classes, Prefilter prefilter) {
        prefetchAll(classes, javaClass -> literalFacts(javaClass, prefilter));
    }

    private void prefetchAll(Collection<JavaClass> classes, Function<JavaClass, Optional<SourceFacts>> facts) {
        cache.onWorkers(classes, facts::apply);
    }

    private Optional<SourceFacts> factsIfAdmitted(SourceFile file, BooleanSupplier admits) {
        requested.add(file.key());
        if (file.key().size() > settings.maxFileBytes()) {
            problem(new SourceProblem(SourceProblem.Kind.TOO_LARGE, file.display(),
                    file.display() + " has " + file.key().size() + " bytes, more than the limit of " + settings.maxFileBytes()
                            + "; skipped (raise it with SourceSettings.withMaxFileBytes)"));
            return Optional.empty();
        }
        if (settings.prefilter() && !admits.getAsBoolean()) {
            return Optional.of(new SourceFacts(file.display(), List.of(), Map.of(), List.of()));
        }
        admitted.add(file.key());
        SourceCache.Lookup lookup = cache.facts(file, factStore());
        if (lookup.parsedNow() && lookup.parsed().facts().isPresent()) {
            filesParsed.incrementAndGet();
            bytesParsed.addAndGet(file.key().size());
        }
        lookup.parsed().problem().ifPresent(this::problem);
        return lookup.parsed().facts();
    }

    // ---------------------------------------------------------------- results

    @Override
    public List<SourceProblem> problems() {
        List<SourceProblem> all = new ArrayList<>(problems.values());
        all.sort(Comparator.comparing(SourceProblem::kind).thenComparing(SourceProblem::path));
        missingSummary().ifPresent(all::add);
        otherLanguageSummary().ifPresent(all::add);
        return List.copyOf(all);
    }

    @Override
    public void logProblems() {
        for (SourceProblem problem : problems()) {
            if (logged.add(problem.kind() + problem.path() + problem.message())) {
                LOG.log(System.Logger.Level.WARNING, () -> "archrules source analysis: " + problem.message());
            }
        }
    }

    @Override
    public Statistics statistics() {
        Set<FileKey> skipped = new HashSet<>(requested);
        skipped.removeAll(admitted);
        return new Statistics(filesParsed.get(), skipped.size(), bytesParsed.get());
    }

    private Optional<SourceProblem> missingSummary() {
        List<String> missing = locator.missing();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceProblem(SourceProblem.Kind.NO_SOURCE, classes(missing.size()),
                "no source file found for " + classes(missing.size()) + ", e.g. " + examples(missing)
                        + "; the source rules skipped them. Give the source roots with withSourceRoots(…) or put a -sources.jar beside the jar"));
    }

    /** Classes compiled from another language: skipped by the source rules, said once, and not an unread file. */
    private Optional<SourceProblem> otherLanguageSummary() {
        Map<String, String> other = locator.otherLanguage();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        int count = other.size();
        String languages = other.values().stream().map(file -> file.substring(file.lastIndexOf('.') + 1)).distinct().sorted()
                .map(extension -> "." + extension).collect(java.util.stream.Collectors.joining(", "));
        return Optional.of(new SourceProblem(SourceProblem.Kind.NO_SOURCE, classes(count) + " (" + languages + ")",
                classes(count) + (count == 1 ? " was" : " were") + " compiled from another language than Java (" + languages + "), e.g. "
                        + examples(other.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")").toList())
                        + "; the source rules read Java only and skipped them (the bytecode rules checked them)"));
    }

    private static String classes(int count) {
        return count + (count == 1 ? " class" : " classes");
    }

    /** The first five, and "…" when there are more. */
    private static String examples(List<String> all) {
        return String.join(", ", all.subList(0, Math.min(5, all.size()))) + (all.size() > 5 ? ", …" : "");
    }

    private void problem(SourceProblem problem) {
        problems.putIfAbsent(problem.kind() + "|" + problem.path(), problem);
    }
}
