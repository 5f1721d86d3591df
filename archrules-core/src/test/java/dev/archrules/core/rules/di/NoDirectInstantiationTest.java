package dev.archrules.core.rules.di;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.assertLocatedAt;
import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code di.no-direct-instantiation} (C9) on the fixtures in {@code dev.archrules.fixtures.instantiation}. */
class NoDirectInstantiationTest {

    private static final String RULE = CoreRules.NO_DIRECT_INSTANTIATION;
    private static final String FIXTURES = "dev.archrules.fixtures.instantiation";
    private static final String F = FIXTURES + ".";
    private static final String INVENTORY = F + "service.InventoryService";

    private static JavaClasses classes;
    private static List<Violation> violations;

    @BeforeAll
    static void evaluate() {
        classes = Fixtures.classes(FIXTURES);
        violations = Fixtures.violations(FIXTURES, RULE);
    }

    @Test
    void reports_exactly_the_created_and_looked_up_collaborators() {
        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, F + "adapters.OrderReportService -> new " + F + "adapters.JpaOrderRepository",
                                "(OrderReportService.java:11)"),
                        tuple(RULE, F + "entrypoints.InventoryExportCommand -> new " + INVENTORY, "(InventoryExportCommand.java:9)"),
                        tuple(RULE, F + "handedcontainer.FormatsReports -> io.micronaut.context.ApplicationContext#getBean",
                                "(FormatsReports.java:12)"),
                        tuple(RULE, F + "handedcontainer.ReportExporter -> io.micronaut.context.ApplicationContext#getBean",
                                "(ReportExporter.java:14)"),
                        tuple(RULE, F + "handedcontainer.ReportMailer -> io.micronaut.context.ApplicationContext#getBean",
                                "(ReportMailer.java:16)"),
                        tuple(RULE, F + "lookups.DefaultTaxRateService -> org.springframework.context.ApplicationContext#getBean",
                                "(DefaultTaxRateService.java:19)"),
                        tuple(RULE, F + "lookups.ExportTaxService -> " + F + "lookups.SpringContext#bean",
                                "(ExportTaxService.java:12)"),
                        tuple(RULE, F + "lookups.ModeReportService -> " + F + "lookups.ModeManagers#rates",
                                "(ModeReportService.java:19)"),
                        tuple(RULE, F + "lookups.ReferenceCheckService -> org.springframework.context.ApplicationContext#getBean",
                                "(ReferenceCheckService.java:26)"),
                        tuple(RULE, F + "lookups.TaxRatesBeanServlet -> org.springframework.context.ApplicationContext#getBean",
                                "(TaxRatesBeanServlet.java:23)"),
                        tuple(RULE, F + "lookups.TaxReportBeans -> org.springframework.beans.factory.ListableBeanFactory#getBean",
                                "(TaxReportBeans.java:22)"),
                        tuple(RULE, F + "lookups.TaxSummaryPrinter -> org.springframework.beans.factory.BeanFactory#getBean",
                                "(TaxSummaryPrinter.java:20)"),
                        tuple(RULE, F + "lookups.TenantReportService -> org.springframework.context.ApplicationContext#getBean",
                                "(TenantReportService.java:26)"),
                        tuple(RULE, F + "migrations.AddressCleanupService -> new " + F + "migrations.AddressSqlCommands",
                                "(AddressCleanupService.java:21)"),
                        tuple(RULE, F + "nominal.SingleSignOnImport -> new " + F + "nominal.ImportAuditService",
                                "(SingleSignOnImport.java:20)"),
                        tuple(RULE, F + "nominal.SingleSignOnImport -> new " + F + "nominal.PartnerDirectoryClient",
                                "(SingleSignOnImport.java:21)"),
                        tuple(RULE, F + "percall.CatalogExceptionMapper -> new " + F + "percall.SkuCatalogService",
                                "(CatalogExceptionMapper.java:18)"),
                        tuple(RULE, F + "percall.ConfigReportService -> new " + F + "percall.FileConfigRepository",
                                "(ConfigReportService.java:9)"),
                        tuple(RULE, F + "percall.FeedCheckService -> new " + F + "percall.UrlFeedSource",
                                "(FeedCheckService.java:14)"),
                        tuple(RULE, F + "percall.LegacyProxyController -> new " + F + "percall.ForwardingProxy",
                                "(LegacyProxyController.java:17)"),
                        tuple(RULE, F + "percall.ProductSearchService -> new " + F + "percall.PriceQueryRepository",
                                "(ProductSearchService.java:21)"),
                        tuple(RULE, F + "percall.RevocationScheduler -> new " + F + "percall.RevocationService",
                                "(RevocationScheduler.java:10)"),
                        tuple(RULE, F + "percall.SkuCheckService -> new " + F + "percall.SkuCatalogService",
                                "(SkuCheckService.java:10)"),
                        tuple(RULE, F + "plugins.AuditLockPlugin -> new " + F + "plugins.LockAdminService",
                                "(AuditLockPlugin.java:11)"),
                        tuple(RULE, F + "plugins.ReportStoreManager -> new " + F + "plugins.LockDao",
                                "(ReportStoreManager.java:14)"),
                        tuple(RULE, F + "plugins.UnregisteredLockPlugin -> new " + F + "plugins.LockDao",
                                "(UnregisteredLockPlugin.java:6)"),
                        tuple(RULE, F + "poolwrappers.SharedArchivePool -> new " + F + "poolwrappers.ArchiveRepository",
                                "(SharedArchivePool.java:28)"),
                        tuple(RULE, F + "providers.InventoryViewProvider -> new " + INVENTORY, "(InventoryViewProvider.java:11)"),
                        tuple(RULE, F + "selfadapters.ReplicaStockService -> new " + F + "selfadapters.StockQueriesProtocolService",
                                "(ReplicaStockService.java:26)"),
                        tuple(RULE, F + "service.AuditService -> jakarta.enterprise.inject.spi.CDI#current", "(AuditService.java:11)"),
                        tuple(RULE, F + "service.CheckoutService -> new " + INVENTORY, "(CheckoutService.java:9)"),
                        tuple(RULE, F + "service.ExchangeRateService -> new org.springframework.web.client.RestTemplate",
                                "(ExchangeRateService.java:12)"),
                        tuple(RULE, F + "service.LegacyPaymentService -> javax.naming.InitialContext#lookup",
                                "(LegacyPaymentService.java:15)"),
                        tuple(RULE, F + "service.ReportService -> org.springframework.context.ApplicationContext#getBean",
                                "(ReportService.java:17)"),
                        tuple(RULE, F + "service.RestockService -> new " + INVENTORY, "(RestockService.java:10)"),
                        tuple(RULE, F + "subresources.CarriersResource -> new " + F + "subresources.CarrierRatesServiceImpl",
                                "(CarriersResource.java:11)"),
                        tuple(RULE, F + "subresources.ShipmentExport -> new " + F + "subresources.TrackingRestServiceImpl",
                                "(ShipmentExport.java:10)"),
                        tuple(RULE, F + "tasks.StockTaskDefaults -> new " + F + "tasks.RecountService", "(StockTaskDefaults.java:10)"),
                        tuple(RULE, F + "web.OrderController -> new " + F + "repository.OrderRepository", "(OrderController.java:17)"));
    }

    /**
     * Schema migrations build their SQL commands (a Flyway migration passing them to its base class), and Flyway takes
     * callbacks as instances: neither is a collaborator created instead of injected; nor is the data-access object Spring
     * Boot's Flyway migration strategy builds to copy the old release's rows (it runs before the data-access beans exist).
     * The same commands created by a service are.
     */
    @Test
    void migrations_create_their_sql_commands_and_callbacks_are_handed_to_flyway_as_instances() {
        assertThat(violations).extracting(Violation::key).filteredOn(key -> key.startsWith(F + "migrations."))
                .containsExactly(F + "migrations.AddressCleanupService -> new " + F + "migrations.AddressSqlCommands");
        assertThat(classes.get(F + "migrations.MigrationCallbacks").getConstructorCallsFromSelf())
                .as("the trap creates the callback")
                .anyMatch(call -> call.getTargetOwner().getName().equals(F + "migrations.BeforeBaselineCallback"));
    }

    /**
     * A provider a {@code META-INF/services} file registers is created by the service loader with its no-argument
     * constructor: nothing can be injected into it, so it builds its DAO. The same class unregistered is reported, and so
     * is a registered provider creating a JAX-RS resource to ask it a question.
     */
    @Test
    void service_loader_providers_build_what_they_use() {
        assertThat(violations).extracting(Violation::key).filteredOn(key -> key.startsWith(F + "plugins."))
                .containsExactly(F + "plugins.AuditLockPlugin -> new " + F + "plugins.LockAdminService",
                        F + "plugins.ReportStoreManager -> new " + F + "plugins.LockDao",
                        F + "plugins.UnregisteredLockPlugin -> new " + F + "plugins.LockDao");
    }

    /**
     * Connection infrastructure builds the pools: a class that constructs a {@code javax.sql.DataSource} builds it and what
     * wraps it (a template, a transaction manager) as a configuration class's {@code @Bean} method would; a service handed
     * the data source that builds its own template is reported.
     */
    @Test
    void connection_infrastructure_builds_the_pools_a_service_does_not_build_its_template() {
        String pools = "dev.archrules.fixtures.source.poolsetup";
        assertThat(Fixtures.violations(pools, RULE)).extracting(Violation::key)
                .containsExactly(pools + ".UsageReportService -> new org.springframework.jdbc.core.JdbcTemplate");
    }

    /**
     * A class that makes its own only instance and that only a registered provider obtains is part of the provider's
     * composition and builds its DAO; the same singleton obtained by a service is reported, with the constructor named.
     */
    @Test
    void a_self_made_singleton_only_providers_obtain_builds_what_it_uses() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "plugins.LockStoreManager -> new " + F + "plugins.LockDao");
        Violation violation = violationWithKey(violations, F + "plugins.ReportStoreManager -> new " + F + "plugins.LockDao");
        assertLocatedAt(violation, RULE, F + "plugins.ReportStoreManager", "ReportStoreManager.java", 14);
        assertThat(violation.message()).contains("Constructor <" + F + "plugins.ReportStoreManager.<init>()> calls constructor <"
                + F + "plugins.LockDao.<init>(java.lang.String)>");
    }

    /**
     * A code base wired by hand — no bean, no injection point outside its JAX-RS resource, no {@code @Bean} method — is
     * composed with {@code new}: its container class building its repository and service is not reported, a class creating
     * a JAX-RS resource outside a request is, and so is a controller building its service (a layer hard-wiring another). The same container class where a container wires the code base (one
     * {@code @Inject} constructor) is reported for both creations.
     */
    @Test
    void a_code_base_wired_by_hand_composes_itself_with_new_but_creates_no_resource_and_no_layer_builds_another() {
        String handWired = "dev.archrules.fixtures.handwired.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.handwired", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, handWired + "ShardStatusController -> new " + handWired + "ShardUpdateService",
                                "(ShardStatusController.java:9)"),
                        tuple(RULE, handWired + "StatusExport -> new " + handWired + "StatusAdminService",
                                "(StatusExport.java:10)"));

        String containerWired = "dev.archrules.fixtures.containerwired.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.containerwired", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, containerWired + "SearchNode -> new " + containerWired + "BlobRepository", "(SearchNode.java:15)"),
                        tuple(RULE, containerWired + "SearchNode -> new " + containerWired + "ShardUpdateService", "(SearchNode.java:19)"));
    }

    /**
     * A type's static factory creating one of its subtypes is a factory ({@code ExportService.forFormat}); a service creating
     * that implementation for its own use is reported.
     */
    @Test
    void a_static_factory_of_its_own_type_creates_implementations_but_a_service_does_not() {
        String factory = "dev.archrules.fixtures.staticfactory.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.staticfactory", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(RULE, factory + "ReportService -> new " + factory + "CsvExportService", "(ReportService.java:18)"));
    }

    /**
     * A web application's bootstrap — the {@code ServletContextListener} the servlet container creates at start-up — is its
     * composition root: building the repository and the service it publishes in the servlet context is not reported, even
     * where a container could inject them ({@code @Inject} constructor, a {@code @Component} in the code base); a listener that
     * is a Spring bean building a service is reported.
     */
    @Test
    void a_servlet_context_listener_bootstrap_composes_the_application_but_a_bean_listener_does_not() {
        String bootstrap = "dev.archrules.fixtures.servletbootstrap.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.servletbootstrap", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, bootstrap + "CacheWarmingListener -> new " + bootstrap + "OrderRepository", "(CacheWarmingListener.java:13)"),
                        tuple(RULE, bootstrap + "CacheWarmingListener -> new " + bootstrap + "OrderService", "(CacheWarmingListener.java:13)"));
        // not reported: ShopBootstrap (new OrderRepository and new OrderService in its start-up step)
    }

    /**
     * A delegate implementing an interface that creates the one of two implementations the configuration names, and keeps
     * it in a field of that interface's type, is the strategy's factory and proxy; a delegate wrapping the one binder it
     * creates and a service choosing the binder it uses are reported.
     */
    @Test
    void a_delegate_choosing_among_implementations_of_its_own_interface_is_a_factory_a_service_choosing_is_not() {
        String delegates = "dev.archrules.fixtures.strategydelegates.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.strategydelegates", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, delegates + "AddressAuditService -> new " + delegates + "DnsBinder", "(AddressAuditService.java:15)"),
                        tuple(RULE, delegates + "AddressAuditService -> new " + delegates + "ElasticIpBinder", "(AddressAuditService.java:17)"),
                        tuple(RULE, delegates + "DnsOnlyBinderDelegate -> new " + delegates + "DnsBinder", "(DnsOnlyBinderDelegate.java:14)"));
        // not reported: AddressBinderDelegate (new DnsBinder and new ElasticIpBinder in its constructor's switch)
    }

    /** A locator creating a resource declared a singleton creates a collaborator; so does a non-resource creating a resource. */
    @Test
    void creating_a_singleton_resource_or_a_resource_outside_a_request_is_reported() {
        String carriers = F + "subresources.CarriersResource";
        Violation singleton = violationWithKey(violations, carriers + " -> new " + F + "subresources.CarrierRatesServiceImpl");
        Violation outside = violationWithKey(violations, F + "subresources.ShipmentExport -> new " + F + "subresources.TrackingRestServiceImpl");

        assertLocatedAt(singleton, RULE, carriers, "CarriersResource.java", 11);
        assertThat(singleton.message()).as("a JAX-RS controller is called a resource")
                .startsWith("Resource <" + carriers + "> creates service <" + F + "subresources.CarrierRatesServiceImpl> with new");
        assertLocatedAt(outside, RULE, F + "subresources.ShipmentExport", "ShipmentExport.java", 10);
    }

    /** Creators that create no collaborator, and created objects ("new …") that are no collaborator of anyone. */
    @ParameterizedTest
    @ValueSource(strings = {
            "subresources.ShipmentsRestServiceImpl",   // locator annotated on the interface method it implements
            "subresources.AbstractShipmentsResource",  // helper called from a subclass's locator
            "subresources.DefaultShipmentsResource",   // resource delegating to a per-request resource it creates
            "adapters.JpaOrderRepository",             // per-entity adapter and per-query helper over its EntityManager
            "new nominal.LenientConversionService",    // named after Spring's ConversionService extension point
            "new nominal.SamlRelyingPartyClient",      // a "client" that is a view over a relying party
            "new percall.SkuFormat",                   // a stateless helper (a bean without instance fields)
            "percall.GitConfigRepository",             // a repository delegating to a repository over the call's checkout
            "percall.ClientAdminResource",             // a per-request resource building a helper over its session
            "percall.SessionProtocol",                 // a provider its factory creates per session, doing the same
            "percall.ProxyController",                 // composes its helper from its own constructor parameters
            "new percall.JsonPatchService",            // a self-contained helper typed by a class: holds what it builds
            "new percall.PatchRulesService",           // a bean holding only an immutable set: a second instance is the same
            "new percall.PriceRangeRestriction",       // a query specification over the CriteriaBuilder a query hands it
            "percall.FeedImport",                      // a fluent builder's step wrapping the URL it is given
            "percall.DefaultSettingsRepositories"      // implements a …Factory interface: creating is its job
    })
    void objects_living_for_one_request_entity_or_session_are_not_collaborators(String fixture) {
        boolean created = fixture.startsWith("new ");
        String className = F + fixture.substring(created ? 4 : 0);
        assertThat(classes.contain(className)).as("fixture %s is imported", className).isTrue();

        assertThat(violations).extracting(Violation::key)
                .filteredOn(key -> created ? key.endsWith("new " + className) : key.startsWith(className + " ->"))
                .isEmpty();
    }

    @Test
    void a_look_up_by_a_fixed_bean_name_is_reported() {
        String className = F + "lookups.DefaultTaxRateService";
        Violation violation = violationWithKey(violations, className + " -> org.springframework.context.ApplicationContext#getBean");

        assertLocatedAt(violation, RULE, className, "DefaultTaxRateService.java", 19);
    }

    /** A plain class created per call is the code base's composition; these creators hard-wire it instead. */
    @Test
    void plain_collaborators_created_outside_their_idioms_are_reported() {
        assertLocatedAt(violationWithKey(violations, F + "percall.ConfigReportService -> new " + F + "percall.FileConfigRepository"),
                RULE, F + "percall.ConfigReportService", "ConfigReportService.java", 9);
        assertLocatedAt(violationWithKey(violations, F + "percall.RevocationScheduler -> new " + F + "percall.RevocationService"),
                RULE, F + "percall.RevocationScheduler", "RevocationScheduler.java", 10);
        assertLocatedAt(violationWithKey(violations, F + "percall.LegacyProxyController -> new " + F + "percall.ForwardingProxy"),
                RULE, F + "percall.LegacyProxyController", "LegacyProxyController.java", 17);
        assertLocatedAt(violationWithKey(violations, F + "percall.SkuCheckService -> new " + F + "percall.SkuCatalogService"),
                RULE, F + "percall.SkuCheckService", "SkuCheckService.java", 10);
    }

    @Test
    void service_creating_another_service_with_new() {
        String className = F + "service.CheckoutService";
        Violation violation = violationWithKey(violations, className + " -> new " + INVENTORY);

        assertLocatedAt(violation, RULE, className, "CheckoutService.java", 9);
        assertThat(violation.message())
                .isEqualTo("Service <" + className + "> creates service <" + INVENTORY + "> with new: Constructor <"
                        + className + ".<init>()> calls constructor <" + INVENTORY + ".<init>()> in (CheckoutService.java:9)");
        assertThat(violation.hint()).startsWith("inject it through the constructor of CheckoutService");
    }

    @Test
    void controller_creating_a_repository() {
        String className = F + "web.OrderController";
        Violation violation = violationWithKey(violations, className + " -> new " + F + "repository.OrderRepository");

        assertLocatedAt(violation, RULE, className, "OrderController.java", 17);
        assertThat(violation.message())
                .startsWith("Controller <" + className + "> creates repository <" + F + "repository.OrderRepository> with new");
    }

    @Test
    void service_creating_an_http_client() {
        String className = F + "service.ExchangeRateService";
        Violation violation = violationWithKey(violations, className + " -> new org.springframework.web.client.RestTemplate");

        assertLocatedAt(violation, RULE, className, "ExchangeRateService.java", 12);
        assertThat(violation.message())
                .startsWith("Service <" + className + "> creates HTTP client <org.springframework.web.client.RestTemplate> with new");
    }

    @Test
    void service_locator_look_ups_are_reported() {
        Violation getBean = violationWithKey(violations, F + "service.ReportService -> org.springframework.context.ApplicationContext#getBean");
        Violation jndi = violationWithKey(violations, F + "service.LegacyPaymentService -> javax.naming.InitialContext#lookup");
        Violation cdi = violationWithKey(violations, F + "service.AuditService -> jakarta.enterprise.inject.spi.CDI#current");

        assertLocatedAt(getBean, RULE, F + "service.ReportService", "ReportService.java", 17);
        assertThat(getBean.message()).startsWith("Service <" + F + "service.ReportService> looks up a collaborator through "
                + "<org.springframework.context.ApplicationContext.getBean>");
        assertLocatedAt(jndi, RULE, F + "service.LegacyPaymentService", "LegacyPaymentService.java", 15);
        assertThat(jndi.message()).startsWith("Service <" + F + "service.LegacyPaymentService> looks up a collaborator through "
                + "<javax.naming.InitialContext.lookup>");
        assertLocatedAt(cdi, RULE, F + "service.AuditService", "AuditService.java", 11);
        assertThat(cdi.message()).startsWith("Service <" + F + "service.AuditService> looks up a collaborator through "
                + "<jakarta.enterprise.inject.spi.CDI.current>");
    }

    /**
     * Look-ups that are no collaborator looked up instead of injected: in classes the persistence provider creates (an
     * entity, an entity listener), in wiring code (a class nested in a configuration class), in a class named after the
     * look-up it exists to do, and by a bean name computed at run time; the same class's look-up by type stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "lookups.AuditedOrder",                  // a JPA entity, created by the JPA provider
            "lookups.InvoiceEntity",                 // the same
            "lookups.AuditListener",                 // a JPA entity listener (@PrePersist)
            "lookups.InvoiceAuditListener",          // the same
            "lookups.TenantTaxRates",                // getBean(tenant + "TaxRates"): a bean registered at run time
            "lookups.TaxReportTasks",                // getBean(type, args…): a prototype created per call with its arguments
            "lookups.TaxReportPrinters",             // getBean(type) of prototype types: a factory of per-use printers
            "lookups.TaxReportPrinterConfiguration", // the prototypes' configuration
            "lookups.XmlEngineBootstrap",            // getBean on the bean factory its own method builds: the composition root
            "lookups.SpringContext",                 // a service-locator holder: it delegates, its callers look up
            "lookups.DataSourceLookup",              // a look-up bridge: the JNDI look-up is its job
            "lookups.JtaTransactionManagerLookup",   // the same
            "lookups.ClockConfiguration$StartupCheck", // a start-up bean nested in configuration
            "lookups.TaxConfiguration$WarmUp",       // the same
            "lookups.ValidatorRegistry",             // getBean(validatorNames.get(field), …): a registry keyed by data
            "lookups.SchemaBackupTool",              // every DataSource by the names the container lists: database tooling
            "lookups.CacheWarmer",                   // getBean("taxRatesCache"); as a statement: forces creation only
            "lookups.EjbProcessApplication",         // JNDI names the platform binds about the component itself
            "lookups.ArchiveHomeResolver",           // a JNDI environment entry cast to String: a setting
            "lookups.TaxRatesServlet",               // a servlet the servlet container creates: nothing can be injected
            "lookups.ModeManagers"                   // a holder whose factory method looks up by a configurable name
    })
    void look_ups_in_classes_the_container_cannot_inject_wiring_code_and_look_up_bridges_are_not_reported(String fixture) {
        assertThat(classes.contain(F + fixture)).as("fixture %s is imported", fixture).isTrue();
        assertThat(violations).extracting(Violation::key).noneMatch(key -> key.startsWith(F + fixture + " -> "));
    }

    /**
     * The neighbours of the look-ups that fetch no fixed collaborator: the discovery of every bean of a type on each call
     * (ReferenceCheckService, unlike SchemaBackupTool's connection pools), a servlet declared a bean (unlike the
     * container-created TaxRatesServlet), a static helper handed the factory that builds nothing (TaxReportBeans'
     * standardRate, unlike its newTaxReport), and a holder's ordinary look-up method (ModeManagers.rates, unlike its
     * forMode by a configurable name) — each is reported, once, where it looks up.
     */
    @Test
    void look_ups_of_fixed_collaborators_beside_the_idioms_are_reported() {
        assertLocatedAt(violationWithKey(violations, F + "lookups.ReferenceCheckService -> org.springframework.context.ApplicationContext#getBean"),
                RULE, F + "lookups.ReferenceCheckService", "ReferenceCheckService.java", 26);
        assertLocatedAt(violationWithKey(violations, F + "lookups.TaxRatesBeanServlet -> org.springframework.context.ApplicationContext#getBean"),
                RULE, F + "lookups.TaxRatesBeanServlet", "TaxRatesBeanServlet.java", 23);
        Violation standardRate = violationWithKey(violations,
                F + "lookups.TaxReportBeans -> org.springframework.beans.factory.ListableBeanFactory#getBean");
        assertLocatedAt(standardRate, RULE, F + "lookups.TaxReportBeans", "TaxReportBeans.java", 22);
        assertThat(standardRate.message()).contains("standardRate").doesNotContain("newTaxReport").doesNotContain("(and ");
        Violation rates = violationWithKey(violations, F + "lookups.ModeReportService -> " + F + "lookups.ModeManagers#rates");
        assertLocatedAt(rates, RULE, F + "lookups.ModeReportService", "ModeReportService.java", 19);
        assertThat(violations).extracting(Violation::key).filteredOn(key -> key.startsWith(F + "lookups.ModeReportService"))
                .containsExactly(F + "lookups.ModeReportService -> " + F + "lookups.ModeManagers#rates");
    }

    /**
     * Look-ups through a container handed to objects the container does not create: a run context deserialized and wired
     * in its {@code init(ApplicationContext)} hook (and by its builder), the per-run helper and the plug-in accessor it
     * builds and hands that container.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "handedcontainer.ReportRunContext",      // wired in init(ApplicationContext): nothing can be injected into it
            "handedcontainer.ReportAclChecker",      // a per-run helper the run context builds with its container
            "handedcontainer.ReportPluginServices"   // the plug-in API's accessor the run context hands out
    })
    void look_ups_through_a_container_handed_to_objects_the_container_does_not_create_are_not_reported(String fixture) {
        assertThat(classes.contain(F + fixture)).as("fixture %s is imported", fixture).isTrue();
        assertThat(violations).extracting(Violation::key).noneMatch(key -> key.startsWith(F + fixture + " -> "));
    }

    /**
     * Their neighbours: a bean handed the container as a parameter (ReportMailer), a helper a bean builds with its injected
     * container (ReportExporter, built by ReportExports), and an interface's default method given the container by the
     * bean implementing it (FormatsReports) — each reported where it looks up.
     */
    @Test
    void look_ups_through_a_container_a_bean_hands_on_are_reported() {
        String lookup = " -> io.micronaut.context.ApplicationContext#getBean";
        assertLocatedAt(violationWithKey(violations, F + "handedcontainer.ReportMailer" + lookup),
                RULE, F + "handedcontainer.ReportMailer", "ReportMailer.java", 16);
        assertLocatedAt(violationWithKey(violations, F + "handedcontainer.ReportExporter" + lookup),
                RULE, F + "handedcontainer.ReportExporter", "ReportExporter.java", 14);
        assertLocatedAt(violationWithKey(violations, F + "handedcontainer.FormatsReports" + lookup),
                RULE, F + "handedcontainer.FormatsReports", "FormatsReports.java", 12);
    }

    /**
     * A connection-pool provider building a dedicated pool from configuration and, in the same method, the repository over
     * it passes; a pool provider wrapping the injected primary pool in a repository in another method is reported there.
     */
    @Test
    void a_pool_provider_builds_the_wrapper_of_the_pool_it_builds_but_not_of_an_injected_one() {
        assertThat(classes.contain(F + "poolwrappers.DedicatedArchivePool")).isTrue();
        assertThat(violations).extracting(Violation::key).noneMatch(key -> key.startsWith(F + "poolwrappers.DedicatedArchivePool -> "));
        Violation violation = violationWithKey(violations, F + "poolwrappers.SharedArchivePool -> new " + F + "poolwrappers.ArchiveRepository");
        assertLocatedAt(violation, RULE, F + "poolwrappers.SharedArchivePool", "SharedArchivePool.java", 28);
        assertThat(violation.message()).contains("repository()").doesNotContain("(and ");
    }

    @Test
    void a_look_up_by_a_name_computed_at_run_time_is_not_reported_but_one_by_type_is() {
        Violation violation = violationWithKey(violations, F + "lookups.TenantReportService -> org.springframework.context.ApplicationContext#getBean");

        assertLocatedAt(violation, RULE, F + "lookups.TenantReportService", "TenantReportService.java", 26);
        assertThat(violation.message()).doesNotContain("(and ").doesNotContain("TenantReportService.java:22");
    }

    /** Two {@code new}s of one type in one class: one violation at the first, the location printed once. */
    @Test
    void repeated_creation_is_one_violation_at_the_first_call() {
        String className = F + "service.RestockService";
        Violation violation = violationWithKey(violations, className + " -> new " + INVENTORY);
        String location = "(RestockService.java:10)";

        assertLocatedAt(violation, RULE, className, "RestockService.java", 10);
        assertThat(violation.message())
                .contains("Method <" + className + ".restock(java.lang.String, int)> calls constructor <" + INVENTORY + ".<init>()>")
                .contains("(and 1 more)")
                .doesNotContain("(RestockService.java:14)");
        assertThat(violation.message().indexOf(location))
                .as("the location is printed once, at the end: %s", violation.message())
                .isEqualTo(violation.message().length() - location.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "config.HttpClientConfiguration",   // @Bean methods new a RestTemplate and a service: the trap
            "config.RestTemplateFactoryBean",   // Spring FactoryBean creating a client
            "config.InventoryModule",           // a Guice module binding a service to an instance it creates
            "config.InventoryProviders",        // a Guice @Provides method creating a service
            "providers.InventoryServiceProvider", // a jakarta.inject.Provider building the service it provides
            "entrypoints.InventoryExportTool",  // a program's main building the service it runs
            "tasks.StockTasks",                 // a static factory choosing among the implementations of the type it returns
            "percall.WrappedCauseExceptionMapper", // a mapper created per request with the request's UriInfo
            "payment.PaymentServiceFactory",    // ...Factory creating services
            "service.OrderService",             // collections, value object, entity, exception, anonymous Comparator
            "service.DiscountService",          // anonymous subclass of itself
            "service.InventoryService",         // creates only its own ConcurrentHashMap
            "domain.Money"                      // a value object creating value objects
    })
    void creating_non_collaborators_or_creating_in_wiring_code_passes(String fixture) {
        String className = F + fixture;
        assertThat(classes.contain(className)).as("fixture %s is imported", className).isTrue();

        assertThat(violations)
                .filteredOn(v -> v.location().className().startsWith(className) || v.key().startsWith(className + " ->")
                        || v.key().startsWith(className + "$"))
                .isEmpty();
    }

    /**
     * An injection provider ({@code jakarta.inject.Provider}, {@code javax.inject.Provider}, Guice's {@code Provider})
     * builds what the injector asks it for, as a {@code @Bean} method does; a service named {@code …Provider} that
     * implements no provider interface is checked like any service.
     */
    @Test
    void injection_providers_build_what_they_provide_a_class_named_so_does_not() {
        assertThat(classes.get(F + "providers.InventoryServiceProvider").getConstructorCallsFromSelf())
                .as("the trap creates the service").anyMatch(call -> call.getTargetOwner().getName().equals(INVENTORY));
        assertThat(violations).extracting(Violation::key).filteredOn(key -> key.startsWith(F + "providers."))
                .containsExactly(F + "providers.InventoryViewProvider -> new " + INVENTORY);
    }

    /**
     * A program's {@code public static void main(String[])} is its composition root: what it creates of the code base is
     * read as in a code base wired by hand. The same creation in another static method is reported.
     */
    @Test
    void a_programs_main_composes_another_static_method_does_not() {
        assertThat(classes.get(F + "entrypoints.InventoryExportTool").getConstructorCallsFromSelf())
                .as("the trap creates the service").anyMatch(call -> call.getTargetOwner().getName().equals(INVENTORY));
        Violation violation = violationWithKey(violations, F + "entrypoints.InventoryExportCommand -> new " + INVENTORY);
        assertLocatedAt(violation, RULE, F + "entrypoints.InventoryExportCommand", "InventoryExportCommand.java", 9);
        assertThat(violations).extracting(Violation::key).filteredOn(key -> key.startsWith(F + "entrypoints."))
                .containsExactly(F + "entrypoints.InventoryExportCommand -> new " + INVENTORY);
    }

    /**
     * A static factory choosing among two or more implementations of the interface it returns ({@code newTask(name)})
     * creates them as a {@code …Factory} would; a static method always creating the one implementation it returns is
     * reported.
     */
    @Test
    void a_static_factory_choosing_an_implementation_passes_one_always_creating_the_same_does_not() {
        assertThat(violations).extracting(Violation::key).filteredOn(key -> key.startsWith(F + "tasks."))
                .containsExactly(F + "tasks.StockTaskDefaults -> new " + F + "tasks.RecountService");
    }

    /**
     * Imported without Guice on the class path (a dependency-reduced build), {@code AbstractModule} is a bare name that
     * shows no {@code Module} interface: a module is still recognised by its base class's name, and its {@code configure()}
     * is wiring. A service creating the same service beside it is reported.
     */
    @Test
    void a_guice_module_is_wiring_without_guice_on_the_class_path() {
        String bare = "dev.archrules.fixtures.unresolvedwiring";
        assertThat(Fixtures.classesWithoutClassPath(bare).get(bare + ".ArchiveModule").getRawSuperclass().orElseThrow().getAllRawInterfaces())
                .as("the stub base class shows no interface").isEmpty();
        List<Violation> unresolved = Fixtures.violationsWithoutClassPath(bare, RULE);
        assertThat(unresolved).extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(RULE, bare + ".ArchiveCleanupService -> new " + bare + ".ReportArchiveService",
                        "(ArchiveCleanupService.java:12)"));
    }

    /**
     * Imported without the servlet API on the class path (declared {@code provided}), {@code HttpServlet} is a bare name
     * that shows no {@code Servlet} interface: a servlet is still recognised by its base class's name, and the look-up of
     * one the servlet container creates is its bridge to the beans. The servlet declared a bean beside it is reported.
     */
    @Test
    void a_container_created_servlet_is_recognised_without_the_servlet_api_on_the_class_path() {
        String bare = "dev.archrules.fixtures.unresolvedservlet";
        assertThat(Fixtures.classesWithoutClassPath(bare).get(bare + ".TaxReportServlet").getRawSuperclass().orElseThrow().getAllRawInterfaces())
                .as("the stub base class shows no interface").isEmpty();
        List<Violation> unresolved = Fixtures.violationsWithoutClassPath(bare, RULE);
        assertThat(unresolved).extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(RULE, bare + ".TaxReportBeanServlet -> org.springframework.beans.factory.BeanFactory#getBean",
                        "(TaxReportBeanServlet.java:26)"));
    }

    @Test
    void controller_creating_its_response_dto_is_not_reported() {
        assertThat(violations).extracting(Violation::key)
                .filteredOn(key -> key.startsWith(F + "web.OrderController"))
                .containsExactly(F + "web.OrderController -> new " + F + "repository.OrderRepository");
    }

    /**
     * A service creating the protocol translator around itself ({@code new StockQueriesProtocolService(this)}) creates no
     * collaborator: the translator depends on the service. The same translator created around the primary the service
     * holds is reported.
     */
    @Test
    void adapter_created_around_its_creator_passes_around_a_held_collaborator_does_not() {
        assertThat(violations).extracting(Violation::key)
                .filteredOn(key -> key.startsWith(F + "selfadapters."))
                .containsExactly(F + "selfadapters.ReplicaStockService -> new " + F + "selfadapters.StockQueriesProtocolService");
        assertThat(classes.get(F + "selfadapters.StockQueryService").getConstructorCallsFromSelf())
                .as("the trap creates the translator")
                .anyMatch(call -> call.getTargetOwner().getName().equals(F + "selfadapters.StockQueriesProtocolService"));
    }

    /**
     * A constructor wrapping the collaborators it is given in a view over them — a class, even a declared bean, that keeps
     * only its arguments, values and views built from them — creates no collaborator; a reader owning a cache, a reader
     * whose injected field {@code new} leaves unset, and the view built per call in a bean's method are reported.
     */
    @Test
    void a_view_built_in_a_constructor_from_its_own_collaborators_passes_a_reader_owning_state_does_not() {
        String views = "dev.archrules.fixtures.collaboratorviews.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.collaboratorviews", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, views + "AuditService -> new " + views + "AuditedEntityReader", "(AuditService.java:14)"),
                        tuple(RULE, views + "ExportService -> new " + views + "EntityReader", "(ExportService.java:20)"),
                        tuple(RULE, views + "SearchService -> new " + views + "CachingEntityReader", "(SearchService.java:14)"));
        // not reported: LineageService and FullTextIndexService (new EntityReader(graph, catalog[, flag]) in the constructor)
    }

    /**
     * A per-use object — no bean, created only with new by beans — builds a view over what it holds, its run's plain helpers
     * and, in a private method, an alternate object graph wired into each other; the same code in a bean, and a per-use
     * object creating a helper that calls out over HTTP, are reported.
     */
    @Test
    void a_per_use_object_builds_its_helpers_and_object_graph_a_bean_and_an_http_helper_do_not() {
        String perUse = "dev.archrules.fixtures.perusecreators.";
        assertThat(Fixtures.violations("dev.archrules.fixtures.perusecreators", RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, perUse + "RegularImport -> new " + perUse + "CatalogClient", "(RegularImport.java:13)"),
                        tuple(RULE, perUse + "ReindexJob -> new " + perUse + "EntityReadService", "(ReindexJob.java:21)"),
                        tuple(RULE, perUse + "ReindexJob -> new " + perUse + "EntityStoreService", "(ReindexJob.java:29)"),
                        tuple(RULE, perUse + "ReindexJob -> new " + perUse + "ImportProgressService", "(ReindexJob.java:20)"));
        // not reported: BulkImport's reader, progress tracker and createStore (entity store over a no-op notifier)
    }
}
