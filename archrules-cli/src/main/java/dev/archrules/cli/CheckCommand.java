package dev.archrules.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistImporter;
import dev.archrules.core.ClassImport;
import dev.archrules.core.model.UnreadFile;
import dev.archrules.core.ChecklistProperties;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.ChecklistSetting;
import dev.archrules.core.Evaluation;
import dev.archrules.core.ResultsCache;
import dev.archrules.core.RunKey;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.Reports;
import dev.archrules.spring.SpringChecklist;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code archrules check [PATH…]}: imports the compiled classes of the paths (or, without a path, the
 * bundled example application), evaluates the checklist once for all rules and prints the report.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = SettingOptions.class,
        description = {"Checks compiled classes against the backend coupling checklist and prints the report.",
                "Without PATH it audits the bundled example application (a shop with a deliberately legacy corner)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no new violations", "1:new violations found",
                "2:bad input, unreadable or unwritable file, incomplete run, no classes",
                "3:internal error (run with --debug for the stack trace)"})
class CheckCommand implements Callable<Integer> {

    /** The package of the example application bundled with the command. */
    static final String BUNDLED_EXAMPLE = "com.example.shop";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Maven or Gradle project directory, classes directory or jar (default: the bundled example).")
    List<Path> paths = new ArrayList<>();

    /** The rule sets the command knows. */
    enum Preset {
        core(BackendChecklist::forBasePackage),
        spring(SpringChecklist::forBasePackage);

        private final Function<String, BackendChecklist> forBasePackage;

        Preset(Function<String, BackendChecklist> forBasePackage) {
            this.forBasePackage = forBasePackage;
        }

        BackendChecklist forBasePackage(String basePackage) {
            return forBasePackage.apply(basePackage);
        }
    }

    @Option(names = "--preset", paramLabel = "core|spring", order = 1,
            description = "Rule set: core, or spring (core + Spring rules and conventions). Default: spring when the classes use Spring annotations, else core.")
    Preset preset;

    @Option(names = "--base-package", paramLabel = "PACKAGE", order = 2,
            description = "Root package of the code base (default: from archrules.properties, else the common package of the classes).")
    String basePackage;

    @Option(names = "--config", paramLabel = "FILE", order = 3,
            description = "Settings file (default: archrules.properties in the project directory).")
    Path config;

    // the options that set the checklist (--modules, --exclude, --disable, --baseline, --reports, --format, …) come
    // from the table of settings: SettingOptions, at order 10 and on

    @Option(names = "--no-reports", order = 50, description = "Write no report files, only print the summary.")
    boolean noReports;

    @Option(names = "--classpath", paramLabel = "PATHS", order = 51,
            description = "The code base's dependencies (jars and directories, separated by '${sys:path.separator}'), so that framework "
                    + "annotations and supertypes resolve; e.g. the output of 'mvn dependency:build-classpath'.")
    String classpath;

    /** The framework types the imported classes name that no class path entry has ({@link ClassPathGaps}). */
    private SortedSet<String> classPathGaps = new TreeSet<>();
    /** Classes of the targets that the class path holds too: library classes patched and shipped inside the code base. */
    private Set<String> patchedCopies = Set.of();

    @Option(names = "--no-color", order = 52, description = "Never colour the output.")
    boolean noColour;

