package dev.archrules.core.baseline;

import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching by rule id and key, the count ratchet, fixed entries, and where the mode comes from. */
class TriageTest {

    static Violation violation(String ruleId, String key, String className, int line) {
        return new Violation(ruleId, key, "violation " + key + " in " + SourceLocation.of(className, line),
                SourceLocation.of(className, line), "fix it");
    }

    private static final String RULE = "controllers.no-data-access";

    @Test
    void matching_is_by_key_so_moved_lines_and_reworded_messages_change_nothing() {
        Violation moved = new Violation(RULE, "a.Web -> a.Repo", "a reworded message", SourceLocation.of("a.Web", 99), "other hint");

        Triage triage = Triage.of(List.of(moved), List.of(BaselineEntry.of(RULE, "a.Web -> a.Repo", 1)));

        assertThat(triage.newViolations()).isEmpty();
        assertThat(triage.baselined()).containsExactly(moved);
        assertThat(triage.fixed()).isEmpty();
    }

    @Test
    void one_more_occurrence_of_a_baselined_key_is_new_and_all_occurrences_are_listed() {
        Violation first = violation(RULE, "a.Web -> a.Repo", "a.Web", 10);
        Violation second = violation(RULE, "a.Web -> a.Repo", "a.Web", 20);
        Violation third = violation(RULE, "a.Web -> a.Repo", "a.Web", 30);

        Triage triage = Triage.of(List.of(first, second, third), List.of(BaselineEntry.of(RULE, "a.Web -> a.Repo", 2)));

        assertThat(triage.baselined()).containsExactly(first, second);
        assertThat(triage.newViolations()).containsExactly(third);
        assertThat(triage.grownKeys()).containsExactly("a.Web -> a.Repo");
        assertThat(triage.isGrown(third)).isTrue();
        assertThat(triage.occurrencesOf("a.Web -> a.Repo")).containsExactly(first, second, third);
        assertThat(triage.total()).isEqualTo(3);
    }

    @Test
    void fewer_occurrences_than_accepted_and_vanished_keys_are_fixed() {
        Violation left = violation(RULE, "a.Web -> a.Repo", "a.Web", 10);

        Triage triage = Triage.of(List.of(left), List.of(
                BaselineEntry.of(RULE, "a.Web -> a.Repo", 3),
                BaselineEntry.of(RULE, "b.Web -> b.Repo", 1)));

        assertThat(triage.fixed()).containsExactly(
                new FixedEntry(RULE, "a.Web -> a.Repo", 3, 1),
                new FixedEntry(RULE, "b.Web -> b.Repo", 1, 0));
        assertThat(triage.fixedCount()).isEqualTo(3);
        assertThat(triage.newViolations()).isEmpty();
    }

    @Test
    void the_mode_comes_from_code_then_the_system_property_then_defaults_to_check() {
        Baseline baseline = Baseline.at(java.nio.file.Path.of("b.txt"));
        Function<String, String> none = name -> null;

        assertThat(baseline.withLookups(none, none).mode()).isEqualTo(BaselineMode.CHECK);
        assertThat(baseline.withLookups(Map.of(BaselineMode.PROPERTY, "Prune")::get, none).mode()).isEqualTo(BaselineMode.PRUNE);
        assertThat(baseline.inMode(BaselineMode.ACCEPT).withLookups(Map.of(BaselineMode.PROPERTY, "prune")::get, none).mode())
                .isEqualTo(BaselineMode.ACCEPT);
        assertThat(baseline.withLookups(none, Map.of("CI", "true")::get).onCi()).isTrue();
        assertThat(baseline.withLookups(none, none).onCi()).isFalse();
        assertThat(baseline.onCi(true).withLookups(none, none).onCi()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> baseline.withLookups(Map.of(BaselineMode.PROPERTY, "freeze")::get, none).mode())
                .hasMessage("unknown archrules.baseline.mode 'freeze'; use one of check, prune, accept, init");
    }
}
