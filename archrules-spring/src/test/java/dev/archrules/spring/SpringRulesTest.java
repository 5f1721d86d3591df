package dev.archrules.spring;

import dev.archrules.core.model.Violation;
import dev.archrules.spring.rules.SpringRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.spring.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each Spring rule on its fixture package (violating and compliant classes side by side, compiled
 * against the real Spring jars): exactly these violations, by key, file and line.
 */
class SpringRulesTest {

    private static List<Violation> violations(String fixture, String ruleId) {
        List<Violation> found = Fixtures.violations(fixture, ruleId);
        assertThat(found).allSatisfy(violation -> {
            assertThat(violation.ruleId()).isEqualTo(ruleId);
            assertThat(violation.message()).endsWith(violation.location().toString());
        });
        return found;
    }

    @Test
    void value_only_in_configuration_flags_a_key_read_with_value_by_several_classes_outside_configuration() {
        String pkg = ROOT + ".value.";
        List<Violation> found = violations("value", SpringRules.VALUE_ONLY_IN_CONFIGURATION);
        assertThat(found)
                .extracting(Violation::key, v -> v.location().fileName(), v -> v.location().line())
                .containsExactly(
                        tuple(pkg + "CarrierService -> ${carrier.url}", "CarrierService.java", 13),
                        tuple(pkg + "CarrierTrackingService -> ${carrier.url}", "CarrierTrackingService.java", 12),
                        tuple(pkg + "LabelArchive -> ${labels.path:${app.home}/labels}", "LabelArchive.java", 12),
                        tuple(pkg + "LabelPrinter -> ${labels.path:${app.home}/labels}", "LabelPrinter.java", 14));
        assertThat(found.get(0).message()).startsWith("Field <" + pkg + "CarrierService.url> reads @Value(\"${carrier.url}\") "
                + "outside a configuration class, and so does CarrierTrackingService: the setting is scattered");
        // settings are grouped by the outer placeholder's key: ThemeStore's themes.path only shares the nested ${app.home}
        // of its default with the label readers, and is neither reported nor named as another reader of labels.path
        assertThat(found.get(3).message()).startsWith("Field <" + pkg + "LabelPrinter.labelsPath> reads @Value(\"${labels.path:${app.home}/labels}\") "
                + "outside a configuration class, and so does LabelArchive: the setting is scattered");
        // TaxService reads its one key alone: externalised configuration (C6), not scattered. StatusPage and WebhookTester
        // both read Spring Boot's own server.port: the framework's setting, not the team's scattered one.
        // MailConfiguration (@Value in a @Bean method) and CarrierProperties (@ConfigurationProperties) pass
    }

    @Test
    void transactions_not_in_controllers_flags_the_class_and_the_method_but_not_the_service() {
        String pkg = ROOT + ".tx.";
        assertThat(violations("tx", SpringRules.TRANSACTIONS_NOT_IN_CONTROLLERS))
                .extracting(Violation::key, v -> v.location().fileName(), v -> v.location().line())
                .containsExactly(
                        tuple(pkg + "PaymentController", "PaymentController.java", 13),
                        tuple(pkg + "RefundController#refund", "RefundController.java", 19));
    }

    @Test
    void no_entities_in_web_api_looks_into_generic_types_and_request_bodies() {
        String pkg = ROOT + ".entities.";
        String order = " -> " + pkg + "Order";
        assertThat(violations("entities", SpringRules.NO_ENTITIES_IN_WEB_API))
                .extracting(Violation::key, v -> v.location().line())
                .containsExactly(
                        tuple(pkg + "OrderController#all" + order, 25),      // ResponseEntity<List<Order>>
                        tuple(pkg + "OrderController#byStatus" + order, 40), // Map<String, ? extends Order[]>
                        tuple(pkg + "OrderController#create" + order, 45),   // @RequestBody Order
                        tuple(pkg + "OrderController#first" + order, 35),    // Optional<Order>
                        tuple(pkg + "OrderController#get" + order, 20),      // Order
                        tuple(pkg + "OrderController#page" + order, 30),     // Page<Order>
                        tuple(pkg + "OrderPageController#models" + order, 27)); // PagedModel<EntityModel<Order>>
        // views() returns records, toEntity(…) is no handler, ApiErrors' @ExceptionHandler is no endpoint;
        // OrderPageController#summaries takes the PagedResourcesAssembler<Order> Spring MVC injects and answers views
        assertThat(Fixtures.violations("entities", SpringRules.NO_ENTITIES_IN_WEB_API).get(2).message())
                .contains("accepts entity <" + pkg + "Order>");
    }

