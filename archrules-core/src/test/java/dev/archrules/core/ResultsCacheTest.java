package dev.archrules.core;

import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.internal.io.EntryStore;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.Reports;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The results cache keeps everything a run's reports need and never gives a wrong result: an evaluation read back
 * renders every report byte for byte as the one kept; an entry that is corrupt, truncated, of another format or of
 * another checklist is ignored and deleted; parallel writers never leave half an entry; the key follows contents.
 */
class ResultsCacheTest {

    /** Every fixture at once: tangles (details), call paths (flows), folded findings, generated code, modules, sources. */
    private static final String ALL = "dev.archrules.fixtures";
    private static BackendChecklist checklist;
    private static Evaluation evaluation;

    @TempDir
    Path directory;

    @BeforeAll
    static void evaluateEveryFixture() {
        checklist = configured();
        evaluation = checklist.evaluation(new ClassImport(Fixtures.classes(ALL), dev.archrules.core.model.ImportCompleteness.complete("")));
    }

    /** Every rule, and a source root that does not exist: a source problem that makes the run incomplete. */
    private static BackendChecklist configured() {
        return BackendChecklist.forBasePackage(ALL).withSourceRoots(Path.of("target", "no-such-source-root"));
    }

    private static RunKey key(String name) {
        return RunKey.builder("test").text("name", name).build();
    }

    private Path entry(RunKey key) {
        return directory.resolve(key.digest().substring(0, 2)).resolve(key.digest().substring(2) + ".result");
    }

