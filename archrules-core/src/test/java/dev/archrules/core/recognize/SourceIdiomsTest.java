package dev.archrules.core.recognize;

import dev.archrules.core.engine.EndpointAllowList;
import dev.archrules.core.engine.SourceRule;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.Fixtures;
import dev.archrules.core.rules.config.NoHardcodedCredentials;
import dev.archrules.core.rules.config.NoHardcodedEndpoints;
import dev.archrules.core.rules.dataaccess.SqlOnlyInRepositories;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Framework and value idioms of the source rules (SQL, endpoints, credentials) on fixtures compiled against
 * the real Flyway, Liquibase and Spring jars: each fixture package holds the violating case next to its trap.
 */
class SourceIdiomsTest {

    private static final String FIXTURES = "dev.archrules.fixtures.source.";

    private static List<Violation> violations(String fixturePackage, String ruleId) {
        return Fixtures.violations(FIXTURES + fixturePackage, ruleId);
    }

    private static String key(String className, String member, String literal) {
        return FIXTURES + className + "#" + member + " @" + SourceRule.fingerprint(literal);
    }

    @Test
    void schema_migrations_and_the_helpers_only_they_use_hold_sql_by_design() {
        assertThat(violations("migrations", SqlOnlyInRepositories.ID))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .as("the Flyway migration, the Liquibase changes, MigrationStatements and the task list of a home-grown migration"
                        + " framework (tasks.ShopMigrationTasks) pass; a helper a service shares and a service named for migrations"
                        + " that defines no schema do not")
                .containsExactly(
                        tuple(SqlOnlyInRepositories.ID, key("migrations.ArchiveService", "archive",
                                "UPDATE orders SET archived = true WHERE id = ?"), "(ArchiveService.java:7)"),
                        tuple(SqlOnlyInRepositories.ID, key("migrations.SharedStatements", "purge",
                                "DELETE FROM ? WHERE archived = true"), "(SharedStatements.java:10)"),
                        tuple(SqlOnlyInRepositories.ID, key("migrations.tasks.TenantMigrationService", "moveOrders",
                                "UPDATE orders SET tenant_id = ? WHERE tenant_id = ?"), "(TenantMigrationService.java:10)"));
    }

    @Test
    void query_defaults_users_override_through_configuration_are_configuration() {
        assertThat(violations("sqldefaults", SqlOnlyInRepositories.ID))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .as("ReportQueryProperties, the settable ExportService.query and the default of a settings look-up pass")
                .containsExactly(tuple(SqlOnlyInRepositories.ID, key("sqldefaults.ExportService", "markExported",
                        "UPDATE orders SET exported = true WHERE id = ?"), "(ExportService.java:13)"));
    }

    @Test
    void defaults_of_settings_identifiers_prose_and_public_platforms_are_not_hard_coded_endpoints() {
        assertThat(violations("endpointidioms", NoHardcodedEndpoints.ID))
                .as("SettingDefaults*, WorkChatAlarmSender, TerminologyCodes, FormattedTexts, UrlsNeverCalled, ScriptCommentsServlet,"
                        + " LoopbackSettingDefaults: NoHardcodedEndpointsTest")
                .filteredOn(v -> !v.key().startsWith(FIXTURES + "endpointidioms.SettingDefaults")
                        && !v.key().startsWith(FIXTURES + "endpointidioms.FormattedTexts")
                        && !v.key().startsWith(FIXTURES + "endpointidioms.WorkChatAlarmSender")
                        && !v.key().startsWith(FIXTURES + "endpointidioms.TerminologyCodes")
                        && !v.key().startsWith(FIXTURES + "endpointidioms.UrlsNeverCalled")
                        && !v.key().startsWith(FIXTURES + "endpointidioms.ScriptCommentsServlet")
                        && !v.key().startsWith(FIXTURES + "endpointidioms.LoopbackSettingDefaults"))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .as("every text of IdentifierTexts, the settable defaults of AlertNotifier and CopilotClient, the run-time host of"
                        + " CaptchaVerifier, the descriptor default of CheckExecutorFactory, the public platforms of SignInProviders,"
                        + " HubRealm's setter fallback and JMX listen address pass")
                .containsExactly(
                        tuple(NoHardcodedEndpoints.ID, key("endpointidioms.AlertNotifier", "fallback",
                                "https://backup.alerts-saas.net/v2/alerts"), "(AlertNotifier.java:19)"),
                        tuple(NoHardcodedEndpoints.ID, key("endpointidioms.CaptchaVerifier", "address", "10.20.30.40"),
                                "(CaptchaVerifier.java:21)"),
                        tuple(NoHardcodedEndpoints.ID, key("endpointidioms.CaptchaVerifier", "localVerifier",
                                "http://localhost:8081/verify"), "(CaptchaVerifier.java:17)"),
                        tuple(NoHardcodedEndpoints.ID, key("endpointidioms.CopilotClient", "<init>",
                                "https://models.copilot-saas.net/v1"), "(CopilotClient.java:20)"),
                        tuple(NoHardcodedEndpoints.ID, key("endpointidioms.HubRealm", "status",
                                "https://status.notebook-hub.net/v1?hub=?"), "(HubRealm.java:33)"),
                        tuple(NoHardcodedEndpoints.ID, key("endpointidioms.SignInProviders", "endpoints",
                                "https://api.partner-bank.com/v1/token"), "(SignInProviders.java:14)"));
    }

