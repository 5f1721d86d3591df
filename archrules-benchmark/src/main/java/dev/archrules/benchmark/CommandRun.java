package dev.archrules.benchmark;

import dev.archrules.cli.Archrules;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run of the {@code archrules check} command in a fresh JVM, in-process (timed from {@code main} like
 * {@link ChecklistRun}, so that the JVM's start is left out on both sides of a ratio), on the corpus jar with its
 * dependencies as {@code --classpath}, the core preset, no report files:
 * <ul>
 *   <li>{@code command}: the results cache off ({@code --results-cache off}), as before the cache;</li>
 *   <li>{@code command-results-cold}: the results cache in the directory given, emptied first: the key computed, the
 *       import and the rules run, the entry written (what a first run costs);</li>
 *   <li>{@code command-results-warm}: the results cache as the previous run left it: an unchanged code base re-run.</li>
 * </ul>
 * Arguments: the mode, the corpus jar, the base package, the cache directory, the directory of the corpus's dependency
 * jars. Prints one {@code RESULT} line: the total time, the exit code, whether the results came from the cache, the
 * number of report lines and {@code reportHash}, a fingerprint of the console report without the line that says where
 * the results came from (equal in every mode when the cache changes nothing).
 */
public final class CommandRun {

    static final String COMMAND = "command";
    static final String RESULTS_COLD = "command-results-cold";
    static final String RESULTS_WARM = "command-results-warm";

    private CommandRun() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path corpus = Paths.get(args[1]).toAbsolutePath();
        String basePackage = args[2];
        Path cache = Paths.get(args[3]).toAbsolutePath();
        Path lib = Paths.get(args[4]);
        Measurement.watchCollections();
        if (mode.equals(RESULTS_COLD) && Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        String classPath;
        try (Stream<Path> jars = Files.list(lib)) {
            classPath = String.join(File.pathSeparator, jars.filter(path -> path.toString().endsWith(".jar")).sorted().map(Path::toString).toList());
        }
        List<String> command = new ArrayList<>(List.of("check", corpus.toString(), "--classpath", classPath, "--base-package", basePackage,
                "--preset", "core", "--no-reports", "--no-color", "--results-cache", mode.equals(COMMAND) ? "off" : cache.toString()));

        long start = System.nanoTime();
        StringWriter out = new StringWriter();
        int exit = Archrules.run(command.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        long end = System.nanoTime();

        List<String> report = out.toString().lines().filter(line -> !line.startsWith("results: from the cache")).toList();
        boolean fromCache = out.toString().lines().anyMatch(line -> line.startsWith("results: from the cache"));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("totalMs", Measurement.millis(end - start));
        figures.put("exitCode", exit);
        figures.put("fromCache", fromCache ? 1 : 0);
        figures.put("reportLines", report.size());
        figures.put("reportHash", report.hashCode());
        figures.put("peakHeapMb", Measurement.peakHeapMb());
        figures.put("peakRssMb", Measurement.peakRssMb());
        Measurement.result(figures);
    }
}
