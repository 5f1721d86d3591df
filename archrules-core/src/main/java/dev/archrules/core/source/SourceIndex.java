package dev.archrules.core.source;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The source files of one checklist run, as the source rules reach them (through {@code RuleContext#sources()},
 * never through statics): maps imported classes to their {@code .java} files, hands the rules the
 * {@linkplain SourceFacts facts} of those files, and collects the run's problems and statistics.
 *
 * <ul>
 *   <li><b>Lazy</b>: only the files of classes a rule asks for are read. For a literal rule a file is parsed
 *       only if the rule's {@linkplain Prefilter pre-filter} admits its text (a lexical scan: string values
 *       and the names they are bound to) or the string constants of the class files of the class and of its
 *       anonymous and local classes (inlined constants of other classes, folded concatenations). The file
 *       of a constant's owner is parsed only if it assigns that constant.</li>
 *   <li><b>Once per facts cache</b>: parsed facts are cached by path, modification time, size and charset in
 *       the facts cache the index was created with — by default one shared by every run and test class of the
 *       JVM; concurrent requests for one file wait for one parse.</li>
 *   <li><b>Parallel</b>: {@link #prefetch} parses the files of a rule's scope on the cache's workers, one per
 *       core (with a large stack, so deep expressions do not overflow).</li>
 *   <li><b>Bounded</b>: facts are kept, syntax trees are not.</li>
 *   <li><b>Robust</b>: a file that cannot be read, decoded or parsed, is too large or nests too deeply (more
 *       than 1,000 levels of brackets, checked before any parse) is a {@link SourceProblem} with its path and
 *       is skipped; classes without source are reported once, as a count with examples.</li>
 * </ul>
 *
 * One index serves one run: {@code BackendChecklist} creates it from the checklist's {@link SourceSettings}
 * and hands it to the rules in their {@code RuleContext}.
 */
public interface SourceIndex {

    /** The settings of this index. */
    SourceSettings settings();

    /** The facts of the file that declares {@code javaClass}, parsed regardless of the pre-filter. */
    Optional<SourceFacts> facts(JavaClass javaClass);

    /**
     * The facts a literal rule needs: empty facts (no parse) when {@code prefilter} admits neither the file's
     * text nor a string constant of the class files of {@code javaClass} and of its anonymous and local classes.
     */
    Optional<SourceFacts> literalFacts(JavaClass javaClass, Prefilter prefilter);

    /**
     * The facts of the file of a class known by binary name only, e.g. the owner of a constant: empty facts
     * (no parse) unless the file assigns {@code constant}, which its declaration does.
     */
    Optional<SourceFacts> constantFacts(String binaryClassName, String constant);

    /**
     * The declaration of {@code javaClass} (or, for an anonymous or local class, of the named class it is in) in its
     * source file, read lexically without a parse; empty if the class has no source file. Asking does not count the
     * class as missing a source file.
     */
    default Optional<SourceDeclaration> declaration(JavaClass javaClass) {
        return Optional.empty();
    }

    /**
     * Whether the source file of {@code javaClass} lies in a folder of generated sources, or the declaration of the class
     * (or of a class it is nested in) carries one of {@code annotations} (fully qualified names) — what
     * {@link #declaration} tells, answered without reading declarations where the file's text names none of the
     * annotations' simple names (an annotation is always written with its simple name, qualified or not).
     */
    default boolean isMarkedInSource(JavaClass javaClass, Set<String> annotations) {
        return declaration(javaClass)
                .map(declaration -> declaration.inGeneratedSources() || declaration.annotations().stream().anyMatch(annotations::contains))
                .orElse(false);
    }

    /** Parses the files of these classes in parallel, so that later requests are served from the cache. */
    void prefetch(Collection<JavaClass> classes);

    /** Parses the files of these classes that {@code prefilter} admits in parallel (see {@link #literalFacts}). */
    void prefetch(Collection<JavaClass> classes, Prefilter prefilter);

    /** The problems of this run so far: unreadable files, missing roots, and classes without source. */
    List<SourceProblem> problems();

    /** Logs every problem of this run not logged yet, once. */
    void logProblems();

    /**
     * What this index did: files parsed by it (not served from the facts cache), files the rules asked for that
     * the pre-filter ruled out for every rule, bytes parsed.
     */
    Statistics statistics();

    /**
     * Counters of one run.
     *
     * @param filesParsed  files this index parsed
     * @param filesSkipped distinct files a rule asked for that were never parsed because the pre-filter ruled
     *                     them out for every rule that asked
     * @param bytesParsed  bytes of the parsed files
     */
    record Statistics(int filesParsed, int filesSkipped, long bytesParsed) {
    }
}