    @Test
    void repositories_only_in_services_flags_injection_into_controllers_and_clients_but_not_services_or_configuration() {
        String pkg = ROOT + ".repositories.";
        assertThat(violations("repositories", SpringRules.REPOSITORIES_ONLY_IN_SERVICES))
                .extracting(Violation::key, v -> v.location().fileName(), v -> v.location().line())
                .containsExactly(
                        tuple(pkg + "CrmClient -> " + pkg + "AuditLog", "CrmClient.java", 11),
                        tuple(pkg + "CustomerController -> " + pkg + "CustomerRepository", "CustomerController.java", 11),
                        tuple(pkg + "CustomerExport -> " + pkg + "CustomerRepository", "CustomerExport.java", 12),
                        tuple(pkg + "CustomerPageController -> " + pkg + "CustomerRepository", "CustomerPageController.java", 8),
                        tuple(pkg + "InvoiceController -> " + pkg + "InvoiceDao", "InvoiceController.java", 13));
        // VipCustomerController only hands the repository to super(…); CustomerSegments reads it only in its constructor
        // and keeps no reference (built once at start-up); SettingsController's SettingsRepository is a backend SPI over
        // values with implementations of many kinds (Git, JDBC), not data access; CustomerMerge has no role, so nothing
        // says it is outside the service layer; CustomerLookupController only looks a customer up and answers it (a plain
        // look-up, no logic outside the service layer): none is reported
    }