    @Test
    void an_evaluation_read_back_renders_every_report_byte_for_byte() {
        ChecklistResult kept = evaluation.result();
        // what makes the round trip worth testing: every kind of field a finding or a run can carry
        assertThat(kept.violations()).anyMatch(violation -> !violation.details().isEmpty());
        assertThat(kept.violations()).anyMatch(violation -> !violation.flow().isEmpty());
        assertThat(evaluation.folded()).isNotEmpty();
        assertThat(kept.rules()).anyMatch(rule -> !rule.reportedElsewhere().isEmpty());
        assertThat(kept.rules()).anyMatch(rule -> rule.note().isPresent() || rule.classesInScope() > 0);
        assertThat(kept.generatedClasses()).isPositive();
        assertThat(kept.moduleGraph().modules()).hasSizeGreaterThan(1);
        assertThat(kept.sourceProblems()).isNotEmpty();
        assertThat(kept.completeness().unreadFiles()).isNotEmpty();

        ResultsCache cache = ResultsCache.at(directory);
        cache.keep(key("all"), Map.of("preset", "core"), checklist, evaluation);
        ResultsCache.Hit hit = ResultsCache.at(directory).find(key("all")).orElseThrow();
        Evaluation read = hit.evaluationFor(configured()).orElseThrow();

        assertThat(hit.notes()).containsExactly(Map.entry("preset", "core"));
        assertThat(read.result().violations()).isEqualTo(kept.violations());
        assertThat(read.folded()).isEqualTo(evaluation.folded());
        assertThat(read.result().sourceProblems()).isEqualTo(kept.sourceProblems());
        assertThat(read.result().completeness()).isEqualTo(kept.completeness());
        assertThat(read.result().moduleGraph().moduleOfClass()).isEqualTo(kept.moduleGraph().moduleOfClass());
        Reports reports = Reports.into(directory.resolve("unused"));
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(reports.render(read.result().reportModel(), format)).as(format.argument())
                    .isEqualTo(reports.render(kept.reportModel(), format));
        }
        assertThat(read.result().report()).isEqualTo(kept.report());
    }

    @Test
    void the_baseline_is_applied_after_the_cache_so_new_baselined_and_fixed_are_those_of_the_reading_run() throws IOException {
        ResultsCache.at(directory).keep(key("baseline"), Map.of(), checklist, evaluation);
        Violation accepted = evaluation.result().violations().get(0);
        List<String> entries = new ArrayList<>(List.of(accepted.ruleId() + " | " + accepted.key() + " | 1",
                accepted.ruleId() + " | gone.Class -> gone.Other | 1"));
        entries.sort(null);
        Path file = Files.writeString(directory.resolve("baseline.txt"), "# archrules baseline v1\n" + String.join("\n", entries) + "\n");
        BackendChecklist withBaseline = configured().withBaseline(file);

        Evaluation read = ResultsCache.at(directory).find(key("baseline")).orElseThrow().evaluationFor(withBaseline).orElseThrow();
        ChecklistResult fromCache = withBaseline.run(read);
        ChecklistResult direct = withBaseline.run(evaluation);

        assertThat(fromCache.rules().stream().flatMap(rule -> rule.baselined().stream())).contains(accepted);
        // the kept run is incomplete (a source root is missing): read from the cache or not, it reports nothing fixed
        assertThat(fromCache.incomplete()).isTrue();
        assertThat(fromCache.fixed()).isEmpty();
        assertThat(fromCache.baseline()).isPresent();
        assertThat(fromCache.report()).isEqualTo(direct.report());
    }

    @Test
    void an_entry_of_a_checklist_configured_otherwise_is_discarded() {
        ResultsCache.at(directory).keep(key("other"), Map.of(), checklist, evaluation);

        Optional<Evaluation> read = ResultsCache.at(directory).find(key("other")).orElseThrow()
                .evaluationFor(configured().withMaxEndpointsPerController(3));

        assertThat(read).isEmpty();
        assertThat(entry(key("other"))).doesNotExist();
        assertThatThrownBy(() -> configured().withoutRules("packages.no-cycles").run(evaluation))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this checklist runs");
    }

    @Test
    void corrupt_truncated_and_other_format_entries_are_ignored_deleted_and_rebuilt() throws IOException {
        ResultsCache cache = ResultsCache.at(directory);
        RunKey key = key("corrupt");
        cache.keep(key, Map.of(), checklist, evaluation);
        byte[] good = Files.readAllBytes(entry(key));

        List<byte[]> damaged = new ArrayList<>();
        damaged.add(java.util.Arrays.copyOf(good, good.length / 2)); // truncated
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20; // a bit flipped in the payload
        damaged.add(flipped);
        byte[] otherFormat = good.clone();
        ByteBuffer.wrap(otherFormat).putInt(4, ResultsCache.FORMAT + 1);
        damaged.add(otherFormat);
        damaged.add("not an entry".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        damaged.add(new byte[0]);
        for (byte[] bytes : damaged) {
            Files.write(entry(key), bytes);
            assertThat(ResultsCache.at(directory).find(key)).isEmpty();
            assertThat(entry(key)).doesNotExist();
        }
        // a payload that passes the checksum but does not decode: a rule the checklist does not have
        ResultsCache.at(directory).keep(key, Map.of(), checklist, evaluation);
        assertThat(ResultsCache.at(directory).find(key).orElseThrow().evaluationFor(configured()
                .withoutRules("packages.no-cycles"))).isEmpty();
        assertThat(entry(key)).doesNotExist();

        cache.keep(key, Map.of(), checklist, evaluation);
        assertThat(Files.readAllBytes(entry(key))).isEqualTo(good);
        assertThat(ResultsCache.at(directory).find(key).orElseThrow().evaluationFor(checklist)).isPresent();
    }

    @Test
    void parallel_writers_and_readers_never_see_half_an_entry() throws Exception {
        RunKey key = key("parallel");
        String expected = evaluation.result().report();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<String>>> outcomes = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                boolean writer = i % 2 == 0;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    if (writer) {
                        ResultsCache.at(directory).keep(key, Map.of(), checklist, evaluation);
                        return Optional.<String>empty();
                    }
                    return ResultsCache.at(directory).find(key).flatMap(hit -> hit.evaluationFor(checklist)).map(read -> read.result().report());
                }));
            }
            start.countDown();
            for (Future<Optional<String>> outcome : outcomes) {
                outcome.get().ifPresent(report -> assertThat(report).isEqualTo(expected));
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .singleElement().asString().endsWith(".result");
        }
    }

    @Test
    void results_and_source_facts_share_one_bound_the_least_recently_used_deleted_first() throws IOException {
        EntryStore.Kind facts = new EntryStore.Kind(1, 1, (byte) 'F', ".facts");
        EntryStore.Kind results = new EntryStore.Kind(2, 1, (byte) 'R', ".result");
        EntryStore store = EntryStore.at(directory, 1);
        byte[] payload = new byte[10_000];
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = String.format("%064x", i);
            EntryStore.Kind kind = i % 2 == 0 ? facts : results;
            store.write(key, kind, out -> out.write(payload));
            written.add(store.file(key, kind));
            Files.setLastModifiedTime(written.get(i), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long one = Files.size(written.get(0));

        EntryStore.at(directory, one * 4).prune();

        assertThat(written.subList(0, 5)).allMatch(Files::notExists);
        assertThat(written.subList(5, 8)).allMatch(Files::exists);
    }

    @Test
    void the_key_follows_contents_not_names_sizes_or_times() throws IOException {
        Path classes = Files.createDirectories(directory.resolve("classes/com/acme"));
        Path file = Files.write(classes.resolve("A.class"), new byte[]{1, 2, 3});
        FileTime time = Files.getLastModifiedTime(file);
        String before = RunKey.builder("test").tree("classes", directory.resolve("classes")).build().digest();

        Files.write(file, new byte[]{1, 2, 4}); // same size
        Files.setLastModifiedTime(file, time); // same time
        String changed = RunKey.builder("test").tree("classes", directory.resolve("classes")).build().digest();
        Files.write(file, new byte[]{1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        String touched = RunKey.builder("test").tree("classes", directory.resolve("classes")).build().digest();
        Files.write(classes.resolve("B.class"), new byte[0]);
        String added = RunKey.builder("test").tree("classes", directory.resolve("classes")).build().digest();

        assertThat(changed).isNotEqualTo(before);
        assertThat(touched).as("only touched").isEqualTo(before);
        assertThat(added).isNotEqualTo(before);
        assertThat(RunKey.builder("test").tree("sources", directory.resolve("missing")).build())
                .isNotEqualTo(RunKey.builder("test").tree("sources", Files.createDirectories(directory.resolve("missing"))).build());
        assertThat(RunKey.builder("test").texts("setting", Map.of("a", "1", "b", "2")).build())
                .isEqualTo(RunKey.builder("test").texts("setting", new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))).build())
                .isNotEqualTo(RunKey.builder("test").texts("setting", Map.of("a", "1", "b", "3")).build());
        assertThat(RunKey.builder("one").build()).isNotEqualTo(RunKey.builder("two").build());
    }

    @Test
    void the_key_holds_the_archrules_build_the_entry_point_runs_on() throws IOException {
        RunKey.Builder core = RunKey.builder("test").archrulesBuild(ResultsCacheTest.class);
        // the same build, the same key; the entry point's code in another place (another jar) is another key
        assertThat(RunKey.builder("test").archrulesBuild(ResultsCacheTest.class).build()).isEqualTo(core.build());
        assertThat(RunKey.builder("test").archrulesBuild(org.junit.jupiter.api.Test.class).build())
                .isNotEqualTo(RunKey.builder("test").archrulesBuild(ResultsCacheTest.class).build());
    }
}
