package dev.archrules.core.baseline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers in several threads and in a second JVM update one baseline at the same time: every write
 * survives and the file stays well-formed, because each read-change-write holds the lock.
 */
class BaselineConcurrencyTest {

    static final String RULE = "controllers.no-data-access";
    static final Set<String> RULES = Set.of(RULE);
    private static final int PER_WRITER = 15;

    @TempDir
    Path dir;

    @Test
    void threads_and_a_second_jvm_writing_the_same_baseline_lose_nothing() throws Exception {
        Path file = dir.resolve("archrules-baseline.txt");
        Process otherJvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BaselineWriterMain.class.getName(),
                file.toString(), "jvm", String.valueOf(PER_WRITER))
                .redirectErrorStream(true)
                .start();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = "thread" + t;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_WRITER; i++) {
                    BaselineFile.update(file, RULES, Set.of(), BaselineWriterMain.adding(prefix + "-" + i));
                }
                return null;
            }));
        }
        var childOutput = new java.io.BufferedReader(new java.io.InputStreamReader(otherJvm.getInputStream()));
        assertThat(childOutput.readLine()).as("the second JVM is up before the threads start").isEqualTo("ready");
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        String output = childOutput.lines().collect(java.util.stream.Collectors.joining("\n"));
        assertThat(otherJvm.waitFor()).as("second JVM exit code; output: %s", output).isZero();

        List<String> keys = BaselineFile.read(file, RULES, Set.of()).entries().stream().map(BaselineEntry::key).toList();
        List<String> expected = new ArrayList<>();
        IntStream.range(0, threads).forEach(t -> IntStream.range(0, PER_WRITER).forEach(i -> expected.add("thread" + t + "-" + i)));
        IntStream.range(0, PER_WRITER).forEach(i -> expected.add("jvm-" + i));
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected).isSorted();
        assertThat(leftovers()).as("no temporary files left beside the baseline").isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(path -> !path.getFileName().toString().equals("archrules-baseline.txt")).toList();
        }
    }
}
