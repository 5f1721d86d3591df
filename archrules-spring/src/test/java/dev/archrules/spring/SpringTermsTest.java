package dev.archrules.spring;

import dev.archrules.core.model.Violation;
import dev.archrules.spring.conventions.SpringTerms;
import dev.archrules.spring.rules.SpringRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archrules.spring.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Spring rules read their lists from the conventions' vocabulary, so a team can change them. */
class SpringTermsTest {

    @Test
    void a_bean_lookup_method_removed_from_the_vocabulary_is_no_longer_reported() {
        String pkg = ROOT + ".lookup";
        List<Violation> violations = SpringChecklist.forBasePackage(pkg)
                .withConventions(c -> c.withVocabulary(v -> v.without(SpringTerms.BEAN_LOOKUP_METHODS,
                        "org.springframework.beans.factory.ListableBeanFactory#getBeansOfType")))
                .evaluate(Fixtures.classes("lookup"))
                .violationsOf(SpringRules.NO_BEAN_LOOKUP);

        assertThat(violations).extracting(Violation::ruleId, Violation::key)
                .containsExactly(
                        tuple("spring.no-bean-lookup",
                                pkg + ".DeliveryAuditFactory -> org.springframework.context.ApplicationContext#getBean"),
                        tuple("spring.no-bean-lookup",
                                pkg + ".ExportMailer -> org.springframework.context.ApplicationContext#getBean"),
                        tuple("spring.no-bean-lookup",
                                pkg + ".FormatterBeans -> org.springframework.beans.factory.config.ConfigurableListableBeanFactory#getBean"),
                        tuple("spring.no-bean-lookup",
                                pkg + ".FormatterReferences -> org.springframework.context.ApplicationContext#getBean"),
                        tuple("spring.no-bean-lookup", pkg + ".InvoicePrinter -> " + pkg + ".ContextHolder#bean"),
                        tuple("spring.no-bean-lookup",
                                pkg + ".ReportService -> org.springframework.context.ApplicationContext#getBean"),
                        tuple("spring.no-bean-lookup",
                                pkg + ".StartupReportService -> org.springframework.context.ApplicationContext#getBean"));
    }

    @Test
    void the_spring_terms_start_from_the_published_lists() {
        assertThat(SpringTerms.TRANSACTION_ANNOTATIONS.builtIn()).contains("org.springframework.transaction.annotation.Transactional");
        assertThat(SpringTerms.PROXIED_METHOD_ANNOTATIONS.builtIn()).contains("org.springframework.scheduling.annotation.Async");
        assertThat(SpringTerms.VALUE_ANNOTATIONS.builtIn()).containsExactly("org.springframework.beans.factory.annotation.Value");
        assertThat(SpringTerms.FRAMEWORK_PROPERTY_PREFIXES.builtIn()).containsExactlyInAnyOrder("server.", "spring.", "management.", "logging.");
    }
}
