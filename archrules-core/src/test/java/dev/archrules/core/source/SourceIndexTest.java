package dev.archrules.core.source;

import dev.archrules.core.source.internal.NestingDepth;
import dev.archrules.core.source.internal.RunSourceIndex;
import dev.archrules.core.source.internal.SourceCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd files are reported with their path and skipped; the rest of the run goes on. */
class SourceIndexTest {

    private static final Path ODD = Paths.get("src/test/resources/odd-sources").toAbsolutePath();
    /** A pre-filter for these tests: texts starting with {@code select}. */
    private static final Prefilter SELECTS = text -> text.strip().toLowerCase(java.util.Locale.ROOT).startsWith("select");

    private static RunSourceIndex index(Path root) {
        return create(SourceSettings.defaults().withDetectedRoots(false).withRoots(root));
    }

    private static RunSourceIndex create(SourceSettings settings) {
        return RunSourceIndex.create(settings, SourceCache.shared());
    }

    private static String firstText(SourceFacts facts) {
        return ((SourceFacts.Literal) facts.texts().get(0).parts().get(0)).value();
    }

    @Test
    void a_file_with_a_syntax_error_is_reported_with_path_and_line_and_skipped() {
        RunSourceIndex index = index(ODD);

        assertThat(index.literalFacts("odd.SyntaxBroken", SELECTS)).isEmpty();
        assertThat(index.literalFacts("odd.WithBom", SELECTS)).isPresent();
        assertThat(index.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(SourceProblem.Kind.SYNTAX_ERROR);
            assertThat(problem.path()).endsWith("odd/SyntaxBroken.java");
            assertThat(problem.message()).contains("SyntaxBroken.java does not parse (line ").endsWith("; skipped");
        });
    }

    @Test
    void a_switch_expression_yielding_a_method_call_parses(@TempDir Path root) throws IOException {
        write(root, "Yields", """
                package odd;
                class Yields {
                  String sql = "select id from orders";
                  static Long of(Object o) {
                    return switch (o) {
                      case String s -> {
                        yield Long.valueOf(s);
                      }
                      default -> 0L;
                    };
                  }
                }
                """);

        RunSourceIndex index = index(root);

        assertThat(index.literalFacts("odd.Yields", SELECTS)).hasValueSatisfying(facts ->
                assertThat(firstText(facts)).isEqualTo("select id from orders"));
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void a_file_in_another_charset_is_reported_unless_the_charset_is_configured() {
        RunSourceIndex utf8 = index(ODD);
        RunSourceIndex latin1 = create(SourceSettings.defaults().withDetectedRoots(false).withRoots(ODD)
                .withCharset(StandardCharsets.ISO_8859_1));

        assertThat(utf8.literalFacts("odd.Latin1", SELECTS)).isEmpty();
        assertThat(utf8.problems()).extracting(SourceProblem::kind).containsExactly(SourceProblem.Kind.UNREADABLE_CHARSET);
        assertThat(utf8.problems().get(0).message()).contains("Latin1.java is not valid UTF-8");
        assertThat(latin1.literalFacts("odd.Latin1", SELECTS)).hasValueSatisfying(facts ->
                assertThat(firstText(facts)).isEqualTo("select nom from cafés"));
        assertThat(latin1.problems()).isEmpty();
    }

    @Test
    void a_byte_order_mark_is_skipped() {
        assertThat(index(ODD).literalFacts("odd.WithBom", SELECTS)).hasValueSatisfying(facts -> {
            assertThat(firstText(facts)).isEqualTo("select id from orders");
            assertThat(facts.texts().get(0).line()).isEqualTo(7);
        });
    }

    @Test
    void a_20000_term_concatenation_is_folded_into_one_text(@TempDir Path root) throws IOException {
        StringBuilder code = new StringBuilder("package odd;\nclass Long {\n  String sql = \"select id from orders where id in (\"");
        for (int i = 0; i < 20_000; i++) {
            code.append("\n    + \"").append(i).append(", \"");
        }
        code.append("\n    + \"0)\";\n}\n");
        write(root, "Long", code.toString());

        RunSourceIndex index = index(root);

        assertThat(index.literalFacts("odd.Long", SELECTS)).hasValueSatisfying(facts -> {
            assertThat(facts.texts()).hasSize(1);
            assertThat(firstText(facts)).startsWith("select id from orders where id in (0, 1, 2, ").endsWith("19999, 0)");
        });
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void nesting_deep_enough_to_overflow_the_stack_is_reported(@TempDir Path root) throws IOException {
        int depth = 400_000;
        write(root, "Deep", "package odd;\nclass Deep {\n  String sql = \"select 1\";\n  int x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n}\n");

        RunSourceIndex index = index(root);

        assertThat(index.literalFacts("odd.Deep", SELECTS)).isEmpty();
        assertThat(index.problems()).extracting(SourceProblem::kind).containsExactly(SourceProblem.Kind.TOO_DEEP);
        assertThat(index.problems().get(0).message()).contains("Deep.java nests too deeply to analyse; skipped");
        assertThat(index.statistics().filesParsed()).as("rejected before any parse").isZero();
    }

    @Test
    void nesting_up_to_the_limit_is_parsed(@TempDir Path root) throws IOException {
        int depth = NestingDepth.LIMIT - 2;
        write(root, "Nested", "package odd;\nclass Nested {\n  String sql = \"select 1\";\n  int x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n}\n");

        RunSourceIndex index = index(root);

        assertThat(index.literalFacts("odd.Nested", SELECTS)).hasValueSatisfying(facts -> assertThat(firstText(facts)).isEqualTo("select 1"));
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void a_file_over_the_size_limit_is_reported_and_skipped() {
        RunSourceIndex index = create(SourceSettings.defaults().withDetectedRoots(false).withRoots(ODD).withMaxFileBytes(50));

        assertThat(index.literalFacts("odd.WithBom", SELECTS)).isEmpty();
        assertThat(index.problems()).extracting(SourceProblem::kind).containsExactly(SourceProblem.Kind.TOO_LARGE);
    }

    @Test
    void a_missing_root_is_named_and_the_prefilter_skips_files_without_anything_of_interest(@TempDir Path root) throws IOException {
        write(root, "Plain", "package odd;\nclass Plain {\n  String greeting = \"hello\";\n}\n");
        RunSourceIndex index = create(SourceSettings.defaults().withDetectedRoots(false)
                .withRoots(root, root.resolve("nowhere")));

        assertThat(index.literalFacts("odd.Plain", SELECTS)).hasValueSatisfying(facts -> assertThat(facts.texts()).isEmpty());
        assertThat(index.statistics()).isEqualTo(new SourceIndex.Statistics(0, 1, 0));
        assertThat(index.problems()).extracting(SourceProblem::kind, SourceProblem::path)
                .containsExactly(org.assertj.core.api.Assertions.tuple(SourceProblem.Kind.MISSING_ROOT, root.resolve("nowhere").toString()));
    }

    private static void write(Path root, String name, String code) throws IOException {
        Files.createDirectories(root.resolve("odd"));
        Files.writeString(root.resolve("odd/" + name + ".java"), code);
    }
}
