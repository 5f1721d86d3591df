package dev.archrules.core.rules.layers;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code layers.dependency-direction} (C10) on the layers fixtures. */
class DependencyDirectionTest {

    /**
     * A class named like a service in another artifact — a storage library's jar on the class path — is below the
     * repository that uses it, as the build orders them; a service of the repository's own artifact is above it.
     */
    @Test
    void a_class_named_like_a_service_in_a_jar_the_module_builds_on_is_not_above_its_repositories(@TempDir Path temp) throws Exception {
        String fixtures = "dev.archrules.fixtures.crossartifact";
        Path classes = Path.of(InvoiceRepositoryHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path storage = classes.resolve(fixtures.replace('.', '/')).resolve("storage");
        Path jar = temp.resolve("storage-library.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.list(storage)) {
            for (Path file : files.toList()) {
                out.putNextEntry(new JarEntry(fixtures.replace('.', '/') + "/storage/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/crossartifact/storage/") || location.contains("storage-library.jar"))
                .importLocations(List.of(Location.of(classes.resolve(fixtures.replace('.', '/'))),
                        Location.of(java.net.URI.create("jar:" + jar.toUri() + "!/"))));
        assertThat(imported.get(fixtures + ".storage.TransactionService").getSource().orElseThrow().getUri().toString())
                .as("the storage classes come from the jar").startsWith("jar:");

        BackendChecklist checklist = BackendChecklist.forBasePackage(fixtures);
        String[] others = checklist.definitions().stream().map(rule -> rule.id())
                .filter(id -> !id.equals(CoreRules.LAYERS_DEPENDENCY_DIRECTION)).toArray(String[]::new);
        List<Violation> violations = checklist.withoutRules(others).evaluate(imported).violationsOf(CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(fixtures + ".InvoiceRepository -> " + fixtures + ".PricingService", "(InvoiceRepository.java:22)"));
    }

    /**
     * The hand-written composition root of a library without a DI container, named like its configuration
     * ({@code EngineConfigurationImpl}: it opens the database and builds every service), is configuration, not a repository
     * depending on services; a class that works the database itself and holds a service it creates is a repository
     * depending on a service.
     */
    @Test
    void a_composition_root_named_like_a_configuration_implementation_is_wiring() {
        String fixtures = "dev.archrules.fixtures.compositionroot";
        assertThat(Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(fixtures + ".HistoryCleanupJob -> " + fixtures + ".TaskServiceImpl", "(HistoryCleanupJob.java:13)"));
    }

    /** Names a class of the test classes' directory. */
    private static final class InvoiceRepositoryHolder {
    }

    @Test
    void layers_depend_downward_only_and_inheritance_does_not_count() {
        String fixtures = "dev.archrules.fixtures.layers";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".AdminController -> " + fixtures + ".OrderController", "(AdminController.java:18)"),
                        tuple(fixtures + ".OrderRepository -> " + fixtures + ".PricingService", "(OrderRepository.java:16)"),
                        tuple(fixtures + ".OrderService -> " + fixtures + ".OrderController", "(OrderService.java:20)"));
        assertThat(violations.get(1).message()).startsWith("Repository <" + fixtures + ".OrderRepository> depends on service <"
                + fixtures + ".PricingService>: ");
    }

    /**
     * A DAO that holds the code base's Spring Data repositories and calls services is the service tier under a storage
     * name; a DAO without repositories of its own calling the same service depends upward.
     */
    @Test
    void a_dao_orchestrating_repositories_may_call_services_one_without_repositories_may_not() {
        String fixtures = "dev.archrules.fixtures.daofacade";

        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(fixtures + ".LegacyOrderDao -> " + fixtures + ".InvoicingService", "(LegacyOrderDao.java:18)"));
        assertThat(violations.get(0).message()).startsWith("Repository <" + fixtures + ".LegacyOrderDao> depends on service <"
                + fixtures + ".InvoicingService>: Method <" + fixtures + ".LegacyOrderDao.store(" + fixtures + ".OrderRow)> calls method <"
                + fixtures + ".InvoicingService.invoice(" + fixtures + ".OrderRow)>");
    }

    /**
     * A repository taking its {@code JdbcTemplate} from a pool provider named like a service, through the bean that picks
     * the provider, and reading a setting through a static getter of a settings holder bean, stands on the data-access
     * layer's floor; its call to the business service deciding retention depends upward.
     */
    @Test
    void a_repositorys_pool_provider_and_static_settings_are_not_above_it_a_business_service_is() {
        String fixtures = "dev.archrules.fixtures.poolproviders";

        assertThat(Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(fixtures + ".OrderArchiveDao -> " + fixtures + ".RetentionService", "(OrderArchiveDao.java:29)"));
    }

