package dev.archrules.precision;


import dev.archrules.cli.Packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The precision harness: for every code base of {@code corpus.txt} it lets Maven resolve the jar, its
 * {@code -sources.jar} and its runtime class path, runs the {@code archrules check} command on it in a fresh
 * JVM as a new user would (recommended import, preset and — unless the corpus names one — base package
 * inferred by the command), reads the JSON report and writes {@code <codebase>.findings.txt},
 * {@code <codebase>.to-judge.txt} and {@code summary.md} into the output directory, comparing the findings
 * with the committed judgements.
 *
 * <p>Arguments are {@code name=value} pairs: {@code corpus}, {@code judgements}, {@code out}, {@code work}
 * (where the corpus is resolved), {@code mvn} (the Maven executable), {@code offline} ({@code true} passes
 * {@code -o} on), {@code only} (comma-separated code base names), {@code jvmArgs} (for the command's JVM),
 * {@code baselineRun} (the directory of committed findings to count changes against), {@code seed},
 * {@code perRule}.
 */
public final class Harness {

    private static final String SPRING_BOOT_APPLICATION = "Lorg/springframework/boot/autoconfigure/SpringBootApplication;";

    private final Map<String, String> options;

    private Harness(Map<String, String> options) {
        this.options = options;
    }

    /** Runs the harness; exits 0 when every code base was run and every judgement file parsed, 2 otherwise. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                System.err.println("precision: expected name=value, found '" + arg + "'");
                System.exit(2);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1).strip());
        }
        try {
            new Harness(options).run();
        } catch (Judgements.JudgementException e) {
            System.err.println("precision: malformed judgements:");
            e.problems().forEach(problem -> System.err.println("  " + problem));
            System.exit(2);
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            System.err.println("precision: " + e.getMessage());
            System.exit(2);
        }
    }

    private String option(String name, String fallback) {
        String value = options.get(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing argument " + name + "=…");
        }
        return value;
    }

    private void run() throws IOException, InterruptedException {
        List<CodeBase> corpus = CodeBase.readCorpus(Path.of(required("corpus")));
        Path judgementDir = Path.of(required("judgements"));
        Path out = Path.of(required("out"));
        Path work = Path.of(required("work"));
        String seed = option("seed", Sampler.DEFAULT_SEED);
        int perRule = Integer.parseInt(option("perRule", String.valueOf(Sampler.DEFAULT_PER_RULE)));
        Optional<Path> baselineRun = Optional.ofNullable(options.get("baselineRun")).filter(s -> !s.isEmpty()).map(Path::of);
        Set<String> only = Arrays.stream(option("only", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        Sampler sampler = new Sampler(seed, perRule);
        Files.createDirectories(out);

        // every judgement file first: a malformed one fails before the long runs
        Map<String, Judgements> judgements = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (CodeBase codeBase : corpus) {
            try {
                judgements.put(codeBase.name(), Judgements.read(judgementDir.resolve(codeBase.name() + ".txt")));
            } catch (Judgements.JudgementException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new Judgements.JudgementException(problems);
        }

        List<Summary.Run> runs = new ArrayList<>();
        for (CodeBase codeBase : corpus) {
            if (!only.isEmpty() && !only.contains(codeBase.name())) {
                continue;
            }
            Path dir = work.resolve(codeBase.name());
            resolve(codeBase, dir);
            Path jar = dir.resolve(codeBase.artifactId() + "-" + codeBase.version() + ".jar");
            Path sources = dir.resolve(codeBase.artifactId() + "-" + codeBase.version() + "-sources.jar");
            String classpath = Files.readString(dir.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();

            String basePackage = codeBase.basePackage().map(base -> base + " (given)")
                    .orElseGet(() -> inferredBasePackage(jar) + " (inferred)");
            Path reports = out.resolve("reports").resolve(codeBase.name());
            long start = System.nanoTime();
            check(codeBase, jar, sources, classpath, reports, out.resolve(codeBase.name() + ".console.txt"));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

            Path report = reports.resolve("archrules.json");
            List<Finding> findings = Finding.readJsonReport(report);
            List<String> rulesRun = rulesOf(report);
            String preset = rulesRun.stream().anyMatch(rule -> rule.startsWith("spring.")) ? "spring" : "core";
            List<String> lines = findings.stream().map(Finding::findingsLine).toList();
            Files.write(out.resolve(codeBase.name() + ".findings.txt"), lines, StandardCharsets.UTF_8);

            SortedMap<String, List<FindingId>> sample = sampler.sample(codeBase.name(), findings);
            Judgements judged = judgements.get(codeBase.name());
            Files.writeString(out.resolve(codeBase.name() + ".to-judge.txt"),
                    ToJudge.render(codeBase.name(), findings, sample, judged), StandardCharsets.UTF_8);

            String change = baselineRun.map(dirOfRun -> change(dirOfRun.resolve(codeBase.name() + ".findings.txt"), lines))
                    .orElse("–");
            SortedMap<String, Tally> tallies = Comparison.compare(rulesRun, findings, sample, judged);
            int classPathEntries = classpath.isEmpty() ? 0 : classpath.split(java.io.File.pathSeparator).length;
            runs.add(new Summary.Run(codeBase, basePackage, preset, countEntries(jar, ".class"), countEntries(sources, ".java"),
                    analysedClasses(report), classPathEntries, tallies, change));
            Tally total = tallies.values().stream().reduce(Tally.EMPTY, Tally::plus);
            System.out.printf("precision: %s: %d findings (%d distinct), %d sampled, %d judged, precision %s, %d lost TRUE, %d unjudged (%d s)%n",
                    codeBase.name(), total.findings(), total.distinct(), total.sampled(), total.judged(),
                    total.precisionText(), total.lostTrue().size(), total.unjudgedSampled().size(), seconds);
            if (classPathEntries == 0) {
                System.out.println("precision: " + codeBase.name() + ": " + Summary.EMPTY_CLASS_PATH.replace("**", ""));
            }
        }
        String summary = Summary.render(runs, seed, perRule);
        Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(summary);
        System.out.println("precision: files in " + out.toAbsolutePath());
    }

    /** Lets Maven resolve the code base into dir (jar, sources jar, classpath.txt), unless already there. */
    private void resolve(CodeBase codeBase, Path dir) throws IOException, InterruptedException {
        Path jar = dir.resolve(codeBase.artifactId() + "-" + codeBase.version() + ".jar");
        if (Files.isRegularFile(jar) && Files.isRegularFile(dir.resolve("classpath.txt"))
                && Files.isRegularFile(dir.resolve(codeBase.artifactId() + "-" + codeBase.version() + "-sources.jar"))) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(option("mvn", "mvn"), "-B", "-q"));
        if (Boolean.parseBoolean(option("offline", "false"))) {
            command.add("-o");
        }
        command.addAll(List.of("-f", Path.of(required("corpus")).resolveSibling("corpus").resolve("pom.xml").toString(),
                "package", "-Dcorpus.groupId=" + codeBase.groupId(), "-Dcorpus.artifactId=" + codeBase.artifactId(),
                "-Dcorpus.version=" + codeBase.version(), "-Dcorpus.dir=" + dir.toAbsolutePath()));
        command.addAll(codeBase.resolution());
        System.out.println("precision: resolving " + codeBase.coordinatesAsResolved() + " with Maven");
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Maven could not resolve " + codeBase.coordinatesAsResolved() + " (exit " + process.exitValue()
                    + "): " + String.join(" ", command));
        }
    }

    /** Runs {@code archrules check} in a fresh JVM on the harness's own class path (which holds archrules-cli). */
    private void check(CodeBase codeBase, Path jar, Path sources, String classpath, Path reports, Path console)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.stream(option("jvmArgs", "").split("\\s+")).filter(s -> !s.isEmpty()).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.archrules.cli.Archrules", "check",
                jar.toString(), "--sources", sources.toString(), "--classpath", classpath,
                "--format", "json", "--reports", reports.toString(), "--no-color"));
        codeBase.basePackage().ifPresent(base -> command.addAll(List.of("--base-package", base)));
        System.out.println("precision: checking " + codeBase.name());
        Path err = console.resolveSibling(codeBase.name() + ".stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(console.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0 && exit != 1) {
            throw new IllegalStateException("archrules check failed on " + codeBase.name() + " (exit " + exit + "): "
                    + Files.readString(err, StandardCharsets.UTF_8).strip());
        }
    }

    /**
     * The base package the command infers for a jar without settings: the package of the one
     * {@code @SpringBootApplication} class when there is exactly one, else the longest package holding every class.
     */
    static String inferredBasePackage(Path jar) {
        List<String> packages = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("package-info.class")
                        || name.endsWith("module-info.class") || name.indexOf('/') < 0) {
                    continue;
                }
                String pkg = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
                packages.add(pkg);
                try (InputStream in = zip.getInputStream(entry)) {
                    if (new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(SPRING_BOOT_APPLICATION)) {
                        applications.add(pkg);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jar + ": " + e.getMessage());
        }
        if (applications.size() == 1) {
            return applications.get(0);
        }
        return commonPackage(packages);
    }

    /**
     * The base package the command infers from the packages of the classes ({@link Packages#base}): their common package,
     * never a single segment — then the two-segment prefix holding nine in ten of the classes — or empty when it cannot
     * tell (the command then asks for {@code --base-package}).
     */
    static String commonPackage(List<String> packages) {
        return Packages.base(packages).map(Packages.Inferred::basePackage).orElse("");
    }

    private static int countEntries(Path jar, String suffix) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return (int) zip.stream().filter(entry -> entry.getName().endsWith(suffix)
                    && !entry.getName().startsWith("META-INF/")).count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jar + ": " + e.getMessage());
        }
    }

    private static List<String> rulesOf(Path report) throws IOException {
        Object document = JsonReader.parse(Files.readString(report, StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        if (document instanceof Map<?, ?> map && map.get("rules") instanceof List<?> rules) {
            for (Object rule : rules) {
                if (rule instanceof Map<?, ?> r && r.get("id") instanceof String id) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static int analysedClasses(Path report) throws IOException {
        Object document = JsonReader.parse(Files.readString(report, StandardCharsets.UTF_8));
        if (document instanceof Map<?, ?> map && map.get("summary") instanceof Map<?, ?> summary
                && summary.get("analysedClasses") instanceof Long count) {
            return count.intValue();
        }
        return 0;
    }

    /** How the findings lines changed against a committed run: {@code +added −removed}, or {@code –} without one. */
    static String change(Path before, List<String> after) {
        if (!Files.isRegularFile(before)) {
            return "–";
        }
        try {
            Map<String, Integer> count = new HashMap<>();
            for (String line : Files.readAllLines(before, StandardCharsets.UTF_8)) {
                count.merge(line, 1, Integer::sum);
            }
            int added = 0;
            for (String line : after) {
                if (count.merge(line, -1, Integer::sum) < 0) {
                    added++;
                }
            }
            int removed = count.values().stream().filter(n -> n > 0).mapToInt(Integer::intValue).sum();
            return added == 0 && removed == 0 ? "unchanged" : "+" + added + " −" + removed;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + before + ": " + e.getMessage());
        }
    }

}
