package com.example.springshop;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.report.RuleResult;
import dev.archrules.spring.SpringChecklist;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The whole Spring preset on one import of the legacy shop: exactly the violations it was written to
 * show, so a rule that stops catching something (or starts catching more) fails the build.
 */
class ChecklistTest {

    private static final BackendChecklist CHECKLIST = SpringChecklist.forApplication(ShopApplication.class);
    private static final JavaClasses CLASSES = CHECKLIST.importClasses();

    private static final String SHOP = "com.example.springshop.";

    @Test
    void the_checklist_reports_exactly_the_legacy_violations() {
        ChecklistResult result = CHECKLIST.evaluate(CLASSES);

        assertThat(result.violations())
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactlyInAnyOrder(
                        // C1/C2: the order controller runs its own SQL and reads the repository; one fact, one report:
                        // reported by controllers.no-data-access, naming data-access.persistence-api-only-in-repositories
                        // and spring.repositories-only-in-services
                        tuple("controllers.no-data-access",
                                SHOP + "orders.OrderController -> " + SHOP + "orders.OrderRepository", "(OrderController.java:35)"),
                        tuple("controllers.no-data-access",
                                SHOP + "orders.OrderController -> org.springframework.jdbc.core.JdbcTemplate", "(OrderController.java:52)"),
                        // C2/C4: entities in and out of the web API
                        tuple("spring.no-entities-in-web-api",
                                SHOP + "orders.OrderController#byCustomer -> " + SHOP + "orders.Order", "(OrderController.java:40)"),
                        tuple("spring.no-entities-in-web-api",
                                SHOP + "orders.OrderController#get -> " + SHOP + "orders.Order", "(OrderController.java:35)"),
                        tuple("spring.no-entities-in-web-api",
                                SHOP + "orders.OrderController#place -> " + SHOP + "orders.Order", "(OrderController.java:46)"),
                        // C3: one controller for products, prices, stock, reviews, images, categories, brands and search
                        tuple("data-access.sql-only-in-repositories", SHOP + "orders.OrderController#stats @58aa61e8", "(OrderController.java:53)"),
                        tuple("controllers.thin-handlers", SHOP + "catalog.CatalogController#discount(java.lang.String, int, boolean)",
                                "(CatalogController.java:66)"),
                        tuple("config.no-hardcoded-endpoints", SHOP + "orders.ShippingService#ship @6ee53a33", "(ShippingService.java:15)"),
                        tuple("config.no-hardcoded-credentials", SHOP + "billing.PaymentService#pay @05343a3c", "(PaymentService.java:22)"),
                        // C6: a password literal passed straight to HttpHeaders.setBasicAuth, bound to no credential-like name
                        tuple("config.no-hardcoded-credentials", SHOP + "billing.TaxOfficeHeaders#forExport @31e11e05", "(TaxOfficeHeaders.java:13)"),
                        tuple("controllers.single-responsibility", SHOP + "catalog.CatalogController#endpoints", "(CatalogController.java:23)"),
                        // C4: billing reads the orders tables
                        tuple("modules.own-their-data",
                                SHOP + "billing.InvoiceService -> " + SHOP + "orders.OrderRepository", "(InvoiceService.java:36)"),
                        tuple("modules.own-their-data",
                                SHOP + "billing.InvoiceService -> " + SHOP + "orders.Order", "(InvoiceService.java:37)"),
                        // C5: a service calls the carrier with RestTemplate
                        tuple("integration.http-clients-in-client-adapters",
                                SHOP + "orders.ShippingService -> org.springframework.web.client.RestTemplate", "(ShippingService.java:12)"),
                        // C5: a service asks the LDAP directory itself (a vendor/SDK client of the external-client catalogue)
                        tuple("integration.http-clients-in-client-adapters",
                                SHOP + "orders.CustomerDirectoryService -> javax.naming.directory.DirContext", "(CustomerDirectoryService.java:26)"),
                        // C6: one setting read with @Value by two services, with different defaults
                        tuple("spring.value-only-in-configuration",
                                SHOP + "billing.InvoiceService -> ${billing.tax-rate:0.19}", "(InvoiceService.java:23)"),
                        tuple("spring.value-only-in-configuration",
                                SHOP + "catalog.GrossPriceService -> ${billing.tax-rate:0.2}", "(GrossPriceService.java:14)"),
                        // C7: orders -> billing -> orders; the module tangle billing, orders is this package tangle seen from
                        // afar: reported once, here, naming modules.no-cycles
                        tuple("packages.no-cycles", SHOP + "billing, " + SHOP + "orders", "(InvoiceService.java:36)"),
                        // C8: a request counter in a controller
                        tuple("state.stateless-singletons", SHOP + "orders.OrderController#ordersPlaced", "(OrderController.java:46)"),
                        // C9: field injection, new RestTemplate(), getBean
                        tuple("di.constructor-injection", SHOP + "billing.InvoiceService#orderRepository", "(InvoiceService.java:36)"),
                        tuple("di.no-direct-instantiation",
                                SHOP + "orders.ShippingService -> new org.springframework.web.client.RestTemplate", "(ShippingService.java:12)"),
                        // the look-up is spring.no-bean-lookup's fact, naming di.no-direct-instantiation
                        tuple("spring.no-bean-lookup",
                                SHOP + "billing.PaymentService -> org.springframework.context.ApplicationContext#getBean", "(PaymentService.java:21)"),
                        // C10: a service calls a controller, a controller owns a transaction, a service bypasses its proxy
                        tuple("layers.dependency-direction",
                                SHOP + "catalog.CatalogService -> " + SHOP + "catalog.CatalogController", "(CatalogService.java:24)"),
                        tuple("spring.transactions-not-in-controllers", SHOP + "orders.OrderController#place", "(OrderController.java:46)"),
                        tuple("spring.no-self-invocation-of-proxied-methods",
                                SHOP + "billing.InvoiceService#invoiceAll -> " + SHOP + "billing.InvoiceService#invoice", "(InvoiceService.java:30)"),
                        // C2: request handlers that are not controllers — an event listener, a JMS message listener, an interceptor, a gRPC service and a
                        // filter reading repositories (each also breaks spring.repositories-only-in-services, reported once); a GraphQL query and a WebSocket handler computing (CatalogWarmup, start-up
                        // wiring on ApplicationReadyEvent, is no handler; the generated ProductServiceGrpc is left out)
                        tuple("controllers.no-data-access",
                                SHOP + "billing.DunningListener -> " + SHOP + "billing.InvoiceRepository", "(DunningListener.java:18)"),
                        tuple("controllers.no-data-access",
                                SHOP + "billing.InvoiceVoidListener -> " + SHOP + "billing.InvoiceRepository", "(InvoiceVoidListener.java:18)"),
                        tuple("controllers.no-data-access",
                                SHOP + "billing.InvoiceAccessInterceptor -> " + SHOP + "billing.InvoiceRepository", "(InvoiceAccessInterceptor.java:19)"),
                        tuple("controllers.no-data-access",
                                SHOP + "catalog.ProductGrpcService -> " + SHOP + "catalog.ProductRepository", "(ProductGrpcService.java:16)"),
                        tuple("controllers.no-data-access",
                                SHOP + "orders.OrderAuditFilter -> " + SHOP + "orders.OrderRepository", "(OrderAuditFilter.java:27)"),
                        tuple("controllers.thin-handlers", SHOP + "catalog.ProductGraphQlController#bundlePrice(java.util.List, boolean)",
                                "(ProductGraphQlController.java:14)"),
                        tuple("controllers.thin-handlers", SHOP + "orders.OrderStatusSocketHandler#handleTextMessage("
                                + "org.springframework.web.socket.WebSocketSession, org.springframework.web.socket.TextMessage)",
                                "(OrderStatusSocketHandler.java:11)"),
                        // the rest of the checklist (issue 15): complexity red flags, patterns to favour, data-flow advice
                        tuple("layers.repositories-behind-interfaces",
                                SHOP + "catalog.StockService -> " + SHOP + "catalog.JdbcStockRepository", "(StockService.java:16)"),
                        tuple("reliability.no-remote-calls-in-transactions",
                                SHOP + "billing.RefundService#refund -> org.springframework.jms.core.JmsTemplate#convertAndSend", "(RefundService.java:22)"),
                        tuple("reliability.no-remote-calls-in-transactions",
                                SHOP + "orders.OrderService#place -> org.springframework.web.client.RestTemplate#postForObject", "(OrderService.java:25)"),
                        tuple("complexity.single-datasource", "data-stores: " + SHOP + "billing.BillingDataSources#ledgerDataSource, "
                                + SHOP + "billing.BillingDataSources#shopDataSource", "(BillingDataSources.java:28)"),
                        tuple("complexity.no-request-reply-over-messaging", SHOP + "billing.TaxRateQuotes#rateFor -> "
                                + "org.springframework.jms.core.JmsMessagingTemplate#convertSendAndReceive", "(TaxRateQuotes.java:19)"),
                        tuple("complexity.no-sequential-remote-calls", SHOP + "catalog.ProductPageController#page", "(ProductPageController.java:18)"),
                        tuple("complexity.no-pass-through-layers", SHOP + "orders.OrderLookup", "(OrderLookup.java:13)"),
                        tuple("complexity.request-hops", SHOP + "orders.OrderTrackingController#track", "(OrderTrackingController.java:19)"));

        // every rule of the preset, core and Spring, catches something here: three of them only facts another rule reports
        assertThat(result.rules()).hasSize(28).filteredOn(RuleResult::passed)
                .extracting(rule -> rule.rule().id(), rule -> rule.reportedElsewhere().size())
                .containsExactlyInAnyOrder(tuple("data-access.persistence-api-only-in-repositories", 1),
                        tuple("spring.repositories-only-in-services", 6), tuple("modules.no-cycles", 1));
        assertThat(result.violations()).filteredOn(violation -> violation.message().contains("(also breaks "))
                .extracting(Violation::ruleId, Violation::key)
                .containsExactlyInAnyOrder(
                        tuple("controllers.no-data-access", SHOP + "orders.OrderController -> org.springframework.jdbc.core.JdbcTemplate"),
                        tuple("controllers.no-data-access", SHOP + "orders.OrderController -> " + SHOP + "orders.OrderRepository"),
                        tuple("controllers.no-data-access", SHOP + "billing.DunningListener -> " + SHOP + "billing.InvoiceRepository"),
                        tuple("controllers.no-data-access", SHOP + "billing.InvoiceVoidListener -> " + SHOP + "billing.InvoiceRepository"),
                        tuple("controllers.no-data-access", SHOP + "billing.InvoiceAccessInterceptor -> " + SHOP + "billing.InvoiceRepository"),
                        tuple("controllers.no-data-access", SHOP + "catalog.ProductGrpcService -> " + SHOP + "catalog.ProductRepository"),
                        tuple("controllers.no-data-access", SHOP + "orders.OrderAuditFilter -> " + SHOP + "orders.OrderRepository"),
                        tuple("spring.no-bean-lookup", SHOP + "billing.PaymentService -> org.springframework.context.ApplicationContext#getBean"),
                        tuple("packages.no-cycles", SHOP + "billing, " + SHOP + "orders"));
        assertThat(result.violations()).allSatisfy(violation ->
                assertThat(violation.message()).endsWith(violation.location().toString()));
    }

    @Test
    void check_fails_with_one_report_naming_every_rule() {
        assertThatThrownBy(() -> CHECKLIST.check(CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("archrules checklist: 40 violations (32 errors, 7 warnings, 1 note) of 25 rules in 24 classes (45 classes analysed, 2 generated classes left out, 28 rules checked)")
                .hasMessageContaining("FAIL spring.no-self-invocation-of-proxied-methods (C10)")
                // style advice (a warning by default): reported, and listed after the errors
                .hasMessageContaining("  WARN spring.value-only-in-configuration [warning] (C6)");
    }
}
