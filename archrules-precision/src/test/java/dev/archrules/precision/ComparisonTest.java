package dev.archrules.precision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComparisonTest {

    private static Finding finding(String rule, String key) {
        return new Finding(rule, key, "message of " + key, "A.java", 1);
    }

    private static final Judgements JUDGEMENTS = Judgements.parse("shop.txt", List.of(
            "a.rule | k1 | TRUE | real",
            "a.rule | k2 | FALSE | wiring",
            "a.rule | k3 | DEBATABLE | maybe",
            "a.rule | k4 | TRUE | real but gone",
            "a.rule | k5 | FALSE | false and gone",
            "c.rule | k9 | TRUE | the whole rule is gone"));

    private static final List<Finding> FINDINGS = List.of(finding("a.rule", "k1"), finding("a.rule", "k1"),
            finding("a.rule", "k2"), finding("a.rule", "k3"), finding("a.rule", "k6"), finding("a.rule", "k7"),
            finding("b.rule", "k8"));

    private static final Map<String, List<FindingId>> SAMPLE = Map.of(
            "a.rule", List.of(new FindingId("a.rule", "k1"), new FindingId("a.rule", "k2"), new FindingId("a.rule", "k6")),
            "b.rule", List.of(new FindingId("b.rule", "k8")));

    @Test
    void counts_findings_verdicts_and_precision_of_judged_findings_still_reported() {
        Tally a = Comparison.compare(List.of("a.rule", "b.rule", "d.rule"), FINDINGS, SAMPLE, JUDGEMENTS).get("a.rule");
        assertThat(a.findings()).isEqualTo(6);
        assertThat(a.distinct()).isEqualTo(5);
        assertThat(a.sampled()).isEqualTo(3);
        assertThat(a.judged()).isEqualTo(3);
        assertThat(a.trueCount()).isEqualTo(1);
        assertThat(a.falseCount()).isEqualTo(1);
        assertThat(a.debatable()).isEqualTo(1);
        assertThat(a.precision().orElseThrow()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(a.precisionText()).isEqualTo("33 %");
        assertThat(a.goneOther()).isEqualTo(1);
    }

    @Test
    void judged_true_findings_no_longer_reported_are_lost_even_when_the_rule_reports_nothing() {
        SortedMap<String, Tally> tallies = Comparison.compare(List.of("a.rule", "b.rule", "d.rule"), FINDINGS, SAMPLE, JUDGEMENTS);
        assertThat(tallies.get("a.rule").lostTrue()).extracting(Judgement::key).containsExactly("k4");
        assertThat(tallies.get("c.rule").lostTrue()).extracting(Judgement::where).containsExactly("shop.txt:6");
        assertThat(tallies.get("c.rule").findings()).isZero();
        assertThat(tallies.get("c.rule").precision()).isEmpty();
    }

    @Test
    void sampled_findings_without_a_judgement_are_unjudged() {
        SortedMap<String, Tally> tallies = Comparison.compare(List.of("a.rule", "b.rule", "d.rule"), FINDINGS, SAMPLE, JUDGEMENTS);
        assertThat(tallies.get("a.rule").unjudgedSampled()).containsExactly(new FindingId("a.rule", "k6"));
        assertThat(tallies.get("b.rule").unjudgedSampled()).containsExactly(new FindingId("b.rule", "k8"));
        assertThat(tallies.get("b.rule").precisionText()).isEqualTo("–");
    }

    @Test
    void totals_add_up_and_precision_is_true_over_judged_across_rules() {
        Tally total = Comparison.compare(List.of("a.rule", "b.rule", "d.rule"), FINDINGS, SAMPLE, JUDGEMENTS).values().stream().reduce(Tally.EMPTY, Tally::plus);
        assertThat(total.findings()).isEqualTo(7);
        assertThat(total.judged()).isEqualTo(3);
        assertThat(total.lostTrue()).hasSize(2);
        assertThat(total.unjudgedSampled()).hasSize(2);
        Tally allTrue = new Tally(4, 4, 0, 4, 4, 0, 0, List.of(), 0, List.of());
        assertThat(total.plus(allTrue).precisionText()).isEqualTo("71 %");
    }

    @Test
    void a_rule_that_ran_and_found_nothing_has_a_row_of_zeros() {
        Tally d = Comparison.compare(List.of("a.rule", "b.rule", "d.rule"), FINDINGS, SAMPLE, JUDGEMENTS).get("d.rule");
        assertThat(d).isEqualTo(Tally.EMPTY);
    }

    @Test
    void a_finding_another_rules_finding_reports_is_folded_neither_judged_here_nor_lost() {
        Judgements judgements = Judgements.parse("shop.txt", List.of(
                "a.rule | k1 | TRUE | real",
                "a.rule | k2 | DEBATABLE | the same fact as the owner's",
                "a.rule | k3 | TRUE | real, now reported by the owner"));
        List<Finding> findings = List.of(finding("a.rule", "k1"),
                new Finding("a.rule", "k2", "reported under owner.rule", "", 0, "owner.rule"),
                new Finding("a.rule", "k3", "reported under owner.rule", "", 0, "owner.rule"),
                new Finding("a.rule", "k4", "reported under owner.rule", "", 0, "owner.rule"));
        Tally a = Comparison.compare(List.of("a.rule"), findings, Map.of(), judgements).get("a.rule");
        assertThat(a.findings()).isEqualTo(1);
        assertThat(a.distinct()).isEqualTo(1);
        assertThat(a.folded()).isEqualTo(3);
        assertThat(a.judged()).isEqualTo(1);
        assertThat(a.debatable()).isZero();
        assertThat(a.lostTrue()).isEmpty();
        assertThat(a.goneOther()).isZero();
        assertThat(a.precisionText()).isEqualTo("100 %");
    }

    @Test
    void debatable_does_not_count_as_true() {
        Tally debatable = new Tally(2, 2, 0, 2, 1, 0, 1, List.of(), 0, List.of());
        assertThat(debatable.precisionText()).isEqualTo("50 %");
    }

    @Test
    void the_to_judge_file_lists_only_unjudged_sampled_findings_with_message_and_location() {
        String toJudge = ToJudge.render("shop", FINDINGS, new java.util.TreeMap<>(SAMPLE), JUDGEMENTS);
        assertThat(toJudge).contains("a.rule | k6 | \n#   at A.java:1\n#   message of k6\n")
                .contains("b.rule | k8 | ")
                .doesNotContain("a.rule | k1 | ")
                .contains("## a.rule: 1 to judge (3 sampled of 5 distinct findings)");
    }
}
