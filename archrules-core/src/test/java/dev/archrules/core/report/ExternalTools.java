package dev.archrules.core.report;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The programs the browser and Mermaid tests drive: Chromium, node, and the npm packages of {@code src/test/mermaid}
 * (installed with {@code npm ci} from its lock file when missing). A missing program skips the test locally and fails it
 * on CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
final class ExternalTools {

    /** The node scripts and their {@code package.json}. */
    static final Path SCRIPTS = Path.of("src/test/mermaid");

    /** What a command printed (standard output and error) and its exit code. */
    record Result(int exit, String output) {
    }

    private ExternalTools() {
    }

    /** The exit code and output of the command, which must end within {@code minutes}; null when the program is not found. */
    static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notFound) {
            return null;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(minutes, TimeUnit.MINUTES)).as(String.join(" ", command) + " ends").isTrue();
        return new Result(process.exitValue(), output);
    }

    /** Chromium from the {@code PATH} ({@code chromium}, {@code chromium-browser} or {@code google-chrome}). */
    static Optional<Path> chromium() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(entry -> Stream.of("chromium", "chromium-browser", "google-chrome").map(name -> Path.of(entry, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Skips the test locally, or fails it on CI, when {@code present} is false. */
    static void require(boolean present, String message) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " — on CI this is an error: .ci/run installs it");
        }
        Assumptions.abort(message);
    }

    /** node is there (else the test is skipped locally, failed on CI) and the npm packages with {@code module} are installed. */
    static void requireNodeWith(String module) throws IOException, InterruptedException {
        require(run(List.of("node", "--version"), 1) != null, "node is not installed (apt-get install -y nodejs npm)");
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(module))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", SCRIPTS.toString()), 5);
            assertThat(install).as("npm ci in " + SCRIPTS).isNotNull();
            assertThat(install.exit()).as(install.output()).isZero();
        }
    }
}
