package dev.archrules.core.baseline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Entry ids, change lines and corrupt-file problems as records: their order, their text, and parsing round trips. */
class BaselineRecordsTest {

    private static final Set<String> KNOWN = Set.of("controllers.no-data-access", "modules.own-their-data", "packages.no-cycles");

    @TempDir
    Path dir;

    @Test
    void entry_ids_are_written_as_rule_id_and_key_and_ordered_by_rule_id_then_key() {
        EntryId a = new EntryId("controllers.no-data-access", "com.acme.web.B -> x.Y");
        EntryId b = new EntryId("controllers.no-data-access", "com.acme.web.B -> x.Y extra");
        EntryId c = new EntryId("controllers.no-data-access-2", "com.acme.web.A -> x.Y");
        EntryId d = new EntryId("modules.own-their-data", "com.acme.a -> com.acme.b");
        List<EntryId> ids = new ArrayList<>(List.of(d, c, b, a));

        Collections.sort(ids);

        assertThat(ids).containsExactly(a, b, c, d);
        assertThat(a).hasToString("controllers.no-data-access | com.acme.web.B -> x.Y");
        assertThat(BaselineEntry.of("modules.own-their-data", "com.acme.a -> com.acme.b", 3).id()).isEqualTo(d);
    }

    @Test
    void an_entry_line_parses_back_to_the_same_entry_with_its_comments() throws IOException {
        List<BaselineEntry> entries = List.of(
                new BaselineEntry("controllers.no-data-access", "com.acme.web.A -> com.acme.db.Repo", 2, List.of("# JIRA-12")),
                BaselineEntry.of("modules.own-their-data", "com.acme.billing.X -> com.acme.orders.Order", 1),
                BaselineEntry.of("packages.no-cycles", "com.acme.a, com.acme.b | odd but allowed", 7));
        Path file = dir.resolve("b.txt");
        Files.write(file, BaselineFile.Contents.empty(List.of("# preamble")).withEntries(entries).render());

        BaselineFile.Contents read = BaselineFile.read(file, KNOWN, Set.of());

        assertThat(read.entries()).containsExactlyElementsOf(entries);
        assertThat(read.entries()).extracting(BaselineEntry::line).containsExactly(
                "controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo | 2",
                "modules.own-their-data | com.acme.billing.X -> com.acme.orders.Order | 1",
                "packages.no-cycles | com.acme.a, com.acme.b | odd but allowed | 7");
        assertThat(read.render()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void change_lines_read_as_before_and_sort_in_the_order_of_the_file() {
        BaselineEntry one = BaselineEntry.of("modules.own-their-data", "com.acme.a -> com.acme.b", 1);
        BaselineEntry three = BaselineEntry.of("controllers.no-data-access", "com.acme.web.A -> x.Y", 3);
        BaselineEntry two = three.withCount(2);
        BaselineEntry gone = BaselineEntry.of("controllers.no-data-access", "com.acme.web.Gone -> x.Y", 4);
        List<BaselineChange> changes = new ArrayList<>(List.of(
                BaselineChange.added(one), BaselineChange.removed(gone), BaselineChange.changed(three, two)));

        Collections.sort(changes);

        assertThat(changes).extracting(BaselineChange::line).containsExactly(
                "changed controllers.no-data-access | com.acme.web.A -> x.Y | 3 -> 2",
                "removed controllers.no-data-access | com.acme.web.Gone -> x.Y | 4",
                "added   modules.own-their-data | com.acme.a -> com.acme.b | 1");
        assertThat(changes).extracting(BaselineChange::kind, BaselineChange::before, BaselineChange::after).containsExactly(
                tuple(BaselineChange.Kind.CHANGED, 3, 2), tuple(BaselineChange.Kind.REMOVED, 4, 0), tuple(BaselineChange.Kind.ADDED, 0, 1));
    }

    @Test
    void a_corrupt_file_names_each_problem_as_data_with_file_line_and_kind() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, """
                # archrules baseline v1

                <<<<<<< HEAD
                controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo | 2
                controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo | 3
                controllers.no-data-access | com.acme.web.B -> com.acme.db.Repo
                controllers.no-sql | com.acme.web.A -> java.sql.Connection | 1
                packages.no-cycles | com.acme.a, com.acme.b | 1
                """, StandardCharsets.UTF_8);

        BaselineException failure = catchThrowableOfType(BaselineException.class,
                () -> BaselineFile.read(file, KNOWN, Set.of("packages.no-cycles")));

        assertThat(failure.file()).isEqualTo(file);
        assertThat(failure.details()).extracting(BaselineProblem::file, BaselineProblem::line, BaselineProblem::kind).containsExactly(
                tuple(file, 3, BaselineProblem.Kind.MERGE_CONFLICT),
                tuple(file, 5, BaselineProblem.Kind.DUPLICATE_ENTRY),
                tuple(file, 6, BaselineProblem.Kind.MALFORMED_LINE),
                tuple(file, 7, BaselineProblem.Kind.ORPHANED_ENTRY),
                tuple(file, 8, BaselineProblem.Kind.NOT_BASELINABLE));
        assertThat(failure.details().get(1).message())
                .isEqualTo("duplicate entry 'controllers.no-data-access | com.acme.web.A -> com.acme.db.Repo' (also on line 4) — keep one line and add the counts");
        assertThat(failure.problems()).as("the text is the data, printed")
                .containsExactlyElementsOf(failure.details().stream().map(BaselineProblem::text).toList())
                .first().isEqualTo(file + ":3: merge-conflict marker '<<<<<<<' — resolve the conflict: keep the entries of both sides, one line each, and remove the markers");
        assertThat(failure.headline()).isEqualTo("archrules baseline " + file + " cannot be used (5 problems; the file was not changed)");
        assertThat(failure).hasMessage(failure.headline() + ":" + System.lineSeparator() + "  "
                + String.join(System.lineSeparator() + "  ", failure.problems()));
    }

    @Test
    void header_and_encoding_problems_are_data_too() throws IOException {
        Path v2 = dir.resolve("v2.txt");
        Files.writeString(v2, "# archrules baseline v2\n\n");
        Path none = dir.resolve("none.txt");
        Files.writeString(none, "controllers.no-data-access | a -> b | 1\n");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "# archrules baseline v1\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(catchThrowableOfType(BaselineException.class, () -> BaselineFile.read(v2, KNOWN, Set.of())).details())
                .extracting(BaselineProblem::line, BaselineProblem::kind).containsExactly(tuple(1, BaselineProblem.Kind.UNKNOWN_VERSION));
        assertThat(catchThrowableOfType(BaselineException.class, () -> BaselineFile.read(none, KNOWN, Set.of())).details())
                .extracting(BaselineProblem::line, BaselineProblem::kind).containsExactly(tuple(1, BaselineProblem.Kind.MISSING_HEADER));
        BaselineException encoding = catchThrowableOfType(BaselineException.class, () -> BaselineFile.read(latin1, KNOWN, Set.of()));
        assertThat(encoding.details()).extracting(BaselineProblem::line, BaselineProblem::kind)
                .containsExactly(tuple(0, BaselineProblem.Kind.NOT_UTF8));
        assertThat(encoding.problems()).containsExactly(latin1 + ": not valid UTF-8 — save the file as UTF-8");
    }
}
