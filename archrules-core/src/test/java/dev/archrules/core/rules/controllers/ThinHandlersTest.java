package dev.archrules.core.rules.controllers;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code controllers.thin-handlers} (C2) on fixtures whose {@code .java} files are found through target/test-classes → src/test/java. */
class ThinHandlersTest {

    private static final String HANDLERS = "dev.archrules.fixtures.source.handlers";

    private static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(Fixtures.classes(basePackage));
    }

    @Test
    void handlers_that_decide_are_reported_with_the_limit_they_exceed_mapping_and_plumbing_are_not() {
        List<Violation> violations = evaluate(HANDLERS).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS);

        // not reported: QueryParameterBindingController (request mapping and dispatch), BundleListController (?: dispatching
        // on request values between service calls), GuardedAccountController (guards,
        // exception translation, logging, building the answer), DownloadController (work on the HTTP exchange), OrdersApi
        // (the default stub of a generated API interface), OrdersApiController (thin) and HypermediaRootController (links)
        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(HANDLERS + ".LockStatusController#status(java.lang.String)", "(LockStatusController.java:24)",
                                "Handler <" + HANDLERS + ".LockStatusController.status(…)> makes 5 decisions (branches on domain state, loops,"
                                        + " arithmetic, data-access and client calls), more than the limit of 3 in (LockStatusController.java:24)"),
                        tuple(HANDLERS + ".OrderController#place(java.util.List)", "(OrderController.java:16)",
                                "Handler <" + HANDLERS + ".OrderController.place(…)> makes 6 decisions (branches on domain state, loops,"
                                        + " arithmetic, data-access and client calls), more than the limit of 3 in (OrderController.java:16)"),
                        tuple(HANDLERS + ".OrderSearchController#score(java.util.Map)", "(OrderSearchController.java:63)",
                                "Handler <" + HANDLERS + ".OrderSearchController.score(…)> makes 6 decisions (branches on domain state, loops,"
                                        + " arithmetic, data-access and client calls), more than the limit of 3 in (OrderSearchController.java:63)"),
                        tuple(HANDLERS + ".TernaryPricingController#quote(int, boolean, long)", "(TernaryPricingController.java:15)",
                                "Handler <" + HANDLERS + ".TernaryPricingController.quote(…)> makes 6 decisions (branches on domain state, loops,"
                                        + " arithmetic, data-access and client calls), more than the limit of 3 in (TernaryPricingController.java:15)"),
                        tuple(HANDLERS + ".TieredPricingController#quote(int, boolean, long)", "(TieredPricingController.java:15)",
                                "Handler <" + HANDLERS + ".TieredPricingController.quote(…)> makes 6 decisions (branches on domain state, loops,"
                                        + " arithmetic, data-access and client calls), more than the limit of 3 in (TieredPricingController.java:15)"),
                        tuple(HANDLERS + ".TransferController#transfer(java.lang.String, java.lang.String, long)", "(TransferController.java:21)",
                                "Handler <" + HANDLERS + ".TransferController.transfer(…)> makes 4 decisions (branches on domain state, loops,"
                                        + " arithmetic, data-access and client calls), more than the limit of 3 in (TransferController.java:21)"));
        // not reported either: OrderSearchController.search (presence-tested copies of query parameters, one onto a fluent
        // builder, and plain copies) and update (a partial update: one presence test and copy per changed field)
    }

    /**
     * A controller or resource implementing an API interface that carries the mappings (Spring's {@code @PostMapping}, JAX-RS's
     * {@code @Path} and {@code @GET}) inherits them: its implementing methods are handlers, weighed by their own bodies and
     * reported where they are written; the interface's default stubs are not handlers. A JAX-RS method with a JAX-RS
     * annotation of its own takes its own: its own {@code @GET} makes it a handler, its own {@code @Produces} alone none.
     */
    @Test
    void the_implementing_methods_of_an_api_interface_with_the_mappings_are_handlers_its_default_stubs_are_not() {
        String api = "dev.archrules.fixtures.source.apiinterfaces";
        String why = " decisions (branches on domain state, loops, arithmetic, data-access and client calls), more than the limit of 3 in (";
        // not reported: InvoicesApi's default stubs, InvoicesApiController.getInvoice, AccountsResource.account and close (thin),
        // AccountsResource.history (its own @Produces: JAX-RS ignores the interface's annotations, no resource method)
        assertThat(evaluate(api).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(api + ".AccountsResource#creditInterest(java.lang.String, int)", "(AccountsResource.java:38)",
                                "Handler <" + api + ".AccountsResource.creditInterest(…)> makes 4" + why + "AccountsResource.java:38)"),
                        tuple(api + ".AccountsResource#statement(java.lang.String, int)", "(AccountsResource.java:53)",
                                "Handler <" + api + ".AccountsResource.statement(…)> makes 4" + why + "AccountsResource.java:53)"),
                        tuple(api + ".InvoicesApiController#settleInvoice(java.lang.String, long)", "(InvoicesApiController.java:26)",
                                "Handler <" + api + ".InvoicesApiController.settleInvoice(…)> makes 5" + why + "InvoicesApiController.java:26)"));
    }

    /**
     * OpenAPI Generator's delegate-method style ({@code interfaceOnly} with {@code delegatePattern}): the interface's
     * mapped default wrappers {@code _operation(…)} only call the unannotated {@code operation(…)}, which the controller
     * overrides — those overrides are the handlers, weighed by their own bodies; the wrappers and the interface's stubs
     * are not, nor is the override of a method that an unmapped default method calls.
     */
    @Test
    void the_methods_a_mapped_delegate_wrapper_calls_are_handlers_where_the_controller_overrides_them() {
        String api = "dev.archrules.fixtures.source.delegatemethod";
        String why = " decisions (branches on domain state, loops, arithmetic, data-access and client calls), more than the limit of 3 in (";
        // not reported: TransfersApi's wrappers and stubs (getTransfer's example loop), TransfersApiController.getTransfer and
        // createTransfer (thin), TransfersApiController.summarise (as many decisions, but summary(…) is no mapped wrapper)
        assertThat(evaluate(api).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(api + ".TransfersApiController#reverseTransfer(java.lang.String, long)", "(TransfersApiController.java:28)",
                                "Handler <" + api + ".TransfersApiController.reverseTransfer(…)> makes 4" + why + "TransfersApiController.java:28)"));
    }

    /**
     * An {@code else if} chain of presence tests dispatching onto an engine's fluent builder, its last branch copying the
     * request's elements onto the builder in a loop, is request mapping; the same chain whose loop calls the collaborator
     * once per element is reported with all its decisions.
     */
    @Test
    void a_loop_copying_request_elements_or_answered_rows_onto_a_local_is_mapping_a_loop_calling_a_collaborator_decides() {
        String loops = "dev.archrules.fixtures.source.handlerloops";
        // and CaseCountController: copying the answered rows into the returned map is response mapping, escalating per row decides
        String why = " decisions (branches on domain state, loops, arithmetic, data-access and client calls), more than the limit of 3 in (";
        assertThat(evaluate(loops).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(loops + ".CaseBatchController#changeState(java.lang.String, " + loops + ".ChangeStateRequest)",
                                "(CaseBatchController.java:22)",
                                "Handler <" + loops + ".CaseBatchController.changeState(…)> makes 5" + why + "CaseBatchController.java:22)"),
                        tuple(loops + ".CaseCountController#escalate(int)", "(CaseCountController.java:43)",
                                "Handler <" + loops + ".CaseCountController.escalate(…)> makes 4" + why + "CaseCountController.java:43)"),
                        // the converter helpers of TestRunController (nested loops that only map the request body onto
                        // the domain's objects: not reported), each of whose inner loops drops a header: all loops decide
                        tuple(loops + ".FilteringTestRunController#create(" + loops + ".TestRunRequest)", "(FilteringTestRunController.java:27)",
                                "Handler <" + loops + ".FilteringTestRunController.create(…)> makes 6 decisions (branches on domain state,"
                                        + " loops, arithmetic, data-access and client calls; 6 in private helpers it calls), more than the"
                                        + " limit of 3 in (FilteringTestRunController.java:27)"),
                        // CatalogueSearchController routes the query parameters by name (not reported); testing their
                        // values to choose how each matches decides: the loop and its three tests
                        tuple(loops + ".PatternSearchController#match(java.util.Map)", "(PatternSearchController.java:25)",
                                "Handler <" + loops + ".PatternSearchController.match(…)> makes 4" + why + "PatternSearchController.java:25)"));
    }

    /** A handler binding a Map body by hand — a local per field read with a cast — maps the request; locals that compute decide. */
    @Test
    void locals_read_from_a_hand_bound_request_body_are_request_mapping() {
        String binding = "dev.archrules.fixtures.source.handbinding";
        assertOnlyReported(binding, binding + ".RuleController#addScaled(java.util.Map)", "RuleController.java:54",
                "Handler <" + binding + ".RuleController.addScaled(…)> makes 13 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3 and has 14 statements of logic"
                        + " besides request mapping and plumbing, more than the limit of 12");
    }

    /**
     * The answer envelope of the handler's return type, made by its static factory and filled with its own adder, is
     * building the answer; the same calls on an envelope the handler renders into a text instead are logic.
     */
    @Test
    void an_answer_of_the_handlers_return_type_made_by_its_factory_is_building_the_answer() {
        String answers = "dev.archrules.fixtures.source.answers";
        assertOnlyReported(answers, answers + ".FileInfoController#summary(java.lang.String)", "FileInfoController.java:44",
                "Handler <" + answers + ".FileInfoController.summary(…)> has 16 statements of logic besides request mapping and"
                        + " plumbing, more than the limit of 12");
    }

    /**
     * A download copying a stream into the response by hand — buffer, copy loop, quiet closes, the thread's logging
     * context — works the exchange; a download that filters, masks and counts the lines it copies decides.
     */
    @Test
    void the_copy_loop_of_a_download_is_work_on_the_exchange_a_loop_that_filters_what_it_copies_decides() {
        String download = "dev.archrules.fixtures.source.download";
        assertOnlyReported(download, download + ".FileDownloadController#downloadMasked(jakarta.servlet.http.HttpServletRequest,"
                        + " jakarta.servlet.http.HttpServletResponse, java.util.Map)", "FileDownloadController.java:85",
                "Handler <" + download + ".FileDownloadController.downloadMasked(…)> makes 5 decisions (branches on domain state,"
                        + " loops, arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * Format checks of the request's own parameters against a shared pattern (a static field of another class) are guard
     * clauses; guards that ask the service about the domain are decisions.
     */
    @Test
    void format_checks_of_request_parameters_against_a_shared_pattern_are_guards_domain_checks_are_decisions() {
        String guards = "dev.archrules.fixtures.source.formatguards";
        assertOnlyReported(guards, guards + ".MetadataController#checkedTableProps(java.lang.String, java.lang.String, java.lang.String,"
                        + " java.lang.String)", "MetadataController.java:44",
                "Handler <" + guards + ".MetadataController.checkedTableProps(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * Defaulting the request's date range and paging (now, a day before the end, a calendar day more, the page clamped,
     * dates parsed into locals declared {@code null}) is request mapping; defaults the history decides and a range
     * widened on its state are decisions.
     */
    @Test
    void defaulting_request_parameters_is_request_mapping_defaults_the_domain_decides_are_decisions() {
        String defaults = "dev.archrules.fixtures.source.paramdefaults";
        assertOnlyReported(defaults, defaults + ".TaskCountController#countFromHistory(java.lang.Long, java.lang.Long, java.lang.String,"
                        + " java.lang.Integer, java.lang.Integer)", "TaskCountController.java:103",
                "Handler <" + defaults + ".TaskCountController.countFromHistory(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * {@code if (Roles.isHistoryAdmin(user) || !Roles.safeMode() || …) user = null;}: a parameter assigned a literal, but
     * on what policy helpers say about the user — who sees which task — not on a test of the value: a decision.
     */
    @Test
    void an_access_policy_shaped_like_a_default_is_a_decision() {
        String policy = "dev.archrules.fixtures.source.accesspolicy";
        assertOnlyReported(policy, policy + ".TaskVisibilityController#task(java.lang.Long, java.lang.String)",
                "TaskVisibilityController.java:24",
                "Handler <" + policy + ".TaskVisibilityController.task(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /** An answer envelope declared {@code null} and made by its type's factory later is building the answer; one the service answered is not. */
    @Test
    void an_answer_declared_null_and_made_by_its_factory_later_is_building_the_answer() {
        String answers = "dev.archrules.fixtures.source.lateanswers";
        assertOnlyReported(answers, answers + ".UdfPagesController#describedPages(java.lang.String, java.lang.String, int, int)",
                "UdfPagesController.java:43",
                "Handler <" + answers + ".UdfPagesController.describedPages(…)> has 14 statements of logic besides request mapping and"
                        + " plumbing, more than the limit of 12");
    }

    /** Stream locals declared {@code null}, buffered wrappers and null-checked closes in {@code finally} are stream plumbing; metering the copy decides. */
    @Test
    void stream_resources_of_a_download_are_plumbing_a_copy_loop_metering_a_quota_decides() {
        String streams = "dev.archrules.fixtures.source.bufferedstreams";
        assertOnlyReported(streams, streams + ".AttachmentDownloadController#downloadWithinQuota(jakarta.servlet.http.HttpServletResponse,"
                        + " long, java.lang.String, java.lang.String)", "AttachmentDownloadController.java:89",
                "Handler <" + streams + ".AttachmentDownloadController.downloadWithinQuota(…)> makes 5 decisions (branches on domain state,"
                        + " loops, arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * A server-side MVC admin controller: the view model filled attribute by attribute ({@code Model} like
     * {@code ModelAndView}), the section derived from the path by the class's helpers, the common attributes filled by a
     * helper handed the model, the post/validate/re-render flow on the {@code BindingResult}, the modal-or-page choice on
     * {@code isAjaxRequest(request)} and the view names returned are presentation; a reorder computed in the same
     * controller decides.
     */
    @Test
    void view_model_assembly_and_view_selection_of_a_server_side_mvc_controller_are_presentation() {
        String views = "dev.archrules.fixtures.source.viewmodels";
        assertOnlyReported(views, views + ".AdminEntityController#reorder(jakarta.servlet.http.HttpServletRequest,"
                        + " org.springframework.ui.Model, java.util.Map, java.lang.String, java.lang.String, java.lang.String)",
                "AdminEntityController.java:125",
                "Handler <" + views + ".AdminEntityController.reorder(…)> makes 6 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /** A {@code switch} on a request value (an element of {@code ?expand}) filling the answer dispatches; one on the state the engine answered decides. */
    @Test
    void a_switch_on_a_request_value_is_a_dispatch_a_switch_on_the_domains_state_decides() {
        String dispatch = "dev.archrules.fixtures.source.requestdispatch";
        assertOnlyReported(dispatch, dispatch + ".ConnectorsResource#health()", "ConnectorsResource.java:57",
                "Handler <" + dispatch + ".ConnectorsResource.health(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * Content negotiation by hand — the view of the first media type of the {@code Accept} header that matches a constant,
     * under a presence test of the client's registered preference — chooses how to answer; the same loop testing the
     * stored profile decides.
     */
    @Test
    void choosing_the_view_by_the_accepted_media_types_is_content_negotiation_testing_the_stored_profile_decides() {
        String negotiation = "dev.archrules.fixtures.source.negotiation";
        assertOnlyReported(negotiation, negotiation + ".ProfileEndpoint#picture(java.lang.String, java.security.Principal,"
                        + " org.springframework.ui.Model)", "ProfileEndpoint.java:75",
                "Handler <" + negotiation + ".ProfileEndpoint.picture(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * The HTTP protocol's branches on the request's headers — the body read by its {@code Content-Type}, the answer shaped by
     * the media type in a helper only the handler calls, a body or none by {@code Prefer: return=representation} — weigh
     * nothing; a header choosing a quota the handler computes and a view of its own decides.
     */
    @Test
    void branches_on_request_headers_that_read_the_body_or_shape_the_answer_are_the_protocol_a_header_choosing_a_computed_quota_decides() {
        String headers = "dev.archrules.fixtures.source.headerprotocol";
        assertOnlyReported(headers, headers + ".NoteController#createWithQuota(java.lang.String, java.lang.String)", "NoteController.java:76",
                "Handler <" + headers + ".NoteController.createWithQuota(…)> makes 5 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * The posted form the controller's own helper converted is the request, and so are the values read from it: copying
     * them onto the generic form the service takes maps the request; the same values read from what the service answered
     * are the domain's.
     */
    @Test
    void values_read_from_a_form_the_class_converted_from_the_request_are_request_values() {
        String forms = "dev.archrules.fixtures.source.formconversion";
        assertOnlyReported(forms, forms + ".TranslationAdminController#copy(org.springframework.ui.Model, java.lang.String, "
                        + forms + ".EntityForm)", "TranslationAdminController.java:61",
                "Handler <" + forms + ".TranslationAdminController.copy(…)> has 22 statements of logic besides request mapping"
                        + " and plumbing, more than the limit of 12");
    }

    /** Validation calls on request values are guard clauses, also chosen by the requested action; on a stored account's state they are logic. */
    @Test
    void validation_calls_on_request_values_are_guards_on_the_domains_state_they_are_logic() {
        String validation = "dev.archrules.fixtures.source.validationcalls";
        assertOnlyReported(validation, validation + ".DryRunResource#dryRunOnAccount(" + validation + ".DryRunRequest, java.lang.String)",
                "DryRunResource.java:49",
                "Handler <" + validation + ".DryRunResource.dryRunOnAccount(…)> has 17 statements of logic besides request mapping"
                        + " and plumbing, more than the limit of 12");
    }

    /** An offset of text lengths and literals to cut a path at is slicing; sums and ratios of the files' sizes are arithmetic. */
    @Test
    void an_offset_of_text_lengths_is_slicing_sums_of_the_domains_figures_are_arithmetic() {
        String offsets = "dev.archrules.fixtures.source.textoffsets";
        assertOnlyReported(offsets, offsets + ".SandboxResource#usage(java.lang.String)", "SandboxResource.java:41",
                "Handler <" + offsets + ".SandboxResource.usage(…)> makes 6 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * A day key formatted by hand (a padding chosen between texts, texts joined with numbers) is text, and the getters of
     * the rows a query answered are no data access; a trend computed over the same rows is arithmetic of the domain.
     */
    @Test
    void formatting_a_text_and_reading_answered_rows_weigh_nothing_a_trend_over_the_rows_decides() {
        String stats = "dev.archrules.fixtures.source.dailystats";
        assertOnlyReported(stats, stats + ".web.InvocationStatsController#trend(java.lang.Integer)", "InvocationStatsController.java:49",
                "Handler <" + stats + ".web.InvocationStatsController.trend(…)> makes 8 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /** A deep copy through object streams before cutting the answer down is stream work; pricing the copied plans is logic. */
    @Test
    void a_deep_copy_through_object_streams_is_stream_work_pricing_the_copy_is_logic() {
        String copies = "dev.archrules.fixtures.source.deepcopy";
        assertOnlyReported(copies, copies + ".CatalogResource#discountedXml(int, java.lang.String)", "CatalogResource.java:70",
                "Handler <" + copies + ".CatalogResource.discountedXml(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /** The tenant context made from the servlet request reads the request; a call context made for a looked-up account is a step. */
    @Test
    void a_context_made_from_the_request_reads_the_request_one_made_from_the_domain_is_logic() {
        String contexts = "dev.archrules.fixtures.source.requestcontext";
        assertOnlyReported(contexts, contexts + ".InvoiceResource#refund(java.lang.String, java.math.BigDecimal, boolean, java.lang.String,"
                        + " jakarta.servlet.http.HttpServletRequest)", "InvoiceResource.java:72",
                "Handler <" + contexts + ".InvoiceResource.refund(…)> has 13 statements of logic besides request mapping and plumbing,"
                        + " more than the limit of 12");
    }

    /** A local declared without a value does nothing; what its branches assign is weighed, a fee computed by tier decides. */
    @Test
    void a_local_declared_without_a_value_weighs_nothing_the_values_assigned_to_it_are_weighed() {
        String bare = "dev.archrules.fixtures.source.baredeclarations";
        assertOnlyReported(bare, bare + ".RefundController#refundWithFee(java.lang.String, java.math.BigDecimal)", "RefundController.java:54",
                "Handler <" + bare + ".RefundController.refundWithFee(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    /**
     * Optional query parameters copied onto the request object with {@code Optional.ofNullable(…).ifPresent(…)} — a setter
     * reference, or a lambda converting the text — are request mapping like {@code if (x != null) query.setX(x)}; the same
     * lines copying a looked-up journey's state and computing in the consumer are the handler's logic.
     */
    @Test
    void optional_query_parameters_copied_with_optional_if_present_are_request_mapping_domain_state_copied_so_is_logic() {
        String optional = "dev.archrules.fixtures.source.optionalmapping";
        assertOnlyReported(optional, optional + ".JourneyResource#replan(java.lang.String, java.lang.String)", "JourneyResource.java:68",
                "Handler <" + optional + ".JourneyResource.replan(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3 and has 14 statements of logic"
                        + " besides request mapping and plumbing, more than the limit of 12");
    }

    /** The only thin-handlers finding on the fixtures of {@code fixtures}: its key, location and message (which ends with the location). */
    /**
     * The request's instrumentation written out in the handler — the clock read at entry, the success flag, the latency
     * computed and recorded in {@code finally}, also under the metric a request flag chooses — weighs nothing; the time left
     * of a budget, computed from the same clock and choosing between the cache and the store, is the handler's decision.
     */
    @Test
    void timing_the_request_and_recording_its_latency_is_instrumentation_an_elapsed_time_choosing_the_source_decides() {
        String timing = "dev.archrules.fixtures.source.requesttiming";
        assertOnlyReported(timing, timing + ".TimelineResource#entityWithin(jakarta.servlet.http.HttpServletRequest, java.lang.String,"
                        + " java.lang.String)", "TimelineResource.java:94",
                "Handler <" + timing + ".TimelineResource.entityWithin(…)> makes 4 decisions (branches on domain state, loops,"
                        + " arithmetic, data-access and client calls), more than the limit of 3");
    }

    private static void assertOnlyReported(String fixtures, String key, String location, String message) {
        assertThat(evaluate(fixtures).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(tuple(key, "(" + location + ")", message + " in (" + location + ")"));
    }

    /** The hypermedia root: 15 links and link templates held in locals are the answer; the feature switch and the return are logic. */
    @Test
    void links_and_link_templates_of_a_hypermedia_root_are_building_the_answer() {
        BackendChecklist strictest = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(1).withMaxBranchesPerHandler(20);

        assertThat(strictest.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::message)
                .filteredOn(message -> message.contains("HypermediaRootController"))
                .containsExactly("Handler <" + HANDLERS + ".HypermediaRootController.root(…)> has 2 statements of logic besides request"
                        + " mapping and plumbing, more than the limit of 1 in (HypermediaRootController.java:26)");
    }

    @Test
    void handler_limits_are_configurable_and_the_message_names_the_limit_exceeded() {
        BackendChecklist lenient = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(20).withMaxBranchesPerHandler(7);
        BackendChecklist strict = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(8).withMaxBranchesPerHandler(20);

        assertThat(lenient.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS)).isEmpty();
        assertThat(strict.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS))
                .extracting(Violation::key, Violation::message)
                .containsExactly(tuple(HANDLERS + ".OrderController#place(java.util.List)", "Handler <" + HANDLERS
                        + ".OrderController.place(…)> has 10 statements of logic besides request mapping and plumbing, more than the limit of 8"
                        + " in (OrderController.java:16)"));
    }

    @Test
    void copies_of_request_values_and_presence_tested_copies_weigh_nothing_copies_of_the_domains_state_do() {
        BackendChecklist strictest = BackendChecklist.forBasePackage(HANDLERS).withMaxStatementsPerHandler(1).withMaxBranchesPerHandler(20);

        // search: only its return is logic (the query built in the handler, its copies and presence-tested copies are mapping);
        // update: loading the stored order and returning it
        List<Violation> violations = strictest.evaluate(Fixtures.classes(HANDLERS)).violationsOf(CoreRules.CONTROLLERS_THIN_HANDLERS);
        assertThat(violations).extracting(Violation::key).doesNotContain(HANDLERS + ".OrderSearchController#search(java.util.Map)");
        assertThat(violations).extracting(Violation::key, Violation::message)
                .contains(tuple(HANDLERS + ".OrderSearchController#update(" + HANDLERS + ".OrderSearchController$OrderQuery)",
                        "Handler <" + HANDLERS + ".OrderSearchController.update(…)> has 2 statements of logic besides request mapping and"
                                + " plumbing, more than the limit of 1 in (OrderSearchController.java:48)"),
                        // copyStored: the two copies of the stored order's state count, the copy of a request value does not
                        tuple(HANDLERS + ".OrderSearchController#copyStored(" + HANDLERS + ".OrderSearchController$OrderQuery)",
                                "Handler <" + HANDLERS + ".OrderSearchController.copyStored(…)> has 5 statements of logic besides request mapping"
                                        + " and plumbing, more than the limit of 1 in (OrderSearchController.java:82)"));
    }
}
