package dev.archrules.core.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.model.Violation;
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
                        tuple(RULE, F + "scoped.FeatureToggles#newCheckout", "(FeatureToggles.java:21)"),
                        tuple(RULE, F + "scoped.GreetingService#lastGreeting", "(GreetingService.java:14)"),
                        tuple(RULE, F + "service.QuoteService#currency", "(QuoteService.java:12)"),
                        tuple(RULE, F + "service.RecentSearchService#recent", "(RecentSearchService.java:15)"),
                        tuple(RULE, F + "service.TokenService#store", "(TokenService.java:18)"),
                        tuple(RULE, F + "support.CountryCodes#EURO_AREA", "(CountryCodes.java:17)"),
                        tuple(RULE, F + "support.CountryCodes#NAMES", "(CountryCodes.java:20)"),
                        tuple(RULE, F + "support.CountryCodes#RECENTLY_USED", "(CountryCodes.java:18)"),
                        tuple(RULE, F + "support.DateFormats#LEGACY_DATE", "(DateFormats.java:9)"),
                        tuple(RULE, F + "support.IdSequence#next", "(IdSequence.java:6)"),
                        tuple(RULE, F + "support.RegionDefaults#CAPITALS", "(RegionDefaults.java:15)"),
                        tuple(RULE, F + "support.RegionDefaults#NORDIC", "(RegionDefaults.java:14)"),
                        tuple(RULE, F + "support.WorkQueues#PENDING", "(WorkQueues.java:9)"),
                        tuple(RULE, F + "web.CounterController#counter", "(CounterController.java:14)"),
                        tuple(RULE, F + "web.HitCounterController#hits", "(HitCounterController.java:16)"));
    }

    @Test
    void controller_counter_written_by_a_handler_is_shared_state() {
        Violation violation = violationWithKey(violations, F + "web.CounterController#counter");

        assertLocatedAt(violation, RULE, F + "web.CounterController", "CounterController.java", 14);
        assertThat(violation.message())
                .startsWith("Controller <" + F + "web.CounterController> keeps mutable state: field <"
                        + F + "web.CounterController.counter> is written by Method <" + F + "web.CounterController.visit()>");
    }

    @Test
    void service_with_a_non_final_field_nobody_injects_violates_at_its_initializer() {
        Violation violation = violationWithKey(violations, F + "service.QuoteService#currency");

        assertLocatedAt(violation, RULE, F + "service.QuoteService", "QuoteService.java", 12);
        assertThat(violation.message())
                .startsWith("Service <" + F + "service.QuoteService> has non-final field <" + F + "service.QuoteService.currency>");
        assertThat(violation.hint()).contains("make currency final");
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

        assertLocatedAt(violation, RULE, F + "support.IdSequence", "IdSequence.java", 6);
        assertThat(violation.message()).startsWith("Static field <" + F + "support.IdSequence.next> is not final");
    }

    @Test
    void static_final_arrays_and_mutable_collections_are_global_state() {
        assertThat(violationWithKey(violations, F + "support.CountryCodes#EURO_AREA").message())
                .startsWith("Static final field <" + F + "support.CountryCodes.EURO_AREA> holds an array");
        assertThat(violationWithKey(violations, F + "support.CountryCodes#RECENTLY_USED").message())
                .startsWith("Static final field <" + F + "support.CountryCodes.RECENTLY_USED> holds a mutable ArrayList");
        assertThat(violationWithKey(violations, F + "support.CountryCodes#NAMES").message())
                .startsWith("Static final field <" + F + "support.CountryCodes.NAMES> holds a mutable HashMap");
        assertThat(violationWithKey(violations, F + "support.DateFormats#LEGACY_DATE").message())
                .startsWith("Static final field <" + F + "support.DateFormats.LEGACY_DATE> holds a mutable SimpleDateFormat");
        for (String key : List.of("support.CountryCodes#EURO_AREA", "support.CountryCodes#RECENTLY_USED",
                "support.CountryCodes#NAMES", "support.DateFormats#LEGACY_DATE")) {
            Violation violation = violationWithKey(violations, F + key);
            assertThat(violation.message()).endsWith(" in " + violation.location());
        }
    }

    /** {@code new ArrayList<>(List.of(…))} stores an ArrayList: the immutable argument must not hide it. */
    @Test
    void mutable_copy_of_an_immutable_collection_is_still_mutable() {
        Violation nordic = violationWithKey(violations, F + "support.RegionDefaults#NORDIC");
        Violation capitals = violationWithKey(violations, F + "support.RegionDefaults#CAPITALS");

        assertLocatedAt(nordic, RULE, F + "support.RegionDefaults", "RegionDefaults.java", 14);
        assertThat(nordic.message()).startsWith("Static final field <" + F + "support.RegionDefaults.NORDIC> holds a mutable ArrayList");
        assertLocatedAt(capitals, RULE, F + "support.RegionDefaults", "RegionDefaults.java", 15);
        assertThat(capitals.message()).startsWith("Static final field <" + F + "support.RegionDefaults.CAPITALS> holds a mutable HashMap");
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

    @ParameterizedTest
    @ValueSource(strings = {
            "service.InvoiceService",        // final constructor-injected fields, static SLF4J logger
            "service.NotificationService",   // @Autowired field never written by code (C9's business, not C8's)
            "support.LegacyAuditLog",        // java.util.logging and System.Logger static loggers
            "scoped.ShoppingCart",           // @Scope("prototype")
            "scoped.CurrentUser",            // @RequestScope
            "config.CacheConfiguration",     // @Configuration with a setter
            "config.MailProperties",         // bound settings with setters (configuration by suffix)
            "domain.PurchaseOrder",          // @Entity with setters
            "domain.OrderStatus",            // enum
            "dto.OrderForm"                  // plain DTO, no role
    })
    void compliant_fixture_passes(String fixture) {
        String className = F + fixture;
        assertThat(classes.contain(className)).as("fixture %s is imported", className).isTrue();

        assertThat(violations)
                .filteredOn(v -> v.location().className().equals(className) || v.key().startsWith(className + "#"))
                .isEmpty();
    }
}
