package dev.archrules.benchmark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistImporter;
import dev.archrules.core.RuleResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.ChecklistRule;
import dev.archrules.core.rules.RuleContext;

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
 * One measurement in one fresh JVM, one of the three contenders of the issue:
 * <ul>
 *   <li>{@code default-import}: a plain ArchUnit default {@link ClassFileImporter} import, nothing else;</li>
 *   <li>{@code default-checklist}: the same import, then every archrules rule (source rules included),
 *       evaluated as users do, with {@link BackendChecklist#evaluate(com.tngtech.archunit.core.domain.JavaClasses)};</li>
 *   <li>{@code recommended-checklist}: archrules' {@link ChecklistImporter} as the checklist sets it up
 *       ({@link BackendChecklist#importer()}), then every rule.</li>
 * </ul>
 * Arguments: the mode, the corpus (a jar or a classes folder; sources beside it as a {@code -sources.jar}
 * or a Maven {@code src/main/java}), and the base package. Prints one {@code RESULT} line; {@code violationsHash}
 * fingerprints the set of violation messages. With {@code -Dbenchmark.perRule=true} the rules run one after
 * the other instead (no parse-ahead), each timed on a {@code RULE id ms violations} line: a diagnostic of
 * where the time goes, not the figure users see.
 */
public final class ChecklistRun {

    static final String DEFAULT_IMPORT = "default-import";
    static final String DEFAULT_CHECKLIST = "default-checklist";
    static final String RECOMMENDED_CHECKLIST = "recommended-checklist";

    private ChecklistRun() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path corpus = Paths.get(args[1]).toAbsolutePath();
        String basePackage = args[2];

        long start = System.nanoTime();
        Location location = corpus.toString().endsWith(".jar") ? Location.of(new JarFile(corpus.toFile())) : Location.of(corpus);
        JavaClasses classes = mode.equals(RECOMMENDED_CHECKLIST)
                ? BackendChecklist.forBasePackage(basePackage).importer().importLocations(List.of(location))
                : new ClassFileImporter().importLocations(List.of(location));
        long imported = System.nanoTime();

        int violations = 0;
        List<String> messages = new ArrayList<>();
        if (!mode.equals(DEFAULT_IMPORT)) {
            BackendChecklist checklist = BackendChecklist.forBasePackage(basePackage);
            if (Boolean.getBoolean("benchmark.perRule")) {
                // diagnostic: one rule after the other, timed, without the checklist's parse-ahead
                RuleContext context = checklist.context();
                for (ChecklistRule rule : checklist.definitions()) {
                    long ruleStart = System.nanoTime();
                    int[] count = new int[1];
                    rule.toArchRule(context).evaluate(classes)
                            .handleViolations((Collection<Violation> found, String message) -> {
                                count[0] += found.size();
                                found.forEach(violation -> messages.add(violation.message()));
                            });
                    violations += count[0];
                    System.out.println("RULE " + rule.id() + " " + Measurement.millis(System.nanoTime() - ruleStart) + " " + count[0]);
                }
            } else {
                for (RuleResult result : checklist.evaluate(classes).rules()) {
                    violations += result.violations().size();
                    result.violations().forEach(violation -> messages.add(violation.message()));
                }
            }
        }
        long end = System.nanoTime();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("classes", classes.size());
        figures.put("importMs", Measurement.millis(imported - start));
        figures.put("rulesMs", Measurement.millis(end - imported));
        figures.put("totalMs", Measurement.millis(end - start));
        figures.put("violations", violations);
        // one number for the whole set of violation messages, to compare the contenders' findings at a glance
        figures.put("violationsHash", messages.stream().sorted().toList().hashCode());
        figures.put("peakHeapMb", Measurement.peakHeapMb());
        figures.put("peakRssMb", Measurement.peakRssMb());
        Measurement.result(figures);
    }
}