    @Test
    void the_public_platforms_can_be_left_out_of_the_allow_list() {
        EndpointAllowList namespacesOnly = EndpointAllowList.none().with("www.w3.org/");

        assertThat(EndpointRecognizer.find("https://accounts.google.com/o/oauth2/v2/auth", namespacesOnly)).isPresent();
        assertThat(EndpointRecognizer.find("https://accounts.google.com/o/oauth2/v2/auth", EndpointAllowList.defaults())).isEmpty();
        assertThat(EndpointRecognizer.find("https://google.com.attacker.net/", EndpointAllowList.defaults())).isPresent();
        assertThat(EndpointAllowList.none().with("*.acme.com/api").allows("eu.acme.com", "/api/v1")).isTrue();
        assertThat(EndpointAllowList.none().with("*.acme.com/api").allows("eu.acme.com", "/admin")).isFalse();
    }

    @Test
    void addresses_are_told_from_object_identifiers_and_loopback_placeholders() {
        EndpointAllowList defaults = EndpointAllowList.defaults();

        assertThat(List.of("2.5.4.15", "2.5.29.37", "1.2.840.1", "127.0.0.1", "https://localhost/auth", "http://127.0.0.1:{port}/cb",
                "service:jmx:rmi://0.0.0.0:%d/jndi/rmi://0.0.0.0:%d/jmxrmi", "0.0.0.0:8080", "http://[::]:9090/metrics",
                "https://www.?/recaptcha/api.js", "https://api.?.acme.com/v1",
                "jdbc:derby:/opt/registry/data/derby-data;create=true", "jdbc:h2:mem:cache", "jdbc:hsqldb:file:store", "jdbc:sqlite:app.db", "r2dbc:h2:mem:///reports"))
                .allSatisfy(text -> assertThat(EndpointRecognizer.find(text, defaults)).as(text).isEmpty());
        assertThat(List.of("jdbc:derby://db.internal:1527/registry", "jdbc:h2:tcp://db.internal/~/test", "jdbc:oracle:thin:@db.internal:1521:ORCL",
                "jdbc:postgresql://db.internal:5432/app", "r2dbc:postgresql://db.internal:5432/reports"))
                .as("database servers").allSatisfy(text -> assertThat(EndpointRecognizer.find(text, defaults)).as(text).isPresent());
        assertThat(List.of("10.2.5.4", "192.168.1.20", "http://localhost:8080/api", "https://127.0.0.1:8443/", "db.internal:5432",
                "10.0.0.0:8080", "http://[::2]:9090/metrics"))
                .allSatisfy(text -> assertThat(EndpointRecognizer.find(text, defaults)).as(text).isPresent());
    }

