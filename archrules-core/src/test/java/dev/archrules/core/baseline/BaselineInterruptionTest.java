package dev.archrules.core.baseline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM writing the baseline over and over is killed ({@code destroyForcibly}, SIGKILL on POSIX) at random points,
 * round after round: the file is always either the old or the new contents, never partial, and the next write
 * leaves nothing behind (no temporary file, no lock).
 */
class BaselineInterruptionTest {

    private static final int ROUNDS = 30;
    private static final int ENTRIES = 500;
    private static final long SEED = 13;

    /** Only what the writer needs (archrules' classes and these tests'), so that each of the many JVMs starts fast. */
    private static final String CLASS_PATH = location(BaselineFile.class) + java.io.File.pathSeparator + location(BaselineKillMain.class);

    @TempDir
    Path dir;

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_writer_killed_at_random_points_leaves_the_old_or_the_new_file_and_the_next_write_cleans_up() throws Exception {
        Path file = dir.resolve("archrules-baseline.txt");
        byte[] a = BaselineKillMain.contents('A', ENTRIES).render();
        byte[] b = BaselineKillMain.contents('B', ENTRIES).render();
        Files.write(file, a);
        Random random = new Random(SEED);
        int roundsWithLeftovers = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", CLASS_PATH,
                    BaselineKillMain.class.getName(), file.toString(), String.valueOf(ENTRIES))
                    .redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).as("round %d: the writer is writing", round).isEqualTo("ready");
            Thread.sleep(random.nextInt(60));
            writer.destroyForcibly().waitFor();

            byte[] left = Files.readAllBytes(file);
            assertThat(Arrays.equals(left, a) || Arrays.equals(left, b))
                    .as("round %d: the baseline is the old or the new contents (%d bytes; A has %d, B %d)", round, left.length, a.length, b.length)
                    .isTrue();
            if (others(file).size() > 0) {
                roundsWithLeftovers++;
            }
            // the next run: any write (here one that changes nothing) removes what the killed one left
            BaselineFile.update(file, BaselineKillMain.RULES, Set.of(), contents -> contents);
            assertThat(others(file)).as("round %d: nothing left beside the baseline", round).isEmpty();
            assertThat(Files.readAllBytes(file)).isIn(a, b);
        }
        assertThat(roundsWithLeftovers).as("kills landed inside writes (a lock or a temporary file was left)").isPositive();
    }

    private List<String> others(Path file) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> !path.equals(file)).map(path -> path.getFileName().toString()).toList();
        }
    }
}
