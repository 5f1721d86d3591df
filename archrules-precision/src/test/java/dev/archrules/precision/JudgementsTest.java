package dev.archrules.precision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JudgementsTest {

    @Test
    void reads_verdicts_and_reasons_skipping_comments_and_blank_lines() {
        Judgements judgements = Judgements.parse("shop.txt", List.of(
                "# a comment",
                "",
                "a.rule | com.acme.A -> com.acme.B | TRUE | the controller runs SQL",
                "b.rule | com.acme.C | FALSE | wiring, not use",
                "b.rule | com.acme.D | DEBATABLE | could go either way"));
        assertThat(judgements.all()).extracting(Judgement::verdict).containsExactly(Verdict.TRUE, Verdict.FALSE, Verdict.DEBATABLE);
        Judgement first = judgements.of(new FindingId("a.rule", "com.acme.A -> com.acme.B")).orElseThrow();
        assertThat(first.reason()).isEqualTo("the controller runs SQL");
        assertThat(first.where()).isEqualTo("shop.txt:3");
    }

    @Test
    void a_key_and_a_reason_may_contain_the_separator() {
        Judgements judgements = Judgements.parse("shop.txt", List.of("a.rule | x | y | FALSE | because | of this"));
        Judgement judgement = judgements.of(new FindingId("a.rule", "x | y")).orElseThrow();
        assertThat(judgement.reason()).isEqualTo("because | of this");
    }

    @Test
    void every_malformed_line_is_named_with_file_and_line() {
        Judgements.JudgementException problem = catchThrowableOfType(Judgements.JudgementException.class, () ->
                Judgements.parse("judgements/shop.txt", List.of(
                        "a.rule | k1 | TRUE | fine",
                        "a.rule | k2 | MAYBE | not a verdict",
                        "# comment",
                        "a.rule | k3 | TRUE | ",
                        "a.rule | k1 | FALSE | judged twice",
                        " | k4 | TRUE | no rule",
                        "a.rule | k5 | true | lower case is not a verdict")));
        assertThat(problem.problems()).hasSize(5);
        assertThat(problem.problems().get(0)).startsWith("judgements/shop.txt:2: expected 'ruleId | key | TRUE|FALSE|DEBATABLE | reason'");
        assertThat(problem.problems().get(1)).startsWith("judgements/shop.txt:4: ").contains("reason is missing");
        assertThat(problem.problems().get(2)).isEqualTo("judgements/shop.txt:5: 'a.rule | k1' is already judged at judgements/shop.txt:1");
        assertThat(problem.problems().get(3)).startsWith("judgements/shop.txt:6: ").contains("rule id");
        assertThat(problem.problems().get(4)).startsWith("judgements/shop.txt:7: ");
        assertThat(problem).hasMessageContaining("judgements/shop.txt:2").hasMessageContaining("judgements/shop.txt:7");
    }

    @Test
    void a_missing_file_means_nothing_judged() throws Exception {
        assertThat(Judgements.read(java.nio.file.Path.of("does-not-exist.txt")).all()).isEmpty();
    }
}
