package dev.archrules.core.baseline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The file format: round trips, comments, CRLF, and every kind of corrupt input failing with file:line. */
class BaselineFileTest {

    private static final Set<String> KNOWN = Set.of("controllers.no-data-access", "packages.no-cycles", "modules.own-their-data");

    private static final String FILE = """
            # archrules baseline v1
            # accepted at adoption, see docs/baseline.md

            # JIRA-12, owner: team-orders
            controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo | 2
            modules.own-their-data | com.acme.billing.X -> com.acme.orders.Order | 1
            # cycle owned by platform
            packages.no-cycles | com.acme.a, com.acme.b | 1
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reads_entries_with_the_comments_directly_above_them_and_renders_them_sorted() throws IOException {
        BaselineFile.Contents contents = BaselineFile.read(write("b.txt", FILE), KNOWN, Set.of());

        assertThat(contents.preamble()).containsExactly("# accepted at adoption, see docs/baseline.md");
        assertThat(contents.entries()).containsExactly(
                new BaselineEntry("controllers.no-data-access", "com.acme.web.A -> com.acme.db.Repo", 2, List.of("# JIRA-12, owner: team-orders")),
                BaselineEntry.of("modules.own-their-data", "com.acme.billing.X -> com.acme.orders.Order", 1),
                new BaselineEntry("packages.no-cycles", "com.acme.a, com.acme.b", 1, List.of("# cycle owned by platform")));
        assertThat(new String(contents.render(), StandardCharsets.UTF_8)).isEqualTo(FILE);
    }

    @Test
    void writing_twice_gives_byte_identical_output_and_an_unchanged_file_is_not_rewritten() throws IOException {
        Path file = write("b.txt", FILE);
        BaselineFile.update(file, KNOWN, Set.of(), contents -> contents);
        byte[] first = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        BaselineFile.update(file, KNOWN, Set.of(), contents -> contents);

        assertThat(Files.readAllBytes(file)).isEqualTo(first).isEqualTo(FILE.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void unsorted_entries_are_sorted_on_write_and_comments_travel_with_their_entry() throws IOException {
        Path file = write("b.txt", """
                # archrules baseline v1

                # about the cycle
                packages.no-cycles | com.acme.a, com.acme.b | 1
                controllers.no-data-access | com.acme.web.B -> x.Y | 1
                # trailing note
                """);

        BaselineFile.update(file, KNOWN, Set.of(), contents -> contents);

        assertThat(Files.readString(file)).isEqualTo("""
                # archrules baseline v1

                controllers.no-data-access | com.acme.web.B -> x.Y | 1
                # about the cycle
                packages.no-cycles | com.acme.a, com.acme.b | 1
                # trailing note
                """);
    }

    @Test
    void crlf_is_accepted_on_read_and_only_normalised_by_an_explicit_write() throws IOException {
        Path file = write("b.txt", FILE.replace("\n", "\r\n"));

        BaselineFile.Contents contents = BaselineFile.read(file, KNOWN, Set.of());

        assertThat(contents.entries()).hasSize(3);
        assertThat(contents.entries().get(0).comments()).containsExactly("# JIRA-12, owner: team-orders");
        assertThat(Files.readString(file)).as("reading leaves the file alone").contains("\r\n");
        BaselineFile.update(file, KNOWN, Set.of(), c -> c);
        assertThat(Files.readString(file)).isEqualTo(FILE);
    }

    @Test
    void merge_conflict_markers_fail_with_each_line_and_leave_the_file_untouched() throws IOException {
        String text = """
                # archrules baseline v1