    @Test
    void no_self_invocation_reuses_proxy_rules_for_transactional_async_cacheable_retryable_and_method_security() {
        String pkg = ROOT + ".proxy.";
        List<Violation> found = violations("proxy", SpringRules.NO_SELF_INVOCATION_OF_PROXIED_METHODS);
        assertThat(found)
                .extracting(Violation::key, v -> v.location().line())
                .containsExactly(
                        tuple(pkg + "AccountAdminService#closeDormant -> " + pkg + "AccountAdminService#close", 38),
                        tuple(pkg + "AccountAdminService#ownerOf -> " + pkg + "AccountAdminService#load", 70),
                        tuple(pkg + "AccountAdminService#purge -> " + pkg + "AccountAdminService#audit", 61),
                        tuple(pkg + "AccountAdminService#transferAll -> " + pkg + "AccountAdminService#transfer", 50),
                        tuple(pkg + "AccountAdminService#transferNormalised -> " + pkg + "AccountAdminService#transfer", 81),
                        tuple(pkg + "CachedLookupService#firstFragment -> " + pkg + "CachedLookupService#fragment", 50),
                        tuple(pkg + "CachedLookupService#firstFragment -> " + pkg + "CachedLookupService#fragmentCodes", 49),
                        tuple(pkg + "CachedLookupService#fragmentsOf -> " + pkg + "CachedLookupService#fragment", 42),
                        tuple(pkg + "LedgerRepository#close -> " + pkg + "LedgerRepository#archive", 17),
                        tuple(pkg + "LostTransactionService#archive -> " + pkg + "LostTransactionService#exportSnapshot", 37),
                        tuple(pkg + "LostTransactionService#close -> " + pkg + "LostTransactionService#audit", 14),
                        tuple(pkg + "LostTransactionService#close -> " + pkg + "LostTransactionService#reserveSeat", 15),
                        tuple(pkg + "LostTransactionService#report -> " + pkg + "LostTransactionService#correct", 20),
                        tuple(pkg + "OrderService#placeOrder -> " + pkg + "OrderService#notifyWarehouse", 12),
                        tuple(pkg + "OrderService#placeOrder -> " + pkg + "OrderService#reserve", 11),
                        tuple(pkg + "PriceService#price -> " + pkg + "PriceService#fetch", 16),
                        tuple(pkg + "PriceService#total -> " + pkg + "PriceService#price", 11),
                        tuple(pkg + "RetriedArchiveService#archiveNow -> " + pkg + "RetriedArchiveService#archive", 33),
                        tuple(pkg + "RetriedCancellationService#expire -> " + pkg + "RetriedCancellationService#cancel", 36),
                        tuple(pkg + "TenantSettingsService#archive -> " + pkg + "TenantSettingsService#value", 44),
                        tuple(pkg + "TenantSettingsService#valueOrDefault -> " + pkg + "TenantSettingsService#value", 26),
                        tuple(pkg + "TokenRevocationService#clearExpiredFamilies -> " + pkg + "TokenRevocationService#revokeFamily", 32),
                        tuple(pkg + "TokenRevocationService#relabelAll -> " + pkg + "TokenRevocationService#relabel", 38));
        // notifyWarehouse is called twice: one violation at the first call, counting the other
        assertThat(found.get(13).message()).contains("@org.springframework.scheduling.annotation.Async").contains("(and 1 more)");
        // each message says what the bypassed proxy would have done
        assertThat(found).extracting(Violation::message).satisfiesExactly(
                m -> assertThat(m).contains(": @org.springframework.security.access.prepost.PreAuthorize does not apply: the access check does not run"),
                m -> assertThat(m).contains(": @org.springframework.security.access.prepost.PostAuthorize does not apply: the check of what it answers does not run"),
                m -> assertThat(m).contains(": @org.springframework.security.access.annotation.Secured does not apply: the access check does not run"),
                m -> assertThat(m).contains(": @org.springframework.security.access.prepost.PreAuthorize does not apply: the access check does not run"),
                m -> assertThat(m).contains(": @org.springframework.security.access.prepost.PreAuthorize does not apply: the access check does not run"),
                m -> assertThat(m).contains(": @org.springframework.cache.annotation.Cacheable does not apply"),
                m -> assertThat(m).contains(": @org.springframework.cache.annotation.Cacheable does not apply"),
                m -> assertThat(m).contains(": @org.springframework.cache.annotation.Cacheable does not apply"),
                m -> assertThat(m).contains(": it runs in the caller's transaction instead of a new one"),
                m -> assertThat(m).contains(": it runs inside the caller's transaction instead of without one"),
                m -> assertThat(m).contains(": it runs in the caller's transaction instead of a new one"),
                m -> assertThat(m).contains(": it runs with the caller's isolation instead of SERIALIZABLE"),
                m -> assertThat(m).contains(": it writes inside the caller's read-only transaction"),
                m -> assertThat(m).contains(": @org.springframework.scheduling.annotation.Async does not apply"),
                m -> assertThat(m).contains(": the caller runs without a transaction, so none is started"),
                m -> assertThat(m).contains(": @org.springframework.resilience.annotation.Retryable does not apply"),
                m -> assertThat(m).contains(": @org.springframework.cache.annotation.Cacheable does not apply"),
                m -> assertThat(m).contains(": @org.springframework.retry.annotation.Retryable does not apply"),
                m -> assertThat(m).contains("annotated with @org.springframework.resilience.annotation.Retryable, on this")
                        .contains(": @org.springframework.resilience.annotation.Retryable does not apply"),
                m -> assertThat(m).contains(": @org.springframework.cache.annotation.Cacheable does not apply"),
                m -> assertThat(m).contains(": @org.springframework.cache.annotation.Cacheable does not apply"),
                m -> assertThat(m).contains(": the caller runs without a transaction, so none is started"),
                m -> assertThat(m).contains(": the caller runs without a transaction, so none is started"));
        // AccountAdminService#closeAll is checked by the same argument-free rule as close, and #transferFirst by the same
        // rule on #owner as transfer, to which it hands its own owner unchanged: both pass.
        // CheckoutService calls reserve() through the other bean and its private helper is plain: it passes.
        // JoinedTransactionService's calls join the caller's transaction with settings it satisfies (write -> read-only,
        // recursion, REQUIRES_NEW -> the same REQUIRES_NEW, read-only -> read-only REQUIRES_NEW), and
        // LedgerRepository#delete's finder and save join the service's transaction the repository runs in, and
        // RetriedCancellationService#cancel(long) and RetriedArchiveService#archive(long) delegate to their overloads retried
        // alike (the latter's nested @Backoff included), and TenantSettingsService#checkChangeAllowed reads its cached value
        // only on the way to update, which evicts that cache (the check wants the stored value), and
        // CachedLookupService#uniqueFragment is cached itself (its reads run only when its own cache misses), and
        // TokenRevocationService#revoke is one call of a repository write transactional itself, called where no
        // transaction runs (the repository opens the same transaction): none is reported
    }

