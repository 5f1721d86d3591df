package dev.archrules.maven;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.Location;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistImporter;
import dev.archrules.core.ChecklistProperties;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.ChecklistSetting;
import dev.archrules.core.Evaluation;
import dev.archrules.core.ResultsCache;
import dev.archrules.core.RunKey;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineException;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.report.ConsoleReport;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.Reports;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What {@code archrules:check}, {@code archrules:baseline} and {@code archrules:aggregate} share: the classes of the
 * {@linkplain #analysed() analysed modules} imported with their own class paths, their source roots, the settings ({@code archrules.properties}, then the POM's {@code <checklist>},
 * then {@code -Darchrules.*}: the later wins), the baseline and the reports, evaluated through the public API, and the
 * console report in the build log. How the outcome fails the build is the subclass's: new violations are a
 * {@link MojoFailureException}, bad input and runs the checklist itself calls failed for another reason are a
 * {@link MojoExecutionException}.
 */
abstract class ChecklistMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Skips archrules entirely. */
    @Parameter(property = "archrules.skip", defaultValue = "false")
    boolean skip;

    /**
     * The rule set: {@code core} (the framework-agnostic rules) or {@code spring} (core plus the Spring rules, with
     * Spring conventions). Default: {@code spring} when a class of the module carries a Spring annotation, else
     * {@code core}.
     */
    @Parameter(property = "archrules.preset")
    String preset;

    /**
     * The settings file shared with the tests and the {@code archrules} command. Default: {@code archrules.properties}
     * in the module's directory, else in the nearest parent directory up to the reactor's root that has one.
     */
    @Parameter(property = "archrules.config")
    File configFile;

    /**
     * The checklist's settings, one element per key of {@code archrules.properties} without the {@code archrules.}
     * prefix: {@code <basePackage>}, {@code <modules>}, {@code <rolePackages>}, {@code <exclude>}, {@code <excludeMatching>},
     * {@code <includeGenerated>}, {@code <rules.disabled>}, {@code <maxEndpointsPerController>},
     * {@code <maxCollaboratorsPerController>}, {@code <maxStatementsPerHandler>}, {@code <maxBranchesPerHandler>},
     * {@code <minSequentialRemoteCalls>}, {@code <maxRequestHops>},
     * {@code <allowedEndpoints>}, {@code <sources>}, {@code <sources.charset>}, {@code <sources.cache>}, {@code <results.cache>}, {@code <baseline.file>},
     * {@code <baseline.neverBaselined>}, {@code <reports.dir>}, {@code <reports.formats>}, {@code <reports.sourceUrl>}, {@code <allowIncomplete>},
     * {@code <import.maxClassFileSize>}, {@code <import.maxCompressionRatio>}, {@code <import.maxArchiveEntries>},
     * {@code <severity>} ({@code RULE=LEVEL}, comma-separated), {@code <failOn>}. Values read as in the file
     * (lists comma-separated, paths relative to the module's directory) and win over it; {@code -Darchrules.KEY} wins
     * over both. What each means: the settings table of docs/usage.md, from {@code ChecklistSetting.all()}.
     */
    @Parameter
    Map<String, String> checklist;

    /**
     * Severities of rules instead of their defaults, one element per rule id: {@code <severities><spring.value-only-in-configuration>note</spring.value-only-in-configuration></severities>};
     * {@code error} fails the build, {@code warning} and {@code note} are reported and fail only with a lower
     * {@code <failOn>}. Applied after {@code <checklist>} (and so after {@code archrules.properties}); an unknown rule id
     * or level fails naming the element.
     */
    @Parameter
    Map<String, String> severities;

    /**
     * New violations of rules of this severity or a higher one fail the build: {@code error} (default: new warnings and
     * notes are reported and pass), {@code warning} or {@code note}. Wins over {@code <checklist><failOn>} and the
     * settings file; {@code -Darchrules.failOn} wins over it.
     */
    @Parameter
    String failOn;

    /** Whether to write the report files (default into {@code target/archrules}; see {@code <reports.dir>}). */
    @Parameter(property = "archrules.reports", defaultValue = "true")
    boolean reports;

    /** The baseline mode this goal imposes; empty: the baseline's own ({@code -Darchrules.baseline.mode}, else check). */
    abstract Optional<BaselineMode> mode();

    /** Whether a baseline file is required (the baseline goal writes one). */
    abstract boolean requiresBaseline();

    /**
     * The modules whose classes one run imports together: this module for {@code check} and {@code baseline}, every
     * module of the reactor for {@code aggregate}. Their classes, class paths and source roots are joined; the settings,
     * baseline and reports are this module's.
     */
    List<MavenProject> analysed() {
        return List.of(project);
    }

    /** What the goal does with the outcome of a complete run. */
    abstract void decide(ChecklistResult result) throws MojoFailureException, MojoExecutionException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("archrules: skipped (archrules.skip)");
            return;
        }
        List<MavenProject> modules = analysed().stream().filter(module -> !"pom".equals(module.getPackaging())).toList();
        if (modules.isEmpty()) {
            getLog().info("archrules: skipped, a module of packaging pom has no classes");
            return;
        }
        List<Path> classes = modules.stream().map(module -> Path.of(module.getBuild().getOutputDirectory()))
                .filter(ChecklistMojo::containsClassFiles).toList();
        if (classes.isEmpty()) {
            getLog().info("archrules: skipped, no compiled classes in " + String.join(", ", modules.stream()
                    .map(module -> relative(Path.of(module.getBuild().getOutputDirectory()))).toList()));
            return;
        }
        Logger archrulesLog = Logger.getLogger("dev.archrules");
        Level previousLevel = archrulesLog.getLevel();
        // the report says which rules had nothing to check; keep the per-rule INFO log of the test path out of the build log
        archrulesLog.setLevel(Level.WARNING);
        try {
            ChecklistResult result = run(classes);
            if (result.failed() && !result.hasFailingViolations() && !result.staleEntriesFail()) {
                // failed, but not on violations: the checklist says the run itself is not to be trusted
                throw new MojoExecutionException("archrules could not check " + project.getArtifactId() + ": "
                        + headline(result) + " (" + String.join(", ", classes.stream().map(this::relative).toList()) + ")");
            }
            decide(result);
        } catch (BaselineException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // a corrupt baseline (BaselineException: every problem as file:line), a bad setting, a missing file: the
            // exception's own message, which Maven prints as it is
            throw new MojoExecutionException(e.getMessage(), e);
        } finally {
            archrulesLog.setLevel(previousLevel);
        }
    }

    /**
     * Imports the classes, builds the checklist, runs it and logs the console report — or, when the results cache holds
     * the results of the same inputs, applies the baseline to those without importing.
     */
    private ChecklistResult run(List<Path> classes) throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath();
        Optional<ChecklistProperties> file = settingsFile();
        PomSettings pom = PomSettings.of(checklist, project.getFile() == null ? basedir.resolve("pom.xml") : project.getFile().toPath());
        PomSettings user = PomSettings.userProperties(session.getUserProperties(), basedir);
        Optional<String> givenBase = user.basePackage().or(pom::basePackage).or(() -> file.flatMap(ChecklistProperties::basePackage));
        Optional<CodeBase.Preset> givenPreset = Optional.ofNullable(preset).filter(name -> !name.isBlank()).map(CodeBase.Preset::parse);
        // as in the command: with a known base package the checklist is built before the (slow) import, so that bad
        // settings fail first; without a preset it is the Spring one, whose types of interest cover the core preset's
        CodeBase.Preset expected = givenPreset.orElse(CodeBase.Preset.SPRING);
        Optional<BackendChecklist> planned = givenBase.map(base -> configure(expected, base, file, pom, user));
        // the settings alone, whatever the base package: the source roots and the results cache
        BackendChecklist settings = planned.orElseGet(() -> configure(expected, "unknown", file, pom, user));
        ResultsCache cache = settings.resultsCacheDirectory(Optional.of(Path.of(project.getBuild().getDirectory())))
                .map(ResultsCache::at).orElseGet(ResultsCache::off);

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        List<Path> classPath = classPath();
        try (URLClassLoader loader = projectClassLoader(classPath)) {
            // ArchUnit and the rules read framework types (meta-annotations, supertypes) through the context class loader
            thread.setContextClassLoader(loader);
            Optional<RunKey> key = runKey(cache, classes, classPath, loader, file, settings);
            Optional<ChecklistResult> reused = key.flatMap(found -> cache.find(found)).flatMap(hit -> {
                Optional<CodeBase.Preset> chosen = Optional.ofNullable(hit.notes().get(PRESET_NOTE)).map(CodeBase.Preset::parse);
                Optional<String> base = Optional.ofNullable(hit.notes().get(BASE_PACKAGE_NOTE));
                if (chosen.isEmpty() || base.isEmpty()) {
                    return Optional.empty();
                }
                BackendChecklist configured = configure(chosen.get(), base.get(), file, pom, user);
                return hit.evaluationFor(configured).map(evaluation -> {
                    getLog().debug("archrules: " + configured);
                    ChecklistResult result = configured.run(evaluation);
                    log(result, configured);
                    getLog().info("archrules: results from the cache " + relative(cache.directory().orElseThrow()) + " (classes, class path,"
                            + " sources, settings and archrules unchanged: nothing imported or evaluated; -D"
                            + ChecklistSetting.RESULTS_CACHE.key() + "=off to run afresh)");
                    return result;
                });
            });
            if (reused.isPresent()) {
                return reused.get();
            }
            ChecklistImporter importer = planned.map(BackendChecklist::importer).orElseGet(ChecklistImporter::productionClasses);
            Set<Location> locations = new LinkedHashSet<>();
            classes.forEach(directory -> locations.add(Location.of(directory)));
            JavaClasses imported = importer.importLocations(locations);
            CodeBase.Preset chosen = givenPreset.orElseGet(() -> CodeBase.usesSpring(imported) ? CodeBase.Preset.SPRING : CodeBase.Preset.CORE);
            String base = givenBase.orElseGet(() -> CodeBase.basePackage(imported, chosen));
            BackendChecklist configured = planned.filter(built -> chosen == expected).orElseGet(() -> configure(chosen, base, file, pom, user));
            getLog().debug("archrules: " + configured);
            Evaluation evaluation = configured.evaluation(imported);
            key.ifPresent(kept -> cache.keep(kept, Map.of(PRESET_NOTE, chosen.name(), BASE_PACKAGE_NOTE, base), configured, evaluation));
            ChecklistResult result = configured.run(evaluation);
            log(result, configured);
            return result;
        } catch (IOException e) {
            throw new MojoExecutionException("cannot close the class loader of " + project.getArtifactId() + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The notes a results cache entry of the plugin keeps: the preset and base package it chose. */
    private static final String PRESET_NOTE = "preset";
    private static final String BASE_PACKAGE_NOTE = "basePackage";

    /**
     * The key of this run: the archrules build and JDK, the goal and its parameters, the user properties and settings
     * file, the content of the analysed classes, of the class path and of every source root the source rules may read.
     * Empty (and said in the log) when a file cannot be read: the run then does not use the cache.
     */
    private Optional<RunKey> runKey(ResultsCache cache, List<Path> classes, List<Path> classPath, ClassLoader loader,
                                    Optional<ChecklistProperties> file, BackendChecklist settings) {
        if (cache.directory().isEmpty()) {
            return Optional.empty();
        }
        try {
            RunKey.Builder key = RunKey.builder("archrules-maven-plugin " + getClass().getName() + " " + mode())
                    .archrulesBuild(ChecklistMojo.class)
                    .runtime(loader)
                    .text("base directory", project.getBasedir().toPath().toAbsolutePath().toString())
                    .text("preset", String.valueOf(preset))
                    .text("settings file", file.map(Object::toString).orElse("none"))
                    .texts("checklist", checklist == null ? Map.of() : checklist)
                    .texts("severities", severities == null ? Map.of() : severities)
                    .text("failOn", String.valueOf(failOn));
            // -Darchrules.KEY of the settings that decide findings (the reports, the baseline and the cache itself do not)
            Set<String> after = ChecklistSetting.appliedAfterTheRules().stream().map(ChecklistSetting::key).collect(java.util.stream.Collectors.toSet());
            Map<String, String> properties = new java.util.TreeMap<>();
            session.getUserProperties().forEach((name, value) -> {
                String property = String.valueOf(name);
                if (property.startsWith("archrules.") && !after.contains(property) && !property.equals(BaselineMode.PROPERTY)) {
                    properties.put(property, String.valueOf(value));
                }
            });
            key.texts("user property", properties);
            key.trees("classes", classes);
            key.trees("class path", classPath);
            key.sources(settings.sourceSettings(), Stream.concat(classes.stream(), classPath.stream()).toList());
            return Optional.of(key.build());
        } catch (IOException | UncheckedIOException e) {
            getLog().info("archrules: results cache not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The checklist of {@code preset} for {@code basePackage}: reports into the build directory, the settings file,
     * the POM's settings and the user properties applied in that order, the module's source roots, and the baseline.
     */
    private BackendChecklist configure(CodeBase.Preset preset, String basePackage, Optional<ChecklistProperties> file,
                                       PomSettings pom, PomSettings user) {
        BackendChecklist defaults = preset.forBasePackage(basePackage)
                .withReports(Reports.into(Path.of(project.getBuild().getDirectory()).resolve("archrules")));
        BackendChecklist configured = user.applyTo(severities(pom.applyTo(file.map(settings -> settings.applyTo(defaults)).orElse(defaults))));
        // the module's source roots, generated ones included (code compiled from target/generated-sources counts as generated)
        Path[] roots = analysed().stream().flatMap(module -> module.getCompileSourceRoots().stream()).map(Path::of)
                .filter(Files::isDirectory).distinct().toArray(Path[]::new);
        BackendChecklist adopted = adopt(configured.withSourceRoots(roots));
        return reports ? adopted : adopted.withoutReports();
    }

    /** {@code checklist} with the {@code <severities>} and {@code <failOn>} of the plugin's configuration. */
    private BackendChecklist severities(BackendChecklist checklist) {
        return PomSettings.severities(checklist, severities, failOn,
                project.getFile() == null ? project.getBasedir().toPath().resolve("pom.xml") : project.getFile().toPath());
    }

    /** {@code checklist} with the module's baseline file when none is set (the baseline goal requires one), in the goal's mode. */
    private BackendChecklist adopt(BackendChecklist checklist) {
        Optional<Baseline> baseline = checklist.baseline().or(() -> {
            Path file = project.getBasedir().toPath().resolve(Baseline.DEFAULT_FILE);
            return Files.isRegularFile(file) || requiresBaseline() ? Optional.of(Baseline.at(file)) : Optional.empty();
        });
        return baseline.map(file -> checklist.withBaseline(mode().map(file::inMode).orElse(file))).orElse(checklist);
    }

    /** The settings file: the configured one (which must exist), else the nearest {@code archrules.properties}. */
    private Optional<ChecklistProperties> settingsFile() {
        if (configFile != null) {
            if (!configFile.isFile()) {
                throw new IllegalArgumentException("settings file '" + configFile + "' does not exist");
            }
            return Optional.of(ChecklistProperties.read(configFile.toPath()));
        }
        Path top = Optional.ofNullable(session.getTopLevelProject()).map(MavenProject::getBasedir).map(File::toPath)
                .map(Path::toAbsolutePath).orElse(null);
        for (Path dir = project.getBasedir().toPath().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Optional<Path> found = ChecklistProperties.find(dir);
            if (found.isPresent()) {
                return Optional.of(ChecklistProperties.read(found.get()));
            }
            if (top == null || dir.equals(top) || !dir.startsWith(top)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The modules' compile and runtime class paths, their classes first. */
    private List<Path> classPath() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        for (MavenProject module : analysed()) {
            try {
                elements.addAll(module.getCompileClasspathElements());
                elements.addAll(module.getRuntimeClasspathElements());
            } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
                throw new MojoExecutionException("the dependencies of " + module.getArtifactId() + " are not resolved: " + e.getMessage(), e);
            }
        }
        return elements.stream().map(Path::of).toList();
    }

    /** A class loader over the class path, on the platform's only. */
    private static URLClassLoader projectClassLoader(List<Path> classPath) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        for (Path element : classPath) {
            try {
                urls.add(element.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("class path entry '" + element + "' is not a valid path: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** The console report, then the baseline summary and where the reports went, as the command prints them. */
    private void log(ChecklistResult result, BackendChecklist configured) {
        String report = ConsoleReport.plain().render(result.reportModel());
        report.lines().forEach(line -> getLog().info(line));
        if (result.baseline().isPresent()) {
            result.console().lines().forEach(line -> getLog().info(line));
        }
        configured.reports().ifPresent(written -> getLog().info("reports: " + relative(written.directory()) + " ("
                + String.join(", ", written.formats().stream().map(ReportFormat::argument).toList()) + ")"));
    }

    /** The report's first line, e.g. {@code archrules checklist: 2 violations of 1 rule in 1 class (…)}. */
    static String headline(ChecklistResult result) {
        return result.report().lines().findFirst().orElse("archrules checklist");
    }

    String relative(Path path) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(basedir) ? basedir.relativize(absolute).toString() : absolute.toString();
    }

    private static boolean containsClassFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read '" + directory + "': " + e.getMessage(), e);
        }
    }
}
