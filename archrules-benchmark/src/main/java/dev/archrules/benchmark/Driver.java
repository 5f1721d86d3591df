package dev.archrules.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the benchmark's contenders in fresh JVMs, round-robin (A B C A B C …), and prints every run, the median
 * of every figure per contender, and the ratio of each contender to the first one (median of the per-round
 * ratios, so that a slow moment of the shared machine hits both sides of a ratio).
 *
 * <p>Suites: {@code checklist} (the five contenders of {@link ChecklistRun} on the corpus jar: a default import
 * alone, a default import with the core checklist, the recommended import with the core checklist, a default
 * import with Taikai's overlapping rules for Jakarta code, {@link TaikaiRules}, and an import without resolution
 * as the floor), {@code synthetic} (the same five
 * on {@link SyntheticCorpus} backends, with Taikai's framework-neutral rules), {@code spring} (the same five with
 * the {@code SpringChecklist} preset and Taikai's Spring rules, on {@link SpringSyntheticCorpus} backends) and
 * {@code source} (the source rules with and without the pre-filter, {@link SourceRulesRun}) and {@code callpaths}
 * (the recommended checklist without and with the rules that follow call paths, on the corpus jar and the synthetic
 * sizes, compared by rule time: what those rules cost) and {@code pictures} (the recommended checklist without and with
 * every report and picture rendered, on the corpus jar: what drawing costs, {@code reportsMs} and {@code picturesMs}
 * apart) and {@code cache} (a default import, the recommended checklist without the source facts cache on disk, with
 * it emptied first and with it warm, on the corpus jar: what the cache costs on a first run and saves on a re-run) and
 * {@code results} (a default import and the {@code archrules check} command with the results cache off, emptied first
 * and warm, on the corpus jar, {@link CommandRun}: what the results cache costs on a first run and saves on a re-run).
 *
 * <p>Arguments: the suites (comma-separated), the corpus jar (its runtime dependencies in {@code lib/} beside
 * it, its {@code -sources.jar} beside it), the base package, the number of rounds, the synthetic sizes
 * (comma-separated class counts, for {@code synthetic} and {@code spring}), a work directory, and optionally
 * extra JVM options for the measurement JVMs (one argument, space-separated, e.g. {@code -Xmx2g}).
 */
public final class Driver {

    private Driver() {
    }

    /** One contender: a name and the main class and arguments of its measurement JVM. */
    private record Contender(String name, String mainClass, List<String> arguments) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> suites = Arrays.asList(args[0].split(","));
        Path jar = Paths.get(args[1]);
        String basePackage = args[2];
        int rounds = Integer.parseInt(args[3]);
        List<Integer> sizes = Arrays.stream(args[4].split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
        Path work = Paths.get(args[5]);
        List<String> jvmOptions = args.length > 6 ? Arrays.stream(args[6].split(" ")).filter(s -> !s.isBlank()).toList() : List.of();
        System.out.println("benchmark on " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + rounds + " rounds, measurement JVM options " + jvmOptions);

        String benchmarkClassPath = System.getProperty("java.class.path");
        if (suites.contains("checklist")) {
            String classPath = benchmarkClassPath + File.pathSeparator + dependencies(jar.resolveSibling("lib"));
            compare("keycloak: " + jar.getFileName() + " with its runtime dependencies on the class path",
                    checklistContenders(jar.toString(), basePackage, ChecklistRun.CORE, TaikaiRules.JAKARTA), classPath, jvmOptions, rounds);
        }
        if (suites.contains("synthetic")) {
            for (int size : sizes) {
                Path classes = prepared("synthetic", size, () -> SyntheticCorpus.prepare(work, size));
                compare("synthetic: " + size + " classes",
                        checklistContenders(classes.toString(), SyntheticCorpus.BASE_PACKAGE, ChecklistRun.CORE, TaikaiRules.NEUTRAL),
                        benchmarkClassPath, jvmOptions, rounds);
            }
        }
        if (suites.contains("spring")) {
            for (int size : sizes) {
                Path classes = prepared("Spring synthetic", size, () -> SpringSyntheticCorpus.prepare(work, size));
                compare("Spring synthetic: " + size + " classes",
                        checklistContenders(classes.toString(), SpringSyntheticCorpus.BASE_PACKAGE, ChecklistRun.SPRING, TaikaiRules.SPRING),
                        benchmarkClassPath, jvmOptions, rounds);
            }
        }
        if (suites.contains("callpaths")) {
            String classPath = benchmarkClassPath + File.pathSeparator + dependencies(jar.resolveSibling("lib"));
            compare("call-path rules on " + jar.getFileName(), callPathContenders(jar.toString(), basePackage), classPath, jvmOptions, rounds,
                    "rulesMs");
            for (int size : sizes) {
                Path classes = prepared("synthetic", size, () -> SyntheticCorpus.prepare(work, size));
                compare("call-path rules on synthetic: " + size + " classes", callPathContenders(classes.toString(), SyntheticCorpus.BASE_PACKAGE),
                        benchmarkClassPath, jvmOptions, rounds, "rulesMs");
            }
        }
        if (suites.contains("pictures")) {
            String classPath = benchmarkClassPath + File.pathSeparator + dependencies(jar.resolveSibling("lib"));
            compare("reports and pictures on " + jar.getFileName(), Stream.of(ChecklistRun.RECOMMENDED_CHECKLIST, ChecklistRun.PICTURES)
                    .map(mode -> new Contender(mode, ChecklistRun.class.getName(), List.of(mode, jar.toString(), basePackage, ChecklistRun.CORE,
                            TaikaiRules.NEUTRAL)))
                    .toList(), classPath, jvmOptions, rounds);
        }
        if (suites.contains("cache")) {
            String classPath = benchmarkClassPath + File.pathSeparator + dependencies(jar.resolveSibling("lib"));
            String cache = work.resolve("source-cache").toAbsolutePath().toString();
            compare("source facts cache on " + jar.getFileName() + " (cold: emptied first; warm: as the cold run left it)",
                    Stream.of(ChecklistRun.DEFAULT_IMPORT, ChecklistRun.RECOMMENDED_CHECKLIST, ChecklistRun.CACHE_COLD, ChecklistRun.CACHE_WARM)
                            .map(mode -> new Contender(mode, ChecklistRun.class.getName(), List.of(mode, jar.toString(), basePackage,
                                    ChecklistRun.CORE, TaikaiRules.NEUTRAL, cache)))
                            .toList(), classPath, jvmOptions, rounds);
        }
        if (suites.contains("results")) {
            // the results cache, where users meet it: the command, in-process, with the cache off, emptied first and warm
            String classPath = benchmarkClassPath + File.pathSeparator + dependencies(jar.resolveSibling("lib"));
            String results = work.resolve("results-cache").toAbsolutePath().toString();
            List<Contender> command = new ArrayList<>();
            command.add(new Contender(ChecklistRun.DEFAULT_IMPORT, ChecklistRun.class.getName(), List.of(ChecklistRun.DEFAULT_IMPORT,
                    jar.toString(), basePackage, ChecklistRun.CORE, TaikaiRules.NEUTRAL)));
            Stream.of(CommandRun.COMMAND, CommandRun.RESULTS_COLD, CommandRun.RESULTS_WARM)
                    .map(mode -> new Contender(mode, CommandRun.class.getName(), List.of(mode, jar.toString(), basePackage, results,
                            jar.resolveSibling("lib").toString())))
                    .forEach(command::add);
            compare("results cache on " + jar.getFileName() + " through the command (cold: emptied first; warm: as the cold run left it)",
                    command, classPath, jvmOptions, rounds);
        }
        if (suites.contains("source")) {
            compare("source rules on " + jar.getFileName(), List.of(
                    new Contender("prefilter", SourceRulesRun.class.getName(), List.of(jar.toString(), basePackage, "prefilter")),
                    new Contender("no-prefilter", SourceRulesRun.class.getName(), List.of(jar.toString(), basePackage, "no-prefilter"))),
                    benchmarkClassPath, jvmOptions, rounds);
        }
    }

    private static List<Contender> callPathContenders(String corpus, String basePackage) {
        return Stream.of(ChecklistRun.WITHOUT_CALL_PATHS, ChecklistRun.RECOMMENDED_CHECKLIST)
                .map(mode -> new Contender(mode, ChecklistRun.class.getName(), List.of(mode, corpus, basePackage, ChecklistRun.CORE, TaikaiRules.NEUTRAL)))
                .toList();
    }

    private static List<Contender> checklistContenders(String corpus, String basePackage, String checklist, String taikaiSet) {
        return Stream.of(ChecklistRun.DEFAULT_IMPORT, ChecklistRun.DEFAULT_CHECKLIST, ChecklistRun.RECOMMENDED_CHECKLIST,
                        ChecklistRun.DEFAULT_TAIKAI, ChecklistRun.NO_RESOLUTION_IMPORT)
                .map(mode -> new Contender(mode, ChecklistRun.class.getName(), List.of(mode, corpus, basePackage, checklist, taikaiSet)))
                .toList();
    }

    /** A corpus that prepares itself: generated and compiled, or found already there. */
    private interface Corpus {
        Path prepare() throws IOException;
    }

    private static Path prepared(String kind, int size, Corpus corpus) throws IOException {
        long start = System.nanoTime();
        Path classes = corpus.prepare();
        System.out.println(kind + " corpus of " + size + " classes ready in " + Measurement.millis(System.nanoTime() - start)
                + " ms: " + Files.readString(classes.getParent().getParent().resolve("compiled")).trim());
        return classes;
    }

    private static String dependencies(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            return "";
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return String.join(File.pathSeparator, jars.filter(path -> path.toString().endsWith(".jar")).sorted().map(Path::toString).toList());
        }
    }

    private static void compare(String title, List<Contender> contenders, String classPath, List<String> jvmOptions, int rounds)
            throws IOException, InterruptedException {
        compare(title, contenders, classPath, jvmOptions, rounds, null);
    }

    /** Compares the contenders by {@code timeKey} (by default their total time, or the source rules' time). */
    private static void compare(String title, List<Contender> contenders, String classPath, List<String> jvmOptions, int rounds,
                                String ratioKey) throws IOException, InterruptedException {
        System.out.println();
        System.out.println("== " + title);
        Map<String, List<Map<String, Long>>> runs = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Contender contender : contenders) {
                Map<String, Long> figures = run(contender, classPath, jvmOptions);
                runs.computeIfAbsent(contender.name(), name -> new ArrayList<>()).add(figures);
                System.out.println("round " + round + " " + contender.name() + ": " + figures);
            }
        }
        List<Map<String, Long>> first = runs.get(contenders.get(0).name());
        String timeKey = ratioKey != null ? ratioKey : first.get(0).containsKey("totalMs") ? "totalMs" : "sourceRulesMs";
        System.out.println("medians over " + rounds + " fresh JVMs per contender; ratio = median over rounds of " + timeKey + " / "
                + contenders.get(0).name() + "'s " + timeKey + " in the same round");
        for (Contender contender : contenders) {
            List<Map<String, Long>> own = runs.get(contender.name());
            Map<String, Long> median = new TreeMap<>();
            for (String key : own.get(0).keySet()) {
                median.put(key, median(own.stream().map(figures -> (double) figures.get(key)).toList()).longValue());
            }
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                ratios.add((double) own.get(i).get(timeKey) / Math.max(1, first.get(i).get(timeKey)));
            }
            System.out.printf("%-22s ratio=%.2f %s%n", contender.name(), median(ratios), median);
        }
    }

    private static Double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Map<String, Long> run(Contender contender, String classPath, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, contender.mainClass()));
        command.addAll(contender.arguments());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> figures = new LinkedHashMap<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        String[] keyValue = pair.split("=", 2);
                        if (keyValue[1].matches("-?\\d+")) {
                            figures.put(keyValue[0], Long.parseLong(keyValue[1]));
                        }
                    }
                } else if (line.startsWith("PROBLEM ") || line.startsWith("RULE ")) {
                    System.out.println("  " + line);
                } else {
                    tail.add(line);
                    if (tail.size() > 20) {
                        tail.remove(0);
                    }
                }
            }
        }
        if (process.waitFor() != 0 || figures.isEmpty()) {
            tail.forEach(System.out::println);
            throw new IllegalStateException("the measurement JVM failed (" + contender.name() + ")");
        }
        return figures;
    }
}
