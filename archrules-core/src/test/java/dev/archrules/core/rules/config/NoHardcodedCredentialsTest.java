package dev.archrules.core.rules.config;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.Credentials;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import dev.archrules.core.source.internal.Admission;
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

    @Test
    void literals_passed_as_the_password_of_well_known_apis_are_reported() {
        String fixtures = "dev.archrules.fixtures.source.credentialarguments";
        List<Violation> violations = evaluate(fixtures).violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS);
        String setup = fixtures + ".AccountSetup";

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(key(setup, "connect", "DriverManager.getConnection(password)=s3****pw"), "(AccountSetup.java:35)"),
                        tuple(key(setup, "headers", "HttpHeaders.setBasicAuth(password)=ad****ss"), "(AccountSetup.java:46)"),
                        tuple(key(setup, "initialHash", "PasswordEncoder.encode(rawPassword)=ch****me"), "(AccountSetup.java:27)"),
                        tuple(key(setup, "interceptor", "new BasicAuthenticationInterceptor(password)=sv****99"), "(AccountSetup.java:51)"),
                        tuple(key(setup, "login", "new UsernamePasswordAuthenticationToken(credentials)=le****n!"), "(AccountSetup.java:41)"),
                        tuple(key(setup, "mailLogin", "new PasswordAuthentication(password)=ma****42"), "(AccountSetup.java:62)"),
                        tuple(key(setup, "operator", "UserBuilder.password(password)={n****ss"), "(AccountSetup.java:56)"),
                        tuple(key(setup, "pinHash", "PasswordEncoder.encode(rawPassword)=47****in"), "(AccountSetup.java:31)"));
        assertThat(violations).extracting(Violation::message).contains(
                "Repository <" + setup + "> hard-codes a credential in <initialHash>: PasswordEncoder.encode(rawPassword) = \"****\" in (AccountSetup.java:27)",
                "Repository <" + setup + "> hard-codes a credential constant DEFAULT_PIN in <pinHash>: PasswordEncoder.encode(rawPassword) = \"****\" in (AccountSetup.java:31)");
        assertThat(violations).extracting(Violation::hint).contains("pass DriverManager.getConnection(password) a value read from the environment"
                + " or a secret store in AccountSetup, and rotate the exposed value");
        // not reported (AccountTraps): an empty password, a ${…} placeholder, a value read from configuration, a literal
        // user name, URLEncoder.encode (a method of the same name on another type)
    }

    @Test
    void a_file_passing_a_text_to_a_credential_parameter_is_parsed_whatever_the_names() {
        assertThat(Admission.admitsSource(NoHardcodedCredentials.PREFILTER,
                "class A { String f(PasswordEncoder e) { return e.encode(\"changeme\"); } }")).isTrue();
        assertThat(Admission.admitsSource(NoHardcodedCredentials.PREFILTER,
                "class A { Object f(String user) { return new UsernamePasswordAuthenticationToken(user, (\"x\")); } }")).isTrue();
        assertThat(Admission.admitsSource(NoHardcodedCredentials.PREFILTER,
                "class A { String f(String user) { return String.format(\"%s\", user); } }")).isFalse();
    }

    /**
     * "Token" in the text-analysis sense: a token type, a parameter named after a token frequency, a regular expression
     * for XML name tokens are no credentials; a token bound to a credential name, and a name whose last credential word
     * describes nothing, still are.
     */
    @Test
    void text_analysis_tokens_are_no_credentials() {
        String fixtures = "dev.archrules.fixtures.source.texttokens";
        String settings = fixtures + ".SuggesterSettings";

        assertThat(evaluate(fixtures).violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS))
                .extracting(Violation::key, v -> v.location().toString())
                .as("NumericTokenStream's token types, THRESHOLD_TOKEN_FREQUENCY and NMTOKEN pass")
                .containsExactly(
                        tuple(key(settings, "authorization", "ACCESS_TOKEN=gh****Rt"), "(SuggesterSettings.java:35)"),
                        tuple(key(settings, "signing", "TOKEN_FREQUENCY_SECRET=hu****et"), "(SuggesterSettings.java:39)"));
        assertThat(List.of("TOKEN_TYPE_FULL_PREC", "THRESHOLD_TOKEN_FREQUENCY", "tokenTypeLower", "PASSWORD_MIN_LENGTH_HINT"))
                .allSatisfy(name -> assertThat(Credentials.isCredentialBinding(name)).as(name).isFalse());
        assertThat(List.of("ACCESS_TOKEN", "TOKEN_FREQUENCY_SECRET", "tokenValue", "API_KEY"))
                .allSatisfy(name -> assertThat(Credentials.isCredentialBinding(name)).as(name).isTrue());
        assertThat(List.of("([?]|?)+", "(?:[A-Za-z_]+)", "^\\d{4}-\\w+"))
                .as("regular expressions").allSatisfy(value -> assertThat(Credentials.find(value, "TOKEN")).as(value).isEmpty());
        assertThat(List.of("(hunter2secret)", "[s3cr3t]x", "^pa55word"))
                .as("secrets that open with a bracket").allSatisfy(value -> assertThat(Credentials.find(value, "TOKEN")).as(value).isPresent());
    }
    /**
     * Permission names and audit event types whose values spell their constant's name after a namespace
     * ({@code USERS_PASSWORDCHANGE = "users:passwordchange"}) are no credentials, where they are declared nor where they
     * are used; secrets of the same shape that do not spell their name, and a one-word name, still are.
     */
    @Test
    void constants_spelling_their_own_name_are_no_credentials() {
        String fixtures = "dev.archrules.fixtures.source.permissionnames";
        String accounts = fixtures + ".ServiceAccounts";

        assertThat(evaluate(fixtures).violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS))
                .extracting(Violation::key, v -> v.location().toString())
                .as("AccountPermissions and AccountActions pass")
                .containsExactlyInAnyOrder(
                        tuple(key(accounts, "adminLogin", "ADMIN_CREDENTIALS=ad****in"), "(ServiceAccounts.java:19)"),
                        tuple(key(accounts, "deployToken", "DEPLOY_TOKEN=de****Lp"), "(ServiceAccounts.java:15)"),
                        tuple(key(accounts, "signingSecret", "SECRET=de****et"), "(ServiceAccounts.java:23)"));
        assertThat(Credentials.find("server:user_password:update", "USER_PASSWORD_UPDATE")).isEmpty();
        assertThat(Credentials.find("users:tokencreate", "USERS_TOKENCREATE")).isEmpty();
    }
}
