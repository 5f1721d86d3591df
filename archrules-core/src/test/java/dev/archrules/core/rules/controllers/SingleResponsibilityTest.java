package dev.archrules.core.rules.controllers;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code controllers.single-responsibility} (C3) on the responsibility fixtures. */
class SingleResponsibilityTest {

    private static final String FIXTURES = "dev.archrules.fixtures.responsibility";
    /** A fat base-class constructor: resources that hand the base resource's collaborators to {@code super(…)}. */
    private static final String BASE = FIXTURES + ".basecollaborators";
    /** A payment API offering every operation of its resource by id in the path and by external key in the query. */
    private static final String BY_ID_OR_KEY = FIXTURES + ".byidorkey";
    /** The request's {@code @Context}, the event bus and the metrics registry a controller is handed beside its services. */
    private static final String PLUMBING = FIXTURES + ".plumbing";

    @Test
    void controllers_with_too_many_resource_paths_or_collaborators_are_reported_with_their_counts() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        // not reported: JobController (twelve endpoints, the operations of four resource paths), ProjectMembersResource
        // (a JAX-RS sub-resource: its constructor takes the request's context, not injected collaborators) and
        // EventPublishingController (five services and the application context it publishes events through) and
        // WorkflowFacadeController (eleven paths, each a one-line delegation to one of its two services: their REST face)
        // and DefinitionsController (twelve paths over its one service, every handler thin: the service's REST face)
        // and basecollaborators.OrdersResource (eleven paths, two of them its base resource's generic sub-resources, answered
        // by super.getTags(…) and the like: nine of its own) and basecollaborators.HandsBaseCollaboratorsToSuperResource (six of its seven constructor parameters only
        // handed to its base resource's super(…)), OrderCommandsController (six collaborators, one of them request plumbing
        // every call of which takes the request), LeftoverCollaboratorsController (seven, two kept in fields nothing reads),
        // ClockedCheckoutController (six, one of them a Clock), LeaderElectionController and AdminBaseController (no handler
        // of their own while the code base's controllers have theirs: a listener named so, a base of shared helpers),
        // ReleaseController (eleven paths over two services, one delegating through a private helper that decides nothing,
        // and an index of links that calls neither), PackagesController (eleven paths, thirteen thin handlers, each calling the package
        // service, two of them also a look-up), plumbing.RequestContextConstructorResource (five services and a @Context
        // request) and plumbing.EventBusAndMetricsController (five services, an event bus and a metrics registry)
        assertThat(violations)
                .extracting(Violation::key, Violation::message)
                .containsExactly(
                        tuple(FIXTURES + ".AdminController#endpoints", "Controller <" + FIXTURES + ".AdminController> serves 11 resource"
                                + " paths with 15 endpoints, more than the limit of 10 resource paths in (AdminController.java:13)"),
                        // over both limits: one finding, under the endpoints, naming both counts
                        tuple(FIXTURES + ".BackOfficeController#endpoints", "Controller <" + FIXTURES + ".BackOfficeController> serves"
                                + " 11 resource paths with 11 endpoints, more than the limit of 10 resource paths, and has 6 injected"
                                + " collaborators (limit 5) in (BackOfficeController.java:23)"),
                        tuple(FIXTURES + ".BillingResource#collaborators", "Resource <" + FIXTURES
                                + ".BillingResource> has 6 injected collaborators, more than the limit of 5: ["
                                + FIXTURES + ".DiscountService, " + FIXTURES + ".LoyaltyService, " + FIXTURES + ".PricingService, "
                                + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]"
                                + " in (BillingResource.java:20)"),
                        tuple(FIXTURES + ".CheckoutController#collaborators", "Controller <" + FIXTURES
                                + ".CheckoutController> has 6 injected collaborators, more than the limit of 5: ["
                                + FIXTURES + ".DiscountService, " + FIXTURES + ".LoyaltyService, " + FIXTURES + ".PricingService, "
                                + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]"
                                + " in (CheckoutController.java:20)"),
                        // eleven paths over one service, but one handler is over the thin-handlers limits: work of its own
                        tuple(FIXTURES + ".FileBrowserController#endpoints", "Controller <" + FIXTURES + ".FileBrowserController>"
                                + " serves 11 resource paths with 11 endpoints, more than the limit of 10 resource paths"
                                + " in (FileBrowserController.java:25)"),
                        // eleven thin handlers over two services, each answering only some of them: files and functions
                        tuple(FIXTURES + ".FilesAndFunctionsController#endpoints", "Controller <" + FIXTURES + ".FilesAndFunctionsController>"
                                + " serves 11 resource paths with 14 endpoints, more than the limit of 10 resource paths"
                                + " in (FilesAndFunctionsController.java:28)"),
                        // the paths of ReleaseController, but the helper behind the deletes decides
                        tuple(FIXTURES + ".ReleaseCommandsController#endpoints", "Controller <" + FIXTURES + ".ReleaseCommandsController>"
                                + " serves 11 resource paths with 12 endpoints, more than the limit of 10 resource paths"
                                + " in (ReleaseCommandsController.java:24)"),
                        // the request plumbing of OrderCommandsController, also called once without the request: work of its own
                        tuple(FIXTURES + ".SystemOrdersController#collaborators", "Controller <" + FIXTURES
                                + ".SystemOrdersController> has 6 injected collaborators, more than the limit of 5: ["
                                + FIXTURES + ".CallContexts, " + FIXTURES + ".DiscountService, " + FIXTURES + ".PricingService, "
                                + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]"
                                + " in (SystemOrdersController.java:23)"),
                        // the same paths as WorkflowFacadeController, but one handler decides
                        tuple(FIXTURES + ".WorkflowCommandController#endpoints", "Controller <" + FIXTURES + ".WorkflowCommandController>"
                                + " serves 11 resource paths with 13 endpoints, more than the limit of 10 resource paths"
                                + " in (WorkflowCommandController.java:24)"),
                        // eleven constructor parameters: the five it only hands to the base resource's super(…) are not
                        // counted; the base's AuditService, which it also writes to itself, is
                        tuple(BASE + ".OwnCollaboratorsBesideBaseResource#collaborators", "Resource <" + BASE
                                + ".OwnCollaboratorsBesideBaseResource> has 6 injected collaborators, more than the limit of 5: ["
                                + FIXTURES + ".DiscountService, " + FIXTURES + ".PricingService, " + FIXTURES + ".ShippingService, "
                                + FIXTURES + ".StockService, " + FIXTURES + ".TaxService, " + BASE + ".AuditService]"
                                + " in (OwnCollaboratorsBesideBaseResource.java:31)"),
                        // eleven paths of its own: an explicit super call that is no answer (a guard) does not make a path the base's
                        tuple(BASE + ".ShipmentsResource#endpoints", "Resource <" + BASE + ".ShipmentsResource> serves 11 resource"
                                + " paths with 11 endpoints, more than the limit of 10 resource paths in (ShipmentsResource.java:24)"),
                        // its collection and member are one resource, but ten different sub-resources hang below the member
                        tuple(BY_ID_OR_KEY + ".CustomersResource#endpoints", "Resource <" + BY_ID_OR_KEY + ".CustomersResource> serves"
                                + " 11 resource paths with 12 endpoints, more than the limit of 10 resource paths"
                                + " in (CustomersResource.java:23)"),
                        // the event bus and the metrics registry are not counted, the six services beside them are
                        tuple(PLUMBING + ".ClusterEventBusBesideSixServicesController#collaborators", "Controller <" + PLUMBING
                                + ".ClusterEventBusBesideSixServicesController> has 6 injected collaborators, more than the limit of 5: ["
                                + SIX_SERVICES + "] in (ClusterEventBusBesideSixServicesController.java:31)"),
                        // the @Context request is not counted, the six services beside it are
                        tuple(PLUMBING + ".RequestContextBesideSixServicesResource#collaborators", "Resource <" + PLUMBING
                                + ".RequestContextBesideSixServicesResource> has 6 injected collaborators, more than the limit of 5: ["
                                + SIX_SERVICES + "] in (RequestContextBesideSixServicesResource.java:32)"));
        // not reported: subresources.RolesResource, whose six constructor parameters are the request context its
        // parent's locator hands down (a JAX-RS sub-resource), not injected collaborators
        assertThat(violations).extracting(Violation::key).doesNotContain(FIXTURES + ".subresources.RolesResource#collaborators");
        assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + ".subresources.RolesResource")).isTrue();
    }

    @Test
    void collaborators_a_resource_only_hands_to_super_are_its_base_classs_not_its_own() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        // seven constructor parameters, six of them only handed to super(…): one collaborator of its own
        assertThat(Fixtures.classes(FIXTURES).contain(BASE + ".HandsBaseCollaboratorsToSuperResource")).isTrue();
        assertThat(violations).extracting(Violation::key).doesNotContain(BASE + ".HandsBaseCollaboratorsToSuperResource#collaborators");
        // the base resource declares no handler: no controller, not checked for its own six collaborators
        assertThat(violations).extracting(Violation::key).noneMatch(key -> key.startsWith(BASE + ".SharedHelpersBaseResource#"));
        assertThat(violations).filteredOn(violation -> violation.key().startsWith(BASE + "."))
                .extracting(Violation::ruleId, Violation::key, violation -> violation.location().toString())
                .containsExactly(tuple(SingleResponsibility.ID, BASE + ".OwnCollaboratorsBesideBaseResource#collaborators",
                        "(OwnCollaboratorsBesideBaseResource.java:31)"),
                        tuple(SingleResponsibility.ID, BASE + ".ShipmentsResource#endpoints", "(ShipmentsResource.java:24)"));
        // its one own collaborator, shown by a limit of 0
        List<Violation> strict = BackendChecklist.forBasePackage(FIXTURES).withMaxCollaboratorsPerController(0)
                .evaluate(Fixtures.classes(FIXTURES)).violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);
        assertThat(strict).filteredOn(violation -> violation.key().equals(BASE + ".HandsBaseCollaboratorsToSuperResource#collaborators"))
                .extracting(Violation::message)
                .containsExactly("Resource <" + BASE + ".HandsBaseCollaboratorsToSuperResource> has 1 injected collaborators, more"
                        + " than the limit of 0: [" + BASE + ".SecurityApi] in (HandsBaseCollaboratorsToSuperResource.java:22)");
    }

    /**
     * A resource implementing a JAX-RS API interface serves the paths the interface declares: its implementing methods
     * are endpoints and count by the interface's {@code @Path} ({@code GET} and {@code DELETE /accounts/{id}} are one
     * path); a method with a designator of its own counts by its own path.
     */
    @Test
    void the_endpoints_inherited_from_an_api_interface_count_by_the_paths_the_interface_declares() {
        String api = "dev.archrules.fixtures.source.apiinterfaces";
        List<Violation> violations = BackendChecklist.forBasePackage(api).withMaxEndpointsPerController(2)
                .evaluate(Fixtures.classes(api)).violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        // not reported: InvoicesApiController's two paths (/invoices/{id} and its settlement), within the limit
        assertThat(violations).extracting(Violation::key, Violation::message).containsExactly(tuple(api + ".AccountsResource#endpoints",
                "Resource <" + api + ".AccountsResource> serves 3 resource paths with 4 endpoints, more than the limit of 2 resource"
                        + " paths in (AccountsResource.java:23)"));
    }

    /**
     * A controller implementing an API interface of OpenAPI Generator's delegate-method style serves the paths of the
     * mapped wrappers whose unannotated methods it overrides: three endpoints on three paths ({@code /transfers},
     * {@code /transfers/{transfer-id}} and its reversals); the override of a method an unmapped default method calls is no
     * endpoint.
     */
    @Test
    void the_endpoints_behind_mapped_delegate_wrappers_count_by_the_wrappers_paths() {
        String api = "dev.archrules.fixtures.source.delegatemethod";
        List<Violation> violations = BackendChecklist.forBasePackage(api).withMaxEndpointsPerController(1)
                .evaluate(Fixtures.classes(api)).violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        assertThat(violations).extracting(Violation::key, Violation::message).containsExactly(tuple(api + ".TransfersApiController#endpoints",
                "Controller <" + api + ".TransfersApiController> serves 3 resource paths with 3 endpoints, more than the limit of 1 resource"
                        + " paths in (TransfersApiController.java:18)"));
    }

    @Test
    void controller_limits_are_configurable_and_count_jaxrs_resource_paths() {
        List<Violation> violations = BackendChecklist.forBasePackage(FIXTURES)
                .withMaxEndpointsPerController(1)
                .withMaxCollaboratorsPerController(6)
                .evaluate(Fixtures.classes(FIXTURES))
                .violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        assertThat(violations).extracting(Violation::key).containsExactly(FIXTURES + ".AdminController#endpoints",
                FIXTURES + ".AdminEntityController#endpoints", FIXTURES + ".BackOfficeController#endpoints",
                FIXTURES + ".FileBrowserController#endpoints", FIXTURES + ".FilesAndFunctionsController#endpoints",
                FIXTURES + ".JobController#endpoints", FIXTURES + ".OrderCommandsController#endpoints", FIXTURES + ".QuoteController#endpoints",
                FIXTURES + ".ReleaseCommandsController#endpoints",
                FIXTURES + ".SystemOrdersController#endpoints", FIXTURES + ".WorkflowCommandController#endpoints",
                BASE + ".OrdersResource#endpoints", BASE + ".ShipmentsResource#endpoints",
                BY_ID_OR_KEY + ".ChargesResource#endpoints", BY_ID_OR_KEY + ".CustomersResource#endpoints");
        // ReportsResource's three endpoints on /reports and /reports/{id} are its collection and its member: one resource
        assertThat(violations).extracting(Violation::key).doesNotContain(FIXTURES + ".ReportsResource#endpoints");
        assertThat(violations.get(13).message()).contains("serves 10 resource paths with 18 endpoints, more than the limit of 1 resource paths");
    }

    @Test
    void a_resource_addressed_by_id_or_by_key_is_one_resource_path() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        // sixteen paths: the collection and its member, and each operation of the member by id and by external key
        // (/charges/{id}/refunds, /charges/refunds?externalKey=…), ten resource paths within the limit
        assertThat(Fixtures.classes(FIXTURES).contain(BY_ID_OR_KEY + ".ChargesResource")).isTrue();
        assertThat(violations).extracting(Violation::key).doesNotContain(BY_ID_OR_KEY + ".ChargesResource#endpoints",
                BY_ID_OR_KEY + ".ChargesResource#collaborators");
        // ten different sub-resources below the member, and the resource itself: eleven
        assertThat(violations).filteredOn(violation -> violation.key().startsWith(BY_ID_OR_KEY + "."))
                .extracting(Violation::ruleId, Violation::key, violation -> violation.location().toString())
                .containsExactly(tuple(SingleResponsibility.ID, BY_ID_OR_KEY + ".CustomersResource#endpoints", "(CustomersResource.java:23)"));
    }

    @Test
    void a_controller_without_handlers_is_checked_only_where_no_handler_is_recognised() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);
        // the code base's controllers have handlers: a listener named …Controller and an abstract base of helpers serve no resource
        assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + ".LeaderElectionController")).isTrue();
        assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + ".AdminBaseController")).isTrue();
        assertThat(violations).extracting(Violation::key)
                .doesNotContain(FIXTURES + ".LeaderElectionController#collaborators", FIXTURES + ".AdminBaseController#collaborators");

        // plain Java, no handler recognised anywhere: the name is all there is, and the six collaborators count
        String plain = "dev.archrules.fixtures.responsibilityplain";
        assertThat(Fixtures.violations(plain, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY))
                .extracting(Violation::key)
                .containsExactly(plain + ".PlainOrderController#collaborators");
    }

    /**
     * An interceptor and a filter whose one hook asks six services about a blocked client are plumbing, not controllers of
     * resources; an event listener with the same six collaborators handles a use case and is reported.
     */
    @Test
    void filters_and_interceptors_are_not_checked_an_event_listener_is() {
        String fixtures = "dev.archrules.fixtures.plumbingcollaborators";
        assertThat(Fixtures.violations(fixtures, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY))
                .extracting(Violation::key, Violation::message)
                .containsExactly(tuple(fixtures + ".ClientEventsListener#collaborators", "Event listener <" + fixtures
                        + ".ClientEventsListener> has 6 injected collaborators, more than the limit of 5: [" + fixtures + ".Audit, "
                        + fixtures + ".Blocklist, " + fixtures + ".Certificates, " + fixtures + ".ErrorCodes, " + fixtures
                        + ".ServiceTypes, " + fixtures + ".Tenants] in (ClientEventsListener.java:18)"));
        // not reported: BlockedClientInterceptor, BlockedClientFilter
    }

    /**
     * Object mappers (MapStruct's, hand-written {@code …Mapper}s and {@code …Converter}s) and the request and response being
     * served are not collaborators: three services handed three mappers and the request pass; six services are reported,
     * their mapper not listed.
     */
    @Test
    void object_mappers_and_the_served_request_are_no_collaborators() {
        String fixtures = "dev.archrules.fixtures.responsibilitymappers";
        assertThat(Fixtures.violations(fixtures, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY))
                .extracting(Violation::key, Violation::message)
                .containsExactly(tuple(fixtures + ".CardStatementController#collaborators", "Controller <" + fixtures
                        + ".CardStatementController> has 6 injected collaborators, more than the limit of 5: [" + fixtures
                        + ".CardAccountService, " + fixtures + ".CardBalanceService, " + fixtures + ".CardLimitService, " + fixtures
                        + ".CardRewardService, " + fixtures + ".CardStatusService, " + fixtures + ".CardTransactionService]"
                        + " in (CardStatementController.java:21)"));
        // not reported: CardAccountController (three services; three mappers, the request and the response)
    }

    @Test
    void request_plumbing_dead_fields_and_a_clock_are_no_collaborators() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        for (String trap : List.of("OrderCommandsController", "LeftoverCollaboratorsController", "ClockedCheckoutController")) {
            assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + "." + trap)).isTrue();
            assertThat(violations).extracting(Violation::key).doesNotContain(FIXTURES + "." + trap + "#collaborators");
        }
        // what is left is counted: five of the seven of LeftoverCollaboratorsController, shown by a limit of 0
        List<Violation> strict = BackendChecklist.forBasePackage(FIXTURES).withMaxCollaboratorsPerController(0)
                .evaluate(Fixtures.classes(FIXTURES)).violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);
        assertThat(strict).filteredOn(violation -> violation.key().equals(FIXTURES + ".LeftoverCollaboratorsController#collaborators"))
                .extracting(Violation::message)
                .containsExactly("Controller <" + FIXTURES + ".LeftoverCollaboratorsController> has 5 injected collaborators, more"
                        + " than the limit of 0: [" + FIXTURES + ".DiscountService, " + FIXTURES + ".PricingService, "
                        + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]"
                        + " in (LeftoverCollaboratorsController.java:22)");
    }

    /** The six services of {@code CheckoutController}, as a collaborator list shows them. */
    private static final String SIX_SERVICES = FIXTURES + ".DiscountService, " + FIXTURES + ".LoyaltyService, " + FIXTURES + ".PricingService, "
            + FIXTURES + ".ShippingService, " + FIXTURES + ".StockService, " + FIXTURES + ".TaxService";

    @Test
    void the_requests_context_an_event_bus_and_a_metrics_registry_are_no_collaborators() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        // five services and a @Context HttpServletRequest in the constructor; five services, Guava's EventBus and
        // Dropwizard's MetricRegistry: five collaborators each, within the limit
        for (String trap : List.of("RequestContextConstructorResource", "EventBusAndMetricsController")) {
            assertThat(Fixtures.classes(FIXTURES).contain(PLUMBING + "." + trap)).isTrue();
            assertThat(violations).extracting(Violation::key).doesNotContain(PLUMBING + "." + trap + "#collaborators");
        }
        // their neighbours, with a sixth service (and the code base's own subtype of the bus), are reported for the six
        assertThat(violations).filteredOn(violation -> violation.key().startsWith(PLUMBING + "."))
                .extracting(Violation::ruleId, Violation::key, violation -> violation.location().toString())
                .containsExactly(
                        tuple(SingleResponsibility.ID, PLUMBING + ".ClusterEventBusBesideSixServicesController#collaborators",
                                "(ClusterEventBusBesideSixServicesController.java:31)"),
                        tuple(SingleResponsibility.ID, PLUMBING + ".RequestContextBesideSixServicesResource#collaborators",
                                "(RequestContextBesideSixServicesResource.java:32)"));
        // what the traps count, shown by a limit of 0: their five services
        List<Violation> strict = BackendChecklist.forBasePackage(FIXTURES).withMaxCollaboratorsPerController(0)
                .evaluate(Fixtures.classes(FIXTURES)).violationsOf(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);
        String fiveServices = "[" + FIXTURES + ".DiscountService, " + FIXTURES + ".PricingService, " + FIXTURES + ".ShippingService, "
                + FIXTURES + ".StockService, " + FIXTURES + ".TaxService]";
        assertThat(strict).filteredOn(violation -> violation.key().startsWith(PLUMBING + ".RequestContextConstructorResource#")
                        || violation.key().startsWith(PLUMBING + ".EventBusAndMetricsController#"))
                .extracting(Violation::message)
                .containsExactlyInAnyOrder(
                        "Controller <" + PLUMBING + ".EventBusAndMetricsController> has 5 injected collaborators, more than the limit"
                                + " of 0: " + fiveServices + " in (EventBusAndMetricsController.java:31)",
                        "Resource <" + PLUMBING + ".RequestContextConstructorResource> has 5 injected collaborators, more than the"
                                + " limit of 0: " + fiveServices + " in (RequestContextConstructorResource.java:31)");
    }

    @Test
    void the_rest_face_of_services_passes_through_private_helpers_an_index_of_links_and_a_look_up() {
        List<Violation> violations = Fixtures.violations(FIXTURES, CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

        assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + ".ReleaseController")).isTrue();
        assertThat(Fixtures.classes(FIXTURES).contain(FIXTURES + ".PackagesController")).isTrue();
        assertThat(violations).extracting(Violation::key)
                .doesNotContain(FIXTURES + ".ReleaseController#endpoints", FIXTURES + ".PackagesController#endpoints")
                .contains(FIXTURES + ".ReleaseCommandsController#endpoints", FIXTURES + ".FilesAndFunctionsController#endpoints");
    }
}
