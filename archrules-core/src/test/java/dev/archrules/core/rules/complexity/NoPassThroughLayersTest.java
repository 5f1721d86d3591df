package dev.archrules.core.rules.complexity;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code complexity.no-pass-through-layers} (R5) on the pass-through fixtures. */
class NoPassThroughLayersTest {

    private static final String FIXTURES = "dev.archrules.fixtures.passthrough";

    @Test
    void classes_and_single_implementation_interfaces_that_only_forward_are_reported_and_layers_with_a_reason_are_not() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.NO_PASS_THROUGH_LAYERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(FIXTURES + ".billing.InvoiceService", "(InvoiceService.java:11)"),
                        tuple(FIXTURES + ".orders.OrderLookupService", "(OrderLookupService.java:14)"),
                        tuple(FIXTURES + ".orders.OrderQueries", "(OrderQueriesImpl.java:13)"));
        assertThat(violationWithKey(violations, FIXTURES + ".orders.OrderLookupService").message())
                .startsWith("Service <" + FIXTURES + ".orders.OrderLookupService> only forwards to <" + FIXTURES + ".orders.OrderRepository>: "
                        + "find → OrderRepository.findById, ofCustomer → OrderRepository.findByCustomer");
        assertThat(violationWithKey(violations, FIXTURES + ".orders.OrderQueries").message())
                .startsWith("Interface <" + FIXTURES + ".orders.OrderQueries> has one implementation, Service <" + FIXTURES
                        + ".orders.OrderQueriesImpl>, which only forwards to <" + FIXTURES + ".orders.OrderRepository>: ofCustomer → OrderRepository.findByCustomer");
        assertThat(violationWithKey(violations, FIXTURES + ".orders.OrderQueries").hint())
                .isEqualTo("call OrderRepository directly and remove OrderQueries and OrderQueriesImpl");
    }
}
