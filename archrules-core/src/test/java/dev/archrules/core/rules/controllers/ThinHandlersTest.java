package dev.archrules.core.rules.controllers;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code controllers.thin-handlers} (C2) on fixtures whose {@code .java} files are found through target/test-classes → src/test/java. */
class ThinHandlersTest {

    private static final String HANDLERS = "dev.archrules.fixtures.source.handlers";

    private static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(Fixtures.classes(basePackage));
    }

    @Test
    void fat_handlers_are_reported_thin_ones_and_helpers_are_not() {
        List<Violation> violations = evaluate(HANDLERS).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(HANDLERS + ".OrderController#place(java.util.List)", "(OrderController.java:16)",
                                "Handler <" + HANDLERS + ".OrderController.place(…)> has 14 statements and 6 branches, more than the limits of"
                                        + " 12 statements and 3 branches in (OrderController.java:16)"),
                        tuple(HANDLERS + ".OrderSearchController#score(java.util.Map)", "(OrderSearchController.java:63)",
                                "Handler <" + HANDLERS + ".OrderSearchController.score(…)> has 10 statements and 4 branches, more than the"
                                        + " limit of 3 branches in (OrderSearchController.java:63)"));
        // not reported: OrderSearchController.search (presence-tested copies of query parameters, one onto a fluent builder, and plain copies) and
        // update (a partial update: one presence test and copy per changed field) — request mapping, not decisions
    }

    @Test
    void handler_limits_are_configurable() {
        BackendChecklist lenient = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(20).withMaxBranchesPerHandler(6);
        BackendChecklist strict = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(1);

        assertThat(lenient.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS)).isEmpty();
        assertThat(strict.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key).containsExactly(HANDLERS + ".OrderController#place(java.util.List)",
                        HANDLERS + ".OrderSearchController#score(java.util.Map)",
                        HANDLERS + ".OrderSearchController#search(java.util.Map)",
                        HANDLERS + ".OrderSearchController#update(" + HANDLERS + ".OrderSearchController$OrderQuery)");
    }
}
