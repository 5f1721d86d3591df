package dev.archrules.core.engine;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import dev.archrules.core.rules.config.NoHardcodedCredentials;
import dev.archrules.core.rules.config.NoHardcodedEndpoints;
import dev.archrules.core.rules.dataaccess.SqlOnlyInRepositories;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.source.SourceSettings;
import dev.archrules.core.source.internal.Admission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The traps of the pre-filters: findings that only show through another file or a class file, and files
 * that must not be parsed. A file is known not to have been parsed when a broken copy of it is not reported.
 */
class SourcePrefilterTest {

    private static final String CREDENTIALS = "dev.archrules.fixtures.source.credentialconstants";
    private static final String SQL = "dev.archrules.fixtures.source.sqlconstants";
    private static final String ENDPOINTS = "dev.archrules.fixtures.source.endpointtraps";
    private static final Path FIXTURES = Paths.get("src/test/java").toAbsolutePath();

    private static String key(String className, String member, String literal) {
        return className + "#" + member + " @" + SourceRule.fingerprint(literal);
    }

    /** The rule's pre-filter, read through the engine's {@link SourceRule#prefilter()}. */
    private static Prefilter prefilterOf(SourceRule rule) {
        return rule.prefilter().orElseThrow();
    }

    private static String source(String pkg, String simpleName) throws IOException {
        return Files.readString(FIXTURES.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java"));
    }

    @Test
    void credentials_in_constants_are_reported_where_they_are_used_though_their_owner_is_ruled_out() throws IOException {
        ChecklistResult result = Fixtures.evaluate(CREDENTIALS);
        String client = CREDENTIALS + ".MailClient";

        assertThat(result.violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(CoreRules.NO_HARDCODED_CREDENTIALS, key(client, "headers", "API_KEY=sk****dc"), "(MailClient.java:11)",
                                "Client <" + client + "> hard-codes a credential constant Defaults.API_KEY in <headers>: API_KEY = \"****\" in (MailClient.java:11)"),
                        tuple(CoreRules.NO_HARDCODED_CREDENTIALS, key(client, "login", "PASSWORD=hu****22"), "(MailClient.java:15)",
                                "Client <" + client + "> hard-codes a credential constant Defaults.PASSWORD in <login>: PASSWORD = \"****\" in (MailClient.java:15)"),
                        tuple(CoreRules.NO_HARDCODED_CREDENTIALS, key(client, "password", "password=hu****22"), "(MailClient.java:8)",
                                "Client <" + client + "> hard-codes a credential constant Defaults.PASSWORD in <password>: password = \"****\" in (MailClient.java:8)"));
        assertThat(result.sourceProblems()).isEmpty();
        Prefilter credentials = prefilterOf(new NoHardcodedCredentials());
        assertThat(Admission.admitsSource(credentials, source(CREDENTIALS, "MailClient"))).isTrue();
        assertThat(Admission.admitsSource(credentials, source(CREDENTIALS, "Defaults"))).as("only declares constants").isFalse();
        assertThat(Admission.admitsSource(credentials, source(CREDENTIALS, "TokenReader"))).as("token is only an identifier").isFalse();
        assertThat(Admission.admitsSource(credentials, source(CREDENTIALS, "LoginForm"))).as("on its own, the value of ACCESS_TOKEN is unknown").isTrue();
    }

    @Test
    void sql_is_found_through_anonymous_classes_chains_of_constants_and_escapes() throws IOException {
        ChecklistResult result = Fixtures.evaluate(SQL);

        assertThat(result.violationsOf(CoreRules.SQL_ONLY_IN_REPOSITORIES))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(
                        tuple(CoreRules.SQL_ONLY_IN_REPOSITORIES, key(SQL + ".AuditCleanup", "purge", "DELETE FROM audit_log WHERE created_at < now()"),
                                "(AuditCleanup.java:11)", "Class <" + SQL + ".AuditCleanup> contains SQL in <purge>:"
                                        + " \"DELETE FROM audit_log WHERE created_at < now()\" in (AuditCleanup.java:11)"),
                        tuple(CoreRules.SQL_ONLY_IN_REPOSITORIES, key(SQL + ".NightlyJob", "nightly", "SELECT id, total_cents FROM orders"),
                                "(NightlyJob.java:16)", "Class <" + SQL + ".NightlyJob> contains SQL constant Statements.FIND_ORDERS in <nightly>:"
                                        + " \"SELECT id, total_cents FROM orders\" in (NightlyJob.java:16)"),
                        tuple(CoreRules.SQL_ONLY_IN_REPOSITORIES, key(SQL + ".OrderLookup", "one", "SELECT id, total_cents FROM orders WHERE id = ?"),
                                "(OrderLookup.java:10)", "Class <" + SQL + ".OrderLookup> contains SQL constant OrderQueries.BY_ID in <one>:"
                                        + " \"SELECT id, total_cents FROM orders WHERE id = ?\" in (OrderLookup.java:10)"));
        assertThat(result.sourceProblems()).isEmpty();
        Prefilter sql = prefilterOf(new SqlOnlyInRepositories());
        assertThat(Admission.admitsSource(sql, source(SQL, "AuditCleanup"))).isTrue();
        assertThat(Admission.admitsSource(sql, source(SQL, "NightlyJob"))).as("only the class file of its anonymous class holds the statement").isFalse();
        assertThat(Admission.admitsSource(sql, source(SQL, "OrderQueries"))).as("its statement starts in another file").isFalse();
        assertThat(sql.admitsValue("\n  Delete the old entries first.")).as("starts like a statement; the recogniser decides").isTrue();
    }

    @Test
    void a_database_url_without_a_scheme_separator_is_an_endpoint_and_urls_in_comments_and_annotations_are_not_looked_at() throws IOException {
        ChecklistResult result = Fixtures.evaluate(ENDPOINTS);

        assertThat(result.violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString(), Violation::message)
                .containsExactly(tuple(CoreRules.NO_HARDCODED_ENDPOINTS, key(ENDPOINTS + ".ReportClient", "database", "jdbc:oracle:thin:@reports.internal:1521:REPORTS"),
                        "(ReportClient.java:7)", "Client <" + ENDPOINTS + ".ReportClient> hard-codes endpoint \"jdbc:oracle:thin:@reports.internal:1521:REPORTS\" in <database>"
                                + " in (ReportClient.java:7)"));
        Prefilter endpoints = prefilterOf(new NoHardcodedEndpoints());
        assertThat(Admission.admitsSource(endpoints, source(ENDPOINTS, "ReportClient"))).isTrue();
        assertThat(Admission.admitsSource(endpoints, source(ENDPOINTS, "ReportFormat"))).isFalse();
    }

    @Test
    void the_prefilters_change_no_finding_on_any_source_fixture() {
        for (String pkg : List.of("dev.archrules.fixtures.source", CREDENTIALS, SQL, ENDPOINTS)) {
            List<Violation> filtered = BackendChecklist.forBasePackage(pkg).evaluate(Fixtures.classes(pkg)).violations();
            List<Violation> unfiltered = BackendChecklist.forBasePackage(pkg).withSourceSettings(SourceSettings.defaults().withPrefilter(false))
                    .evaluate(Fixtures.classes(pkg)).violations();

            assertThat(filtered).as(pkg).isNotEmpty().containsExactlyElementsOf(unfiltered);
        }
    }

    @Test
    void files_ruled_out_for_every_rule_are_never_parsed(@TempDir Path root) throws IOException {
        copy(CREDENTIALS, root, List.of("TokenReader", "LoginForm", "Defaults"));
        copy(ENDPOINTS, root, List.of("ReportFormat"));

        ChecklistResult credentials = BackendChecklist.forBasePackage(CREDENTIALS).withSourceRoots(root).evaluate(Fixtures.classes(CREDENTIALS));
        ChecklistResult endpoints = BackendChecklist.forBasePackage(ENDPOINTS).withSourceRoots(root).evaluate(Fixtures.classes(ENDPOINTS));

        assertThat(credentials.violationsOf(CoreRules.NO_HARDCODED_CREDENTIALS)).as("Defaults is broken, so its constants are not found")
                .isEmpty();
        assertThat(credentials.sourceProblems()).as("Defaults is parsed to resolve its constants; TokenReader and LoginForm never")
                .extracting(SourceProblem::kind, problem -> Paths.get(problem.path()).getFileName().toString())
                .containsExactly(tuple(SourceProblem.Kind.SYNTAX_ERROR, "Defaults.java"));
        assertThat(endpoints.violationsOf(CoreRules.NO_HARDCODED_ENDPOINTS)).extracting(Violation::key)
                .containsExactly(key(ENDPOINTS + ".ReportClient", "database", "jdbc:oracle:thin:@reports.internal:1521:REPORTS"));
        assertThat(endpoints.sourceProblems()).isEmpty();
    }

    @Test
    void thin_handlers_parse_the_files_of_controllers_only(@TempDir Path root) throws IOException {
        String pkg = "dev.archrules.fixtures.source.sql";
        try (Stream<Path> files = Files.list(FIXTURES.resolve(pkg.replace('.', '/')))) {
            copy(pkg, root, files.map(file -> file.getFileName().toString().replace(".java", "")).toList());
        }
        BackendChecklist checklist = BackendChecklist.forBasePackage(pkg).withSourceRoots(root);
        String[] others = checklist.definitions().stream().map(ChecklistRule::id)
                .filter(id -> !id.equals(CoreRules.CONTROLLERS_THIN_HANDLERS)).toArray(String[]::new);

        ChecklistResult result = checklist.withoutRules(others).evaluate(Fixtures.classes(pkg));

        assertThat(result.sourceProblems()).as("every file is broken; only the controller's is read")
                .extracting(SourceProblem::kind, problem -> Paths.get(problem.path()).getFileName().toString())
                .containsExactly(tuple(SourceProblem.Kind.SYNTAX_ERROR, "OrderController.java"));
    }

    /** Copies the sources of a fixture package to {@code root}, the named ones broken (an unclosed class at the end). */
    private static void copy(String pkg, Path root, List<String> broken) throws IOException {
        Path from = FIXTURES.resolve(pkg.replace('.', '/'));
        Path to = Files.createDirectories(root.resolve(pkg.replace('.', '/')));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                Files.writeString(to.resolve(file.getFileName()), Files.readString(file) + (broken.contains(name) ? "\nclass Broken {\n" : ""));
            }
        }
    }
}
