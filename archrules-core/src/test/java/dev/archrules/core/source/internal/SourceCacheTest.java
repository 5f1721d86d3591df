package dev.archrules.core.source.internal;

import dev.archrules.core.source.SourceIndex;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.source.SourceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facts cache is an object of its own: injectable, parsing each file version once, closable unless shared. */
class SourceCacheTest {

    @TempDir
    Path root;

    private SourceFile file(String name, String code) throws IOException {
        Path path = root.resolve(name + ".java");
        Files.writeString(path, code);
        return SourceFile.inDirectory(path, StandardCharsets.UTF_8);
    }

    @Test
    void a_file_is_parsed_once_per_cache_and_two_caches_do_not_share_entries() throws IOException {
        SourceFile file = file("Orders", "class Orders { String sql = \"select 1\"; }");
        try (SourceCache first = new SourceCache(); SourceCache second = new SourceCache()) {
            SourceCache.Lookup parsed = first.facts(file);
            SourceCache.Lookup cached = first.facts(file);
            SourceCache.Lookup other = second.facts(file);

            assertThat(parsed.parsedNow()).isTrue();
            assertThat(parsed.parsed().facts()).hasValueSatisfying(facts -> assertThat(facts.texts()).hasSize(1));
            assertThat(cached.parsedNow()).as("served from the same cache").isFalse();
            assertThat(cached.parsed()).isEqualTo(parsed.parsed());
            assertThat(other.parsedNow()).as("another cache parses again").isTrue();
        }
    }

    /**
     * A rule on the main thread asks for a file while the workers parse ahead: its parse is queued behind them. A worker
     * that then needs the same file must not wait for that queued parse (every worker waiting, nothing would run it).
     */
    @Test
    void a_worker_needing_a_file_another_thread_queued_parses_it_itself() throws Exception {
        SourceFile file = file("Orders", "class Orders { String sql = \"select 1\"; }");
        try (SourceCache cache = new SourceCache()) {
            Thread asker = new Thread(() -> cache.facts(file)); // not a worker: queues the parse behind the busy workers
            java.util.concurrent.atomic.AtomicBoolean asked = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                    cache.onWorkers(Collections.nCopies(8, file), same -> {
                        if (asked.compareAndSet(false, true)) {
                            asker.start();
                        }
                        try {
                            Thread.sleep(300); // let the asker register the file first
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        if (cache.facts(same).parsed().facts().isPresent()) {
                            found.incrementAndGet();
                        }
                    }));
            asker.join(20_000);
            assertThat(found).hasValue(8);
        }
    }

    @Test
    void concurrent_requests_for_one_file_wait_for_one_parse() throws IOException {
        SourceFile file = file("Orders", "class Orders { String sql = \"select 1\"; }");
        AtomicInteger parses = new AtomicInteger();
        try (SourceCache cache = new SourceCache()) {
            cache.onWorkers(Collections.nCopies(16, file), same -> {
                if (cache.facts(same).parsedNow()) {
                    parses.incrementAndGet();
                }
            });
        }

        assertThat(parses).hasValue(1);
    }

    @Test
    void a_new_version_of_a_file_is_parsed_again() throws IOException {
        SourceFile before = file("Orders", "class Orders { String sql = \"select 1\"; }");
        SourceFile after = file("Orders", "class Orders { String sql = \"select 1\"; String more = \"select 2\"; }");
        try (SourceCache cache = new SourceCache()) {
            cache.facts(before);

            assertThat(after.key()).isNotEqualTo(before.key());
            assertThat(cache.facts(after).parsedNow()).isTrue();
        }
    }

    @Test
    void a_failed_parse_is_cached_as_its_problem() throws IOException {
        SourceFile broken = file("Broken", "class Broken { void m( }");
        try (SourceCache cache = new SourceCache()) {
            SourceCache.Lookup first = cache.facts(broken);

            assertThat(first.parsed().facts()).isEmpty();
            assertThat(first.parsed().problem()).hasValueSatisfying(problem -> assertThat(problem.kind()).isEqualTo(SourceProblem.Kind.SYNTAX_ERROR));
            assertThat(cache.facts(broken)).isEqualTo(new SourceCache.Lookup(first.parsed(), false));
        }
    }

    @Test
    void indexes_share_the_facts_of_the_cache_they_are_given() throws IOException {
        Files.createDirectories(root.resolve("shop"));
        Files.writeString(root.resolve("shop/Queries.java"), "package shop;\nclass Queries { static final String FIND = \"select 1\"; }\n");
        SourceSettings settings = SourceSettings.defaults().withDetectedRoots(false).withRoots(root);
        try (SourceCache cache = new SourceCache(); SourceCache other = new SourceCache()) {
            List<SourceIndex> indexes = List.of(RunSourceIndex.create(settings, cache), RunSourceIndex.create(settings, cache),
                    RunSourceIndex.create(settings, other));

            for (SourceIndex index : indexes) {
                assertThat(index.constantFacts("shop.Queries", "FIND")).hasValueSatisfying(facts ->
                        assertThat(facts.constants()).containsOnlyKeys("shop.Queries.FIND"));
            }
            assertThat(indexes).extracting(index -> index.statistics().filesParsed()).containsExactly(1, 0, 1);
        }
    }

    @Test
    void the_shared_cache_is_one_object_that_cannot_be_closed() {
        assertThat(SourceCache.shared()).isSameAs(SourceCache.shared());
        assertThatThrownBy(() -> SourceCache.shared().close()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_closed_cache_refuses_work() throws IOException {
        SourceFile file = file("Orders", "class Orders { }");
        SourceCache cache = new SourceCache();
        cache.close();

        assertThatThrownBy(() -> cache.facts(file)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
