package dev.archrules.core.rules.integration;

import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code integration.http-clients-in-client-adapters} (C5) on the client fixtures. */
class HttpClientsInClientAdaptersTest {

    @Test
    void http_client_apis_are_reported_outside_client_adapters_and_configuration() {
        String fixtures = "dev.archrules.fixtures.http";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::hint)
                .containsExactly(
                        tuple(fixtures + ".payment.CurrencyService -> java.net.URL#openStream",
                                "(CurrencyService.java:15)",
                                "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"),
                        tuple(fixtures + ".payment.FraudCheckService -> org.springframework.web.client.RestTemplate",
                                "(FraudCheckService.java:17)",
                                "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"),
                        tuple(fixtures + ".payment.RefundService -> " + fixtures + ".payment.HttpPaymentGateway",
                                "(RefundService.java:16)", "depend on PaymentGateway instead of HttpPaymentGateway"),
                        tuple(fixtures + ".web.StatusController -> java.net.http.HttpClient",
                                "(StatusController.java:16)",
                                "move the call into a client adapter (e.g. a class ending in Client) behind an interface, and inject the interface"));
    }

    @Test
    void http_client_rule_knows_which_classes_are_adapters_and_which_uses_are_wiring() {
        String fixtures = "dev.archrules.fixtures.httpadapters";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".AuditRepository -> org.springframework.web.client.RestTemplate", "(AuditRepository.java:19)"),
                        tuple(fixtures + ".PingCallbackController -> " + fixtures + ".HttpRequest", "(PingCallbackController.java:14)"),
                        tuple(fixtures + ".StatusDashboardController -> " + fixtures + ".StatusClient", "(StatusDashboardController.java:18)"));
        // not reported: RateTableService (URL.openStream on a class-path resource), ConsentService (OAuthClient is a
        // model named …Client), GitHubIdentityProvider (a plug-in whose job is the call, using an HTTP utility),
        // VaultSecretRepository (a repository over a remote store is the adapter), StatusClientCustomizer (outbound
        // side), StatusProxyController (only passes the adapter on), HealthUpdateTrigger (HealthUpdater makes a call
        // among other work: a service, not an adapter)
    }
}
