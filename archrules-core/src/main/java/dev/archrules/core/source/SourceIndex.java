package dev.archrules.core.source;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.source.internal.Admission;
import dev.archrules.core.source.internal.FileKey;
import dev.archrules.core.source.internal.SourceCache;
import dev.archrules.core.source.internal.SourceFile;
import dev.archrules.core.source.internal.SourceLocator;

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
 * The source files of one checklist run, as the source rules see them (through {@code RuleContext#sources()}):
 * maps imported classes to their {@code .java} files and hands the rules the {@linkplain SourceFacts facts}
 * of those files, and collects the run's problems and statistics.
 *
 * <ul>
 *   <li><b>Lazy</b>: only the files of classes a rule asks for are read. For a literal rule a file is parsed
 *       only if the rule's {@linkplain Prefilter pre-filter} admits its text (a lexical scan: string values
 *       and the names they are bound to) or the string constants of the class files of the class and of its
 *       anonymous and local classes (inlined constants of other classes, folded concatenations). The file
 *       of a constant's owner is parsed only if it assigns that constant.</li>
 *   <li><b>Once per cache</b>: parsed facts live in a facts cache keyed by path, modification time, size and
 *       charset — by default the JVM-wide shared one, so every index, rule and test class of a JVM shares
 *       them; concurrent requests for one file wait for one parse.</li>
 *   <li><b>Parallel</b>: {@link #prefetch} parses the files of a rule's scope on the cache's workers, one per
 *       core (with a large stack, so deep expressions do not overflow).</li>
 *   <li><b>Bounded</b>: facts are kept, syntax trees are not.</li>
 *   <li><b>Robust</b>: a file that cannot be read, decoded or parsed, is too large or nests too deeply (more
 *       than {@value dev.archrules.core.source.internal.NestingDepth#LIMIT} levels of brackets, checked before
 *       any parse) is a {@link SourceProblem} with its path and is skipped; classes without source are
 *       reported once, as a count with examples.</li>
 * </ul>
 *
 * One index serves one checklist run; create it with {@link #create}.
 */
public final class SourceIndex {

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

    private SourceIndex(SourceSettings settings, SourceCache cache) {
        this.settings = settings;
        this.cache = cache;
        this.locator = new SourceLocator(settings, cache, this::problem);
        this.admission = new Admission(settings, cache, locator);
        for (Path root : settings.roots()) {
            if (!Files.exists(root)) {
                problem(new SourceProblem(SourceProblem.Kind.MISSING_ROOT, root.toString(),
                        "source root " + root + " does not exist; fix the path given to withSourceRoots"));
            }
        }
    }

    /** An index for one run with these settings, sharing the JVM-wide {@linkplain SourceCache#shared() facts cache}. */
    public static SourceIndex create(SourceSettings settings) {
        return create(settings, SourceCache.shared());
    }

    /** An index for one run with these settings and this facts cache (e.g. one of a test's own). */
    public static SourceIndex create(SourceSettings settings, SourceCache cache) {
        return new SourceIndex(settings, cache);
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
        return locator.locate(javaClass).flatMap(file -> factsIfAdmitted(file, () -> true));
    }

    /**
     * The facts a literal rule needs: empty facts (no parse) when {@code prefilter} admits neither the file's
     * text nor a string constant of the class files of {@code javaClass} and of its anonymous and local classes.
     */
    public Optional<SourceFacts> literalFacts(JavaClass javaClass, Prefilter prefilter) {
        return locator.locate(javaClass).flatMap(file -> factsIfAdmitted(file,
                () -> admission.admitsText(file, prefilter) || admission.admitsClassFiles(javaClass, prefilter)));
    }

    /**
     * The facts of the file of a class known by binary name only, e.g. the owner of a constant: empty facts
     * (no parse) unless the file assigns {@code constant}, which its declaration does.
     */
    public Optional<SourceFacts> constantFacts(String binaryClassName, String constant) {
        return locator.locateByName(binaryClassName).flatMap(file -> factsIfAdmitted(file, () -> admission.assigns(file, constant)));
    }

    /** The facts of the file of a class known by binary name only, pre-filtered by the file's text. */
    Optional<SourceFacts> literalFacts(String binaryClassName, Prefilter prefilter) {
        return locator.locateByName(binaryClassName).flatMap(file -> factsIfAdmitted(file, () -> admission.admitsText(file, prefilter)));
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
            return Optional.of(SourceFacts.nothingOfInterest(file.display()));
        }
        admitted.add(file.key());
        SourceCache.Lookup lookup = cache.facts(file);
        if (lookup.parsedNow() && lookup.parsed().facts().isPresent()) {
            filesParsed.incrementAndGet();
            bytesParsed.addAndGet(file.key().size());
        }
        lookup.parsed().problem().ifPresent(this::problem);
        return lookup.parsed().facts();
    }

    // ---------------------------------------------------------------- results

    /** The problems of this run so far: unreadable files, missing roots, and classes without source. */
    public List<SourceProblem> problems() {
        List<SourceProblem> all = new ArrayList<>(problems.values());
        all.sort(Comparator.comparing(SourceProblem::kind).thenComparing(SourceProblem::path));
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
     * What this index did: files parsed by it (not served from the facts cache), files the rules asked for that
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
        List<String> missing = locator.missing();
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
}
