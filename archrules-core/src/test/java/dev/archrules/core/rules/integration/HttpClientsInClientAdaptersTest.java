package dev.archrules.core.rules.integration;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.conventions.Term;
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

    /** A {@code @Service} named for the client it is passes; the same call in a plainly named {@code @Service} does not. */
    @Test
    void a_service_named_for_the_client_it_is_is_the_adapter() {
        String fixtures = "dev.archrules.fixtures.serviceclients";
        assertThat(Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(fixtures + ".SearchIndexService -> org.springframework.web.client.RestTemplate",
                        "(SearchIndexService.java:17)"));
        // not reported: SearchIndexClient
    }

    @Test
    void http_client_rule_knows_which_classes_are_adapters_and_which_uses_are_wiring() {
        String fixtures = "dev.archrules.fixtures.httpadapters";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".AuditRepository -> org.springframework.web.client.RestTemplate", "(AuditRepository.java:19)"),
                        // fetches over HTTP from a URL built from text; its other handler streams a class-path resource
                        tuple(fixtures + ".MirroredAssetsResource -> java.net.URL#openStream", "(MirroredAssetsResource.java:36)"),
                        tuple(fixtures + ".PingCallbackController -> " + fixtures + ".HttpRequest", "(PingCallbackController.java:14)"),
                        tuple(fixtures + ".StatusDashboardController -> " + fixtures + ".StatusClient", "(StatusDashboardController.java:18)"),
                        // a servlet whose service() calls one remote API with a fixed GET, copying no headers
                        tuple(fixtures + ".StatusRelayServlet -> java.net.http.HttpClient", "(StatusRelayServlet.java:24)"),
                        // takes the address from its caller, but also records the event in a repository: business work
                        tuple(fixtures + ".WebhookService -> org.springframework.web.client.RestTemplate", "(WebhookService.java:25)"));
        // not reported: RateTableService (URL.openStream on a class-path resource), StaticAssetsResource (the same in a
        // handler, while another method builds a URI from text only to normalise a path), ConsentService (OAuthClient is a
        // model named …Client), GitHubIdentityProvider (a plug-in whose job is the call, using an HTTP utility) and its nested
        // CallbackEndpoint (a JAX-RS handler exchanging the code inside the adapter it is declared in), and
        // GitHubEnterpriseIdentityProvider.EnterpriseCallbackEndpoint (nested in a provider whose superclass makes the calls),
        // VaultSecretRepository (a repository over a remote store is the adapter), StatusClientCustomizer (outbound
        // side), StatusProxyController (only passes the adapter on), HealthUpdateTrigger (HealthUpdater makes a call
        // among other work: a service, not an adapter), ProxyService (a generic HTTP forwarder: every operation calls out to
        // the address its caller hands in, and it uses no other layer), JsonHttp (an HTTP utility built on HttpRequest: one
        // HTTP utility calling another), ReverseProxyServlet (a reverse proxy: service() forwards the request's own method
        // and headers to the address the request names — the servlet is the outbound adapter)
    }

    /**
     * Outbound classes whatever their name or stereotype: a coordination class named {@code …Controller} without handlers
     * (where the code base's web controllers have theirs), a {@code @Service} that is a caching HTTP loader (its state a
     * cache, its operation a cache read, its nested loader the GET) and its loader, a servlet filter handing out the shared
     * HTTP client and the holder keeping it (no client adapter: it calls nothing). Their neighbours are reported: the web
     * controller calling a peer, the cached loader that also records in a repository, the filter calling through the client.
     */
    @Test
    void outbound_classes_named_or_declared_otherwise_are_not_reported_their_neighbours_are() {
        String fixtures = "dev.archrules.fixtures.outboundholders";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".BannerService -> java.net.http.HttpClient", "(BannerService.java:23)"),
                        tuple(fixtures + ".BannerService$BannerFetcher -> java.net.http.HttpClient", "(BannerService.java:44)"),
                        tuple(fixtures + ".ForwardingFilter -> java.net.http.HttpClient", "(ForwardingFilter.java:30)"),
                        tuple(fixtures + ".NodeStatusController -> java.net.http.HttpClient", "(NodeStatusController.java:15)"));
    }

    @Test
    void vendor_sdk_clients_are_reported_outside_client_adapters_with_their_kind() {
        String fixtures = "dev.archrules.fixtures.sdkclients";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        String adapterHint = " calls into a client adapter (e.g. a class ending in Client or Gateway) behind an interface, and inject the interface";
        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::hint)
                .containsExactly(
                        tuple(fixtures + ".AvatarController -> io.minio.MinioClient", "(AvatarController.java:20)",
                                "move the cloud storage client" + adapterHint),
                        tuple(fixtures + ".CheckoutService -> com.stripe..", "(CheckoutService.java:13)",
                                "move the payment client" + adapterHint),
                        tuple(fixtures + ".DirectoryService -> javax.naming.directory.DirContext", "(DirectoryService.java:22)",
                                "move the LDAP client" + adapterHint),
                        tuple(fixtures + ".DocumentService -> " + fixtures + ".OssDocumentGateway", "(DocumentService.java:16)",
                                "depend on FileStore instead of OssDocumentGateway"),
                        tuple(fixtures + ".GreetingService -> " + fixtures + ".GreeterGrpc$GreeterBlockingStub", "(GreetingService.java:16)",
                                "move the gRPC client stub" + adapterHint),
                        tuple(fixtures + ".NewsletterService -> jakarta.mail.Transport", "(NewsletterService.java:25)",
                                "move the mail client" + adapterHint),
                        tuple(fixtures + ".ProductSearchService -> co.elastic.clients.elasticsearch.ElasticsearchClient",
                                "(ProductSearchService.java:19)", "move the search client" + adapterHint),
                        tuple(fixtures + ".UploadService -> software.amazon.awssdk.services.s3.S3Client", "(UploadService.java:19)",
                                "move the cloud storage client" + adapterHint));
        assertThat(violations).extracting(Violation::message).anySatisfy(message -> assertThat(message)
                .startsWith("Service <" + fixtures + ".UploadService> uses the cloud storage client <software.amazon.awssdk.services.s3.S3Client>: "
                        + "Method <" + fixtures + ".UploadService.upload(java.lang.String, [B)> calls method <software.amazon.awssdk.services.s3.S3Client.putObject("));
        assertThat(violations).extracting(Violation::message).anySatisfy(message -> assertThat(message)
                .startsWith("Service <" + fixtures + ".CheckoutService> uses the payment client <com.stripe..>: ")
                .contains("(and 5 more)"));
        // not reported: S3StorageClient (the adapter: client role by its name), StorageConfiguration (builds the client
        // beans), ArchiveService (depends on the FileStore port), LoyaltyService (LoyaltyClient is a domain class named
        // …Client), OrderMailService (Spring's JavaMailSender is an interface already), OssDocumentGateway (the adapter;
        // OSS's client type is not named …Client, the catalogue makes it one, hence DocumentService's finding)
    }

    @Test
    void the_external_client_catalogue_can_be_extended_and_shrunk() {
        String fixtures = "dev.archrules.fixtures.sdkclients";
        List<Violation> violations = BackendChecklist.forBasePackage(fixtures)
                .withConventions(c -> c.withExternalClientTypes("javax.naming.directory.InitialDirContext")
                        .withVocabulary(v -> v.without(Term.DIRECTORY_CLIENT_TYPES, "javax.naming.directory.DirContext")))
                .evaluate(Fixtures.classes(fixtures))
                .violationsOf(CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations).filteredOn(v -> v.key().startsWith(fixtures + ".DirectoryService"))
                .extracting(Violation::key, Violation::message)
                .containsExactly(tuple(fixtures + ".DirectoryService -> javax.naming.directory.InitialDirContext",
                        "Service <" + fixtures + ".DirectoryService> uses the external service client <javax.naming.directory.InitialDirContext>: "
                                + "Method <" + fixtures + ".DirectoryService.person(java.lang.String)> calls constructor "
                                + "<javax.naming.directory.InitialDirContext.<init>(java.util.Hashtable)> in (DirectoryService.java:22)"));
    }

    /**
     * A client adapter whose methods take the remote protocol's own requests is the protocol's binding: a caller building
     * those requests itself speaks the protocol, and an interface would carry the same methods; a caller using the
     * adapter's method in its own terms could depend on an interface.
     */
    @Test
    void a_caller_handing_the_protocol_binding_requests_it_builds_speaks_the_protocol() {
        String fixtures = "dev.archrules.fixtures.protocolbindings";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString(), Violation::hint)
                .containsExactly(tuple(CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS,
                        fixtures + ".ReportService -> " + fixtures + ".ObjectStoreClient", "(ReportService.java:16)",
                        "extract an interface from ObjectStoreClient and depend on it"));
        assertThat(violations.get(0).message()).startsWith("Service <" + fixtures + ".ReportService> depends on the client adapter class <"
                + fixtures + ".ObjectStoreClient> instead of an interface: ");
        // not reported: ReplicationService (builds the PutObjectRequest and ObjectIdentifiers it hands the binding), ExpiryPoller
        // (hands it the ObjectIdentifiers the code base's converter StoreKeys made)
    }

    /**
     * A bean whose service role comes from a generic bean annotation alone and that works a vendor SDK client is the
     * adapter, as it would be a client by usage with an HTTP client API; a bean declared a service, by stereotype or
     * name, working the same client is reported.
     */
    @Test
    void a_generic_bean_working_a_vendor_sdk_client_is_the_adapter_a_declared_service_is_not() {
        String fixtures = "dev.archrules.fixtures.outboundbeans";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS, fixtures + ".DigestService -> jakarta.mail.Transport", "(DigestService.java:25)"),
                        tuple(CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS, fixtures + ".ReminderMailService -> jakarta.mail.Transport",
                                "(ReminderMailService.java:25)"));
        // not reported: SmtpSender (@Singleton only; sends through the transport on its own pool)
    }
}
