package dev.archrules.benchmark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.source.SourceIndex;
import dev.archrules.core.source.SourceSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * One measurement in one fresh JVM: imports a jar, then evaluates the four source rules with or without
 * the pre-filter and prints one line of figures ({@code RESULT key=value …}) for the {@link Driver}.
 *
 * <p>Arguments: the classes jar (its {@code -sources.jar} must lie beside it), the base package,
 * {@code prefilter} or {@code no-prefilter}, and optionally a file to write the sorted violation messages
 * to (to compare two runs message by message).
 */
public final class SourceRulesRun {

    static final Set<String> SOURCE_RULES = Set.of(CoreRules.SQL_ONLY_IN_REPOSITORIES, CoreRules.NO_HARDCODED_ENDPOINTS,
            CoreRules.NO_HARDCODED_CREDENTIALS, CoreRules.CONTROLLERS_THIN_HANDLERS);

    private SourceRulesRun() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Paths.get(args[0]);
        String basePackage = args[1];
        boolean prefilter = args[2].equals("prefilter");

        long importStart = System.nanoTime();
        JavaClasses classes;
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            classes = new ClassFileImporter().importJar(jarFile);
        }
        long importNanos = System.nanoTime() - importStart;

        BackendChecklist checklist = BackendChecklist.forBasePackage(basePackage)
                .withSourceSettings(SourceSettings.defaults().withPrefilter(prefilter));
        RuleContext context = checklist.context();
        List<ChecklistRule> rules = checklist.definitions().stream().filter(rule -> SOURCE_RULES.contains(rule.id())).toList();

        Measurement.resetHeapPeak();
        long heapBefore = Measurement.heapUsedMb();

        long start = System.nanoTime();
        List<String> messages = new ArrayList<>();
        for (ChecklistRule rule : rules) {
            rule.toArchRule(context).evaluate(classes).handleViolations((java.util.Collection<Object> found, String message) -> messages.add(message));
        }
        int violations = messages.size();
        long nanos = System.nanoTime() - start;
        long peakHeap = Measurement.peakHeapMb();

        SourceIndex.Statistics statistics = context.sources().statistics();
        System.out.printf("RESULT classes=%d importMs=%d sourceRulesMs=%d filesParsed=%d filesSkipped=%d bytesParsed=%d"
                        + " peakHeapMb=%d heapBeforeMb=%d violations=%d problems=%d%n",
                classes.size(), importNanos / 1_000_000, nanos / 1_000_000,
                statistics.filesParsed(), statistics.filesSkipped(), statistics.bytesParsed(),
                peakHeap, heapBefore, violations, context.sources().problems().size());
        if (args.length > 3) {
            Files.write(Paths.get(args[3]), messages.stream().sorted().toList());
        }
        context.sources().problems().stream().limit(5).forEach(problem -> System.out.println("PROBLEM " + problem.message()));
    }
}