    @Test
    void no_bean_lookup_flags_get_bean_and_get_beans_of_type_outside_configuration() {
        String pkg = ROOT + ".lookup.";
        assertThat(violations("lookup", SpringRules.NO_BEAN_LOOKUP))
                .extracting(Violation::key, v -> v.location().fileName(), v -> v.location().line())
                .containsExactly(
                        tuple(pkg + "DeliveryAuditFactory -> org.springframework.context.ApplicationContext#getBean",
                                "DeliveryAuditFactory.java", 18),
                        tuple(pkg + "ExportMailer -> org.springframework.context.ApplicationContext#getBean",
                                "ExportMailer.java", 16),
                        tuple(pkg + "FormatterBeans -> org.springframework.beans.factory.config.ConfigurableListableBeanFactory#getBean",
                                "FormatterBeans.java", 19),
                        tuple(pkg + "FormatterReferences -> org.springframework.context.ApplicationContext#getBean",
                                "FormatterReferences.java", 25),
                        tuple(pkg + "FormatterRegistry -> org.springframework.beans.factory.ListableBeanFactory#getBeansOfType",
                                "FormatterRegistry.java", 18),
                        tuple(pkg + "InvoicePrinter -> " + pkg + "ContextHolder#bean", "InvoicePrinter.java", 10),
                        tuple(pkg + "ReportService -> org.springframework.context.ApplicationContext#getBean",
                                "ReportService.java", 16),
                        tuple(pkg + "StartupReportService -> org.springframework.context.ApplicationContext#getBean",
                                "StartupReportService.java", 24));
        // not reported: PluginInvoker looking up the bean of a plug-in class loaded by a configured name, MessageDispatcher discovering its @MessageHandler beans in afterPropertiesSet (start-up
        // discovery of an open set; StartupReportService's one collaborator looked up in @PostConstruct is reported),
        // the holder ContextHolder delegating, ReportCommandLine taking beans out of the containers it starts (main, the
        // composition root), TenantFormatters' per-tenant name built at run time, ExportTaskFactory creating
        // a prototype with run-time constructor arguments (getBean(type, args…)), DeliveryListenerFactory creating
        // prototypes by type (getBean(type) of @Scope("prototype") beans; DeliveryAuditFactory's singleton is reported),
        // TenantRegistrar registering the bean it then initialises, LookupConfiguration's nested StartupCheck, the JSR-356
        // SpringEndpointConfigurator answering the WebSocket container with the Spring bean, and
        // the JPA-created Ledger entity and AuditListener entity listener;
        // nor the look-ups that fetch no fixed collaborator: ExtractorRegistry's formatter named by an attribute's
        // configuration (a name read at run time), DatabaseDumper fetching every DataSource by the names the container
        // lists (FormatterReferences' same discovery of formatters on each call is reported), FormatterWarmUp's
        // getBean("formatterFactory") whose result is thrown away, the container-created FormatterServlet, FormatterBeans'
        // newPrinter building the bean from the factory handed in (its standardFormat, building nothing, is reported),
        // and ModePrinter asking the holder ModeFormatters for the bean of a configurable name; nor ExportRunContext, wired
        // in init(ApplicationContext) by the worker that deserialized it, and ExportRunChecks, which it builds and hands
        // that container (objects the container does not create; the bean ExportMailer handed the container is reported)
        assertThat(violations("lookup", SpringRules.NO_BEAN_LOOKUP).get(2).message()).as("newPrinter's look-up is wiring")
                .contains("standardFormat").doesNotContain("newPrinter").doesNotContain("(and ");
        String twice = violations("lookup", SpringRules.NO_BEAN_LOOKUP).get(6).message();
        assertThat(twice).as("two look-ups: one violation, the location once").endsWith(" (and 1 more) in (ReportService.java:16)");
        assertThat(twice.split("\\(ReportService\\.java:16\\)", -1)).hasSize(2);
    }

    @Test
    void the_compliant_fixtures_pass_every_spring_rule() {
        for (String fixture : List.of("roles", "app")) {
            assertThat(Fixtures.evaluate(fixture).violations())
                    .as(fixture)
                    .noneMatch(violation -> violation.ruleId().startsWith("spring."));
        }
    }

    @Test
    void value_only_in_configuration_is_a_warning_by_default_and_every_other_spring_rule_an_error() {
        var checklist = SpringChecklist.forBasePackage("com.acme.shop");

        assertThat(checklist.definitions()).filteredOn(rule -> rule.id().startsWith("spring."))
                .filteredOn(rule -> rule.severity() != dev.archrules.core.model.Severity.ERROR)
                .extracting(rule -> rule.id() + " " + rule.severity().argument())
                .containsExactly(SpringRules.VALUE_ONLY_IN_CONFIGURATION + " warning");
    }
}
