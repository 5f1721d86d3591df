package dev.archrules.precision;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplerTest {

    private static List<Finding> findings(String rule, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Finding(rule, "com.acme.C" + i, "message " + i, "C" + i + ".java", i))
                .toList();
    }

    @Test
    void the_same_findings_in_any_order_give_the_same_sample() {
        List<Finding> findings = new ArrayList<>(findings("a.rule", 40));
        findings.addAll(findings("b.rule", 3));
        SortedMap<String, List<FindingId>> first = new Sampler("seed", 15).sample("shop", findings);
        Collections.shuffle(findings, new Random(7));
        SortedMap<String, List<FindingId>> second = new Sampler("seed", 15).sample("shop", findings);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void at_most_per_rule_findings_are_sampled_and_all_when_fewer_each_sorted_by_key() {
        List<Finding> findings = new ArrayList<>(findings("a.rule", 40));
        findings.addAll(findings("b.rule", 3));
        SortedMap<String, List<FindingId>> sample = new Sampler("seed", 15).sample("shop", findings);
        assertThat(sample.get("a.rule")).hasSize(15).isSorted().doesNotHaveDuplicates();
        assertThat(sample.get("b.rule")).hasSize(3);
    }

    @Test
    void repeated_keys_are_one_finding_to_judge() {
        List<Finding> findings = List.of(new Finding("a.rule", "k", "m1", "A.java", 1), new Finding("a.rule", "k", "m2", "A.java", 2));
        assertThat(new Sampler("seed", 15).sample("shop", findings).get("a.rule")).containsExactly(new FindingId("a.rule", "k"));
    }

    @Test
    void findings_another_rules_finding_reports_are_not_sampled() {
        List<Finding> findings = List.of(new Finding("a.rule", "k", "m", "A.java", 1),
                new Finding("a.rule", "folded", "reported under owner.rule", "", 0, "owner.rule"),
                new Finding("b.rule", "only-folded", "reported under owner.rule", "", 0, "owner.rule"));
        SortedMap<String, List<FindingId>> sample = new Sampler("seed", 15).sample("shop", findings);
        assertThat(sample.get("a.rule")).containsExactly(new FindingId("a.rule", "k"));
        assertThat(sample).doesNotContainKey("b.rule");
    }

    @Test
    void the_seed_and_the_code_base_change_the_draw() {
        List<Finding> findings = findings("a.rule", 200);
        List<FindingId> base = new Sampler("seed", 15).sample("shop", findings).get("a.rule");
        assertThat(new Sampler("other", 15).sample("shop", findings).get("a.rule")).isNotEqualTo(base);
        assertThat(new Sampler("seed", 15).sample("bank", findings).get("a.rule")).isNotEqualTo(base);
    }

    @Test
    void a_sampled_finding_stays_sampled_when_unsampled_findings_disappear() {
        List<Finding> findings = findings("a.rule", 100);
        List<FindingId> before = new Sampler("seed", 15).sample("shop", findings).get("a.rule");
        List<Finding> fewer = findings.stream().filter(f -> before.contains(FindingId.of(f)) || f.line() % 2 == 0).toList();
        assertThat(new Sampler("seed", 15).sample("shop", fewer).get("a.rule")).isEqualTo(before);
    }

    @Test
    void a_sample_of_nothing_is_refused() {
        assertThatThrownBy(() -> new Sampler("seed", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
