package dev.archrules.core.source;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Masking;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Texts concatenated from 60,000 terms (generated code writes such chains) are read whole by the source rules, with
 * the findings a short chain gives. The time limit is a guard against a quadratic blow-up (before: a stack overflow
 * for such a SQL text; 73 s for such a URL, whose masking {@code MaskingTest} guards), not a speed measurement, and
 * generous because JavaParser alone needs seconds for 120,000 terms on a loaded machine; the
 * scaling is measured in the benchmark ({@code SourceRulesRun}).
 */
class LongConcatenationTest {

    private static final String PACKAGE = "dev.archrules.fixtures.source.longconcat";
    private static final String CONTROLLER = PACKAGE + ".ReportController";
    private static final int TERMS = 60_000;

    /** {@code "a" + "b" + … + "z" + "a" + …}, {@code terms} one-letter literals on one line. */
    static String chain(int terms) {
        StringBuilder chain = new StringBuilder(terms * 6);
        for (int i = 0; i < terms; i++) {
            chain.append(i == 0 ? "" : " + ").append('"').append((char) ('a' + i % 26)).append('"');
        }
        return chain.toString();
    }

    /** The letters {@link #chain} concatenates. */
    static String letters(int terms) {
        StringBuilder letters = new StringBuilder(terms);
        for (int i = 0; i < terms; i++) {
            letters.append((char) ('a' + i % 26));
        }
        return letters.toString();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void texts_of_60000_terms_give_the_findings_of_short_ones(@TempDir Path root) throws IOException {
        Path file = root.resolve(PACKAGE.replace('.', '/')).resolve("ReportController.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package dev.archrules.fixtures.source.longconcat;

                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                public class ReportController {

                    @GetMapping("/report")
                    public String report() {
                        String sql = "select id from users where password = 's3cret' and tag = '" + %1$s + "'";
                        return sql;
                    }

                    @GetMapping("/text")
                    public String text() {
                        String text = %1$s;
                        return text;
                    }
                }
                """.formatted(chain(TERMS)));

        ChecklistResult result = BackendChecklist.forBasePackage(PACKAGE).withSourceRoots(root).evaluate(Fixtures.classes(PACKAGE));

        String sql = "select id from users where password = 's3cret' and tag = '" + letters(TERMS) + "'";
        assertThat(result.sourceProblems()).isEmpty();
        assertThat(result.violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::key, Violation::message)
                .containsExactly(tuple(CONTROLLER + "#report @" + SourceRule.fingerprint(Masking.keyText(sql)),
                        "Controller <" + CONTROLLER + "> contains SQL in <report>:"
                                + " \"select id from users where password = '****' and tag = 'a…\" in (ReportController.java:11)"));
        assertThat(result.violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS)).isEmpty();
        assertThat(result.violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS)).isEmpty();
        assertThat(result.report()).doesNotContain("s3cret");
    }
}
