package dev.archrules.core.rules;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The lists rules used to keep privately are vocabulary terms now: a team extends them through the conventions. */
class RuleVocabularyTest {

    private static final String QUERY_TERM = "dev.archrules.fixtures.source.queryterm";

    @Test
    void a_custom_query_annotation_added_to_the_vocabulary_is_caught_by_the_sql_rule() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(QUERY_TERM);

        assertThat(checklist.evaluate(Fixtures.classes(QUERY_TERM)).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .as("unknown to the default vocabulary").isEmpty();

        List<Violation> violations = checklist.withConventions(c -> c.withTerm(Term.QUERY_ANNOTATIONS, QUERY_TERM + ".Sql"))
                .evaluate(Fixtures.classes(QUERY_TERM)).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES);

        String sql = "select price_cents from prices where sku = ?";
        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(tuple("data-access.sql-only-in-repositories",
                        QUERY_TERM + ".PriceService#price @" + SourceRule.fingerprint(sql),
                        "(PriceService.java:11)",
                        "Service <" + QUERY_TERM + ".PriceService> declares @Sql on <price>: \"" + sql + "\" in (PriceService.java:11)"));
    }

    @Test
    void a_default_query_annotation_can_be_removed_from_the_vocabulary() {
        String sqlFixtures = "dev.archrules.fixtures.source.sql";
        List<Violation> violations = BackendChecklist.forBasePackage(sqlFixtures)
                .withConventions(c -> c.withVocabulary(v -> v.without(Term.QUERY_ANNOTATIONS, "org.springframework.data.jpa.repository.Query")))
                .evaluate(Fixtures.classes(sqlFixtures)).violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES);

        assertThat(violations).extracting(Violation::key)
                .doesNotContain(sqlFixtures + ".ReportService#unpaid @" + SourceRule.fingerprint("select count(*) from invoice where paid = false"))
                .hasSize(5);
    }
}
