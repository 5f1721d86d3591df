package dev.archrules.core.rules.complexity;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code complexity.no-request-reply-over-messaging} (R2) on the request-reply fixtures. */
class NoRequestReplyOverMessagingTest {

    private static final String FIXTURES = "dev.archrules.fixtures.requestreply";

    @Test
    void requests_waiting_for_replies_over_a_queue_are_reported_and_one_way_sends_are_not() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.NO_REQUEST_REPLY_OVER_MESSAGING);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(FIXTURES + ".TaxController#audit -> org.springframework.kafka.core.KafkaTemplate#send", "(TaxController.java:40)"),
                        tuple(FIXTURES + ".TaxController#next -> org.springframework.jms.core.JmsTemplate#receiveAndConvert", "(TaxController.java:46)"),
                        tuple(FIXTURES + ".TaxController#rate -> " + FIXTURES + ".TaxGateway#rateFor", "(TaxController.java:28)"),
                        tuple(FIXTURES + ".TaxInbox#next -> org.springframework.jms.core.JmsTemplate#receiveAndConvert", "(TaxInbox.java:17)"),
                        tuple(FIXTURES + ".TaxQuotes#overJms -> org.springframework.jms.core.JmsMessagingTemplate#convertSendAndReceive",
                                "(TaxQuotes.java:30)"),
                        tuple(FIXTURES + ".TaxQuotes#overKafka -> org.springframework.kafka.requestreply.ReplyingKafkaTemplate#sendAndReceive",
                                "(TaxQuotes.java:34)"),
                        tuple(FIXTURES + ".TaxQuotes#overRabbit -> org.springframework.amqp.rabbit.core.RabbitTemplate#convertSendAndReceive",
                                "(TaxQuotes.java:26)"));
        assertThat(violationWithKey(violations, FIXTURES + ".TaxController#audit -> org.springframework.kafka.core.KafkaTemplate#send").message())
                .startsWith("Controller <" + FIXTURES + ".TaxController> sends with <org.springframework.kafka.core.KafkaTemplate.send> and blocks"
                        + " on the result while handling a request");
        assertThat(violationWithKey(violations, FIXTURES + ".TaxQuotes#overRabbit -> org.springframework.amqp.rabbit.core.RabbitTemplate#convertSendAndReceive")
                .message())
                .contains("sends a message and waits for the reply with <org.springframework.amqp.rabbit.core.RabbitTemplate.convertSendAndReceive>");
    }
}
