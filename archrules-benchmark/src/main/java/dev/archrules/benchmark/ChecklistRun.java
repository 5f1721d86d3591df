package dev.archrules.benchmark;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistImporter;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.ReportModel;
import dev.archrules.core.report.Reports;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.spring.SpringChecklist;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * One measurement in one fresh JVM, one of the contenders:
 * <ul>
 *   <li>{@code default-import}: a plain ArchUnit default {@link ClassFileImporter} import, nothing else;</li>
 *   <li>{@code default-checklist}: the same import, then the checklist (source rules included), evaluated as
 *       users do, with {@link BackendChecklist#evaluate(JavaClasses)};</li>
 *   <li>{@code recommended-checklist}: archrules' {@link ChecklistImporter} as the checklist sets it up
 *       ({@link BackendChecklist#importer()}), then the checklist the same way;</li>
 *   <li>{@code default-taikai}: the default import, then Taikai's rules that overlap the checklist ({@link TaikaiRules});</li>
 *   <li>{@code without-call-paths}: the recommended import and checklist without the rules that follow call paths
 *       ({@link #CALL_PATH_RULES}), to measure what those cost side by side with {@code recommended-checklist};</li>
 *   <li>{@code cache-cold} and {@code cache-warm}: the recommended checklist with the source facts cache on disk, emptied
 *       first (every file parsed and kept) and as the previous run left it (an unchanged code base re-run);</li>
 *   <li>{@code no-resolution-import}: an ArchUnit import with {@code resolveMissingDependenciesFromClassPath=false},
 *       nothing else — the floor of what any ArchUnit import of the classes costs (it loses findings, see
 *       docs/performance.md).</li>
 * </ul>
 * Arguments: the mode, the corpus (a jar or a classes folder; sources beside it as a {@code -sources.jar}
 * or a Maven {@code src/main/java}), the base package, the checklist ({@code core}: {@link BackendChecklist}'s
 * core rules; {@code spring}: the {@link SpringChecklist} preset) and the Taikai rule set
 * ({@link TaikaiRules#overlapping}). Prints one {@code RESULT} line; {@code violations} counts the violating
 * objects, {@code violationsHash} fingerprints the set of violation messages; {@code importCpuMs} and {@code rulesCpuMs}
 * are the JVM's CPU time in each phase (every thread: parse workers, JIT compiler, collector), {@code rulesMainCpuMs}
 * the main thread's in the rules. Taikai's rules, and the
 * checklist's with {@code -Dbenchmark.perRule=true} (one rule after the other, without the checklist's
 * parse-ahead: a diagnostic of where the time goes, not the figure users see), also print one
 * {@code RULE id ms violations} line per rule.
 */
public final class ChecklistRun {

    static final String DEFAULT_IMPORT = "default-import";
    static final String DEFAULT_CHECKLIST = "default-checklist";
    static final String RECOMMENDED_CHECKLIST = "recommended-checklist";
    static final String DEFAULT_TAIKAI = "default-taikai";
    static final String NO_RESOLUTION_IMPORT = "no-resolution-import";
    static final String WITHOUT_CALL_PATHS = "without-call-paths";
    /** The recommended checklist, then every report and picture rendered in memory, the rendering timed apart. */
    static final String PICTURES = "pictures";
    /**
     * The recommended checklist with the source facts cache on disk in the directory given as the sixth argument,
     * emptied first: every file parsed and written to the cache (what a first run costs).
     */
    static final String CACHE_COLD = "cache-cold";
    /** The same with the cache as the previous run left it: an unchanged code base re-run (nothing parsed). */
    static final String CACHE_WARM = "cache-warm";
    /** The rules that follow call paths through the code base ({@code core.recognize.CallPaths}). */
    static final List<String> CALL_PATH_RULES = List.of("reliability.no-remote-calls-in-transactions",
            "complexity.no-sequential-remote-calls", "complexity.request-hops");
    static final String CORE = "core";
    static final String SPRING = "spring";

    private ChecklistRun() {
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!java.nio.file.Files.exists(directory)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path corpus = Paths.get(args[1]).toAbsolutePath();
        String basePackage = args[2];
        Measurement.watchCollections();

        if (!mode.equals(CACHE_COLD) && !mode.equals(CACHE_WARM) && corpus.endsWith(Paths.get("target", "classes"))) {
            // a first run, as on a fresh CI clone: the source facts cache the previous contender left in the corpus's
            // build directory (the default place) would make every contender after the first a warm re-run
            deleteTree(corpus.getParent().resolve("archrules-cache"));
        }
        long start = System.nanoTime();
        long startCpu = Measurement.processCpuNanos();
        BackendChecklist checklist = mode.equals(WITHOUT_CALL_PATHS)
                ? checklist(args[3], basePackage).withoutRules(CALL_PATH_RULES.toArray(String[]::new))
                : checklist(args[3], basePackage);
        if (mode.equals(CACHE_COLD) || mode.equals(CACHE_WARM)) {
            Path cache = Paths.get(args[5]);
            if (mode.equals(CACHE_COLD)) {
                deleteTree(cache);
            }
            checklist = checklist.withSourceCache(cache);
        }
        Location location = corpus.toString().endsWith(".jar") ? Location.of(new JarFile(corpus.toFile())) : Location.of(corpus);
        JavaClasses classes = switch (mode) {
            case RECOMMENDED_CHECKLIST, WITHOUT_CALL_PATHS, PICTURES, CACHE_COLD, CACHE_WARM -> checklist.importer().withImportOptions().importLocations(List.of(location));
            case NO_RESOLUTION_IMPORT -> ArchConfiguration.withThreadLocalScope(configuration -> {
                configuration.setResolveMissingDependenciesFromClassPath(false);
                return new ClassFileImporter().importLocations(List.of(location));
            });
            default -> new ClassFileImporter().importLocations(List.of(location));
        };
        long imported = System.nanoTime();
        long importedCpu = Measurement.processCpuNanos();
        long importedMainCpu = Measurement.threadCpuNanos();

        List<String> messages = new ArrayList<>();
        Map<String, Object> drawing = new LinkedHashMap<>();
        int violations = switch (mode) {
            case PICTURES -> draw(checklist, classes, messages, drawing);
            case DEFAULT_CHECKLIST, RECOMMENDED_CHECKLIST, WITHOUT_CALL_PATHS, CACHE_COLD, CACHE_WARM -> Boolean.getBoolean("benchmark.perRule")
                    ? eachTimed(perRule(checklist), classes, messages)
                    : evaluate(checklist, classes, messages);
            case DEFAULT_TAIKAI -> eachTimed(TaikaiRules.overlapping(args[4], basePackage), classes, messages);
            case DEFAULT_IMPORT, NO_RESOLUTION_IMPORT -> 0;
            default -> throw new IllegalArgumentException("unknown mode: " + mode);
        };
        long end = System.nanoTime();
        long endCpu = Measurement.processCpuNanos();
        long endMainCpu = Measurement.threadCpuNanos();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("classes", classes.size());
        figures.put("importMs", Measurement.millis(imported - start));
        figures.put("rulesMs", Measurement.millis(end - imported));
        figures.put("totalMs", Measurement.millis(end - start));
        // CPU time: on a machine with few cores the run is bound by the JVM's CPU (parse workers, JIT compiler, collector), not the main thread's
        figures.put("importCpuMs", Measurement.millis(importedCpu - startCpu));
        figures.put("rulesCpuMs", Measurement.millis(endCpu - importedCpu));
        figures.put("rulesMainCpuMs", Measurement.millis(endMainCpu - importedMainCpu));
        figures.put("violations", violations);
        // one number for the whole set of violation messages, to compare the contenders' findings at a glance
        figures.put("violationsHash", messages.stream().sorted().toList().hashCode());
        figures.putAll(drawing);
        figures.put("peakHeapMb", Measurement.peakHeapMb());
        figures.put("peakHeapAfterGcMb", Measurement.peakHeapAfterGcMb());
        figures.put("peakRssMb", Measurement.peakRssMb());
        Measurement.result(figures);
    }

    private static BackendChecklist checklist(String name, String basePackage) {
        return switch (name) {
            case CORE -> BackendChecklist.forBasePackage(basePackage);
            case SPRING -> SpringChecklist.forBasePackage(basePackage);
            default -> throw new IllegalArgumentException("unknown checklist: " + name);
        };
    }

    /** The checklist as users run it: all rules on one import, source files parsed while the other rules run. */
    private static int evaluate(BackendChecklist checklist, JavaClasses classes, List<String> messages) {
        int violations = 0;
        for (RuleResult result : checklist.evaluate(classes).rules()) {
            violations += result.violations().size();
            result.violations().forEach(violation -> messages.add(violation.message()));
        }
        return violations;
    }

    /**
     * The checklist as users run it, then its reports rendered as a run writes them: {@code reportsMs} for the five
     * reports (the HTML one with the map's layout and SVG, the tangles and request flows), {@code picturesMs} for the
     * map alone as Mermaid and SVG, and the size of the drawn map. The rendering is part of {@code rulesMs} and {@code totalMs}.
     */
    private static int draw(BackendChecklist checklist, JavaClasses classes, List<String> messages, Map<String, Object> figures) {
        ReportModel model = checklist.evaluate(classes).reportModel();
        model.rules().forEach(result -> result.violations().forEach(violation -> messages.add(violation.message())));
        Reports reports = Reports.into(Paths.get("target", "unused"));
        long start = System.nanoTime();
        long characters = 0;
        for (ReportFormat format : ReportFormat.reports()) {
            characters += reports.render(model, format).length();
        }
        long reportsDone = System.nanoTime();
        characters += reports.render(model, ReportFormat.MERMAID).length() + reports.render(model, ReportFormat.SVG).length();
        long picturesDone = System.nanoTime();
        figures.put("reportsMs", Measurement.millis(reportsDone - start));
        figures.put("picturesMs", Measurement.millis(picturesDone - reportsDone));
        figures.put("renderedKb", characters / 1024);
        figures.put("modules", model.moduleMap().nodes().size());
        figures.put("dependencies", model.moduleMap().edges().size());
        figures.put("drawnModules", model.drawnModuleMap().nodes().size());
        figures.put("drawnDependencies", model.drawnModuleMap().edges().size());
        return model.rules().stream().mapToInt(result -> result.violations().size()).sum();
    }

    private static Map<String, ArchRule> perRule(BackendChecklist checklist) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        RuleContext context = checklist.context();
        for (ChecklistRule rule : checklist.definitions()) {
            rules.put(rule.id(), rule.toArchRule(context));
        }
        return rules;
    }

    /** Evaluates the rules one after the other, each timed on a {@code RULE} line. */
    private static int eachTimed(Map<String, ArchRule> rules, JavaClasses classes, List<String> messages) {
        int violations = 0;
        for (Map.Entry<String, ArchRule> rule : rules.entrySet()) {
            long ruleStart = System.nanoTime();
            int[] count = new int[1];
            rule.getValue().evaluate(classes)
                    .handleViolations((Collection<Object> found, String message) -> {
                        count[0] += found.size();
                        messages.add(message);
                    });
            violations += count[0];
            System.out.println("RULE " + rule.getKey() + " " + Measurement.millis(System.nanoTime() - ruleStart) + " " + count[0]);
        }
        return violations;
    }
}
