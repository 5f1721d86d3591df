package dev.archrules.core.rules.state;

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

/** {@code state.stateless-singletons} (C8) on the fixtures in {@code dev.archrules.fixtures.state}. */
class StatelessSingletonsTest {

    private static final String RULE = CoreRules.STATELESS_SINGLETONS;
    private static final String FIXTURES = "dev.archrules.fixtures.state";
    private static final String F = FIXTURES + ".";

    private static JavaClasses classes;
    private static List<Violation> violations;

    @BeforeAll
    static void evaluate() {
        classes = Fixtures.classes(FIXTURES);
        violations = Fixtures.violations(FIXTURES, RULE);
    }

    @Test
    void reports_exactly_the_mutable_state_of_the_fixtures() {
        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, F + "accessors.SwitchingVariableService#variables", "(SwitchingVariableService.java:14)"),
                        tuple(RULE, F + "aware.RegionBannerController#region", "(RegionBannerController.java:14)"),
                        tuple(RULE, F + "binding.DiscountService#percent", "(DiscountService.java:12)"),
                        tuple(RULE, F + "binding.SwitchingSettingsProcessor#typedSettings", "(SwitchingSettingsProcessor.java:16)"),
                        tuple(RULE, F + "config.ThrottleService#limit", "(ThrottleService.java:16)"),
                        tuple(RULE, F + "enhanced.EnhancedCustomer#registry", "(EnhancedCustomer.java:17)"),
                        tuple(RULE, F + "enhanced.HibernateEnhancedInvoice#lastNumber", "(HibernateEnhancedInvoice.java:18)"),
                        tuple(RULE, F + "generatedinjection.MirroredArchiveService#storage", "(ArchiveFailover.java:20)"),
                        tuple(RULE, F + "generatedinjection.SwitchableArchiveService#storage", "(SwitchableArchiveService.java:21)"),
                        tuple(RULE, F + "idioms.ConnectedPeersRegistry#peers", "(ConnectedPeersRegistry.java:15)"),
                        tuple(RULE, F + "idioms.PausableStorageService#running", "(PausableStorageService.java:23)"),
                        tuple(RULE, F + "idioms.PricingClock#clock", "(PricingClock.java:18)"),
                        tuple(RULE, F + "idioms.RequestFaults#delayedRequests", "(RequestFaults.java:25)"),
                        tuple(RULE, F + "idioms.RequestFaults#failNextRequest", "(RequestFaults.java:21)"),
                        tuple(RULE, F + "idioms.RequestFaults#pauseDone", "(RequestFaults.java:39)"),
                        tuple(RULE, F + "jaxrs.SingletonOrderResource#lastRequestAt", "(SingletonOrderResource.java:16)"),
                        tuple(RULE, F + "lazy.ReconnectingChannelService#current", "(ReconnectingChannelService.java:18)"),
                        tuple(RULE, F + "lazy.ReregisteredMetrics#registry", "(ReregisteredMetrics.java:29)"),
                        tuple(RULE, F + "lazy.ResetOnRequestHolder#settings", "(ResetOnRequestHolder.java:22)"),
                        tuple(RULE, F + "lazy.RotatingSignerService#current", "(RotatingSignerService.java:16)"),
                        tuple(RULE, F + "locked.LeakyJobQueue#jobs", "(LeakyJobQueue.java:32)"),
                        tuple(RULE, F + "locked.UnguardedBusyFlagJob#expanding", "(UnguardedBusyFlagJob.java:17)"),
                        tuple(RULE, F + "lombok.VatRateController#rate", "(VatRateController.java:19)"),
                        tuple(RULE, F + "misattributed.EndpointRanking#ranking", "(EndpointRanking.java:17)"),
                        tuple(RULE, F + "misattributed.GrowingDefaultListeners#DEFAULT_LISTENERS", "(GrowingDefaultListeners.java:12)"),
                        tuple(RULE, F + "onceonly.ResettableArchivePoolProvider#dedicated", "(ResettableArchivePoolProvider.java:26)"),
                        tuple(RULE, F + "onceonly.ResettableArchivePoolProvider#initialized", "(ResettableArchivePoolProvider.java:27)"),
                        tuple(RULE, F + "onceonly.UnlockedArchivePoolProvider#dedicated", "(UnlockedArchivePoolProvider.java:26)"),
                        tuple(RULE, F + "onceonly.UnlockedArchivePoolProvider#initialized", "(UnlockedArchivePoolProvider.java:27)"),
                        tuple(RULE, F + "phasedstartup.LastExport#sql", "(LastExport.java:12)"),
                        tuple(RULE, F + "published.InstanceLookupServer#self", "(InstanceLookupServer.java:18)"),
                        tuple(RULE, F + "published.LastVisitorController#lastVisitor", "(LastVisitorController.java:15)"),
                        tuple(RULE, F + "published.VolatileHitCounter#hits", "(VolatileHitCounter.java:12)"),
                        tuple(RULE, F + "registration.ListenerRegistry#listeners", "(ListenerRegistry.java:18)"),
                        tuple(RULE, F + "scheduled.ExposedPollerState#listening", "(ExposedPollerState.java:21)"),
                        tuple(RULE, F + "scheduled.OverlappingReindexer#parentCache", "(OverlappingReindexer.java:23)"),
                        tuple(RULE, F + "scheduled.QueueDepths#lastDepth", "(QueueDepths.java:14)"),
                        tuple(RULE, F + "scoped.ExportProgress#exportedRows", "(ExportProgress.java:12)"),
                        tuple(RULE, F + "scoped.FeatureToggles#newCheckout", "(FeatureToggles.java:21)"),
                        tuple(RULE, F + "scoped.GreetingService#lastGreeting", "(GreetingService.java:14)"),
                        tuple(RULE, F + "service.RecentSearchService#recent", "(RecentSearchService.java:15)"),
                        tuple(RULE, F + "service.TokenService#store", "(TokenService.java:18)"),
                        tuple(RULE, F + "servlet.VisitCounterServlet#visits", "(VisitCounterServlet.java:26)"),
                        tuple(RULE, F + "startup.CurrentTenantHolder#tenant", "(CurrentTenantHolder.java:12)"),
                        tuple(RULE, F + "startup.EventCounter#events", "(EventCounter.java:19)"),
                        tuple(RULE, F + "startup.EventTally#lastPayload", "(EventTally.java:23)"),
                        tuple(RULE, F + "startup.JournalReadService#nextReadOffset", "(JournalReadService.java:27)"),
                        tuple(RULE, F + "startup.QueueReaderStatsService#lastBatchSize", "(QueueReaderStatsService.java:25)"),
                        tuple(RULE, F + "startup.ReloadedDataSourcePool#pools", "(ReloadedDataSourcePool.java:26)"),
                        tuple(RULE, F + "startup.ReschedulingArchiveOutput#flushTask", "(ReschedulingArchiveOutput.java:29)"),
                        tuple(RULE, F + "startup.RestartableShopServer#webServer", "(RestartableShopServer.java:19)"),
                        tuple(RULE, F + "support.AuditedRunModes#mode", "(AuditedRunModes.java:18)"),
                        tuple(RULE, F + "support.CountryCodes#RECENTLY_USED", "(CountryCodes.java:36)"),
                        tuple(RULE, F + "support.DateFormats#LEGACY_DATE", "(DateFormats.java:9)"),
                        tuple(RULE, F + "support.IdSequence#next", "(IdSequence.java:12)"),
                        tuple(RULE, F + "support.PatternMemo#UNGUARDED", "(PatternMemo.java:27)"),
                        tuple(RULE, F + "support.PublicDiagnosticsRegistry#applicationServer", "(PublicDiagnosticsRegistry.java:17)"),
                        tuple(RULE, F + "support.PurgedSubscriberRecords#records", "(PurgedSubscriberRecords.java:26)"),
                        tuple(RULE, F + "support.RegionDefaults#NORDIC", "(RegionDefaults.java:22)"),
                        tuple(RULE, F + "support.SwitchedLogModes#mode", "(SwitchedLogModes.java:17)"),
                        tuple(RULE, F + "support.ThreadIndents#indents", "(ThreadIndents.java:21)"),
                        tuple(RULE, F + "web.CounterController#counter", "(CounterController.java:14)"),
                        tuple(RULE, F + "web.HitCounterController#hits", "(HitCounterController.java:16)"),
                        tuple(RULE, F + "web.LockedCounterController#callers", "(LockedCounterController.java:18)"),
                        tuple(RULE, F + "web.ThemedLoginController#loginRedirect", "(ThemedLoginController.java:27)"),
                        tuple(RULE, F + "web.ThemedLoginController#themeView", "(ThemedLoginController.java:32)"),
                        tuple(RULE, F + "websocket.BroadcastEndpoint#SESSIONS", "(BroadcastEndpoint.java:22)"),
                        tuple(RULE, F + "wiring.AsyncChannelRegistry#channels", "(AsyncChannelRegistry.java:23)"),
                        tuple(RULE, F + "wiring.LastCurrencyConverter#lastCode", "(LastCurrencyConverter.java:19)"),
                        tuple(RULE, F + "wiring.LateAccessChain#stores", "(LateAccessChain.java:21)"),
                        tuple(RULE, F + "wiring.ReloadingProviderRegistry#providers", "(ReloadingProviderRegistry.java:22)"),
                        tuple(RULE, F + "wiring.StatusPoller#timeout", "(StatusPoller.java:14)"));
    }

    @Test
    void controller_counter_written_by_a_handler_is_shared_state() {
        Violation violation = violationWithKey(violations, F + "web.CounterController#counter");

        assertLocatedAt(violation, RULE, F + "web.CounterController", "CounterController.java", 14);
        assertThat(violation.message())
                .startsWith("Controller <" + F + "web.CounterController> keeps mutable state: field <"
                        + F + "web.CounterController.counter> is written by Method <" + F + "web.CounterController.visit()>");
    }

    /** A message must not claim "shared by all requests" unless a request-time write exists. */
    @Test
    void non_final_field_never_written_after_construction_is_not_shared_state() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "service.QuoteService#currency");
    }

    @Test
    void setter_called_by_a_controller_per_request_is_shared_state() {
        Violation violation = violationWithKey(violations, F + "binding.DiscountService#percent");

        assertLocatedAt(violation, RULE, F + "binding.DiscountService", "DiscountService.java", 12);
        assertThat(violation.message()).startsWith("Service <" + F + "binding.DiscountService> keeps mutable state: field <"
                + F + "binding.DiscountService.percent> is written by Method <" + F + "binding.DiscountService.setPercent(int)>");
    }

    @Test
    void singleton_jaxrs_resource_and_servlet_are_shared_by_all_requests() {
        assertLocatedAt(violationWithKey(violations, F + "jaxrs.SingletonOrderResource#lastRequestAt"),
                RULE, F + "jaxrs.SingletonOrderResource", "SingletonOrderResource.java", 16);
        Violation servlet = violationWithKey(violations, F + "servlet.VisitCounterServlet#visits");
        assertLocatedAt(servlet, RULE, F + "servlet.VisitCounterServlet", "VisitCounterServlet.java", 26);
        assertThat(servlet.message()).contains("is written by Method <" + F + "servlet.VisitCounterServlet.doGet(");
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "servlet.VisitCounterServlet#greeting");
    }

    @Test
    void enhancer_fields_are_not_the_teams_code_but_its_own_statics_are() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "enhanced.EnhancedCustomer#pcInheritedFieldCount", F + "enhanced.EnhancedCustomer#pcFieldNames",
                F + "enhanced.EnhancedCustomer#pcPCSuperclass",
                // Hibernate's enhancer: its static slot is written after class initialisation, by its own member
                F + "enhanced.HibernateEnhancedInvoice#$$_hibernate_sharedInterceptor");
        assertThat(violationWithKey(violations, F + "enhanced.EnhancedCustomer#registry").message())
                .startsWith("Static field <" + F + "enhanced.EnhancedCustomer.registry> is not final: global mutable state")
                .contains("written by Method <" + F + "enhanced.EnhancedCustomer.register(java.lang.String)>");
        assertThat(violations).extracting(Violation::key).as("a static that lacks final but is never written is a constant")
                .doesNotContain(F + "constants.CsvFormat#DELIMITER", F + "constants.CsvFormat#HEADERS");
    }

    /** Micronaut's generated {@code $…$Definition} sets non-private injected fields: the container's construction. */
    @Test
    void fields_a_generated_bean_definition_injects_pass_a_later_write_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "generatedinjection.ReportArchiveService#storage", F + "generatedinjection.ReportArchiveService#retentionDays");
        Violation switched = violationWithKey(violations, F + "generatedinjection.SwitchableArchiveService#storage");
        assertLocatedAt(switched, RULE, F + "generatedinjection.SwitchableArchiveService", "SwitchableArchiveService.java", 21);
        assertThat(switched.message()).isEqualTo("Service <" + F + "generatedinjection.SwitchableArchiveService> keeps mutable state: field <"
                + F + "generatedinjection.SwitchableArchiveService.storage> is written by Method <" + F
                + "generatedinjection.SwitchableArchiveService.switchTo(" + F + "generatedinjection.ArchiveStorage)> (SwitchableArchiveService.java:21)");
        Violation failedOver = violationWithKey(violations, F + "generatedinjection.MirroredArchiveService#storage");
        assertThat(failedOver.location().toString()).isEqualTo("(ArchiveFailover.java:20)");
        assertThat(failedOver.message()).contains("is written by Method <" + F + "generatedinjection.ArchiveFailover.failOver()>");
    }

    /** {@code ensureInitialized()}: synchronized, flag-guarded, run once on first use; without the lock or with a reset it runs again. */
    @Test
    void fields_a_locked_once_only_initialiser_writes_pass_unlocked_or_reset_they_do_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "onceonly.ArchivePoolProvider#dedicated",
                F + "onceonly.ArchivePoolProvider#table", F + "onceonly.ArchivePoolProvider#initialized");
        Violation unlocked = violationWithKey(violations, F + "onceonly.UnlockedArchivePoolProvider#dedicated");
        assertLocatedAt(unlocked, RULE, F + "onceonly.UnlockedArchivePoolProvider", "UnlockedArchivePoolProvider.java", 26);
        assertThat(unlocked.message()).isEqualTo("Repository <" + F + "onceonly.UnlockedArchivePoolProvider> keeps mutable state: field <"
                + F + "onceonly.UnlockedArchivePoolProvider.dedicated> is written by Method <" + F
                + "onceonly.UnlockedArchivePoolProvider.ensureInitialized()> (UnlockedArchivePoolProvider.java:26)");
        Violation reset = violationWithKey(violations, F + "onceonly.ResettableArchivePoolProvider#dedicated");
        assertLocatedAt(reset, RULE, F + "onceonly.ResettableArchivePoolProvider", "ResettableArchivePoolProvider.java", 26);
        assertThat(violationWithKey(violations, F + "onceonly.ResettableArchivePoolProvider#initialized").message())
                .contains("is written by Method <" + F + "onceonly.ResettableArchivePoolProvider.ensureInitialized()>");
    }

    @Test
    void injected_field_overwritten_by_a_business_method_violates_at_the_write() {
        Violation violation = violationWithKey(violations, F + "service.TokenService#store");

        assertLocatedAt(violation, RULE, F + "service.TokenService", "TokenService.java", 18);
        assertThat(violation.message())
                .contains("field <" + F + "service.TokenService.store> is written by Method <"
                        + F + "service.TokenService.switchTo(" + F + "service.TokenStore)>");
    }

    @Test
    void final_field_whose_collection_or_counter_is_changed_per_request_is_shared_state() {
        Violation list = violationWithKey(violations, F + "service.RecentSearchService#recent");
        Violation counter = violationWithKey(violations, F + "web.HitCounterController#hits");

        assertLocatedAt(list, RULE, F + "service.RecentSearchService", "RecentSearchService.java", 15);
        assertThat(list.message())
                .startsWith("Service <" + F + "service.RecentSearchService> keeps mutable state: the object in field <"
                        + F + "service.RecentSearchService.recent> is changed by Method <" + F
                        + "service.RecentSearchService.search(java.lang.String)> calls method <java.util.List.add(java.lang.Object)>");
        assertLocatedAt(counter, RULE, F + "web.HitCounterController", "HitCounterController.java", 16);
        assertThat(counter.message())
                .contains("the object in field <" + F + "web.HitCounterController.hits> is changed by")
                .contains("<java.util.concurrent.atomic.AtomicLong.incrementAndGet()>");
    }

    /** {@code result.add(rates.rate(c))}: the local list changes, the final field read on the same line does not. */
    @Test
    void filling_a_local_list_with_values_read_from_a_final_field_is_not_state() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "service.PriceListService#rates");
    }

    @Test
    void explicit_singleton_scope_is_still_a_singleton() {
        Violation violation = violationWithKey(violations, F + "scoped.GreetingService#lastGreeting");

        assertLocatedAt(violation, RULE, F + "scoped.GreetingService", "GreetingService.java", 14);
        assertThat(violation.message()).contains("field <" + F + "scoped.GreetingService.lastGreeting> is written by");
    }

    /** {@code @ApplicationScope} is one instance per servlet context: shared by all requests like a singleton. */
    @Test
    void application_scoped_bean_is_shared_like_a_singleton() {
        Violation violation = violationWithKey(violations, F + "scoped.FeatureToggles#newCheckout");

        assertLocatedAt(violation, RULE, F + "scoped.FeatureToggles", "FeatureToggles.java", 21);
        assertThat(violation.message()).contains("field <" + F + "scoped.FeatureToggles.newCheckout> is written by");
    }

    @Test
    void static_non_final_field_in_a_utility_class_is_global_state() {
        Violation violation = violationWithKey(violations, F + "support.IdSequence#next");

        assertLocatedAt(violation, RULE, F + "support.IdSequence", "IdSequence.java", 12);
        assertThat(violation.message()).startsWith("Static field <" + F + "support.IdSequence.next> is not final")
                .contains("written by Method <" + F + "support.IdSequence.nextId()>");
    }

    @Test
    void static_collection_changed_after_class_initialisation_is_global_state() {
        Violation recent = violationWithKey(violations, F + "support.CountryCodes#RECENTLY_USED");

        assertLocatedAt(recent, RULE, F + "support.CountryCodes", "CountryCodes.java", 36);
        assertThat(recent.message())
                .startsWith("Static final field <" + F + "support.CountryCodes.RECENTLY_USED> holds a mutable ArrayList that is changed after class initialisation")
                .contains("Method <" + F + "support.CountryCodes.isEuroArea(java.lang.String)> calls method <java.util.List.add(java.lang.Object)>")
                .endsWith(" in " + recent.location());
        assertThat(violationWithKey(violations, F + "support.DateFormats#LEGACY_DATE").message())
                .startsWith("Static final field <" + F + "support.DateFormats.LEGACY_DATE> holds a SimpleDateFormat, which is not safe to use from several threads");
    }

    /**
     * A static memo cache in {@code Collections.synchronizedMap(…)} holds its lock on every call, as a ConcurrentHashMap
     * is built for concurrent use; the same cache in a plain HashMap beside it is global state.
     */
    @Test
    void static_memo_cache_in_a_synchronized_wrapper_passes_and_in_a_plain_map_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "support.PatternMemo#COMPILED");
        Violation unguarded = violationWithKey(violations, F + "support.PatternMemo#UNGUARDED");

        assertLocatedAt(unguarded, RULE, F + "support.PatternMemo", "PatternMemo.java", 27);
        assertThat(unguarded.message())
                .startsWith("Static final field <" + F + "support.PatternMemo.UNGUARDED> holds a mutable HashMap that is changed after class initialisation")
                .contains("calls method <java.util.Map.computeIfAbsent(java.lang.Object, java.util.function.Function)>");
    }

    /** Arrays and collections filled during class initialisation and only read afterwards are at most a note. */
    @Test
    void static_arrays_and_collections_only_read_after_initialisation_pass() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "support.CountryCodes#EURO_AREA", F + "support.CountryCodes#NAMES",
                F + "support.RegionDefaults#CAPITALS", F + "support.WorkQueues#PENDING");
    }

    /** {@code new ArrayList<>(List.of(…))} stores an ArrayList: the immutable argument must not hide it. */
    @Test
    void mutable_copy_of_an_immutable_collection_is_still_mutable() {
        Violation nordic = violationWithKey(violations, F + "support.RegionDefaults#NORDIC");

        assertLocatedAt(nordic, RULE, F + "support.RegionDefaults", "RegionDefaults.java", 22);
        assertThat(nordic.message()).startsWith("Static final field <" + F + "support.RegionDefaults.NORDIC> holds a mutable ArrayList");
    }

    @Test
    void immutable_static_constants_next_to_mutable_ones_pass() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "support.CountryCodes#DEFAULT_COUNTRY",
                F + "support.CountryCodes#CODE_LENGTH",
                F + "support.CountryCodes#EFTA",
                F + "support.CountryCodes#SEPA_EXTRA",
                F + "support.CountryCodes#CURRENCIES",
                F + "support.DateFormats#ISO_DATE");
    }

    /** A static holder set by another class's start-up lifecycle method (through a helper) is initialisation state. */
    @Test
    void static_holder_set_at_start_up_by_another_classs_lifecycle_method_passes() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "startup.StartupDefaults#region");
    }

    /**
     * An uncalled static setter of a text setting that normalises the text it is handed (an empty value ignored, lower
     * case: the running mode a bootstrap sets) is still the setter hook; one that also hands the value to another method
     * is no plain hook, and its write is reported.
     */
    @Test
    void an_uncalled_setter_normalising_the_text_it_is_handed_is_a_hook() {
        assertThat(classes.contain(F + "support.RunModes")).isTrue();
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "support.RunModes#mode");
        Violation audited = violationWithKey(violations, F + "support.AuditedRunModes#mode");
        assertLocatedAt(audited, RULE, F + "support.AuditedRunModes", "AuditedRunModes.java", 18);
        assertThat(audited.message()).contains("written by Method <" + F + "support.AuditedRunModes.setMode(java.lang.String)>");
    }

    /**
     * A module provider's {@code prepare()}, the phase its module manager runs before {@code start()}, is start-up: the
     * static holder it sets once passes; a {@code prepare()} of a class without {@code start} (an export statement
     * prepared per call) is no lifecycle phase, and the static it writes is reported there.
     */
    @Test
    void static_holder_set_in_a_module_providers_preparation_phase_passes() {
        assertThat(classes.contain(F + "phasedstartup.ArchiveNames")).isTrue();
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "phasedstartup.ArchiveNames#rules");
        Violation lastExport = violationWithKey(violations, F + "phasedstartup.LastExport#sql");
        assertLocatedAt(lastExport, RULE, F + "phasedstartup.LastExport", "LastExport.java", 12);
        assertThat(lastExport.message()).contains("written by Method <" + F + "phasedstartup.LastExport.remember(java.lang.String)>");
    }

    /**
     * A stand-alone server's {@code main} and what only it calls run at start-up; an uncalled {@code reset()} that clears
     * those statics between tests never runs in production. The same reset called by a request handler is a write at
     * request time, reported at the reset's write.
     */
    @Test
    void statics_set_by_main_and_cleared_by_an_uncalled_reset_pass_a_reset_called_by_a_handler_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "startup.StandaloneShopServer#webServer",
                F + "startup.StandaloneShopServer#settings", F + "startup.StandaloneShopServer#metricsRegistry");
        Violation restartable = violationWithKey(violations, F + "startup.RestartableShopServer#webServer");
        assertLocatedAt(restartable, RULE, F + "startup.RestartableShopServer", "RestartableShopServer.java", 19);
        assertThat(restartable.message()).contains("written by Method <" + F + "startup.RestartableShopServer.reset()>");
    }

    /**
     * What a Guava service's {@code startUp()} and {@code shutDown()} write — its execution thread, its scheduled task —
     * is lifecycle state; a read offset its {@code read} moves while it runs is not ({@code JournalReadService}, reported).
     */
    @Test
    void fields_a_guava_services_start_up_and_shut_down_write_pass() {
        assertThat(violations).extracting(Violation::key)
                .doesNotContain(F + "startup.IndexerThreadService#executionThread", F + "startup.JournalFlushService#flushTask");
        Violation reader = violationWithKey(violations, F + "startup.JournalReadService#nextReadOffset");
        assertThat(reader.message()).contains("written by Method <" + F + "startup.JournalReadService.read(long)>");
    }

    /**
     * The {@code run()} of a Guava execution-thread service runs once, on the service's own thread: what only it (and a
     * private method only it calls) touches is confined to that thread. The same field read by a method callers make is
     * shared ({@code QueueReaderStatsService}, reported).
     */
    @Test
    void fields_only_the_loop_of_an_execution_thread_service_touches_pass() {
        assertThat(violations).extracting(Violation::key)
                .doesNotContain(F + "startup.QueueReaderService#readWindow", F + "startup.QueueReaderService#lastBatchSize");
        Violation stats = violationWithKey(violations, F + "startup.QueueReaderStatsService#lastBatchSize");
        assertThat(stats.message()).contains("written by Method <" + F + "startup.QueueReaderStatsService.run()>");
    }

    /**
     * A set Guava builds for concurrent use ({@code Sets.newConcurrentHashSet()}) is thread-safe though declared a plain
     * {@code Set}; Guava's {@code Sets.newHashSet()} is not.
     */
    @Test
    void a_set_guava_builds_for_concurrent_use_passes_a_plain_one_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "idioms.ConnectedNodesRegistry#nodes");
        Violation peers = violationWithKey(violations, F + "idioms.ConnectedPeersRegistry#peers");
        assertLocatedAt(peers, RULE, F + "idioms.ConnectedPeersRegistry", "ConnectedPeersRegistry.java", 15);
    }

    /**
     * {@code initialize()}, the spelled-out {@code init}, is a lifecycle method: the flush task it schedules and
     * {@code stop()} cancels is lifecycle state; the same task rescheduled by each {@code write} is shared.
     */
    @Test
    void a_task_initialize_schedules_passes_one_each_write_reschedules_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "startup.BatchedArchiveOutput#flushTask");
        Violation rescheduled = violationWithKey(violations, F + "startup.ReschedulingArchiveOutput#flushTask");
        assertThat(rescheduled.message()).contains("written by Method <" + F + "startup.ReschedulingArchiveOutput.write(java.lang.String)>");
    }

    /** What a start-up runner's {@code run} writes (Spring Boot calls it once, after start-up) is initialisation state. */
    @Test
    void fields_a_start_up_runner_writes_pass() {
        assertThat(violations).extracting(Violation::key)
                .doesNotContain(F + "startup.StartupRunner#started", F + "startup.StartupRunner#startedAt");
    }

    /**
     * A registry whose only mutator a registration callback calls — an override of Spring Boot's
     * {@code RegistrationBean.register}, which only the library's {@code onStartup} runs — is filled at start-up and
     * passes; the same shape whose callback a controller also runs per request is reported, at the write.
     */
    @Test
    void a_registry_filled_by_a_library_registration_callback_passes_one_the_code_base_also_calls_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "registration.RouteRegistry#routes");
        Violation reloaded = violationWithKey(violations, F + "registration.ListenerRegistry#listeners");
        assertLocatedAt(reloaded, RULE, F + "registration.ListenerRegistry", "ListenerRegistry.java", 18);
        assertThat(reloaded.message()).startsWith("Service <" + F + "registration.ListenerRegistry> keeps mutable state: the object in field <"
                + F + "registration.ListenerRegistry.listeners> is changed by Method <" + F + "registration.ListenerRegistry.add(");
    }

    /**
     * Listeners of start-up and shut-down events only: a typed {@code ApplicationListener}, an {@code @EventListener}
     * taking the event, and a listener of all events that acts only after an {@code instanceof} test of a start-up
     * event (the server's port taken from the event that announces it).
     */
    @Test
    void fields_written_by_listeners_of_start_up_and_shut_down_events_pass() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "startup.ServerInfoListener#readyAt", F + "startup.ServerInfoListener#applicationId",
                F + "startup.ReadyFlags#ready", F + "startup.ReadyFlags#closing", F + "startup.WarmedCaches#regions");
    }

    /**
     * A listener of all events that also handles an event published at request time, or does something before its
     * test for the start-up event, writes at request time: the write to its field is reported, and named.
     */
    @Test
    void listener_of_all_events_writing_outside_a_start_up_test_is_shared_state() {
        Violation tally = violationWithKey(violations, F + "startup.EventTally#lastPayload");
        assertLocatedAt(tally, RULE, F + "startup.EventTally", "EventTally.java", 23);
        assertThat(tally.message()).contains("onApplicationEvent(org.springframework.context.ApplicationEvent)");
        Violation counter = violationWithKey(violations, F + "startup.EventCounter#events");
        assertLocatedAt(counter, RULE, F + "startup.EventCounter", "EventCounter.java", 19);
    }

    /**
     * A private setter nothing calls (scalac's {@code x_$eq} for an {@code @Autowired private var}) never runs; the same
     * setter called by a request-time method is a write at request time, located in the setter.
     */
    @Test
    void a_private_setter_nothing_calls_never_writes_one_called_at_request_time_does() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "accessors.VariableService#variables",
                F + "accessors.PublicVariableService#variables");
        Violation violation = violationWithKey(violations, F + "accessors.SwitchingVariableService#variables");
        assertLocatedAt(violation, RULE, F + "accessors.SwitchingVariableService", "SwitchingVariableService.java", 14);
        assertThat(violation.message()).contains("written by Method <" + F + "accessors.SwitchingVariableService.variables_$eq("
                + F + "accessors.VariableStore)>");
    }

    /** The same holder shape set from a request handler is global state written per request. */
    @Test
    void static_holder_set_per_request_is_global_state() {
        Violation violation = violationWithKey(violations, F + "startup.CurrentTenantHolder#tenant");

        assertLocatedAt(violation, RULE, F + "startup.CurrentTenantHolder", "CurrentTenantHolder.java", 12);
        assertThat(violation.message())
                .startsWith("Static field <" + F + "startup.CurrentTenantHolder.tenant> is not final: global mutable state")
                .contains("written by Method <" + F + "startup.CurrentTenantHolder.set(java.lang.String)>");
    }

    /**
     * Configuration set at wiring time: a fluent setter only a {@code @Bean} method calls, a setter the factory that
     * creates the object calls, a setter called on a per-call object its caller created, an adder only wiring calls
     * through an interface.
     */
    @Test
    void configuration_set_by_setters_fluent_setters_and_adders_at_wiring_time_passes() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "wiring.HealthPoller#timeout", F + "wiring.SettingsRepository#order",
                F + "wiring.SettingsRepository#searchLocations", F + "wiring.PooledConnectionFactory#clientsByUri");
    }

    /**
     * Registration by the {@code @Bean} method creating the object, through the interface, in a {@code forEach} lambda:
     * the convenience overload forwarding to the registering method adds no caller while nothing calls it; called by a
     * service at request time, it does.
     */
    @Test
    void registration_by_wiring_passes_unless_a_forwarding_overload_is_called_at_run_time() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "wiring.OrderedAccessChain#stores");
        Violation violation = violationWithKey(violations, F + "wiring.LateAccessChain#stores");
        assertThat(violation.message()).contains("is changed by Method <" + F
                + "wiring.LateAccessChain.registerStore(java.lang.Object, int)> calls method <java.util.List.add(int, java.lang.Object)>");
    }

    /** A memo cache changed only while holding its lock is thread-safe; in a controller it is still state. */
    @Test
    void a_cache_changed_only_under_its_lock_passes_except_in_a_controller() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "service.FormatterRegistry#formats");
        Violation locked = violationWithKey(violations, F + "web.LockedCounterController#callers");
        assertThat(locked.message()).contains("the object in field <" + F + "web.LockedCounterController.callers> is changed by");
    }

    @Test
    void fluent_setter_called_on_every_scheduled_tick_is_shared_state() {
        Violation violation = violationWithKey(violations, F + "wiring.StatusPoller#timeout");

        assertLocatedAt(violation, RULE, F + "wiring.StatusPoller", "StatusPoller.java", 14);
        assertThat(violation.message()).contains("field <" + F + "wiring.StatusPoller.timeout> is written by Method <"
                + F + "wiring.StatusPoller.timeout(java.time.Duration)>");
    }

    /** {@code group.sort(comparingInt(e -> this.endpoints.indexOf(e)))}: the field is read on the line, a local is sorted. */
    @Test
    void sorting_a_local_list_by_a_final_fields_order_is_not_state() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "misattributed.EndpointProber#endpoints");
    }

    @Test
    void sorting_the_fields_own_list_per_request_is_shared_state() {
        Violation violation = violationWithKey(violations, F + "misattributed.EndpointRanking#ranking");

        assertLocatedAt(violation, RULE, F + "misattributed.EndpointRanking", "EndpointRanking.java", 17);
        assertThat(violation.message()).contains("the object in field <" + F + "misattributed.EndpointRanking.ranking> is changed by Method <"
                + F + "misattributed.EndpointRanking.promote(java.lang.String)> calls method <java.util.List.sort(java.util.Comparator)>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "service.InvoiceService",        // final constructor-injected fields, static SLF4J logger
            "service.NotificationService",   // @Autowired field never written by code (C9's business, not C8's)
            "generatedinjection.ReportArchiveService", // @Inject and @Value fields set only by Micronaut's generated bean definition
            "onceonly.ArchivePoolProvider",  // a pool and table resolved once by a synchronized, flag-guarded ensureInitialized()
            "support.LegacyAuditLog",        // java.util.logging and System.Logger static loggers
            "scoped.ShoppingCart",           // @Scope("prototype")
            "scoped.CurrentUser",            // @RequestScope
            "scoped.RecentlyViewed",         // @SessionScope
            "scoped.ExportTask",             // made only by a @Bean @Scope("prototype") method: a task per call
            "jaxrs.OrderItemsSubResource",   // a JAX-RS sub-resource its locator creates per request
            "jaxrs.OrderItemsLocatorResource", // the locator
            "lombok.VatService",             // non-final fields assigned only by the constructor Lombok writes
            "config.CacheConfiguration",     // @Configuration with a setter
            "config.MailProperties",         // bound settings with setters (configuration by suffix)
            "config.PollingWindowService",   // one setting clamped to another when an event comes: configuration normalised
            "aware.NodeStatusController",    // written by its own aware callback, which a start-up processor calls in a lambda
            "domain.PurchaseOrder",          // @Entity with setters
            "domain.OrderStatus",            // enum
            "dto.OrderForm",                 // plain DTO, no role
            "service.QuoteService",          // non-final field never written after construction
            "service.WarmupService",         // field set in @PostConstruct
            "jaxrs.PerRequestOrderResource", // JAX-RS resource: one instance per request
            "percall.OrderQuery",            // query builder created with new per call
            "percall.OrderQueries",          // repository handing out per-call builders
            "binding.SmtpClient",            // setters called only by its @Bean method, or by binding
            "binding.MailConfiguration",     // wiring
            "binding.CatalogService",        // field filled in afterPropertiesSet
            "support.WorkQueues",            // static queue nothing changes
            "support.CleanupWindowParser",   // static SimpleDateFormat and setting used only in static synchronized methods
            "idioms.RuleCacheRepository",    // a repository's caches built for concurrent use
            "idioms.ReportTimestampService", // a Map-typed field a library factory declared ConcurrentMap fills
            "idioms.ConnectedNodesRegistry", // a Set-typed field Guava's Sets.newConcurrentHashSet() fills
            "startup.QueueReaderService",    // fields only the run() of a Guava execution-thread service touches
            "startup.BatchedArchiveOutput",  // a flush task written by initialize() and cancelled by stop(): lifecycle
            "idioms.EventSubscriber",        // written by start()/stop() lifecycle methods
            "idioms.QuoteExpiryService",     // written only by test hooks nothing calls (@VisibleForTesting, …ForTests)
            "idioms.Platform",               // lazy static singleton; static holder set in contextInitialized
            "idioms.ReportClientBuilder",    // a builder: mutable by design, made per use
            "startup.StartupDefaults",       // static holder set by another class's contextInitialized
            "startup.StandaloneShopServer",  // statics set by main (and a helper only main calls), cleared by an uncalled reset
            "startup.TokenSigningRealm",     // static signer built by a realm's onInit hook
            "wiring.HealthPoller",           // fluent setter called only by its @Bean method
            "wiring.SettingsRepository",     // setOrder by the factory creating it; setSearchLocations on per-call delegates
            "wiring.LayeredSettingsRepository", // configures a delegate it creates per call
            "wiring.PooledConnectionFactory", // map filled by an adder only wiring calls, through the interface
            "wiring.ChannelValidatorRegistry", // filled by the constructor through forEach(this::register)
            "wiring.ProviderRegistry",       // a register method and a clear (reset) hook nothing in the code base calls
            "web.LoginViewsController",      // static view names and a limit written only by static setters nothing calls
            "support.ComponentInstallers",   // a static class loader written only by a static setter nothing calls
            "support.SubscriberRecords",     // a static map replaced by a fresh one only by a refresh hook nothing calls
            "binding.TypedSettingsProcessor", // an override of a bound setter calling super: still nothing calls it
            "locked.BusyFlagJob",            // a busy flag every use of which holds the bean's lock
            "locked.DrainedJobQueue",        // a queue changed only inside synchronized (jobs), after an early return in the block
            "misattributed.EndpointProber",  // a local list sorted by the order of a final field read on the same line
            "misattributed.DefaultListeners", // a static list handed to a local list's addAll: the argument, not the receiver
            "published.LeaderLatch",         // volatile flag and time stamp, stored without reading them back: published
            "published.LeaderElectionController", // named a controller, no handler while the code base has them: volatile flag
            "published.SelfRegisteringServer", // a static holder nothing reads: written, never shared
            "scheduled.ConceptReindexer",    // a cache only its non-concurrent Quartz job touches, through the interface
            "idioms.DeferredStorageService", // a flag set to a constant by an interface method nothing calls (a test switch)
            "idioms.FaultInjection",         // test fault-injection switches: set by tests, read by production, cleared by an uncalled reset()
            "support.DiagnosticsRegistry",   // a protected static behind static synchronized accessors only
            "support.LogModes",              // a static switch set only by an uncalled setter returning the old value
            "startup.BasicDataSourcePool",   // replaced by reload(), run by @PostConstruct and by an uncalled forwarder
            "startup.PoolFacade",            // the uncalled forwarder
            "registration.RouteRegistry"     // a registry only a library base class's registration callback fills at start-up
    })
    void compliant_fixture_passes(String fixture) {
        String className = F + fixture;
        assertThat(classes.contain(className)).as("fixture %s is imported", className).isTrue();

        assertThat(violations)
                .filteredOn(v -> v.location().className().equals(className) || v.key().startsWith(className + "#"))
                .isEmpty();
    }

    /** {@code locate(keys)} caches its default result on first use: lazy initialisation, with a parameter. */
    @Test
    void lazily_cached_default_of_a_method_with_parameters_passes() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "lazy.DefaultSignerLocator#defaultSigner");
    }

    /** {@code rotate(next)} looks like a lazy getter, but the caller hands in the value: request-time state. */
    @Test
    void value_handed_in_by_the_caller_is_no_lazy_initialisation() {
        Violation violation = violationWithKey(violations, F + "lazy.RotatingSignerService#current");

        assertLocatedAt(violation, RULE, F + "lazy.RotatingSignerService", "RotatingSignerService.java", 16);
        assertThat(violation.message()).contains("field <" + F + "lazy.RotatingSignerService.current> is written by Method <"
                + F + "lazy.RotatingSignerService.rotate(" + F + "lazy.DefaultSignerLocator$Signer)>");
    }

    /**
     * A private static helper that only the synchronized block of a singleton's double-checked locking calls runs once,
     * with the creation: what it writes passes; the same helper called outside the lock, on every call, is reported.
     */
    @Test
    void helper_run_only_by_the_locked_creation_of_a_singleton_passes_one_run_on_every_call_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(
                F + "lazy.SchedulerMetrics#registry", F + "lazy.SchedulerMetrics#customResources", F + "lazy.SchedulerMetrics#instance");
        Violation violation = violationWithKey(violations, F + "lazy.ReregisteredMetrics#registry");
        assertLocatedAt(violation, RULE, F + "lazy.ReregisteredMetrics", "ReregisteredMetrics.java", 29);
        assertThat(violation.message()).contains("Static field <" + F + "lazy.ReregisteredMetrics.registry> is not final",
                "written by Method <" + F + "lazy.ReregisteredMetrics.registerMetrics()>");
    }

    /** {@code Metadata local = metadata; if (local == null) { local = fetch(); metadata = local; }} in a static method. */
    @Test
    void static_value_fetched_once_on_first_use_passes() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "lazy.WellKnownMetadataCache#metadata");
    }

    /**
     * A lazily created singleton with a reset hook nothing calls (kept for tests) passes; the same reset called by a
     * request handler is a write at request time, named in the message.
     */
    @Test
    void reset_of_a_lazy_value_passes_unless_run_time_code_calls_it() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "lazy.LockerHolder#locker");
        Violation violation = violationWithKey(violations, F + "lazy.ResetOnRequestHolder#settings");
        assertLocatedAt(violation, RULE, F + "lazy.ResetOnRequestHolder", "ResetOnRequestHolder.java", 22);
        assertThat(violation.message()).contains("written by Method <" + F + "lazy.ResetOnRequestHolder.reset()>");
    }

    /**
     * Static settings (view names, a limit, a class loader) written only by a static setter named after the field that no
     * code of the code base calls are customisation hooks, not run-time state; a setter a handler calls, or a handler's
     * own write of a field that also has an uncalled setter, is reported where it writes.
     */
    @Test
    void statics_written_only_by_uncalled_static_setters_pass_a_setter_a_handler_calls_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "web.LoginViewsController#loginView",
                F + "web.LoginViewsController#forgotPasswordView", F + "web.LoginViewsController#PASSWORD_TOKEN_LENGTH",
                F + "support.ComponentInstallers#_installerClassLoader");
        Violation theme = violationWithKey(violations, F + "web.ThemedLoginController#themeView");
        assertLocatedAt(theme, RULE, F + "web.ThemedLoginController", "ThemedLoginController.java", 32);
        assertThat(theme.message()).startsWith("Static field <" + F + "web.ThemedLoginController.themeView> is not final")
                .contains("written by Method <" + F + "web.ThemedLoginController.setThemeView(java.lang.String)>");
        Violation redirect = violationWithKey(violations, F + "web.ThemedLoginController#loginRedirect");
        assertLocatedAt(redirect, RULE, F + "web.ThemedLoginController", "ThemedLoginController.java", 27);
        assertThat(redirect.message()).contains("written by Method <" + F + "web.ThemedLoginController.relogin(java.lang.String)>");
    }

    /**
     * A fault-injection class kept for tests: static switches and latches only tests set and production code only reads,
     * cleared by a {@code reset()} nothing in the code base calls, pass; switches production code arms or counts at
     * request time are reported where it writes them, the uncalled reset notwithstanding. A latch re-armed by a helper only
     * the reset calls passes; the same helper called by the injection point too is a write at request time.
     */
    @Test
    void test_fault_injection_switches_pass_switches_production_code_writes_do_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "idioms.FaultInjection#failReplicaRequests",
                F + "idioms.FaultInjection#splitLatch", F + "idioms.FaultInjection#skipCommitOnClose", F + "idioms.FaultInjection#hooks",
                F + "idioms.FaultInjection#pauseDone");
        Violation armed = violationWithKey(violations, F + "idioms.RequestFaults#failNextRequest");
        assertLocatedAt(armed, RULE, F + "idioms.RequestFaults", "RequestFaults.java", 21);
        assertThat(armed.message()).contains("written by Method <" + F + "idioms.RequestFaults.failNext(java.lang.String)>");
        Violation counted = violationWithKey(violations, F + "idioms.RequestFaults#delayedRequests");
        assertLocatedAt(counted, RULE, F + "idioms.RequestFaults", "RequestFaults.java", 25);
        assertThat(counted.message()).contains("written by Method <" + F + "idioms.RequestFaults.injectDelay()>");
        Violation rearmed = violationWithKey(violations, F + "idioms.RequestFaults#pauseDone");
        assertLocatedAt(rearmed, RULE, F + "idioms.RequestFaults", "RequestFaults.java", 39);
        assertThat(rearmed.message()).contains("written by Method <" + F + "idioms.RequestFaults.releasePause()>");
    }

    /**
     * A registry's {@code refresh()} that replaces its map by a fresh empty one, which nothing calls, is a reset hook; the
     * same purge called by a request handler is a write at request time.
     */
    @Test
    void static_map_replaced_only_by_an_uncalled_refresh_passes_a_purge_a_handler_calls_does_not() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "support.SubscriberRecords#records");
        Violation violation = violationWithKey(violations, F + "support.PurgedSubscriberRecords#records");
        assertLocatedAt(violation, RULE, F + "support.PurgedSubscriberRecords", "PurgedSubscriberRecords.java", 26);
        assertThat(violation.message()).contains("written by Method <" + F + "support.PurgedSubscriberRecords.purge()>");
    }

    /**
     * An uncalled reset hook excuses its own write of a static map, not the changes run-time code makes to the map: a
     * {@code HashMap} every thread puts into is reported at the {@code put}, as a non-final field.
     */
    @Test
    void reset_hook_does_not_excuse_changes_of_the_map_it_replaces() {
        Violation violation = violationWithKey(violations, F + "support.ThreadIndents#indents");
        assertLocatedAt(violation, RULE, F + "support.ThreadIndents", "ThreadIndents.java", 21);
        assertThat(violation.message()).startsWith("Static field <" + F + "support.ThreadIndents.indents> holds a mutable HashMap"
                + " that is changed after class initialisation")
                .contains("Method <" + F + "support.ThreadIndents.indentOf(long)> calls method <java.util.Map.put(");
    }

    /** {@code if (current != null) current.flush(); current = …}: the read uses the old value, it is no check. */
    @Test
    void replacing_a_value_after_using_the_old_one_is_shared_state() {
        Violation violation = violationWithKey(violations, F + "lazy.ReconnectingChannelService#current");

        assertLocatedAt(violation, RULE, F + "lazy.ReconnectingChannelService", "ReconnectingChannelService.java", 18);
        assertThat(violation.message()).contains("is written by Method <" + F + "lazy.ReconnectingChannelService.reconnect(java.lang.String)>");
    }

    /** A converter's {@code convert} reached only through its bridge, which the framework calls per request. */
    @Test
    void method_called_only_through_an_uncalled_bridge_is_no_initialisation() {
        Violation violation = violationWithKey(violations, F + "wiring.LastCurrencyConverter#lastCode");

        assertLocatedAt(violation, RULE, F + "wiring.LastCurrencyConverter", "LastCurrencyConverter.java", 19);
        assertThat(violation.message()).contains("is written by Method <" + F + "wiring.LastCurrencyConverter.convert(java.lang.String)>");
    }

    /** JSR-356 creates a {@code @ServerEndpoint} instance per connection: its fields are that connection's state. */
    @Test
    void websocket_endpoint_fields_are_per_connection() {
        assertThat(violations).extracting(Violation::key).doesNotContain(F + "websocket.ChatEndpoint#nickname");
    }

    /** A static set of sessions is shared by every connection's endpoint instance. */
    @Test
    void static_sessions_of_websocket_endpoints_are_shared_state() {
        Violation violation = violationWithKey(violations, F + "websocket.BroadcastEndpoint#SESSIONS");

        assertLocatedAt(violation, RULE, F + "websocket.BroadcastEndpoint", "BroadcastEndpoint.java", 22);
        assertThat(violation.message()).startsWith("Static final field <" + F + "websocket.BroadcastEndpoint.SESSIONS> holds a mutable HashSet");
    }
}
