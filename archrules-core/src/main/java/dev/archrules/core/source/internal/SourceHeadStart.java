package dev.archrules.core.source.internal;

import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The source work of a checklist run begun before its classes are imported, on one worker of the {@link SourceCache}
 * while the import runs on the caller's thread: every {@code .java} file of the source roots the run will search
 * (the configured ones, and those it would detect from the imported folders and jars) is scanned lexically, and the
 * files whose text a literal rule's {@link Prefilter} admits are parsed. The rules then find the scans and facts in
 * the cache instead of making them while other rules run.
 *
 * <p>Only a head start: it fills the cache with what the run would compute itself, under the same keys (file
 * version and charset) and through the same facts store on disk, so the findings are the same whether it ran,
 * finished or not; it reports no problem (the run reports the problems of the files it reads) and never fails a run.
 * Where the run's facts store cannot be known before the import (classes from several build directories), it does
 * nothing.
 */
public final class SourceHeadStart {

    private final SourceSettings settings;
    private final SourceCache cache;
    private final List<Path> roots;
    private final FactStore store;
    private final List<Prefilter> prefilters;
    private final List<Path> classLocations;
    private final List<String> mentions;

    private SourceHeadStart(SourceSettings settings, SourceCache cache, List<Path> roots, FactStore store, List<Prefilter> prefilters,
                            List<Path> classLocations, List<String> mentions) {
        this.settings = settings;
        this.cache = cache;
        this.roots = roots;
        this.store = store;
        this.prefilters = List.copyOf(prefilters);
        this.classLocations = List.copyOf(classLocations);
        this.mentions = List.copyOf(mentions);
    }

