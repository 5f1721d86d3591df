package dev.archrules.core.rules.config;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.engine.EndpointAllowList;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.EndpointRecognizer;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code config.no-hardcoded-endpoints} (C6) on fixtures whose {@code .java} files are found through target/test-classes → src/test/java. */
class NoHardcodedEndpointsTest {

    private static final String ENDPOINTS = "dev.archrules.fixtures.source.endpoints";
    private static final String IDIOMS = "dev.archrules.fixtures.source.endpointidioms";

    private static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(Fixtures.classes(basePackage));
    }

    private static String key(String className, String member, String literal) {
        return className + "#" + member + " @" + SourceRule.fingerprint(literal);
    }

    @Test
    void endpoints_are_reported_outside_configuration_with_namespaces_documentation_and_placeholders_allowed() {
        List<Violation> violations = evaluate(ENDPOINTS).violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS);
        String service = ENDPOINTS + ".ShippingService";

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(ENDPOINTS + ".PaymentApi", "<class>", "https://payments.acme-pay.net/v1"), "(PaymentApi.java:8)"),
                        tuple(key(service, "<init>", "http://rates.internal/api"), "(ShippingService.java:21)"),
                        tuple(key(service, "book", "https://api.carrier.net/v2/shipments"), "(ShippingService.java:29)"),
                        tuple(key(service, "book", "http://shipping.internal:8080/api/shipments"), "(ShippingService.java:27)"),
                        tuple(key(service, "database", "jdbc:postgresql://db.internal:5432/shop"), "(ShippingService.java:34)"),
                        tuple(key(service, "hosts", "10.1.2.3"), "(ShippingService.java:38)"),
                        tuple(key(service, "hosts", "cache.internal:6379"), "(ShippingService.java:38)"));
        assertThat(violations.get(0).message()).as("a @FeignClient url; the CarrierProperties default passes")
                .startsWith("Client <" + ENDPOINTS + ".PaymentApi> hard-codes endpoint \"https://payments.acme-pay.net/v1\" in @FeignClient")
                .as("an interface has no line in bytecode: its declaration in the source gives one, not (PaymentApi.java:0)")
                .endsWith("(PaymentApi.java:8)");
        assertThat(violations).noneMatch(v -> v.key().contains("CarrierProperties"));
        violations = violations.subList(1, violations.size());
        assertThat(violations.get(0).message()).isEqualTo("Service <" + service + "> hard-codes endpoint \"http://rates.internal/api\""
                + " in @Value on a constructor in (ShippingService.java:21)");
        assertThat(violations.get(1).message()).as("the value of Endpoints.CARRIER, inlined by javac, reported where it is used")
                .isEqualTo("Service <" + service + "> hard-codes endpoint \"https://api.carrier.net/v2/shipments\" in <book> in (ShippingService.java:29)");
    }

    @Test
    void the_allow_list_can_be_extended() {
        List<Violation> violations = BackendChecklist.forBasePackage(ENDPOINTS).withAllowedEndpoints("api.carrier.net/")
                .evaluate(Fixtures.classes(ENDPOINTS)).violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS);

        assertThat(violations).hasSize(6).noneMatch(v -> v.message().contains("api.carrier.net"));
    }

    @Test
    void the_default_handed_to_a_settings_look_up_with_its_key_is_configuration_and_the_same_address_handed_to_a_client_is_not() {
        String twin = IDIOMS + ".SettingDefaultsInClientCalls";

        assertThat(idiomViolations("SettingDefaults"))
                .extracting(Violation::key, v -> v.location().toString())
                .as("SettingDefaults passes: ConfigVars.of(key, default) as a settings registry declares a setting, with a constant default and with"
                        + " a description after the default, Environment.getProperty, System.getProperty, config.getString(key, default)")
                .containsExactly(
                        tuple(key(twin, "registryStatus", "http://registry.acme.internal:8500"), "(SettingDefaultsInClientCalls.java:22)"),
                        tuple(key(twin, "send", "smtp.acme.com:25"), "(SettingDefaultsInClientCalls.java:30)"),
                        tuple(key(twin, "send", "http://localhost:8080"), "(SettingDefaultsInClientCalls.java:32)"),
                        tuple(key(twin, "send", "http://registry.acme.internal:8500/v1"), "(SettingDefaultsInClientCalls.java:31)"),
                        tuple(key(twin, "serviceRegistry", "http://localhost:20303"), "(SettingDefaultsInClientCalls.java:26)"));
    }

    @Test
    void a_loopback_address_named_as_a_default_is_the_development_default_of_a_setting_and_other_addresses_are_not() {
        String fixture = IDIOMS + ".LoopbackSettingDefaults";

        assertThat(idiomViolations("LoopbackSettingDefaults"))
                .extracting(Violation::key, v -> v.location().toString())
                .as("DEFAULT_CONSOLE_URL (localhost with a port) passes where registrationLink falls back to it, DEFAULT_SEARCH_HOST (127.0.0.1:9200) in its own initializer; CONSOLE_URL, the same"
                        + " address not named as a default, and DEFAULT_BILLING_URL, another system's address, are reported")
                .containsExactly(
                        tuple(key(fixture, "invoicesLink", "https://billing.acme-pay.net/invoices"), "(LoopbackSettingDefaults.java:42)"),
                        tuple(key(fixture, "resetLink", "http://localhost:3000/#!/reset/?"), "(LoopbackSettingDefaults.java:34)"));
    }

    @Test
    void the_open_apis_of_enterprise_messaging_platforms_are_public_platforms_and_a_payment_api_is_not() {
        assertThat(idiomViolations("WorkChatAlarmSender"))
                .extracting(Violation::key, v -> v.location().toString())
                .as("DingTalk, Feishu, WeCom and WeChat open APIs pass; WeChat Pay, a host under the same domain, is reported")
                .containsExactly(tuple(key(IDIOMS + ".WorkChatAlarmSender", "pay", "https://api.mch.weixin.qq.com/v3/pay/transactions/native"),
                        "(WorkChatAlarmSender.java:42)"));
        assertThat(EndpointRecognizer.find("https://oapi.dingtalk.com.attacker.net/gettoken", EndpointAllowList.defaults()))
                .as("a host, not a prefix of one").isPresent();
    }

    @Test
    void code_system_uris_of_health_care_terminologies_are_identifiers_and_a_terminology_server_is_not() {
        assertThat(idiomViolations("TerminologyCodes"))
                .extracting(Violation::key, v -> v.location().toString())
                .as("LOINC, HL7 FHIR, SNOMED CT and UCUM identifiers pass; the terminology server called in lookup is reported")
                .containsExactly(tuple(key(IDIOMS + ".TerminologyCodes", "lookup", "https://fhir.loinc.org/CodeSystem/$lookup?code=?"),
                        "(TerminologyCodes.java:34)"));
    }

    /**
     * A link formatted into a sentence is part of a message; a database URL template whose host a format call fills is no
     * address. A registry formatted into a path template and a JDBC URL with its host written out are endpoints.
     */
    @Test
    void texts_formatted_into_a_sentence_and_host_placeholders_are_no_endpoints() {
        assertThat(idiomViolations("FormattedTexts"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(IDIOMS + ".FormattedTexts", "fixedMonitorUrl", "jdbc:trino://trino.acme-internal.io:8080/system"),
                                "(FormattedTexts.java:27)"),
                        tuple(key(IDIOMS + ".FormattedTexts", "pluginsUrl", "https://registry.acme-plugins.io"),
                                "(FormattedTexts.java:23)"));
    }

    /**
     * URLs that are an identifier or text: the namespace and schema location of the XML a writer writes, the product URL
     * in a User-Agent's comment, the example URLs of a tool's usage text. The URL fetched, a link in the document and the
     * tool's default base URL are endpoints.
     */
    @Test
    void namespaces_in_written_xml_user_agent_comments_and_usage_texts_are_no_endpoints() {
        String never = IDIOMS + ".UrlsNeverCalled";
        assertThat(idiomViolations("UrlsNeverCalled"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(never, "fetch", "https://crawl.drawing-lab.org/start"), "(UrlsNeverCalled.java:26)"),
                        tuple(key(never, "main", "http://index.drawing-lab.org:8983/graphs"), "(UrlsNeverCalled.java:38)"),
                        tuple(key(never, "write", "http://render.drawing-lab.org/graph"), "(UrlsNeverCalled.java:22)"));
        assertThat(List.of("<g xmlns=\"http://graphs.drawing-lab.org/xmlns\">", "<g xmlns:g='http://graphs.drawing-lab.org/ns'>",
                "xsi:schemaLocation=\"http://graphs.drawing-lab.org/xmlns http://graphs.drawing-lab.org/g.xsd\"",
                "http://graphs.drawing-lab.org/xmlns/1.0/graphml.xsd\">", "http://graphs.drawing-lab.org/dtd/graph.dtd",
                "Mozilla/5.0 (compatible; Graphbot/2.1; +http://www.drawing-lab.org/bot.html)"))
                .allSatisfy(text -> assertThat(EndpointRecognizer.find(text, EndpointAllowList.defaults())).as(text).isEmpty());
        assertThat(List.of("<g href=\"http://graphs.drawing-lab.org/xmlns\">", "http://graphs.drawing-lab.org/xsd/upload",
                "(see http://graphs.drawing-lab.org/api)", "GET /api/v1 (http://graphs.drawing-lab.org/api)"))
                .allSatisfy(text -> assertThat(EndpointRecognizer.find(text, EndpointAllowList.defaults())).as(text).isPresent());
    }

    /**
     * Example URLs in the comment lines of a script a servlet writes out (the query string the script splits) are
     * documentation; the script line that calls an address, and code after a closed comment on the same line, are endpoints.
     */
    @Test
    void urls_in_comment_lines_of_a_written_script_are_no_endpoints() {
        String servlet = IDIOMS + ".ScriptCommentsServlet";
        assertThat(idiomViolations("ScriptComments"))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(servlet, "doGet", "http://queues.acme-internal.io:8088/ws/v1/queues"), "(ScriptCommentsServlet.java:29)"),
                        tuple(key(servlet, "doGet", "http://nodes.acme-internal.io:8088/ws/v1/nodes"), "(ScriptCommentsServlet.java:30)"));
        assertThat(List.of("  // see http://a.acme-internal.io:8088/x", "/* http://a.acme-internal.io:8088/x */", "<!-- http://a.acme-internal.io:8088 -->"))
                .allSatisfy(text -> assertThat(NoHardcodedEndpoints.isCommentLine(text)).as(text).isTrue());
        assertThat(List.of("//cdn.acme-internal.io/app.js", "// a\nfetch('http://a.acme-internal.io:8088/x')", "/* a */ go('http://a.acme-internal.io')"))
                .allSatisfy(text -> assertThat(NoHardcodedEndpoints.isCommentLine(text)).as(text).isFalse());
    }

    /**
     * Texts of a plugin system that are shown to people or edited by them: documentation links handed to a parameter named
     * for documentation ({@code linkToDocs}, {@code learnMoreLink}), constants named for help, documentation sites, the
     * defaults of a configuration form, placeholders and a card template's {@code $schema}. Their neighbours — the addresses
     * the same classes call — are reported.
     */
    /**
     * Links handed to the documentation types of an API description (OpenAPI's {@code ExternalDocumentation}, the
     * {@code License}) and a transport looked up by its namespace-style id ({@code getDestinationFactory("http://…/configuration")})
     * pass; the API description's server, an address with a port handed to the same look-up and an endpoint's address are
     * reported.
     */
    @Test
    void api_documentation_links_and_transport_ids_are_no_endpoints() {
        String docs = "dev.archrules.fixtures.source.endpointdocs";
        List<Violation> violations = Fixtures.violations(docs, NoHardcodedEndpoints.ID);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(NoHardcodedEndpoints.ID, key(docs + ".BatchTransport", "endpoint", "http://batch.acme-shop.com/orders"),
                                "(BatchTransport.java:34)"),
                        tuple(NoHardcodedEndpoints.ID, key(docs + ".BatchTransport", "localTransport",
                                "http://batch.acme-shop.com:9090/transports/local"), "(BatchTransport.java:29)"),
                        tuple(NoHardcodedEndpoints.ID, key(docs + ".OrderApiDescription", "customise", "https://api.acme-shop.com/v2"),
                                "(OrderApiDescription.java:25)"));
        assertThat(violations.get(2).message()).isEqualTo("Class <" + docs + ".OrderApiDescription> hard-codes endpoint"
                + " \"https://api.acme-shop.com/v2\" in <customise> in (OrderApiDescription.java:25)");
    }

    @Test
    void documentation_links_form_defaults_placeholders_and_schema_ids_are_no_endpoints() {
        String plugins = "dev.archrules.fixtures.source.endpointplugins";
        List<Violation> violations = Fixtures.violations(plugins, NoHardcodedEndpoints.ID);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .as("DocumentedDecorator.Descriptor's linkToDocs, ServiceCatalog's learnMoreLink, StartupHelpBanner's HELP_ constants and"
                        + " docs site, DocumentationPages' go2docs pages, the FormField defaults of BrokerInputForm, TableLookupAdapter's"
                        + " defaultConfiguration, WebhookPlaceholders' xxx webhook and $schema pass")
                .containsExactly(
                        tuple(key(plugins + ".BrokerInputForm", "connect", "broker.logstore-internal.io:9092"), "(BrokerInputForm.java:19)"),
                        tuple(key(plugins + ".DocumentationPages", "SEARCH_API", "https://search.logstore-project.org/api/pages"),
                                "(DocumentationPages.java:11)"),
                        tuple(key(plugins + ".DocumentedDecorator", "template", "https://templates.logstore-project.org/api/templates/?"),
                                "(DocumentedDecorator.java:19)"),
                        tuple(key(plugins + ".ServiceCatalog", "availableServices", "https://queue.eu-west-1.queue-vendor.com/health"),
                                "(ServiceCatalog.java:28)"),
                        tuple(key(plugins + ".StartupHelpBanner", "index", "http://docs.logstore-internal.io:8080/api/index"),
                                "(StartupHelpBanner.java:35)"),
                        tuple(key(plugins + ".StartupHelpBanner", "status", "https://status.logstore-project.org/api/v2/status.json"),
                                "(StartupHelpBanner.java:31)"),
                        tuple(key(plugins + ".TableLookupAdapter", "refresh", "https://tables.acme-data.net/table.csv"), "(TableLookupAdapter.java:21)"),
                        tuple(key(plugins + ".WebhookPlaceholders", "create", "https://hooks.chat-vendor.com/callback"), "(WebhookPlaceholders.java:28)"),
                        tuple(key(plugins + ".WebhookPlaceholders", "send", "https://hooks.chat-vendor.com/services/T024B/B0X1/abc123"),
                                "(WebhookPlaceholders.java:32)"));
        assertThat(violations.get(3).message()).as("the URL handed to probe(name, endpointUrl), two lines below the call's start")
                .isEqualTo("Class <" + plugins + ".ServiceCatalog> hard-codes endpoint \"https://queue.eu-west-1.queue-vendor.com/health\""
                        + " in <availableServices> in (ServiceCatalog.java:28)");
        assertThat(violations.get(7).message()).as("a URL under a key other than $schema in a card template")
                .startsWith("Client <" + plugins + ".WebhookPlaceholders> hard-codes endpoint \"https://hooks.chat-vendor.com/callback\" constant CALLBACK_CARD");
        assertThat(List.of("https://hooks.chat-vendor.com/services/xxx/xxxx/xxxxxxxx", "https://server.region.logic.cloud-vendor.com:443/workflows/xxxxxxx",
                "https://doc.rust-lang.org/std/", "https://go2docs.logstore-project.org/current/", "{\"$id\": \"https://schemas.acme-data.net/order.json\"}",
                "{ \"@context\": \"http://schema.org/extensions\" }"))
                .allSatisfy(text -> assertThat(EndpointRecognizer.find(text, EndpointAllowList.defaults())).as(text).isEmpty());
        assertThat(List.of("https://hooks.chat-vendor.com/services/xx/box", "https://xxx-api.acme-data.net/v1", "http://docs:8080/api",
                "https://docs.acme-data.net:8443/api", "https://docsearch.acme-data.net/api", "{\"url\": \"https://schemas.acme-data.net/order\"}"))
                .allSatisfy(text -> assertThat(EndpointRecognizer.find(text, EndpointAllowList.defaults())).as(text).isPresent());
        assertThat(List.of("HELP_COMMUNITY", "linkToDocs", "learnMoreLink", "documentationUrl", "USER_MANUAL"))
                .allSatisfy(name -> assertThat(NoHardcodedEndpoints.namesDocumentation(name)).as(name).isTrue());
        assertThat(List.of("HELPDESK_URL", "docUrl", "helperUrl", "endpointUrl", "DOCUMENT_STORE"))
                .allSatisfy(name -> assertThat(NoHardcodedEndpoints.namesDocumentation(name)).as(name).isFalse());
    }

    /** The violations of the {@code endpointidioms} fixtures whose class name starts with {@code simpleNamePrefix}. */
    private static List<Violation> idiomViolations(String simpleNamePrefix) {
        return Fixtures.violations(IDIOMS, NoHardcodedEndpoints.ID).stream()
                .filter(v -> v.key().startsWith(IDIOMS + "." + simpleNamePrefix))
                .toList();
    }
}