    /**
     * A service every operation of which stores or deletes rows itself (one at least through the data-access API) is a
     * data-access object under a service's name: a repository calling it calls a peer. A service that also decides
     * something without touching the data, and a thin service over repositories only, are above it.
     */
    @Test
    void a_repository_calling_a_data_access_object_named_service_is_sideways_one_calling_business_logic_is_not() {
        String fixtures = "dev.archrules.fixtures.dataservices";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".TransactionStore -> " + fixtures + ".CleanupService", "(TransactionStore.java:30)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".TransactionStore -> " + fixtures + ".QuotaService", "(TransactionStore.java:25)"));
        // not reported: TransactionStore -> SearchUrlService (every operation writes through the JdbcTemplate or the repository)
    }

    /**
     * A class only named {@code …Controller}, with no handler where the code base's controllers have theirs (a
     * leader-election listener), is no web layer: resources driving it are not reported; a call of logic hosted on a
     * controller with a handler is.
     */
    @Test
    void a_class_only_named_controller_without_handlers_is_no_web_layer() {
        String fixtures = "dev.archrules.fixtures.leadercontrollers";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".SessionService -> " + fixtures + ".BaseController", "(SessionService.java:10)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".StatusResource -> " + fixtures + ".HealthController", "(StatusResource.java:18)"));
        // not reported: ElectionTestResource -> LeaderController (a leader-election listener named …Controller); BaseController
        // has no handler either, but HealthController extends it: the web layer
    }

    /**
     * A composite servlet filter creating the header filters and running them in turn is plumbing composing plumbing,
     * not a controller using another; a filter calling the lock-out rule a controller hosts is reported.
     */
    @Test
    void a_filter_composing_filters_is_not_a_controller_dependency_one_calling_a_controllers_logic_is() {
        String fixtures = "dev.archrules.fixtures.compositefilters";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".LockoutFilter -> " + fixtures + ".AccountController", "(LockoutFilter.java:19)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + fixtures + ".LockoutFilter> depends on controller <" + fixtures + ".AccountController>: ");
        // not reported: SecurityHeadersFilter -> HeaderFilter, FrameOptionsFilter, NoSniffFilter (a composite filter)
    }

