package dev.archrules.core;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source facts cache on disk changes nothing a run finds: the same violations without it, with it cold and with it
 * warm. Each run touches the source files first, so that the JVM's cache in memory (keyed by file time) misses and
 * the facts come from the store on disk, as in a fresh JVM.
 */
class SourceCacheRunTest {

    private static final String HANDLERS = "dev.archrules.fixtures.source.handlers";

    @TempDir
    Path sources;

    @TempDir
    Path store;

    private long time = System.currentTimeMillis();

    private void copyAndTouchSources() throws IOException {
        Path from = Path.of("src/test/java").resolve(HANDLERS.replace('.', '/'));
        Path to = sources.resolve(HANDLERS.replace('.', '/'));
        Files.createDirectories(to);
        time += 60_000;
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(file.getFileName().toString());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(copy, FileTime.fromMillis(time));
            }
        }
    }

    private List<Violation> run(BackendChecklist checklist) throws IOException {
        copyAndTouchSources();
        return checklist.withSourceRoots(sources).evaluate(Fixtures.classes(HANDLERS)).violations();
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(file -> file.toString().endsWith(".facts")).toList();
        }
    }

    @Test
    void the_same_violations_without_the_store_with_it_cold_and_with_it_warm() throws IOException {
        BackendChecklist checklist = BackendChecklist.forBasePackage(HANDLERS);

        List<Violation> without = run(checklist.withoutSourceCache());
        assertThat(entries()).isEmpty();
        List<Violation> cold = run(checklist.withSourceCache(store));
        List<Path> written = entries();
        long beforeWarm = System.currentTimeMillis() - 1_000;
        for (Path entry : written) {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(beforeWarm - 60_000));
        }
        List<Violation> warm = run(checklist.withSourceCache(store));

        assertThat(without).extracting(Violation::ruleId).contains(CoreRules.CONTROLLERS_THIN_HANDLERS);
        assertThat(cold).isEqualTo(without);
        assertThat(warm).isEqualTo(without);
        assertThat(written).as("the parsed handler files").hasSizeGreaterThan(5);
        assertThat(entries()).isEqualTo(written);
        for (Path entry : written) {
            assertThat(Files.getLastModifiedTime(entry).toMillis()).as("read by the warm run: " + entry).isGreaterThanOrEqualTo(beforeWarm);
        }
    }
}
