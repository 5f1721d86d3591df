package dev.archrules.core.rules.complexity;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code complexity.no-sequential-remote-calls} (R3) and {@code complexity.request-hops} (D1) on the call-path fixtures. */
class CallPathRulesTest {

    private static final String SEQUENTIAL = "dev.archrules.fixtures.callpaths.sequential";
    private static final String HOPS = "dev.archrules.fixtures.callpaths.hops";

    @Test
    void a_handler_waiting_on_three_remote_calls_in_a_row_is_reported_with_the_chain() {
        List<Violation> violations = Fixtures.violations(SEQUENTIAL, CoreRules.NO_SEQUENTIAL_REMOTE_CALLS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(SEQUENTIAL + ".ProductController#page", "(ProductController.java:23)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + SEQUENTIAL + ".ProductController.page(…)> makes 3 remote calls one after another (limit 2): "
                        + "RestClient$RequestHeadersSpec.retrieve (PricingClient.java:18), then RestTemplate.getForObject (StockClient.java:16), "
                        + "then ReviewClient.reviews (ProductPageService.java:28)");
        assertThat(violations.get(0).flow().calls())
                .extracting(call -> call.from() + " -> " + call.to() + " " + call.method() + " " + call.location() + " " + call.kind())
                .as("the handler's call into the page service is drawn once for the three calls it leads to")
                .containsExactly("ProductController -> ProductPageService page ProductController.java:23 CALL",
                        "ProductPageService -> PricingClient price ProductPageService.java:26 CALL",
                        "PricingClient -> RequestHeadersSpec retrieve PricingClient.java:18 REMOTE",
                        "ProductPageService -> StockClient stock ProductPageService.java:27 CALL",
                        "StockClient -> RestTemplate getForObject StockClient.java:16 REMOTE",
                        "ProductPageService -> ReviewClient reviews ProductPageService.java:28 REMOTE");
        assertThat(violations.get(0).flow().note()).isEmpty();
    }

    @Test
    void alternatives_loops_async_calls_and_two_calls_are_no_sequence_and_the_limit_is_a_setting() {
        List<Violation> atTwo = BackendChecklist.forBasePackage(SEQUENTIAL).withMinSequentialRemoteCalls(2)
                .evaluate(Fixtures.classes(SEQUENTIAL)).violations().stream()
                .filter(violation -> violation.ruleId().equals(CoreRules.NO_SEQUENTIAL_REMOTE_CALLS)).toList();

        // with a limit of two: the page, the summary, the loop (once per place), one notifier (not both), the
        // async notification left out
        assertThat(atTwo).extracting(Violation::key)
                .containsExactly(SEQUENTIAL + ".ProductController#page", SEQUENTIAL + ".ProductController#pageThenNotify",
                        SEQUENTIAL + ".ProductController#summary", SEQUENTIAL + ".ProductController#total",
                        SEQUENTIAL + ".ProductController#watch");
        assertThat(violationWithKey(atTwo, SEQUENTIAL + ".ProductController#total").message()).contains("makes 2 remote calls");
        assertThat(violationWithKey(atTwo, SEQUENTIAL + ".ProductController#watch").message()).contains("makes 2 remote calls");
        assertThat(violationWithKey(atTwo, SEQUENTIAL + ".ProductController#pageThenNotify").message()).contains("makes 2 remote calls");
    }

    /**
     * Calls the handler makes in different branches of one {@code if}/{@code else} chain are alternatives (read from its
     * source): three uploads-or-updates are one call; a call in either branch and two after it are three, and the
     * message says that not all the calls listed run together.
     */
    @Test
    void calls_in_different_branches_of_one_if_else_chain_are_alternatives_not_a_sequence() {
        String branches = "dev.archrules.fixtures.callpaths.branches";
        List<Violation> violations = Fixtures.violations(branches, CoreRules.NO_SEQUENTIAL_REMOTE_CALLS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(branches + ".ScriptController#release", "(ScriptController.java:41)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + branches + ".ScriptController.release(…)> makes 3 remote calls one after another (limit 2): ")
                .endsWith("(of these 4, some are in alternative branches) in (ScriptController.java:41)");
    }

    /**
     * The calls one method makes through one connection to a directory (two searches and a read of an entry over one
     * directory context) are one conversation with one server: with the avatar service after it, two remote calls in a
     * row; with the badge service too, three, the directory counted once.
     */
    @Test
    void the_calls_of_one_method_over_one_directory_connection_are_one_conversation() {
        String conversation = "dev.archrules.fixtures.callpaths.conversation";
        List<Violation> violations = Fixtures.violations(conversation, CoreRules.NO_SEQUENTIAL_REMOTE_CALLS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(conversation + ".ProfileController#badges", "(ProfileController.java:23)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + conversation + ".ProfileController.badges(…)> makes 3 remote calls one after another (limit 2): "
                        + "DirContext.search (UserDirectory.java:26), then RestTemplate.getForObject (AvatarClient.java:16), "
                        + "then RestTemplate.getForObject (BadgeClient.java:16) in (ProfileController.java:23)");
    }

    /**
     * Work handed to an executor in a lambda runs on another thread: three look-ups submitted in parallel are no
     * sequence, the same three one after another are; an archive run queued on the executor is not the request's
     * path, the same run made in the request passes through six classes.
     */
    @Test
    void work_handed_to_an_executor_is_neither_a_sequence_nor_a_hop_of_the_request() {
        String handedOff = "dev.archrules.fixtures.callpaths.handedoff";

        List<Violation> hops = Fixtures.violations(handedOff, CoreRules.REQUEST_HOPS);
        assertThat(hops)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(handedOff + ".ExportController#archiveNow", "(ExportController.java:34)"));
        assertThat(hops.get(0).message())
                .startsWith("Controller <" + handedOff + ".ExportController.archiveNow(…)> passes a request through 6 classes (limit 5)"
                        + " before it accesses data with <ExportRepository.findById>: ExportController → ExportService → Archiver"
                        + " → ArchiveWriter → ArchiveStore → ExportRepository, of which Archiver and ArchiveWriter only pass it on; path ");
        assertThat(Fixtures.violations(handedOff, CoreRules.NO_SEQUENTIAL_REMOTE_CALLS))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(handedOff + ".ExportController#overviewInSequence", "(ExportController.java:24)"));
    }

    @Test
    void a_request_through_six_classes_before_its_data_is_a_note_and_five_are_within_the_limit() {
        List<Violation> violations = Fixtures.violations(HOPS, CoreRules.REQUEST_HOPS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(HOPS + ".TrackingController#track", "(TrackingController.java:21)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + HOPS + ".TrackingController.track(…)> passes a request through 6 classes (limit 5) before it"
                        + " accesses data with <ShipmentRepository.findById>: TrackingController → DefaultTrackingService → TrackingFacade"
                        + " → StatusResolver → ShipmentLookup → ShipmentRepository, of which DefaultTrackingService and ShipmentLookup only pass it on; path ");
        assertThat(violations.get(0).flow().calls())
                .extracting(call -> call.from() + " -> " + call.to() + " " + call.method() + " " + call.location() + " " + call.kind())
                .containsExactly("TrackingController -> DefaultTrackingService track TrackingController.java:21 CALL",
                        "DefaultTrackingService -> TrackingFacade status DefaultTrackingService.java:18 CALL",
                        "TrackingFacade -> StatusResolver resolve TrackingFacade.java:17 CALL",
                        "StatusResolver -> ShipmentLookup find StatusResolver.java:15 CALL",
                        "ShipmentLookup -> ShipmentRepository findById ShipmentLookup.java:17 DATA_ACCESS");
        assertThat(Fixtures.evaluate(HOPS).rules()).filteredOn(rule -> rule.rule().id().equals(CoreRules.REQUEST_HOPS))
                .singleElement().satisfies(rule -> assertThat(rule.severity().argument()).isEqualTo("note"));
    }

    /**
     * A method a controller inherits from its own base class, and a base class's template method calling the subclass's
     * override, run in the same object: the base class is no hop (five classes each, within the limit). An inherited
     * method still counts the classes it calls, and the chain names the object's class, not its base.
     */
    @Test
    void an_objects_own_base_class_is_no_hop_but_the_classes_an_inherited_method_calls_are() {
        String sameObject = "dev.archrules.fixtures.callpaths.sameobject";
        List<Violation> violations = Fixtures.violations(sameObject, CoreRules.REQUEST_HOPS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(sameObject + ".ProductAdminController#report", "(ProductAdminController.java:34)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + sameObject + ".ProductAdminController.report(…)> passes a request through 6 classes (limit 5)"
                        + " before it accesses data with <ProductRepository.findById>: ProductAdminController → ReportBuilder → GridBuilder"
                        + " → CatalogService → ProductLookup → ProductRepository, of which ReportBuilder, GridBuilder and ProductLookup only pass it on;"
                        + " path ProductAdminController.report (ProductAdminController.java:34)"
                        + " → AbstractCatalogController.summary (AbstractCatalogController.java:19) → ReportBuilder.summary");
    }

    /**
     * Setting up a fresh per-request object — a prototype pushed onto a thread local, its repository configured by a
     * property setter — is no data access: the request's data is three classes away. A repository method named like a
     * setter that runs a statement is data access, six classes away.
     */
    @Test
    void a_repository_property_setter_configures_it_and_is_no_data_access() {
        String setters = "dev.archrules.fixtures.callpaths.setters";
        List<Violation> violations = Fixtures.violations(setters, CoreRules.REQUEST_HOPS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(setters + ".ReportController#archive", "(ReportController.java:32)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + setters + ".ReportController.archive(…)> passes a request through 6 classes (limit 5)"
                        + " before it accesses data with <ReportDao.setArchivedBefore>: ReportController → ReportService"
                        + " → PersistenceOperations → ReportManagerFactory → ReportManager → ReportDao, of which ReportManager only passes it on; path ");
    }

    /**
     * A client built lazily with the session's token logs in through a chain of authorizers when there is none: that
     * login is the client's authentication, not the request's data flow, so {@code files} (two classes to its own call)
     * is not reported. A sign-in handler answering the token does that work for the request and is reported.
     */
    @Test
    void obtaining_the_clients_credentials_on_the_way_is_no_hop_of_the_request_but_a_sign_in_is() {
        String credentials = "dev.archrules.fixtures.callpaths.credentials";
        List<Violation> violations = Fixtures.violations(credentials, CoreRules.REQUEST_HOPS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(credentials + ".SignInController#signIn", "(SignInController.java:18)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + credentials + ".SignInController.signIn(…)> passes a request through 6 classes (limit 5)"
                        + " before it makes an HTTP request with <RestTemplate.postForObject>: SignInController → SignInService"
                        + " → UserClientContext → AuthorizerChain → KerberosAuthorizer → SamlAuthenticator, of which SignInService only passes it on; path ");
    }

    /**
     * A chain is reported only when a class on it only passes the request on — that class is what the finding asks to
     * remove. Six classes each doing work (a service whose look-up forwards to its repository while its other method
     * checks is a layer of its own) leave nothing to remove; the same request through a facade that only forwards is
     * seven classes with one to remove.
     */
    @Test
    void a_chain_whose_every_class_works_is_not_reported_and_one_through_a_forwarding_facade_is() {
        String working = "dev.archrules.fixtures.callpaths.working";
        List<Violation> violations = Fixtures.violations(working, CoreRules.REQUEST_HOPS);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(working + ".InvoiceController#preview", "(InvoiceController.java:27)"));
        assertThat(violations.get(0).message())
                .startsWith("Controller <" + working + ".InvoiceController.preview(…)> passes a request through 7 classes (limit 5)"
                        + " before it accesses data with <CustomerRepository.findNameById>: InvoiceController → PreviewFacade → DocumentService"
                        + " → DocumentAssembler → LineItemCalculator → CustomerDirectory → CustomerRepository,"
                        + " of which PreviewFacade only passes it on; path ");
        assertThat(violations.get(0).hint()).isEqualTo("diagram the flow of preview and remove PreviewFacade, which only passes the request on");
    }
}
