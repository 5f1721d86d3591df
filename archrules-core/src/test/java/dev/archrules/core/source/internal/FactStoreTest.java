package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.rules.Fixtures;
import dev.archrules.core.source.SourceFacts;
import dev.archrules.core.source.SourceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The source facts store on disk: exact round trips, never a wrong result from a bad entry, bounded, shared by forks. */
class FactStoreTest {

    private static final String HANDLERS = "dev.archrules.fixtures.source.handlers";
    private static final String CREDENTIALS = "dev.archrules.fixtures.source.credentials";

    @TempDir
    Path directory;

    private static List<JavaClass> topLevel(JavaClasses classes) {
        return classes.stream().filter(JavaClass::isTopLevelClass).sorted(java.util.Comparator.comparing(JavaClass::getName)).toList();
    }

    private static List<Path> entries(Path store, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void facts_read_back_from_the_store_are_equal_to_the_facts_parsed_and_a_second_run_parses_nothing() {
        JavaClasses classes = Fixtures.classes(HANDLERS);
        SourceSettings settings = SourceSettings.defaults().withCacheDirectory(directory);
        List<Optional<SourceFacts>> parsed;
        try (SourceCache cold = new SourceCache()) {
            RunSourceIndex index = RunSourceIndex.create(settings, cold);
            parsed = topLevel(classes).stream().map(index::facts).toList();
            assertThat(index.statistics().filesParsed()).isEqualTo(parsed.size());
            assertThat(index.factStore().counts().hits()).isZero();
        }
        try (SourceCache warm = new SourceCache()) { // a fresh JVM's cache: nothing in memory
            RunSourceIndex index = RunSourceIndex.create(settings, warm);
            List<Optional<SourceFacts>> stored = topLevel(classes).stream().map(index::facts).toList();

            assertThat(stored).isEqualTo(parsed);
            assertThat(parsed).allSatisfy(facts -> assertThat(facts).isPresent());
            assertThat(parsed.stream().flatMap(Optional::stream).mapToInt(facts -> facts.methods().size()).sum()).isGreaterThan(20);
            assertThat(index.statistics().filesParsed()).as("every file from the store").isZero();
            assertThat(index.factStore().counts().hits()).isEqualTo(parsed.size());
        }
    }

    @Test
    void scans_read_back_from_the_store_admit_what_the_scans_of_the_text_admit() throws IOException {
        String code = Files.readString(Path.of("src/test/java/dev/archrules/fixtures/source/credentials/PaymentSettings.java"));
        SourceScan scan = SourceScan.of(code);
        FactStore store = FactStore.at(directory, FactStore.DEFAULT_MAX_BYTES);
        String key = FactStore.keyOf(code);
        store.putScan(key, scan);

        SourceScan stored = store.scan(key).orElseThrow();

        assertThat(stored.values()).isEqualTo(scan.values()).isNotEmpty();
        assertThat(stored.boundNames()).isEqualTo(scan.boundNames());
        assertThat(stored.argumentCalls()).isEqualTo(scan.argumentCalls());
        assertThat(stored.constantUses()).isEqualTo(scan.constantUses());
        assertThat(stored.declaredConstants()).isEqualTo(scan.declaredConstants());
        assertThat(stored.constantValues()).isEqualTo(scan.constantValues());
        assertThat(stored.imports()).isEqualTo(scan.imports());
    }

    @Test
    void strings_round_trip_exactly_unpaired_surrogates_and_long_text_blocks_included() {
        String lone = "a\uD800b";
        String block = "x".repeat(100_000);
        SourceFacts facts = new SourceFacts("A.java", List.of(
                new SourceFacts.Text("p.A", "m", 3, List.of(new SourceFacts.Literal(lone), new SourceFacts.Hole(),
                        new SourceFacts.ConstantRef(List.of("p.B", "p.A"), "URL", "B.URL")), "password", true, "setUrl",
                        new SourceFacts.Argument("connect", false, 1, 3, "acme.pool-size"), true),
                new SourceFacts.Text("p.A", "<clinit>", 9, List.of(new SourceFacts.Literal(block)), null, false, null)),
                java.util.Map.of("p.A.URL", List.of(new SourceFacts.Literal("http://x"))),
                List.of(new SourceFacts.Method("p.A", "get", 2, 10, 30, 7, 3, java.util.Set.of("fail", "wrap"),
                        List.of(new SourceFacts.Alternatives(List.of(new SourceFacts.Branch(12, 14), new SourceFacts.Branch(16, 20),
                                new SourceFacts.Branch(22, 22)))), 2, List.of("id", "owner"),
                        List.of(new SourceFacts.SelfCall("grant", List.of("owner", "")), new SourceFacts.SelfCall("audit", List.of())))));
        FactStore store = FactStore.at(directory, FactStore.DEFAULT_MAX_BYTES);
        store.putFacts("ab" + "0".repeat(62), facts);

        assertThat(store.facts("ab" + "0".repeat(62), "elsewhere/A.java"))
                .contains(new SourceFacts("elsewhere/A.java", facts.texts(), facts.constants(), facts.methods()));
    }

    @Test
    void a_corrupt_truncated_or_foreign_entry_is_ignored_deleted_and_rebuilt_never_read() throws IOException {
        JavaClasses classes = Fixtures.classes(CREDENTIALS);
        SourceSettings settings = SourceSettings.defaults().withCacheDirectory(directory);
        Optional<SourceFacts> parsed;
        try (SourceCache cache = new SourceCache()) {
            parsed = RunSourceIndex.create(settings, cache).facts(topLevel(classes).get(0));
        }
        Path entry = entries(directory, ".facts").get(0);
        byte[] good = Files.readAllBytes(entry);

        for (byte[] bad : List.of(flipped(good, good.length / 2), java.util.Arrays.copyOf(good, good.length - 9),
                "not an entry".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            Files.write(entry, bad);
            try (SourceCache cache = new SourceCache()) {
                RunSourceIndex index = RunSourceIndex.create(settings, cache);

                assertThat(index.facts(topLevel(classes).get(0))).isEqualTo(parsed);
                assertThat(index.statistics().filesParsed()).as("parsed again").isEqualTo(1);
                assertThat(index.factStore().counts().discarded()).isEqualTo(1);
            }
            assertThat(Files.readAllBytes(entry)).as("rebuilt").isEqualTo(good);
        }
    }

    @Test
    void an_entry_whose_checksum_holds_but_whose_payload_does_not_decode_is_discarded_not_thrown() throws IOException {
        String key = "ef" + "2".repeat(62);
        java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(payload)) {
            out.writeInt(Integer.MAX_VALUE); // "texts": more than any entry holds
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(payload.toByteArray());
        Path file = directory.resolve("ef").resolve("2".repeat(62) + ".facts");
        Files.createDirectories(file.getParent());
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(0x41524346);
            out.writeInt(FactStore.FORMAT);
            out.writeByte('F');
            out.writeUTF(key);
            out.writeInt(payload.size());
            out.write(payload.toByteArray());
            out.writeLong(crc.getValue());
        }
        FactStore store = FactStore.at(directory, FactStore.DEFAULT_MAX_BYTES);

        assertThat(store.facts(key, "A.java")).isEmpty();
        assertThat(store.counts()).isEqualTo(new FactStore.Counts(0, 1, 1));
        assertThat(file).doesNotExist();
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5a;
        return copy;
    }

    @Test
    void the_store_is_pruned_to_three_quarters_of_its_limit_oldest_entries_first() throws IOException {
        FactStore store = FactStore.at(directory, FactStore.DEFAULT_MAX_BYTES);
        for (int i = 0; i < 10; i++) {
            String key = String.format("%02d", i) + "f".repeat(62);
            store.putFacts(key, new SourceFacts("A.java", List.of(), java.util.Map.of(),
                    List.of(new SourceFacts.Method("p.A", "x".repeat(500), 0, 1, 2, 0, 0))));
            Files.setLastModifiedTime(directory.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".facts"),
                    FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long one = Files.size(entries(directory, ".facts").get(0));

        FactStore.at(directory, one * 4);

        assertThat(entries(directory, ".facts")).extracting(path -> path.getParent().getFileName().toString())
                .as("the three newest, within three quarters of four entries").containsExactly("07", "08", "09");
    }

    @Test
    void forks_writing_one_key_at_once_leave_one_good_entry_and_no_temporary_files() throws IOException {
        SourceFacts facts = new SourceFacts("A.java", List.of(), java.util.Map.of(),
                List.of(new SourceFacts.Method("p.A", "m", 0, 1, 2, 3, 4)));
        FactStore store = FactStore.at(directory, FactStore.DEFAULT_MAX_BYTES);
        String key = "cd" + "1".repeat(62);
        try (SourceCache workers = new SourceCache()) {
            workers.onWorkers(Collections.nCopies(32, key), same -> store.putFacts(same, facts));
        }

        assertThat(store.facts(key, "A.java")).contains(facts);
        assertThat(entries(directory, ".part")).isEmpty();
        assertThat(entries(directory, ".facts")).hasSize(1);
    }

    @Test
    void without_a_directory_the_store_is_chosen_in_the_build_directory_of_the_classes_and_can_be_switched_off() {
        JavaClass handler = topLevel(Fixtures.classes(HANDLERS)).get(0);
        try (SourceCache cache = new SourceCache()) {
            RunSourceIndex byDefault = RunSourceIndex.create(SourceSettings.defaults(), cache);
            byDefault.facts(handler);
            RunSourceIndex off = RunSourceIndex.create(SourceSettings.defaults().withCache(false), cache);
            off.facts(handler);

            assertThat(byDefault.factStore().directory()).contains(Path.of("target", "archrules-cache").toAbsolutePath());
            assertThat(off.factStore().enabled()).isFalse();
        }
    }

    @Test
    void the_key_changes_with_the_code_that_extracts_facts_so_a_changed_build_never_reads_an_earlier_builds_facts() throws IOException {
        Path build = directory.resolve("classes");
        Path extractor = build.resolve("dev/archrules/core/source/internal/FactExtractor.class");
        Files.createDirectories(extractor.getParent());
        Files.writeString(build.resolve("dev/archrules/core/Unrelated.class"), "other code");
        Files.writeString(extractor, "extraction 1");
        String first = FactStore.codeFingerprint(build, "0.1.0-SNAPSHOT", "javaparser-core-3.26.4.jar");
        Files.writeString(build.resolve("dev/archrules/core/Unrelated.class"), "other code, changed");
        String unrelatedChanged = FactStore.codeFingerprint(build, "0.1.0-SNAPSHOT", "javaparser-core-3.26.4.jar");
        Files.writeString(extractor, "extraction 2");
        String extractionChanged = FactStore.codeFingerprint(build, "0.1.0-SNAPSHOT", "javaparser-core-3.26.4.jar");

        assertThat(unrelatedChanged).isEqualTo(first);
        assertThat(extractionChanged).isNotEqualTo(first);
        assertThat(FactStore.codeFingerprint(build, "0.1.0-SNAPSHOT", "javaparser-core-3.27.0.jar")).isNotEqualTo(extractionChanged);
        assertThat(FactStore.codeFingerprint(build, "0.2.0", "javaparser-core-3.26.4.jar")).isNotEqualTo(extractionChanged);

        Path jar = directory.resolve("archrules-core.jar");
        List<String> fromJars = new java.util.ArrayList<>();
        for (String content : List.of("extraction 1", "extraction 2")) {
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
                out.putNextEntry(new java.util.zip.ZipEntry("dev/archrules/core/source/internal/FactExtractor.class"));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            fromJars.add(FactStore.codeFingerprint(jar, "0.1.0", "javaparser-core-3.26.4.jar"));
        }
        assertThat(fromJars.get(1)).as("a jar whose extraction changed").isNotEqualTo(fromJars.get(0));
        assertThat(FactStore.codeFingerprint()).as("this build's").hasSize(64).isEqualTo(FactStore.codeFingerprint());
    }

    @Test
    void a_different_text_is_a_different_key_and_the_key_names_the_format() {
        assertThat(FactStore.keyOf("class A {}")).isNotEqualTo(FactStore.keyOf("class A { }")).hasSize(64)
                .isEqualTo(FactStore.keyOf("class A {}"));
    }
}
