package dev.archrules.core.rules.di;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.archrules.core.rules.ViolationAssertions.assertLocatedAt;
import static dev.archrules.core.rules.ViolationAssertions.violationWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code di.constructor-injection} (C9) on the fixtures in {@code dev.archrules.fixtures.injection}.
 *
 * <p>Bytecode has no line for a field declaration: an injected field is located at its first access in
 * its class (the container's write is invisible), a setter at the first line of its body.
 */
class ConstructorInjectionTest {

    private static final String RULE = CoreRules.CONSTRUCTOR_INJECTION;
    private static final String FIXTURES = "dev.archrules.fixtures.injection";
    private static final String F = FIXTURES + ".";
    private static final String PORT = F + "port.";

    private static JavaClasses classes;
    private static List<Violation> violations;

    @BeforeAll
    static void evaluate() {
        classes = Fixtures.classes(FIXTURES);
        violations = Fixtures.violations(FIXTURES, RULE);
    }

    @Test
    void reports_exactly_the_field_and_setter_injections() {
        assertThat(violations)
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(RULE, F + "field.GuiceNewsletterService#mailer", "(GuiceNewsletterService.java:13)"),
                        tuple(RULE, F + "field.InvoiceBillingService#orders", "(InvoiceBillingService.java:15)"),
                        tuple(RULE, F + "field.InvoiceResource#invoices", "(InvoiceResource.java:19)"),
                        tuple(RULE, F + "field.LegacyMailService#mailer", "(LegacyMailService.java:15)"),
                        tuple(RULE, F + "field.ReportService#orders", "(ReportService.java:15)"),
                        tuple(RULE, F + "filled.ClassBoundMailerProvider#inject(" + PORT + "PaymentGateway)",
                                "(ClassBoundMailerProvider.java:18)"),
                        tuple(RULE, F + "filled.PlainAuditTrail#mailer", "(PlainAuditTrail.java:16)"),
                        tuple(RULE, F + "filled.SoftDeleteQueries#setMailer(" + PORT + "Mailer)", "(SoftDeleteQueries.java:15)"),
                        tuple(RULE, F + "idioms.CacheSettings#cacheName", "(CacheSettings.java:10)"),
                        tuple(RULE, F + "idioms.ChannelLabelService#mailers", "(ChannelLabelService.java:23)"),
                        tuple(RULE, F + "idioms.LazyPublisherService#eventPublisher", "(LazyPublisherService.java:28)"),
                        tuple(RULE, F + "idioms.MailConfiguration#orders", "(MailConfiguration.java:17)"),
                        tuple(RULE, F + "idioms.MailConfiguration#sender", "(MailConfiguration.java:25)"),
                        tuple(RULE, F + "idioms.OrderCountResource#mailer", "(OrderCountResource.java:17)"),
                        tuple(RULE, F + "idioms.OrderItemsResource#mailer", "(OrderItemsResource.java:17)"),
                        tuple(RULE, F + "proxy.CachingPriceService#delegate", "(CachingPriceService.java:19)"),
                        tuple(RULE, F + "proxy.PackageRepositoryImpl#catalogs", "(PackageRepositoryImpl.java:20)"),
                        tuple(RULE, F + "setter.CheckoutService#configure(" + PORT + "PaymentGateway, java.time.Clock)",
                                "(CheckoutService.java:18)"),
                        tuple(RULE, F + "setter.NewsletterService#setMailer(" + PORT + "Mailer)", "(NewsletterService.java:15)"));
    }

    @ParameterizedTest(name = "@{1} on {0}")
    @CsvSource({
            "ReportService,     Autowired, orders, ReportService.java,     15",
            "InvoiceResource,   Inject,    invoices, InvoiceResource.java, 19",
            "LegacyMailService, Resource,  mailer, LegacyMailService.java, 15",
            "GuiceNewsletterService, Inject, mailer, GuiceNewsletterService.java, 13",
            "InvoiceBillingService,  EJB,    orders, InvoiceBillingService.java,  15"
    })
    void field_injection_is_reported_with_the_annotation_and_the_field(String type, String annotation, String field,
                                                              String fileName, int line) {
        String className = F + "field." + type;
        Violation violation = violationWithKey(violations, className + "#" + field);

        assertLocatedAt(violation, RULE, className, fileName, line);
        assertThat(violation.message())
                .isEqualTo("Field <" + className + "." + field + "> is injected with @" + annotation
                        + " in (" + fileName + ":" + line + ")");
        assertThat(violation.hint()).isEqualTo("make " + field + " final and add it as a constructor parameter of " + type);
    }

    @Test
    void autowired_setter_is_reported_with_its_parameter_types() {
        String className = F + "setter.NewsletterService";
        Violation violation = violationWithKey(violations, className + "#setMailer(" + PORT + "Mailer)");

        assertLocatedAt(violation, RULE, className, "NewsletterService.java", 15);
        assertThat(violation.message())
                .startsWith("Method <" + className + ".setMailer(" + PORT + "Mailer)> injects through a setter with @Autowired");
    }

    @Test
    void inject_initializer_method_with_several_parameters_is_reported() {
        String className = F + "setter.CheckoutService";
        Violation violation = violationWithKey(violations, className + "#configure(" + PORT + "PaymentGateway, java.time.Clock)");

        assertLocatedAt(violation, RULE, className, "CheckoutService.java", 18);
        assertThat(violation.message())
                .startsWith("Method <" + className + ".configure(" + PORT + "PaymentGateway, java.time.Clock)>")
                .contains("with @Inject");
    }

    @Test
    void a_final_field_with_an_injection_annotation_is_reported_even_in_wiring_code() {
        String className = F + "idioms.MailConfiguration";
        Violation violation = violationWithKey(violations, className + "#sender");

        assertLocatedAt(violation, RULE, className, "MailConfiguration.java", 25);
        assertThat(violation.message()).startsWith("Field <" + className + ".sender> is final and injected with @Value: ")
                .contains("a constant initialiser is inlined where it is read");
        assertThat(violation.hint()).isEqualTo("remove the initialiser and take sender as a constructor (or @Bean method) parameter of MailConfiguration");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "idioms.VatService#rate",                 // @Value: a configuration value, not a collaborator (C6)
            "idioms.RetryPolicyService#setMaxAttempts(int)", // @Value on a setter: the same
            "idioms.ChannelLabelService#labels",      // a declared bean of settings (Map<String, String>) injected by name
            "idioms.MailConfiguration#mailer",        // wiring code: a configuration class the container builds
            "idioms.ReportExportService#mailer",      // @Autowired(required = false): an optional extension hook
            "idioms.AbstractOrderResource#orders",    // protected field of an abstract base class, inherited
            "idioms.OrderBaseResource#orders",        // protected field of a concrete class other resources extend
            "proxy.PackageRepositoryImpl#packages",   // a Spring Data custom implementation reaching its own repository
            "proxy.TransactionalPriceService#self"    // self-injection: the bean's own proxy, for REQUIRES_NEW
    })
    void configuration_values_wiring_optional_hooks_and_inherited_injection_points_pass(String member) {
        assertThat(classes.contain(F + member.substring(0, member.indexOf('#')))).isTrue();
        assertThat(violations).extracting(Violation::key).doesNotContain(F + member);
    }

    @Test
    void value_on_a_final_field_is_reported_because_the_setting_may_never_be_seen() {
        String className = F + "idioms.CacheSettings";
        Violation violation = violationWithKey(violations, className + "#cacheName");

        assertLocatedAt(violation, RULE, className, "CacheSettings.java", 10);
        assertThat(violation.message()).startsWith("Field <" + className + ".cacheName> is final and injected with @Value: ");
    }

    @Test
    void configuration_fields_are_wiring_unless_nobody_reads_them() {
        String className = F + "idioms.MailConfiguration";

        assertThat(violations).extracting(Violation::key).doesNotContain(className + "#mailer");
        assertThat(violationWithKey(violations, className + "#orders").message())
                .isEqualTo("Field <" + className + ".orders> is injected with @Autowired but never read in (MailConfiguration.java:17)");
    }

    @Test
    void a_provider_guice_builds_from_its_class_is_reported_beside_the_one_a_module_builds() {
        String className = F + "filled.ClassBoundMailerProvider";
        Violation violation = violationWithKey(violations, className + "#inject(" + PORT + "PaymentGateway)");

        assertLocatedAt(violation, RULE, className, "ClassBoundMailerProvider.java", 18);
        assertThat(violation.message())
                .isEqualTo("Method <" + className + ".inject(" + PORT + "PaymentGateway)> injects through a setter with @Inject"
                        + " in (ClassBoundMailerProvider.java:18)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "idioms.BaseOrderResource",        // a concrete base class's injection point its subclasses share
            "constructor.OrderService",        // single constructor, no annotation
            "constructor.ShippingService",     // @Autowired constructor
            "constructor.CatalogResource",     // @Inject constructor; JAX-RS @Context field
            "constructor.GuiceQuoteService",   // Guice @Inject constructor
            "constructor.PricingService",      // @Value on a constructor parameter
            "constructor.JpaOrderRepository",  // @PersistenceContext EntityManager field
            "idioms.AuditedOrderService",      // @Autowired(required = false): an optional hook
            "idioms.EventPublisherHolder",     // a singleton holder building its own instance: no constructor can take it
            "filled.TemplatedMailerProvider",  // built by a Guice module and bound as an instance: toProvider(new …)
            "filled.AuditTrail",               // built by a Guice module and handed to requestInjection
            "filled.ExportPlugin",             // built by a loader and handed to Spring's autowireBean
            "filled.SoftDeleteRepositoryImpl"  // a repository base class: Spring Data's factory creates it by reflection
    })
    void constructor_injection_and_container_managed_fields_pass(String fixture) {
        String className = F + fixture;
        assertThat(classes.contain(className)).as("fixture %s is imported", className).isTrue();

        assertThat(violations)
                .filteredOn(v -> v.location().className().equals(className) || v.key().startsWith(className + "#"))
                .isEmpty();
    }
}