    @Test
    void credential_names_holding_identifiers_are_not_credentials_and_secret_values_are() {
        assertThat(violations("credentialidioms", NoHardcodedCredentials.ID))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString(), Violation::message)
                .as("every constant of ProviderSettings holds a key name, URN, URL, path, duration or format, MaskedAccount's"
                        + " and SignupRequest's toString write a mask, SignerSecretChoice's texts name a provider, store, encoder or"
                        + " strategy, PasswordPages' texts name views and a bean, EmbeddedStore#standaloneStore hands its password to an"
                        + " embedded Derby database: none is reported")
                .containsExactly(
                        tuple(NoHardcodedCredentials.ID, key("credentialidioms.EmbeddedStore", "networkStore", "Password=re****y7"),
                                "(EmbeddedStore.java:37)", "Repository <" + FIXTURES + "credentialidioms.EmbeddedStore> hard-codes a"
                                        + " credential constant PASSWORD in <networkStore>: Password = \"****\" in (EmbeddedStore.java:37)"),
                        tuple(NoHardcodedCredentials.ID, key("credentialidioms.TruststoreWriter", "signing", "secret=c2****Iz"),
                                "(TruststoreWriter.java:17)", "Class <" + FIXTURES + "credentialidioms.TruststoreWriter> hard-codes a"
                                        + " credential constant SIGNING_SECRET in <signing>: secret = \"****\" in (TruststoreWriter.java:17)"),
                        tuple(NoHardcodedCredentials.ID, key("credentialidioms.TruststoreWriter", "useAsSystemTruststore",
                                        "javax.net.ssl.trustStorePassword=ch****24"), "(TruststoreWriter.java:13)",
                                "Class <" + FIXTURES + "credentialidioms.TruststoreWriter> hard-codes a credential constant DUMMY_PASSWORD in"
                                        + " <useAsSystemTruststore>: javax.net.ssl.trustStorePassword = \"****\" in (TruststoreWriter.java:13)"));
    }

    @Test
    void credential_values_are_judged_by_their_shape() {
        assertThat(List.of("api.key", "saml.signing.private.key", "urn:ietf:params:oauth:token-type:jwt", "/oauth/token", "none", "true",
                "https://openid.net/specs/openid-connect-core-1_0.html#IDToken"))
                .allSatisfy(value -> assertThat(Credentials.find(value, "API_KEY")).as(value).isEmpty());
        assertThat(Credentials.find("password=******, salt=******", "text")).as("a mask").isEmpty();
        assertThat(Credentials.find("SignupRequest{username=?, password=....}", "text")).as("a mask of dots").isEmpty();
        assertThat(Credentials.find("password=hunter2secret}", "text")).as("a value after the same name").isPresent();
        assertThat(List.of("changePasswordView", "RESET_PASSWORD_PAGE", "OAUTH_TOKEN_MANAGER", "PASSWORD_COLUMN", "tokenService"))
                .as("names of a view, page, bean, column or component").allSatisfy(name -> assertThat(Credentials.isCredentialBinding(name)).as(name).isFalse());
        assertThat(List.of("secretProvider", "signatureSecretProvider", "tokenStore", "passwordEncoder", "credentialsStrategy",
                "SECRET_PROVIDER", "token_backend", "secretAlgorithm"))
                .as("names of the component that handles a secret").allSatisfy(name -> assertThat(Credentials.isCredentialBinding(name)).as(name).isFalse());
        assertThat(List.of("signatureSecret", "secret", "tokenValue", "STORE_PASSWORD", "providerSecret"))
                .as("names of the secret").allSatisfy(name -> assertThat(Credentials.isCredentialBinding(name)).as(name).isTrue());
        assertThat(List.of("sk_live_51HxYz", "hunter2secret", "c2VjcmV0", "changeit"))
                .allSatisfy(value -> assertThat(Credentials.find(value, "API_KEY")).as(value).isPresent());
        assertThat(Credentials.isCredentialBinding("CREDENTIAL_TYPE_KEY")).isFalse();
        assertThat(Credentials.isCredentialBinding("SECRET_EXPIRATION_PERIOD")).isFalse();
        assertThat(Credentials.isCredentialBinding("Property '%sprivateKey' is not a valid private key")).isFalse();
        assertThat(Credentials.isCredentialBinding("PRIVATE_KEY")).isTrue();
    }
}
