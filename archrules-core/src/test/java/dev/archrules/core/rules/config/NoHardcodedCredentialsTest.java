package dev.archrules.core.rules.config;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** {@code config.no-hardcoded-credentials} (C6) on fixtures whose {@code .java} files are found through target/test-classes → src/test/java. */
class NoHardcodedCredentialsTest {

    private static final String CREDENTIALS = "dev.archrules.fixtures.source.credentials";

    private static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(Fixtures.classes(basePackage));
    }

    private static String key(String className, String member, String literal) {
        return className + "#" + member + " @" + SourceRule.fingerprint(literal);
    }

    @Test
    void credentials_are_reported_masked_everywhere() {
        ChecklistResult result = evaluate(CREDENTIALS);
        List<Violation> violations = result.violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS);
        String settings = CREDENTIALS + ".PaymentSettings";

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(key(settings, "apiKey", "apiKey=****"), "(PaymentSettings.java:14)",
                                "Class <" + settings + "> hard-codes a credential in <apiKey>: apiKey = \"****\" in (PaymentSettings.java:14)"),
                        tuple(key(settings, "connection", "password=le****23"), "(PaymentSettings.java:21)",
                                "Class <" + settings + "> hard-codes a credential in <connection>: password = \"****\" in (PaymentSettings.java:21)"),
                        tuple(key(settings, "header", "API_KEY=sk****Yz"), "(PaymentSettings.java:34)",
                                "Class <" + settings + "> hard-codes a credential constant API_KEY in <header>: API_KEY = \"****\" in (PaymentSettings.java:34)"),
                        tuple(key(settings, "password", "password=hu****et"), "(PaymentSettings.java:13)",
                                "Class <" + settings + "> hard-codes a credential in <password>: password = \"****\" in (PaymentSettings.java:13)"),
                        tuple(key(settings, "urls", "Password=Su****et"), "(PaymentSettings.java:29)",
                                "Class <" + settings + "> hard-codes a credential in <urls>: Password = \"****\" in (PaymentSettings.java:29)"),
                        tuple(key(settings, "urls", "URL password=pa****rd"), "(PaymentSettings.java:28)",
                                "Class <" + settings + "> hard-codes a credential in <urls>: URL password = \"****\" in (PaymentSettings.java:28)"));
        assertThat(result.report()).doesNotContain("hunter2secret", "letmein123", "sk_live_51HxYz", "Sup3rS3cret", "pa55word", "\"abc\"");
        assertThat(result.violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("amqp://shop:****@broker.internal:5672"));
    }

    /** {@code check()} masks in its report; a plain {@code @ArchTest} prints the rule's own messages: both must read the same. */
    @Test
    void an_archtest_rule_and_check_print_the_same_masked_text() {
        JavaClasses classes = Fixtures.classes(CREDENTIALS);
        BackendChecklist checklist = BackendChecklist.forBasePackage(CREDENTIALS);
        String settings = CREDENTIALS + ".PaymentSettings";

        String archTest = catchThrowableOfType(AssertionError.class,
                () -> checklist.rule(CoreRules.NO_HARDCODED_CREDENTIALS).check(classes)).getMessage();
        String endpointArchTest = catchThrowableOfType(AssertionError.class,
                () -> checklist.rule(CoreRules.NO_HARDCODED_ENDPOINTS).check(classes)).getMessage();
        String check = catchThrowableOfType(AssertionError.class, () -> checklist.check(classes)).getMessage();

        for (String message : List.of(
                "Class <" + settings + "> hard-codes a credential in <password>: password = \"****\" in (PaymentSettings.java:13)",
                "Class <" + settings + "> hard-codes a credential in <apiKey>: apiKey = \"****\" in (PaymentSettings.java:14)",
                "Class <" + settings + "> hard-codes a credential in <connection>: password = \"****\" in (PaymentSettings.java:21)",
                "Class <" + settings + "> hard-codes a credential in <urls>: URL password = \"****\" in (PaymentSettings.java:28)",
                "Class <" + settings + "> hard-codes a credential in <urls>: Password = \"****\" in (PaymentSettings.java:29)",
                "Class <" + settings + "> hard-codes a credential constant API_KEY in <header>: API_KEY = \"****\" in (PaymentSettings.java:34)")) {
            assertThat(archTest).as("@ArchTest").contains(message);
            assertThat(check).as("check()").contains(message);
        }
        String endpoint = "Class <" + settings + "> hard-codes endpoint \"amqp://shop:****@broker.internal:5672\" in <urls> in (PaymentSettings.java:28)";
        assertThat(endpointArchTest).as("@ArchTest").contains(endpoint);
        assertThat(check).as("check()").contains(endpoint);
        assertThat(archTest + endpointArchTest + check)
                .doesNotContain("hunter2secret", "letmein123", "sk_live_51HxYz", "Sup3rS3cret", "pa55word", "\"abc\"")
                .doesNotContain("hu****et", "le****23", "sk****Yz", "Su****et", "pa****rd");
    }
}