    /**
     * Begins the source work of a run with these settings on classes imported from {@code classLocations} (URIs of
     * class folders and jars, as ArchUnit's locations give them), in the background; completes when it is done, at
     * once if there is nothing to do.
     *
     * @param prefilters the pre-filters of the run's literal rules: files one of them admits are parsed
     * @param parse      whether to parse the admitted files, or only scan
     */
    public static CompletableFuture<Void> begin(SourceSettings settings, SourceCache cache, Collection<URI> classLocations,
                                                List<Prefilter> prefilters, boolean parse, boolean classFiles, List<String> mentions) {
        Optional<FactStore> store = storeOf(settings, classLocations);
        List<Path> roots = roots(settings, classLocations);
        if (store.isEmpty() || roots.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Path> locations = classFiles ? classLocations.stream().map(SourceHeadStart::path).flatMap(Optional::stream).toList() : List.of();
        SourceHeadStart start = new SourceHeadStart(settings, cache, roots, store.get(), parse && settings.prefilter() ? prefilters : List.of(),
                locations, mentions);
        return cache.inBackground(start::run);
    }

    /** The roots the run will search: the configured ones, and those it detects beside the imported folders and jars. */
    static List<Path> roots(SourceSettings settings, Collection<URI> classLocations) {
        Set<Path> roots = new LinkedHashSet<>(settings.roots());
        if (settings.detectRoots()) {
            classLocations.stream().map(SourceHeadStart::path).flatMap(Optional::stream)
                    .forEach(location -> roots.addAll(SourceLocator.candidateRoots(location)));
        }
        return roots.stream().filter(Files::exists).toList();
    }

    /**
     * The facts store the run will choose (see {@code RunSourceIndex}): none, the configured directory, or
     * {@code archrules-cache} in the build directory of the classes — empty when the classes come from folders of
     * several build directories, or from folders and jars, so that which one the run chooses depends on its first class.
     */
    static Optional<FactStore> storeOf(SourceSettings settings, Collection<URI> classLocations) {
        if (!settings.cache()) {
            return Optional.of(FactStore.none());
        }
        if (settings.cacheDirectory().isPresent()) {
            return Optional.of(FactStore.at(settings.cacheDirectory().get(), FactStore.DEFAULT_MAX_BYTES));
        }
        Set<Optional<Path>> buildDirectories = new LinkedHashSet<>();
        for (URI location : classLocations) {
            Optional<Path> path = path(location);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            buildDirectories.add(Files.isDirectory(path.get()) ? SourceLocator.buildDirectoryOf(path.get()) : Optional.empty());
        }
        if (buildDirectories.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(buildDirectories.iterator().next()
                .map(build -> FactStore.at(build.resolve("archrules-cache"), FactStore.DEFAULT_MAX_BYTES))
                .orElse(FactStore.none()));
    }

    /** The folder or jar of a location URI ({@code file:…}, {@code jar:file:…!/}), empty for anything else. */
    private static Optional<Path> path(URI location) {
        try {
            if ("file".equals(location.getScheme())) {
                return Optional.of(Paths.get(location).toAbsolutePath().normalize());
            }
            if ("jar".equals(location.getScheme())) {
                String spec = location.getSchemeSpecificPart();
                int bang = spec.indexOf("!/");
                String rest = bang < 0 ? "" : spec.substring(bang + 2);
                return bang < 0 || !rest.isEmpty() ? Optional.empty()
                        : Optional.of(Paths.get(URI.create(spec.substring(0, bang))).toAbsolutePath().normalize());
            }
        } catch (RuntimeException e) {
            // not a location on the file system: nothing to begin for it
        }
        return Optional.empty();
    }

    private void run() {
        java.util.Map<String, SourceFile> byRelative = new java.util.LinkedHashMap<>();
        for (Path root : roots) {
            filesOf(root).forEach(byRelative::putIfAbsent);
        }
        List<SourceFile> files = List.copyOf(byRelative.values());
        Admission admission = new Admission(settings.withDetectedRoots(false).withRoots(roots.toArray(Path[]::new)), cache,
                new SourceLocator(settings.withDetectedRoots(false).withRoots(roots.toArray(Path[]::new)), cache, problem -> { }),
                () -> store);
        Set<SourceFile> admitted = new LinkedHashSet<>();
        for (SourceFile file : files) {
            if (file.key().size() > settings.maxFileBytes()) {
                continue;
            }
            if (prefilters.isEmpty()) {
                admission.assigns(file, ""); // the scan alone
            } else if (prefilters.stream().anyMatch(prefilter -> admission.admitsText(file, prefilter))) {
                admitted.add(file);
            }
        }
        int byText = admitted.size();
        if (!prefilters.isEmpty()) {
            for (String relative : admittedByClassFiles()) {
                SourceFile file = byRelative.get(relative);
                if (file != null && file.key().size() <= settings.maxFileBytes()) {
                    admitted.add(file);
                }
            }
        }
        int byClassFiles = admitted.size() - byText;
        if (!mentions.isEmpty()) {
            for (SourceFile file : files) {
                if (file.key().size() <= settings.maxFileBytes() && mentionsAny(file)) {
                    admitted.add(file);
                }
            }
        }
        for (SourceFile file : admitted) {
            cache.facts(file, store);
        }
        if (Boolean.getBoolean("archrules.experiment.headStart.log")) {
            System.err.println("archrules head start: " + files.size() + " files scanned, " + admitted.size() + " parsed (" + byText
                    + " by text, " + byClassFiles + " more by class files, " + (admitted.size() - byText - byClassFiles) + " more by mentions)");
        }
    }

    private boolean mentionsAny(SourceFile file) {
        try {
            String text = SourceText.read(file, cache.jars());
            return mentions.stream().anyMatch(text::contains);
        } catch (SourceText.Unreadable e) {
            return false;
        }
    }

    /** The source paths ({@code a/b/C.java}) of top-level classes one of whose class files has a constant a pre-filter admits. */
    private Set<String> admittedByClassFiles() {
        Set<String> admitted = new LinkedHashSet<>();
        for (Path location : classLocations) {
            try {
                if (Files.isRegularFile(location)) {
                    ZipFile jar = cache.jars().open(location);
                    for (ZipEntry entry : jar.stream().filter(entry -> entry.getName().endsWith(".class")).toList()) {
                        String name = entry.getName();
                        int dollar = name.indexOf('$', name.lastIndexOf('/') + 1);
                        String top = dollar < 0 ? name.substring(0, name.length() - ".class".length()) : name.substring(0, dollar);
                        if (dollar >= 0 && !ClassFileStrings.isLocalClassFile(name, top + "$")) {
                            continue;
                        }
                        if (admitted.contains(top + ".java")) {
                            continue;
                        }
                        try (java.io.InputStream in = jar.getInputStream(entry)) {
                            List<String> strings = dev.archrules.core.internal.io.ClassFileHeader.read(in).strings();
                            if (strings.stream().anyMatch(text -> prefilters.stream().anyMatch(prefilter -> prefilter.admitsValue(text)))) {
                                admitted.add(top + ".java");
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a head start only
            }
        }
        return admitted;
    }

    /** The {@code .java} files of a root folder or source jar by path relative to it, keyed as the run's locator keys them. */
    private java.util.Map<String, SourceFile> filesOf(Path root) {
        java.util.Map<String, SourceFile> files = new java.util.LinkedHashMap<>();
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path file : walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).toList()) {
                        files.put(root.relativize(file).toString().replace('\\', '/'), SourceFile.inDirectory(file, settings.charset()));
                    }
                }
            } else {
                ZipFile jar = cache.jars().open(root);
                for (ZipEntry entry : jar.stream().filter(entry -> !entry.isDirectory() && entry.getName().endsWith(".java")).toList()) {
                    files.put(entry.getName(), SourceFile.inJar(root, entry, settings.charset()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the run reports a root it cannot read; the head start only skips it
        }
        return files;
    }
}
