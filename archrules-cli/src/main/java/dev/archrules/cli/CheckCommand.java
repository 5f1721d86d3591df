package dev.archrules.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistImporter;
import dev.archrules.core.ChecklistProperties;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
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
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code archrules check [PATH…]}: imports the compiled classes of the paths (or, without a path, the
 * bundled example application), evaluates the checklist once for all rules and prints the report.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks compiled classes against the backend coupling checklist and prints the report.",
                "Without PATH it audits the bundled example application (a shop with a deliberately legacy corner)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no violations", "1:violations found", "2:bad usage or input"})
class CheckCommand implements Callable<Integer> {

    /** The package of the example application bundled with the command. */
    static final String BUNDLED_EXAMPLE = "com.example.shop";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Maven or Gradle project directory, classes directory or jar (default: the bundled example).")
    List<Path> paths = new ArrayList<>();

    /** The rule sets the command knows. */
    enum Preset { core, spring }

    @Option(names = "--preset", paramLabel = "core|spring",
            description = "Rule set: core, or spring (core + Spring rules and conventions). Default: spring when the classes use Spring annotations, else core.")
    Preset preset;

    @Option(names = "--base-package", paramLabel = "PACKAGE",
            description = "Root package of the code base (default: from archrules.properties, else the common package of the classes).")
    String basePackage;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: archrules.properties in the project directory).")
    Path config;

    @Option(names = "--modules", paramLabel = "PATTERN",
            description = "Module pattern with a capture group, e.g. com.acme.(*).. (default: first level below the base package).")
    String modules;

    @Option(names = "--exclude", split = ",", paramLabel = "CLASS|PKG..",
            description = "Classes (fully qualified) or package patterns (ending in ..) to leave alone.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--exclude-matching", split = ",", paramLabel = "REGEX",
            description = "Regular expressions over class names to leave alone.")
    List<String> excludeMatching = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "RULE_ID", description = "Rules to switch off, by id (see 'archrules rules').")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--max-endpoints", paramLabel = "N", description = "Endpoints a controller may declare (default 10).")
    Integer maxEndpoints;

    @Option(names = "--max-collaborators", paramLabel = "N", description = "Injected collaborators a controller may have (default 5).")
    Integer maxCollaborators;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Baseline file of accepted violations (default: archrules.baseline.file from the settings, else "
                    + "src/test/resources/archrules-baseline.txt in the project when it exists).")
    Path baselineFile;

    @Option(names = "--reports", paramLabel = "DIR", description = "Directory for the report files (default: target/archrules).")
    Path reportDirectory;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Report formats: markdown, html, json, sarif, sarif-new (default: all).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--no-reports", description = "Write no report files, only print the summary.")
    boolean noReports;

    @Option(names = "--sources", split = ",", paramLabel = "DIR|JAR",
            description = "Source roots (directories or -sources.jar) for the source rules, before those detected beside the classes"
                    + " (src/main/java of a project, NAME-sources.jar beside NAME.jar).")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATHS",
            description = "The code base's dependencies (jars and directories, separated by '${sys:path.separator}'), so that framework "
                    + "annotations and supertypes resolve; e.g. the output of 'mvn dependency:build-classpath'.")
    String classpath;

    @Option(names = "--no-color", description = "Never colour the output.")
    boolean noColour;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // unknown rule ids and malformed options fail before the (slow) import
        configure(preset == Preset.core ? BackendChecklist.forBasePackage("options.check")
                : SpringChecklist.forBasePackage("options.check"), Optional.empty());
        formats.forEach(ReportFormat::parse);
        try (Progress progress = new Progress(err)) {
            List<Target> targets = paths.stream().map(Target::resolve).toList();
            Optional<ChecklistProperties> settings = settings(targets);

            progress.phase("importing classes");
            ChecklistImporter importer = importer(targets, settings);
            JavaClasses classes = targets.isEmpty() ? importer.importPackages(BUNDLED_EXAMPLE) : importTargets(targets, importer);
            if (classes.isEmpty()) {
                throw new BadInputException("no classes found in " + paths + "; pass the compiled classes of the code base");
            }
            Preset chosen = Optional.ofNullable(preset).orElseGet(() -> usesSpring(classes) ? Preset.spring : Preset.core);
            String base = Optional.ofNullable(basePackage)
                    .or(() -> settings.flatMap(ChecklistProperties::basePackage))
                    .orElseGet(() -> targets.isEmpty() ? BUNDLED_EXAMPLE : detectBasePackage(classes, chosen));

            BackendChecklist checklist = configure(chosen == Preset.spring
                    ? SpringChecklist.forBasePackage(base) : BackendChecklist.forBasePackage(base), settings);
            checklist = adopt(checklist, targets, settings);
            if (targets.isEmpty()) {
                checklist = checklist.withSourceRoots(BundledExample.sources());
            }
            progress.phase("evaluating " + checklist.definitions().size() + " rules on " + classes.size() + " classes");
            ChecklistResult result = checklist.run(classes);
            progress.close();

            out.print(Terminal.detect(noColour).report().render(result.reportModel()));
            if (result.baseline().isPresent()) {
                out.println(result.console());
            }
            reports(settings).ifPresent(reports -> out.println("reports: " + reports.directory() + " ("
                    + String.join(", ", reports.formats().stream().map(ReportFormat::argument).toList()) + ")"));
            out.flush();
            return result.failed() ? Archrules.VIOLATIONS : Archrules.OK;
        }
    }

    /** The baseline mode this command runs in: from --baseline-mode or the system property for check. */
    Optional<BaselineMode> mode() {
        return Optional.empty();
    }

    /** Whether the command needs a baseline file (the baseline subcommands do). */
    boolean requiresBaseline() {
        return false;
    }

    private BackendChecklist adopt(BackendChecklist checklist, List<Target> targets, Optional<ChecklistProperties> settings) {
        BackendChecklist result = checklist;
        Optional<Path> file = Optional.ofNullable(baselineFile)
                .or(() -> settings.flatMap(ChecklistProperties::baselineFile))
                .or(() -> targets.stream().flatMap(target -> target.projectDir().stream())
                        .map(dir -> dir.resolve(Baseline.DEFAULT_FILE))
                        .filter(path -> Files.isRegularFile(path) || requiresBaseline())
                        .findFirst());
        if (file.isEmpty() && requiresBaseline()) {
            throw new BadInputException("no baseline file: pass the project PATH or --baseline FILE");
        }
        if (file.isPresent()) {
            Baseline baseline = Baseline.at(file.get());
            result = result.withBaseline(mode().map(baseline::inMode).orElse(baseline));
        }
        if (noReports) {
            return result;
        }
        return result.withReports(reports(settings).orElseThrow());
    }

    private Optional<Reports> reports(Optional<ChecklistProperties> settings) {
        if (noReports) {
            return Optional.empty();
        }
        Reports reports = settings.flatMap(ChecklistProperties::reports).orElseGet(Reports::intoDefaultDirectory);
        if (reportDirectory != null) {
            reports = Reports.into(reportDirectory).withFormats(reports.formats().toArray(ReportFormat[]::new));
        }
        if (!formats.isEmpty()) {
            reports = reports.withFormats(formats.stream().map(ReportFormat::parse).toArray(ReportFormat[]::new));
        }
        return Optional.of(reports);
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

    private BackendChecklist configure(BackendChecklist checklist, Optional<ChecklistProperties> settings) {
        BackendChecklist result = settings.map(s -> s.applyTo(checklist)).orElse(checklist);
        if (modules != null) {
            result = result.withModules(modules);
        }
        if (!exclude.isEmpty()) {
            result = result.excluding(exclude.toArray(String[]::new));
        }
        if (!excludeMatching.isEmpty()) {
            result = result.excludingMatching(excludeMatching.toArray(String[]::new));
        }
        if (!disabled.isEmpty()) {
            result = result.withoutRules(disabled.toArray(String[]::new));
        }
        if (maxEndpoints != null) {
            result = result.withMaxEndpointsPerController(maxEndpoints);
        }
        if (maxCollaborators != null) {
            result = result.withMaxCollaboratorsPerController(maxCollaborators);
        }
        for (Path root : sources) {
            if (!Files.exists(root)) {
                throw new BadInputException("source root '" + root + "' does not exist");
            }
        }
        if (!sources.isEmpty()) {
            result = result.withSourceRoots(sources.toArray(Path[]::new));
        }
        return result;
    }

    /**
     * The recommended import. With a known base package (option, settings, or the bundled example) it imports
     * library types only as far as the rules need them — for the Spring preset's rules too, as the preset is
     * chosen after the import; without one it resolves every referenced type, as ArchUnit does by default.
     */
    private ChecklistImporter importer(List<Target> targets, Optional<ChecklistProperties> settings) {
        return Optional.ofNullable(basePackage)
                .or(() -> settings.flatMap(ChecklistProperties::basePackage))
                .or(() -> targets.isEmpty() ? Optional.of(BUNDLED_EXAMPLE) : Optional.empty())
                .map(base -> configure(preset == Preset.core ? BackendChecklist.forBasePackage(base)
                        : SpringChecklist.forBasePackage(base), settings).importer())
                .orElseGet(ChecklistImporter::productionClasses);
    }

    /**
     * Imports the targets' classes with a class loader that also sees the targets and the given class
     * path, so that ArchUnit resolves framework annotations, meta-annotations and supertypes of the
     * audited code from its own dependencies.
     */
    private JavaClasses importTargets(List<Target> targets, ChecklistImporter importer) {
        List<URL> urls = new ArrayList<>();
        for (Target target : targets) {
            urls.add(url(target.classes()));
        }
        if (classpath != null && !classpath.isBlank()) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    Path path = Path.of(entry.strip());
                    if (!Files.exists(path)) {
                        throw new BadInputException("class path entry '" + entry + "' does not exist");
                    }
                    urls.add(url(path));
                }
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), CheckCommand.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            return importer.importLocations(Target.locations(targets));
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

    /** The package of the one {@code @SpringBootApplication} class for Spring code, else the common package. */
    static String detectBasePackage(JavaClasses classes, Preset preset) {
        if (preset == Preset.spring) {
            try {
                return SpringChecklist.basePackageOf(classes);
            } catch (IllegalStateException noSingleApplicationClass) {
                // not a Boot application, or several: fall back to the common package
            }
        }
        return commonPackage(classes);
    }

    /** The longest package that contains every imported class, e.g. {@code com.acme.shop}. */
    static String commonPackage(JavaClasses classes) {
        List<String> common = null;
        for (JavaClass javaClass : classes) {
            String pkg = javaClass.getPackageName();
            if (pkg.isEmpty() || javaClass.getSimpleName().equals("package-info") || javaClass.getSimpleName().equals("module-info")) {
                continue;
            }
            List<String> parts = Arrays.asList(pkg.split("\\."));
            if (common == null) {
                common = new ArrayList<>(parts);
                continue;
            }
            int same = 0;
            while (same < common.size() && same < parts.size() && common.get(same).equals(parts.get(same))) {
                same++;
            }
            common = new ArrayList<>(common.subList(0, same));
        }
        if (common == null || common.isEmpty()) {
            throw new BadInputException("cannot tell the base package: the classes share no package; pass --base-package");
        }
        return String.join(".", common);
    }
}