    /**
     * A repository reading a constant of a service (a {@code String[]} of default permissions bound as a query
     * parameter) does not call the layer above; calling the service's static helper does, and is reported at the call,
     * the constant read beside it not counted.
     */
    @Test
    void a_repository_reading_a_services_constant_is_not_upward_calling_its_helper_is() {
        String fixtures = "dev.archrules.fixtures.layerconstants";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".GrantDao -> " + fixtures + ".PermissionService", "(GrantDao.java:17)"));
        assertThat(violations.get(0).message())
                .startsWith("Repository <" + fixtures + ".GrantDao> depends on service <" + fixtures + ".PermissionService>: ")
                .contains("calls method <" + fixtures + ".PermissionService.canonical(java.lang.String)>")
                .doesNotContain("(and ");
        // not reported: PermissionDao (reads PermissionService.DEFAULT_PERMISSIONS only)
    }

    /**
     * A clock in the service package ({@code OffsetDateTime getNow()}, an interface and its request-scoped
     * implementation) is a time source: repositories stamping their rows from it are not reported. A service that also
     * tells the time but computes an expiry from its argument is business logic above the repository: reported.
     */
    @Test
    void a_repository_stamping_rows_from_a_clock_is_not_upward_one_asking_a_retention_service_is() {
        String fixtures = "dev.archrules.fixtures.clocks";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".repository.ArchiveRepository -> " + fixtures + ".service.RetentionService", "(ArchiveRepository.java:21)"));
        assertThat(violations.get(0).message())
                .startsWith("Repository <" + fixtures + ".repository.ArchiveRepository> depends on service <"
                        + fixtures + ".service.RetentionService>: ");
        // not reported: DocumentRepository -> TimeProvider, EventRepository -> RequestTimeProvider (clocks)
    }

    /**
     * Another resource's class handed to the code base's own wrapper of {@code UriBuilder}, which builds the
     * {@code Location} from it, names a path; handed to a helper that runs the resource's method by name — the same
     * arguments — it is the other resource's logic, and is reported on that line, not on the link built beside it. Both
     * hold when the compiler credits the literal to the line before the call receiving it (a call written on the line
     * after its receiver).
     */
    @Test
    void a_class_handed_to_the_code_bases_link_helper_names_a_path_one_handed_to_an_invoker_does_not() {
        String fixtures = "dev.archrules.fixtures.layeridioms.linkhelpers";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".ChargebackResource -> " + fixtures + ".PaymentResource", "(ChargebackResource.java:26)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".RefundResource -> " + fixtures + ".PaymentResource", "(RefundResource.java:31)"));
        // not reported: AccountResource, PurchaseResource (the literal credited to the line before the helper's call)
        assertThat(violations.get(1).message())
                .contains("references class object <" + fixtures + ".PaymentResource>")
                .doesNotContain("(and ");
    }

    /**
     * An interface named like a service whose only implementation is a repository is the data-access layer's interface: a
     * DAO calling it calls sideways; the same DAO asking a service's interface (implemented by a {@code @Service}) is reported.
     */
    @Test
    void an_interface_named_like_a_service_implemented_only_by_a_repository_is_not_above_a_dao() {
        String fixtures = "dev.archrules.fixtures.repositoryports";
        assertThat(Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".SnapshotPurgeDao -> " + fixtures + ".RetentionService", "(SnapshotPurgeDao.java:19)"));
        // not reported: FlowSnapshotDao -> MetadataService (its only implementation, DatabaseMetadataService, is a @Repository)
    }

    /**
     * A controller named only as the type argument of a generic base that reads it back as a class for the base URL of
     * links is a type token; a base handed the controller itself (an injected {@code T} field) makes its subclass hold the
     * controller, which is reported.
     */
    @Test
    void a_controller_as_the_type_token_of_a_link_base_is_not_upward_one_held_by_the_base_is() {
        String fixtures = "dev.archrules.fixtures.layeridioms.typetokens";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".AccountReportService -> " + fixtures + ".AccountController", "(AccountReportService.java:7)"));
        // not reported: AccountLinkService (ControllerLinks<AccountController>, a type token)
        assertThat(violations.get(0).message()).contains("has generic superclass <" + fixtures + ".ControllerDelegate<" + fixtures + ".AccountController>>");
    }

    /**
     * Sub-resource locators (and the factory methods they call, overridden in a subclass named like a service),
     * preflight handlers forwarding to a CORS resource they create, typed links (also through the code base's own link
     * helper), names borrowed from a framework's extension point, a gRPC handler registry routing to its handler and a
     * logger named after a sibling resource are not layering; what is reported besides them is only the call of logic
     * hosted on the other resource (also on one created just for that call).
     */
    @Test
    void locators_links_and_nominal_layers_are_not_upward_dependencies() {
        String fixtures = "dev.archrules.fixtures.layeridioms";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".hypermedia.StatementController -> " + fixtures + ".hypermedia.AccountController",
                                "(StatementController.java:29)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".linkhelpers.ChargebackResource -> " + fixtures + ".linkhelpers.PaymentResource",
                                "(ChargebackResource.java:26)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".linkhelpers.RefundResource -> " + fixtures + ".linkhelpers.PaymentResource",
                                "(RefundResource.java:31)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION, fixtures + ".links.InvoiceResource -> " + fixtures + ".links.CustomerResource",
                                "(InvoiceResource.java:40)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".subresources.AuthorizationResource -> " + fixtures + ".subresources.ResourceServerResource",
                                "(AuthorizationResource.java:17)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".subresources.OrdersResource -> " + fixtures + ".subresources.OrderItemsResource",
                                "(OrdersResource.java:23)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                                fixtures + ".typetokens.AccountReportService -> " + fixtures + ".typetokens.AccountController",
                                "(AccountReportService.java:7)"));
        assertThat(violationWithKey(violations, fixtures + ".subresources.AuthorizationResource -> " + fixtures
                + ".subresources.ResourceServerResource").message())
                .startsWith("Controller <" + fixtures + ".subresources.AuthorizationResource> depends on controller <")
                .contains("calls constructor <" + fixtures + ".subresources.ResourceServerResource.<init>(java.lang.String)> (and 1 more)");
        assertThat(violationWithKey(violations, fixtures + ".subresources.OrdersResource -> " + fixtures + ".subresources.OrderItemsResource")
                .message())
                .contains("calls method <" + fixtures + ".subresources.OrderItemsResource.isValidQuantity(int)>")
                .doesNotContain("(and ")
                .doesNotContain("items(");
        // the Spring HATEOAS link (linkTo(methodOn(AccountController.class).get(id))) is not the reported dependency
        assertThat(violationWithKey(violations, fixtures + ".hypermedia.StatementController -> " + fixtures + ".hypermedia.AccountController")
                .message())
                .contains("calls method <" + fixtures + ".hypermedia.AccountController.masked(java.lang.String)>")
                .doesNotContain("(and ");
        assertThat(violationWithKey(violations, fixtures + ".links.InvoiceResource -> " + fixtures + ".links.CustomerResource").message())
                .contains("calls method <" + fixtures + ".links.CustomerResource.messages(java.lang.String)>")
                .doesNotContain("(and ");
    }

    /**
     * A resource's static parsers of request parameters ({@code parseNodeId(text)}, {@code parseDirection(text)}: texts
     * in, the id or enum constant out, no class with a role called) reused by its sibling resources keep the parsing in
     * the web layer; a static business rule hosted on the resource, and a method named like a parser that asks a
     * service, are logic on a resource and stay reported.
     */
    @Test
    void a_siblings_static_parameter_parser_is_not_a_controller_dependency_its_business_rule_is() {
        String fixtures = "dev.archrules.fixtures.parameterparsers";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION, fixtures + ".HiddenNodeResource -> " + fixtures + ".NodeResource",
                                "(HiddenNodeResource.java:14)"),
                        tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION, fixtures + ".NeighbourResource -> " + fixtures + ".NodeResource",
                                "(NeighbourResource.java:14)"));
        assertThat(violationWithKey(violations, fixtures + ".NeighbourResource -> " + fixtures + ".NodeResource").message())
                .startsWith("Controller <" + fixtures + ".NeighbourResource> depends on controller <" + fixtures + ".NodeResource>: ")
                .contains("calls method <" + fixtures + ".NodeResource.isReachable(java.lang.String)>")
                .doesNotContain("(and ");
        assertThat(violationWithKey(violations, fixtures + ".HiddenNodeResource -> " + fixtures + ".NodeResource").message())
                .contains("calls method <" + fixtures + ".NodeResource.parseVisibleNodeId(java.lang.String)>")
                .doesNotContain("(and ");
        // not reported: PathResource (NodeResource.parseNodeId twice and parseDirection only)
    }

    /**
     * A resource's static check of a multipart request's form ({@code hasOneFile(form, name)}: the form's body parts and a
     * text in, a boolean out, no class with a role called) reused by a sibling resource keeps the request's form in the web
     * layer; a static check that weighs the files against a value of the domain ({@code fitsQuota(files, account)}) is
     * logic hosted on a resource and stays reported.
     */
    @Test
    void a_siblings_static_check_of_the_upload_form_is_not_a_controller_dependency_its_quota_rule_is() {
        String fixtures = "dev.archrules.fixtures.uploadforms";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".ReceiptController -> " + fixtures + ".AttachmentController", "(ReceiptController.java:16)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + fixtures + ".ReceiptController> depends on controller <" + fixtures + ".AttachmentController>: ")
                .contains("calls method <" + fixtures + ".AttachmentController.fitsQuota(java.util.List, " + fixtures + ".Account)>")
                .doesNotContain("(and ");
        // not reported: NoteImportController (AttachmentController.hasOneFile only)
    }

    /**
     * A per-request sub-resource that its parent's locator created with {@code new ProductResource(this, sku)} keeps the
     * parent to read the catalog it is addressed under (a getter): the reverse edge of the locator, how JAX-RS nests
     * resources. Calling the parent's business rule is logic hosted on a resource and stays reported.
     */
    @Test
    void a_sub_resource_reading_the_parent_that_created_it_is_not_a_controller_dependency_calling_its_logic_is() {
        String fixtures = "dev.archrules.fixtures.subresourceparents";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(CoreRules.LAYERS_DEPENDENCY_DIRECTION,
                        fixtures + ".ProductStockResource -> " + fixtures + ".CatalogResource", "(ProductStockResource.java:18)"));
        assertThat(violations.get(0).message())
                .contains("calls method <" + fixtures + ".CatalogResource.isOrderable(java.lang.String)>")
                .doesNotContain("(and ");
        // not reported: ProductResource (its CatalogResource field and constructor parameter, getCatalogName())
    }
}
