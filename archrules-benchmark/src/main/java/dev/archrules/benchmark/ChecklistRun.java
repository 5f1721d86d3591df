package dev.archrules.benchmark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistImporter;
import dev.archrules.core.rules.ChecklistRule;
import dev.archrules.core.rules.RuleContext;
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
 * One measurement in one fresh JVM, one of the four contenders:
 * <ul>
 *   <li>{@code default-import}: a plain ArchUnit default {@link ClassFileImporter} import, nothing else;</li>
 *   <li>{@code default-checklist}: the same import, then every archrules rule of the checklist (source rules included);</li>
 *   <li>{@code recommended-checklist}: archrules' {@link ChecklistImporter}, then every rule of the checklist;</li>
 *   <li>{@code default-taikai}: the default import, then Taikai's rules that overlap the checklist ({@link TaikaiRules}).</li>
 * </ul>
 * Arguments: the mode, the corpus (a jar or a classes folder; sources beside it as a {@code -sources.jar}
 * or a Maven {@code src/main/java}), the base package, the checklist ({@code core}: {@link BackendChecklist}'s
 * core rules; {@code spring}: the {@link SpringChecklist} preset) and the Taikai rule set
 * ({@link TaikaiRules#overlapping}). Prints one {@code RESULT} line and one {@code RULE id ms violations} line
 * per rule; {@code violations} counts the violating objects ArchUnit reports, {@code violationsHash}
 * fingerprints the set of violation messages.
 */
public final class ChecklistRun {

    static final String DEFAULT_IMPORT = "default-import";
    static final String DEFAULT_CHECKLIST = "default-checklist";
    static final String RECOMMENDED_CHECKLIST = "recommended-checklist";
    static final String DEFAULT_TAIKAI = "default-taikai";
    static final String CORE = "core";
    static final String SPRING = "spring";

    private ChecklistRun() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path corpus = Paths.get(args[1]).toAbsolutePath();
        String basePackage = args[2];

        long start = System.nanoTime();
        Location location = corpus.toString().endsWith(".jar") ? Location.of(new JarFile(corpus.toFile())) : Location.of(corpus);
        JavaClasses classes = mode.equals(RECOMMENDED_CHECKLIST)
                ? ChecklistImporter.withOptions().importLocations(List.of(location))
                : new ClassFileImporter().importLocations(List.of(location));
        long imported = System.nanoTime();

        int violations = 0;
        List<String> messages = new ArrayList<>();
        for (Map.Entry<String, ArchRule> rule : rules(mode, basePackage, args[3], args[4]).entrySet()) {
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

    /** The rules the mode evaluates, by id, in order; built after the import, so their set-up counts as rules' time. */
    private static Map<String, ArchRule> rules(String mode, String basePackage, String checklistName, String taikaiSet) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        switch (mode) {
            case DEFAULT_IMPORT -> {
            }
            case DEFAULT_CHECKLIST, RECOMMENDED_CHECKLIST -> {
                BackendChecklist checklist = switch (checklistName) {
                    case CORE -> BackendChecklist.forBasePackage(basePackage);
                    case SPRING -> SpringChecklist.forBasePackage(basePackage);
                    default -> throw new IllegalArgumentException("unknown checklist: " + checklistName);
                };
                RuleContext context = checklist.context();
                for (ChecklistRule rule : checklist.definitions()) {
                    rules.put(rule.id(), rule.toArchRule(context));
                }
            }
            case DEFAULT_TAIKAI -> rules.putAll(TaikaiRules.overlapping(taikaiSet, basePackage));
            default -> throw new IllegalArgumentException("unknown mode: " + mode);
        }
        return rules;
    }
}
