package dev.archrules.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link SourceRulesRun} in fresh JVMs, with and without the pre-filter alternated (A B A B …),
 * and prints the median of every figure per mode, ready for {@code docs/performance.md}.
 *
 * <p>Arguments: the classes jar, the base package, and the number of A/B pairs (default 5).
 */
public final class Driver {

    private Driver() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar = args[0];
        String basePackage = args[1];
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Map<String, List<Map<String, Long>>> runs = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            for (String mode : List.of("prefilter", "no-prefilter")) {
                Map<String, Long> figures = run(jar, basePackage, mode);
                runs.computeIfAbsent(mode, m -> new ArrayList<>()).add(figures);
                System.out.println("run " + (i + 1) + " " + mode + ": " + figures);
            }
        }
        System.out.println();
        System.out.println("medians over " + pairs + " fresh JVMs per mode, " + Runtime.version() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (String mode : List.of("prefilter", "no-prefilter")) {
            Map<String, Long> median = new java.util.TreeMap<>();
            for (String key : runs.get(mode).get(0).keySet()) {
                List<Long> values = runs.get(mode).stream().map(figures -> figures.get(key)).sorted().toList();
                median.put(key, values.get(values.size() / 2));
            }
            double seconds = median.get("sourceRulesMs") / 1000.0;
            double megabytes = median.get("bytesParsed") / (1024.0 * 1024.0);
            System.out.printf("%-13s %s  MB/s(parsed)=%.2f%n", mode, median, seconds == 0 ? 0 : megabytes / seconds);
        }
    }

    private static Map<String, Long> run(String jar, String basePackage, String mode) throws IOException, InterruptedException {
        String java = Paths.java();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SourceRulesRun.class.getName(), jar, basePackage, mode)
                .redirectErrorStream(true).start();
        Map<String, Long> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        String[] keyValue = pair.split("=", 2);
                        if (!keyValue[0].equals("mode")) {
                            figures.put(keyValue[0], Long.parseLong(keyValue[1]));
                        }
                    }
                } else if (line.startsWith("PROBLEM ")) {
                    System.out.println("  " + line);
                }
            }
        }
        if (process.waitFor() != 0 || figures.isEmpty()) {
            throw new IllegalStateException("the measurement JVM failed (" + mode + ")");
        }
        return figures;
    }

    /** The java executable of this JVM. */
    private static final class Paths {
        static String java() {
            return java.nio.file.Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
