package dev.archrules.core.rules.reliability;

import dev.archrules.core.model.Flow;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code reliability.no-remote-calls-in-transactions} (P5) on the transactions fixtures. */
class NoRemoteCallsInTransactionsTest {

    private static final String FIXTURES = "dev.archrules.fixtures.callpaths.transactions";

    @Test
    void remote_calls_inside_a_transaction_are_reported_with_their_path_and_the_fixes_are_not() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.NO_REMOTE_CALLS_IN_TRANSACTIONS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(FIXTURES + ".CheckoutService#cancel -> org.springframework.kafka.core.KafkaTemplate#send", "(CheckoutService.java:43)"),
                        tuple(FIXTURES + ".CheckoutService#cancel -> org.springframework.mail.javamail.JavaMailSender#send", "(CheckoutService.java:44)"),
                        tuple(FIXTURES + ".CheckoutService#checkout -> org.springframework.web.client.RestTemplate#postForObject",
                                "(CheckoutService.java:36)"),
                        tuple(FIXTURES + ".InvoiceService#invoice -> org.springframework.web.client.RestTemplate#postForObject",
                                "(InvoiceService.java:21)"),
                        tuple(FIXTURES + ".LedgerService#book -> org.springframework.web.client.RestTemplate#postForObject",
                                "(LedgerService.java:24)"),
                        // the class-level @Transactional of its base class is @Inherited; QuoteService's inherited one is
                        // read-only, NotificationService's own NOT_SUPPORTED comes before the inherited one
                        tuple(FIXTURES + ".RefundService#refund -> org.springframework.web.client.RestTemplate#postForObject",
                                "(RefundService.java:17)"),
                        // a cycle (submit -> retry -> submit) must not leave retry's remembered effects without submit's call
                        tuple(FIXTURES + ".SettlementService#aFirst -> org.springframework.web.client.RestTemplate#postForObject",
                                "(SettlementService.java:21)"),
                        tuple(FIXTURES + ".SettlementService#zLater -> org.springframework.web.client.RestTemplate#postForObject",
                                "(SettlementService.java:25)"));
        assertThat(violationWithKey(violations, FIXTURES + ".CheckoutService#checkout -> org.springframework.web.client.RestTemplate#postForObject")
                .message())
                .startsWith("Transactional method <" + FIXTURES + ".CheckoutService.checkout(…)> makes an HTTP request with <RestTemplate.postForObject>"
                        + " inside its database transaction: CheckoutService.checkout (CheckoutService.java:36) → PaymentClient.charge (PaymentClient.java:17)"
                        + " → RestTemplate.postForObject")
                .endsWith("(CheckoutService.java:36)");
        Flow flow = violationWithKey(violations, FIXTURES + ".CheckoutService#checkout -> org.springframework.web.client.RestTemplate#postForObject").flow();
        assertThat(flow.note()).isEqualTo("database transaction of CheckoutService.checkout open around every call");
        assertThat(flow.calls())
                .extracting(call -> call.from() + " -> " + call.to() + " " + call.method() + " " + call.location() + " " + call.kind())
                .containsExactly("CheckoutService -> PaymentClient charge CheckoutService.java:36 CALL",
                        "PaymentClient -> RestTemplate postForObject PaymentClient.java:17 REMOTE");
        assertThat(violationWithKey(violations, FIXTURES + ".RefundService#refund -> org.springframework.web.client.RestTemplate#postForObject")
                .message())
                .startsWith("Transactional method <" + FIXTURES + ".RefundService.refund(…)> makes an HTTP request with <RestTemplate.postForObject>"
                        + " inside its database transaction: RefundService.refund (RefundService.java:17) → PaymentClient.charge (PaymentClient.java:17)");
        assertThat(violationWithKey(violations, FIXTURES + ".CheckoutService#cancel -> org.springframework.kafka.core.KafkaTemplate#send").hint())
                .isEqualTo("publish an event from cancel and send the message in a @TransactionalEventListener after commit (or write an outbox row)");
    }
}