    @Option(names = "--debug", order = 53, description = "Print stack traces of errors (also on baseline init|prune|accept).")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = new Progress(err)) {
            List<Target> targets = new ArrayList<>();
            List<UnreadFile> notCompiled = new ArrayList<>();
            for (Path path : paths) {
                Target.Modules resolved = Target.resolveAll(path);
                if (resolved.multiModule()) {
                    err.println("archrules: " + path + " is a multi-module project; reading " + resolved.targets().size()
                            + (resolved.targets().size() == 1 ? " module: " : " modules: ")
                            + String.join(", ", resolved.targets().stream().map(target -> path.relativize(target.classes()).toString()).toList())
                            + (resolved.notCompiled().isEmpty() ? "" : "; not compiled: " + String.join(", ",
                            resolved.notCompiled().stream().map(UnreadFile::path).toList())));
                }
                targets.addAll(resolved.targets());
                notCompiled.addAll(resolved.notCompiled());
            }
            Target.requireNoDuplicates(targets);
            Optional<ChecklistProperties> settings = settings(targets);
            Optional<String> givenBase = Optional.ofNullable(basePackage)
                    .or(() -> settings.flatMap(ChecklistProperties::basePackage))
                    .or(() -> targets.isEmpty() ? Optional.of(BUNDLED_EXAMPLE) : Optional.empty());
            // with a known base package the checklist is built before the (slow) import, so that bad settings and
            // options fail first, and it sets up the import; without a preset it is the Spring one, whose types of
            // interest cover the core preset's
            Preset expected = Optional.ofNullable(preset).orElse(Preset.spring);
            Optional<BackendChecklist> planned = givenBase.map(base -> checklist(expected, base, targets, settings));
            // the settings alone, whatever the base package: import limits, source roots, the results cache
            BackendChecklist configured = planned.orElseGet(() -> checklist(expected, "unknown", targets, settings));

            progress.phase("looking up the results cache");
            ResultsCache cache = resultsCache(configured, targets);
            Optional<RunKey> key = runKey(cache, targets, notCompiled, settings, configured, err);
            Optional<Reuse> reused = key.flatMap(found -> reuse(cache, found, targets, settings));
            BackendChecklist checklist;
            ChecklistResult result;
            if (reused.isPresent()) {
                checklist = reused.get().checklist();
                err.print(reused.get().notes());
                progress.phase("applying the baseline to the cached results");
                result = checklist.run(reused.get().evaluation());
            } else {
                // what the command says about the code base while it decides the preset and base package is kept with the results
                StringWriter notes = new StringWriter();
                PrintWriter noted = tee(err, notes);
                progress.phase("importing classes");
                // without a base package yet, the import still honours the limits of the options and settings
                ChecklistImporter importer = planned.map(BackendChecklist::importer).orElseGet(() -> ChecklistImporter.productionClasses()
                        .withLimits(configured.importLimits()));
                ClassImport imported = (targets.isEmpty() ? importer.importAndAuditPackages(BUNDLED_EXAMPLE) : importTargets(targets, importer))
                        .withUnread(notCompiled);
                JavaClasses classes = imported.classes();
                if (classes.isEmpty()) {
                    throw new BadInputException("no classes found in " + paths + "; pass the compiled classes of the code base"
                            + (imported.completeness().incomplete() ? "; " + imported.completeness().describe() : ""));
                }
                Preset chosen = Optional.ofNullable(preset).orElseGet(() -> usesSpring(classes) ? Preset.spring : Preset.core);
                String base = givenBase.orElseGet(() -> detectBasePackage(classes, chosen, patchedCopies, noted));
                checklist = planned.filter(built -> chosen == expected).orElseGet(() -> checklist(chosen, base, targets, settings));

                ClassPathGaps.note(classPathGaps).ifPresent(noted::println);
                noted.flush();
                progress.phase("evaluating " + checklist.definitions().size() + " rules on " + classes.size() + " classes");
                Evaluation evaluation = checklist.evaluation(imported);
                BackendChecklist evaluated = checklist;
                key.ifPresent(kept -> cache.keep(kept, Map.of(PRESET_NOTE, chosen.name(), BASE_PACKAGE_NOTE, base,
                        MESSAGES_NOTE, notes.toString()), evaluated, evaluation));
                result = checklist.run(evaluation);
            }
            progress.close();

            out.print(Terminal.detect(noColour).report().render(result.reportModel()));
            if (result.baseline().isPresent()) {
                out.println(result.console());
            }
            if (reused.isPresent()) {
                out.println("results: from the cache " + cache.directory().orElseThrow() + " (classes, class path, sources, settings and"
                        + " archrules unchanged: nothing imported or evaluated; " + ChecklistSetting.RESULTS_CACHE.option() + " off to run afresh)");
            }
            if (result.reportFailure().isEmpty()) {
                checklist.reports().ifPresent(reports -> out.println("reports: " + reports.directory() + " ("
                        + String.join(", ", reports.formats().stream().map(ReportFormat::argument).toList()) + ")"));
            }
            out.flush();
            // reports are best effort, the verdict is not: a report that cannot be written is a warning, the exit code stands
            result.reportFailure().ifPresent(failure -> err.println("archrules: " + failure.warning()));
            if (result.emptyCodeBase()) {
                err.println("archrules: " + result.reportModel().emptyCodeBase().orElseThrow() + " (pass --base-package)");
                return Archrules.BAD_INPUT;
            }
            if (result.completeness().failsRun()) {
                err.println("archrules: incomplete run: " + result.completeness().describe());
                err.println("Make these files readable (rebuild the project), or pass " + ChecklistSetting.ALLOW_INCOMPLETE.option()
                        + " to let an incomplete run pass.");
                return Archrules.BAD_INPUT;
            }
            return result.failed() ? Archrules.VIOLATIONS : Archrules.OK;
        }
    }

    /**
     * The checklist of {@code preset} for {@code basePackage}: the settings file applied, then the options (which
     * win), then what the command adds: the bundled example's sources, the project's baseline and the reports.
     */
    BackendChecklist checklist(Preset preset, String basePackage, List<Target> targets, Optional<ChecklistProperties> settings) {
        BackendChecklist defaults = preset.forBasePackage(basePackage);
        BackendChecklist configured = SettingOptions.applyTo(settings.map(file -> file.applyTo(defaults)).orElse(defaults), spec);
        if (targets.isEmpty()) {
            configured = configured.withSourceRoots(BundledExample.sources());
        }
        return adopt(configured, targets);
    }

    /** The baseline mode the command imposes: none for check (the baseline's own, check by default), the subcommand's for baseline init|prune|accept. */
    Optional<BaselineMode> mode() {
        return Optional.empty();
    }

    /** Whether the command needs a baseline file (the baseline subcommands do). */
    boolean requiresBaseline() {
        return false;
    }

    /**
     * {@code checklist} with the command's defaults for adoption: the project's baseline file when none is set (the
     * baseline commands require one), in the command's mode; reports into target/archrules unless --no-reports.
     */
    private BackendChecklist adopt(BackendChecklist checklist, List<Target> targets) {
        Optional<Baseline> baseline = checklist.baseline()
                .or(() -> targets.stream().flatMap(target -> target.projectDir().stream())
                        .map(dir -> dir.resolve(Baseline.DEFAULT_FILE))
                        // anything at the default place is the baseline: a directory there fails with its path, never ignored
                        .filter(path -> Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) || requiresBaseline())
                        .findFirst()
                        .map(Baseline::at));
        if (baseline.isEmpty() && requiresBaseline()) {
            throw new BadInputException("no baseline file: pass the project PATH or --baseline FILE");
        }
        BackendChecklist result = baseline.map(file -> checklist.withBaseline(mode().map(file::inMode).orElse(file))).orElse(checklist);
        if (noReports) {
            return result.withoutReports();
        }
        return result.reports().isPresent() ? result : result.withReports(Reports.intoDefaultDirectory());
    }

    /** The notes a results cache entry of the command keeps: the preset and base package it chose, and what it said on stderr. */
    private static final String PRESET_NOTE = "preset";
    private static final String BASE_PACKAGE_NOTE = "basePackage";
    private static final String MESSAGES_NOTE = "messages";

    /**
     * The options that change nothing the rules find — how the output looks, the reports, the baseline (applied after the
     * cache) and the cache itself: left out of a run's key, so that they do not miss the cache.
     */
    private static final Set<String> AFTER_THE_RULES = Stream.concat(Stream.of("--no-color", "--debug", "--no-reports",
            "--help", "--version"), ChecklistSetting.appliedAfterTheRules().stream().map(ChecklistSetting::option)).collect(Collectors.toSet());

    /** A run's results found in the cache, with the checklist rebuilt as the run that kept them built it. */
    private record Reuse(BackendChecklist checklist, Evaluation evaluation, String notes) {
    }

    /**
     * The results cache of this run: the directory the settings name, else {@code archrules-cache} in the build directory
     * of the first target's project; off for the bundled example and for jars without a directory named.
     */
    private static ResultsCache resultsCache(BackendChecklist configured, List<Target> targets) {
        if (targets.isEmpty()) {
            return ResultsCache.off();
        }
        Optional<Path> build = targets.stream().map(target -> ResultsCache.buildDirectoryOf(target.classes())).flatMap(Optional::stream).findFirst();
        return configured.resultsCacheDirectory(build).map(ResultsCache::at).orElseGet(ResultsCache::off);
    }

    /**
     * The key of this run: the archrules build and JDK, the working directory, every option that can change a finding, the
     * settings file, the content of the targets' classes, of the class path and of every source root the source rules may
     * read. Empty (and said on stderr) when a file cannot be read: the run then does not use the cache.
     */
    private Optional<RunKey> runKey(ResultsCache cache, List<Target> targets, List<UnreadFile> notCompiled,
                                    Optional<ChecklistProperties> settings, BackendChecklist configured, PrintWriter err) {
        if (cache.directory().isEmpty()) {
            return Optional.empty();
        }
        try {
            RunKey.Builder key = RunKey.builder("archrules " + spec.qualifiedName())
                    .archrulesBuild(CheckCommand.class)
                    .runtime(CheckCommand.class.getClassLoader())
                    .text("working directory", Path.of("").toAbsolutePath().toString());
            for (CommandLine.Model.OptionSpec option : spec.options()) {
                if (!AFTER_THE_RULES.contains(option.longestName())) {
                    key.text("option " + option.longestName(), String.valueOf((Object) option.getValue()));
                }
            }
            key.text("settings file", settings.map(Object::toString).orElse("none"));
            List<Path> locations = new ArrayList<>();
            for (Target target : targets) {
                key.text("target", target.toString()).tree("classes", target.classes());
                locations.add(target.classes());
            }
            key.text("not compiled", notCompiled.toString());
            for (Path entry : classPathEntries()) {
                key.tree("class path", entry);
                locations.add(entry);
            }
            return Optional.of(key.sources(configured.sourceSettings(), locations).build());
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("archrules: results cache not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The results the cache kept under {@code key}, if any fit the checklist rebuilt from its notes. */
    private Optional<Reuse> reuse(ResultsCache cache, RunKey key, List<Target> targets, Optional<ChecklistProperties> settings) {
        return cache.find(key).flatMap(hit -> {
            Optional<Preset> chosen = Optional.ofNullable(hit.notes().get(PRESET_NOTE)).flatMap(name -> java.util.Arrays.stream(Preset.values())
                    .filter(candidate -> candidate.name().equals(name)).findFirst());
            Optional<String> base = Optional.ofNullable(hit.notes().get(BASE_PACKAGE_NOTE));
            if (chosen.isEmpty() || base.isEmpty()) {
                return Optional.empty();
            }
            BackendChecklist checklist = checklist(chosen.get(), base.get(), targets, settings);
            return hit.evaluationFor(checklist).map(evaluation -> new Reuse(checklist, evaluation, hit.notes().getOrDefault(MESSAGES_NOTE, "")));
        });
    }

    /** A writer that writes to {@code err} and keeps a copy in {@code copy}. */
    private static PrintWriter tee(PrintWriter err, StringWriter copy) {
        return new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                err.write(buffer, offset, length);
                copy.write(buffer, offset, length);
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        });
    }

    /** The entries of {@code --classpath}, each checked to exist. */
    private List<Path> classPathEntries() {
        List<Path> entries = new ArrayList<>();
        if (classpath != null && !classpath.isBlank()) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    Path path = Path.of(entry.strip());
                    if (!Files.exists(path)) {
                        throw new BadInputException("class path entry '" + entry + "' does not exist");
                    }
                    entries.add(path);
                }
            }
        }
        return entries;
    }

    private Optional<ChecklistProperties> settings(List<Target> targets) {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new BadInputException("settings file '" + config + "' does not exist");
            }
            return Optional.of(ChecklistProperties.read(config));
        }
        return targets.stream().flatMap(target -> target.projectDir().stream())
                .flatMap(dir -> ChecklistProperties.find(dir).stream())
                .findFirst()
                .map(ChecklistProperties::read);
    }

    /**
     * Imports the targets' classes with a class loader that also sees the targets and the given class
     * path, so that ArchUnit resolves framework annotations, meta-annotations and supertypes of the
     * audited code from its own dependencies.
     */
    private ClassImport importTargets(List<Target> targets, ChecklistImporter importer) {
        List<URL> urls = new ArrayList<>();
        for (Target target : targets) {
            urls.add(url(target.classes()));
        }
        for (Path entry : classPathEntries()) {
            urls.add(url(entry));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), CheckCommand.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            ClassImport imported = importer.importAndAuditLocations(Target.locations(targets));
            classPathGaps = ClassPathGaps.of(imported.classes(), loader);
            // the class path without the checked folders and jars themselves (a class path that repeats them holds every class)
            List<URL> libraries = new ArrayList<>(urls.subList(targets.size(), urls.size()));
            libraries.removeAll(urls.subList(0, targets.size()));
            patchedCopies = patchedCopies(imported.classes(), libraries);
            return imported;
        } catch (IOException e) {
            throw new BadInputException("cannot read the classes: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new BadInputException("'" + path + "' is not a valid path: " + e.getMessage());
        }
    }

    /** Whether any class carries a Spring annotation: then the Spring preset fits. */
    static boolean usesSpring(JavaClasses classes) {
        return classes.stream().anyMatch(javaClass -> javaClass.getAnnotations().stream()
                .anyMatch(annotation -> annotation.getRawType().getName().startsWith("org.springframework.")));
    }

    /**
     * The top-level classes of {@code classes} whose class files the class path {@code classPath} holds too (nested
     * classes follow their top-level class): a library class patched and shipped inside the code base's jar, which
     * is not the code base and must not widen its base package.
     */
    static Set<String> patchedCopies(JavaClasses classes, List<URL> classPath) throws IOException {
        if (classPath.isEmpty()) {
            return Set.of();
        }
        Set<String> copies = new TreeSet<>();
        // the class path alone, without the JDK's or archrules' own classes
        try (URLClassLoader libraries = new URLClassLoader(classPath.toArray(URL[]::new), null)) {
            for (JavaClass javaClass : classes) {
                if (javaClass.getEnclosingClass().isEmpty()
                        && libraries.findResource(javaClass.getName().replace('.', '/') + ".class") != null) {
                    copies.add(javaClass.getName());
                }
            }
        }
        return copies;
    }

    /** The package of the one {@code @SpringBootApplication} class for Spring code, else the inferred base package. */
    static String detectBasePackage(JavaClasses classes, Preset preset, Set<String> patchedCopies, PrintWriter err) {
        if (preset == Preset.spring) {
            try {
                return SpringChecklist.basePackageOf(classes);
            } catch (IllegalStateException noSingleApplicationClass) {
                // not a Boot application, or several: fall back to the common package
            }
        }
        return commonPackage(classes, patchedCopies, err);
    }

    /** The longest package that contains every imported class, e.g. {@code com.acme.shop} (see {@link #commonPackage(JavaClasses, Set, PrintWriter)}). */
    static String commonPackage(JavaClasses classes) {
        return commonPackage(classes, Set.of(), new PrintWriter(java.io.Writer.nullWriter()));
    }

    /**
     * The base package of the imported classes ({@link Packages#base}): their common package, never a single segment;
     * the classes that are copies of class-path classes ({@code patchedCopies}: patched library classes) do not count,
     * nor — when the rest shares only one segment — the few outside the prefix that holds nine in ten of them. What was
     * left out is said on {@code err}; a code base the inference cannot tell fails with a request for
     * {@code --base-package}.
     */
    static String commonPackage(JavaClasses classes, Set<String> patchedCopies, PrintWriter err) {
        List<String> packages = new ArrayList<>();
        SortedMap<String, Set<String>> copies = new TreeMap<>(); // package -> top-level classes (nested ones follow theirs)
        for (JavaClass javaClass : classes) {
            String pkg = javaClass.getPackageName();
            if (pkg.isEmpty() || javaClass.getSimpleName().equals("package-info") || javaClass.getSimpleName().equals("module-info")) {
                continue;
            }
            String topLevel = Locations.topLevelName(javaClass);
            if (patchedCopies.contains(topLevel)) {
                copies.computeIfAbsent(pkg, key -> new TreeSet<>()).add(topLevel);
            } else {
                packages.add(pkg);
            }
        }
        if (packages.isEmpty() && !copies.isEmpty()) {
            // every class is also on the class path: the class path repeats the code base, nothing is a patched copy
            copies.forEach((pkg, names) -> names.forEach(name -> packages.add(pkg)));
            copies.clear();
        }
        Optional<Packages.Inferred> inferred = Packages.base(packages);
        if (inferred.isEmpty()) {
            String common = Packages.common(packages);
            throw new BadInputException("cannot tell the base package: " + (common.isEmpty() ? "the classes share no package"
                    : "the classes share only '" + common + "' (" + Packages.countsByPrefix(packages).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "))
                    + " classes)") + "; pass --base-package");
        }
        if (!copies.isEmpty()) {
            err.println("archrules: base package " + inferred.get().basePackage() + " inferred without the classes the class path"
                    + " holds too (patched library classes): " + copies.values().stream().flatMap(Set::stream)
                    .collect(Collectors.joining(", ")));
        }
        if (!inferred.get().leftOut().isEmpty()) {
            err.println("archrules: base package " + inferred.get().basePackage() + " inferred for " + packages.stream()
                    .filter(pkg -> pkg.equals(inferred.get().basePackage()) || pkg.startsWith(inferred.get().basePackage() + ".")).count()
                    + " of " + packages.size() + " classes; left out: " + inferred.get().leftOut().values().stream().mapToInt(Integer::intValue).sum()
                    + " in " + String.join(", ", inferred.get().leftOut().keySet()) + " (pass --base-package to choose)");
        }
        return inferred.get().basePackage();
    }
}
