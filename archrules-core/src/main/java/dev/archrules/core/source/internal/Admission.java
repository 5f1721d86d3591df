package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Decides, for one run, whether a literal rule's file is worth parsing, without parsing it: by the rule's
 * {@link Prefilter} over the {@linkplain SourceScan lexical scan} of the file's text (cached per file version
 * in the {@link SourceCache}) and over the string constants of its class files (read once per run). A file
 * that cannot be read is admitted, so that its parse reports why.
 */
public final class Admission {

    private final SourceSettings settings;
    private final SourceCache cache;
    private final SourceLocator locator;
    private final ClassFileStrings classFileStrings;
    private final Map<ClassVerdict, Boolean> classFileVerdicts = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<FactStore> store;

    /** Admission for one run with these settings, finding constants' owners with {@code locator}. */
    public Admission(SourceSettings settings, SourceCache cache, SourceLocator locator) {
        this(settings, cache, locator, FactStore::none);
    }

    /** The same, keeping the scans of file texts in the run's {@link FactStore} too. */
    public Admission(SourceSettings settings, SourceCache cache, SourceLocator locator, java.util.function.Supplier<FactStore> store) {
        this.settings = settings;
        this.cache = cache;
        this.locator = locator;
        this.store = store;
        this.classFileStrings = new ClassFileStrings(cache.jars());
    }

    /**
     * Whether the text of a Java file passes a pre-filter on its own: without its class files' constants, and
     * taking every constant it uses as resolvable (an index checks that the constant's owner is in the source
     * roots and assigns it).
     */
    public static boolean admitsSource(Prefilter prefilter, CharSequence javaSource) {
        return SourceScan.of(javaSource).admittedBy(prefilter, use -> true);
    }

    /** Whether the pre-filter admits the file's text; a file that cannot be read is admitted (its parse reports why). */
    public boolean admitsText(SourceFile file, Prefilter prefilter) {
        return scan(file).map(scan -> scan.admittedBy(prefilter, use -> constantAdmitted(scan, use, prefilter))).orElse(true);
    }

    /**
     * Whether the pre-filter admits a string constant of the class file of {@code javaClass} or of its
     * anonymous and local classes (whose texts belong to it); admitted when they cannot be read.
     */
    public boolean admitsClassFiles(JavaClass javaClass, Prefilter prefilter) {
        return classFileVerdicts.computeIfAbsent(new ClassVerdict(javaClass, prefilter),
                key -> classFileStrings.of(javaClass).map(strings -> strings.stream().anyMatch(prefilter::admitsValue)).orElse(true));
    }

    /** Whether the file assigns the constant-like name {@code constant}, as its declaration does. */
    public boolean assigns(SourceFile file, String constant) {
        return scan(file).map(SourceScan::declaredConstants).orElse(Set.of()).contains(constant);
    }

    private record ClassVerdict(JavaClass javaClass, Prefilter prefilter) {
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
        return Stream.concat(Stream.of(scan), owners.stream().map(owner -> locator.locateByName(owner).flatMap(this::scan)).flatMap(Optional::stream))
                .filter(declaring -> declaring.declaredConstants().contains(use.name()))
                .anyMatch(declaring -> declaring.constantValue(use.name()).map(value -> prefilter.admitsConstant(use.name(), value)).orElse(true));
    }

    /** The lexical scan of the file, made once per cache and shared by every pre-filter; empty if the file cannot be read. */
    private Optional<SourceScan> scan(SourceFile file) {
        return cache.scan(file, () -> text(file), store.get());
    }

    /** The text of the file, empty if it is over the size limit or cannot be read. */
    private Optional<String> text(SourceFile file) {
        if (file.key().size() > settings.maxFileBytes()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceText.read(file, cache.jars()));
        } catch (SourceText.Unreadable e) {
            return Optional.empty();
        }
    }
}