                <<<<<<< HEAD
                controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo | 2
                =======
                controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo | 3
                >>>>>>> feature
                """;
        Path file = write("b.txt", text);

        BaselineException failure = catchThrowableOfType(BaselineException.class,
                () -> BaselineFile.update(file, KNOWN, Set.of(), c -> c));

        assertThat(failure.problems()).containsExactly(
                file + ":3: merge-conflict marker '<<<<<<<' — resolve the conflict: keep the entries of both sides, one line each, and remove the markers",
                file + ":5: merge-conflict marker '=======' — resolve the conflict: keep the entries of both sides, one line each, and remove the markers",
                file + ":6: duplicate entry 'controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo' (also on line 4) — keep one line and add the counts",
                file + ":7: merge-conflict marker '>>>>>>>' — resolve the conflict: keep the entries of both sides, one line each, and remove the markers");
        assertThat(failure).hasMessageStartingWith("archrules baseline " + file + " cannot be used (4 problems; the file was not changed):");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void malformed_lines_fail_with_file_and_line() throws IOException {
        Path file = write("b.txt", """
                # archrules baseline v1

                controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo
                controllers.no-data-access | com.acme.web.B -> com.acme.db.Repo | 0
                controllers.no-data-access | com.acme.web.C -> com.acme.db.Repo | two
                 | com.acme.web.D | 1
                """);

        assertThatThrownBy(() -> BaselineFile.read(file, KNOWN, Set.of()))
                .isInstanceOf(BaselineException.class)
                .extracting(e -> ((BaselineException) e).problems())
                .asList()
                .containsExactly(
                        file + ":3: malformed line 'controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo' — expected 'ruleId | key | count'",
                        file + ":4: malformed line 'controllers.no-data-access | com.acme.web.B -> com.acme.db.Repo | 0' — expected 'ruleId | key | count' with a count of at least 1",
                        file + ":5: malformed line 'controllers.no-data-access | com.acme.web.C -> com.acme.db.Repo | two' — expected 'ruleId | key | count' with a count of at least 1",
                        file + ":6: malformed line ' | com.acme.web.D | 1' — expected 'ruleId | key | count' with a count of at least 1");
    }

    @Test
    void unknown_header_versions_and_missing_headers_fail_on_line_one() throws IOException {
        Path v2 = write("v2.txt", "# archrules baseline v2\n\n");
        Path none = write("none.txt", "controllers.no-data-access | a -> b | 1\n");

        assertThatThrownBy(() -> BaselineFile.read(v2, KNOWN, Set.of()))
                .hasMessageContaining(v2 + ":1: unknown baseline version v2; this archrules reads v1");
        assertThatThrownBy(() -> BaselineFile.read(none, KNOWN, Set.of()))
                .hasMessageContaining(none + ":1: missing header '# archrules baseline v1'");
    }

    @Test
    void entries_of_unknown_rules_are_reported_as_orphaned_and_never_baselined_rules_may_not_appear() throws IOException {
        Path file = write("b.txt", """
                # archrules baseline v1

                controllers.no-sql | com.acme.web.A -> java.sql.Connection | 1
                packages.no-cycles | com.acme.a, com.acme.b | 1
                """);

        assertThatThrownBy(() -> BaselineFile.read(file, KNOWN, Set.of("packages.no-cycles")))
                .isInstanceOf(BaselineException.class)
                .extracting(e -> ((BaselineException) e).problems())
                .asList()
                .containsExactly(
                        file + ":3: orphaned entry: rule 'controllers.no-sql' is not part of the checklist — remove the line, or rename the id if the rule was renamed",
                        file + ":4: rule 'packages.no-cycles' may not be baselined — fix the violation and remove the line");
    }

    @Test
    void a_missing_file_says_how_to_create_it() {
        Path file = dir.resolve("missing.txt");

        assertThatThrownBy(() -> BaselineFile.read(file, KNOWN, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("archrules baseline " + file + " does not exist; create it from the current violations with"
                        + " mvn test -Darchrules.baseline.mode=init, review it and commit it");
    }

    @Test
    void keys_that_cannot_be_written_are_refused_before_anything_is_written() throws IOException {
        Path file = write("b.txt", FILE);

        assertThatThrownBy(() -> BaselineFile.update(file, KNOWN, Set.of(), c -> Optional.of(c.orElseThrow().withEntries(
                List.of(BaselineEntry.of("controllers.no-data-access", "two\nlines", 1))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key 'two\nlines' of controllers.no-data-access cannot be written to a baseline (blank, padded or multi-line)");
        assertThat(Files.readString(file)).isEqualTo(FILE);
    }
}
