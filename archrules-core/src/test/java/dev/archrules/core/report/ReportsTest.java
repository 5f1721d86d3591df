package dev.archrules.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archrules.core.model.Masking;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown, JSON and the console line rendered from one model; escaping, truncation and masking. */
class ReportsTest {

    private final ReportModel model = SampleModel.model();
    private final Reports reports = Reports.into(Path.of("unused"));

    @Test
    void the_summary_line_counts_new_baselined_and_fixed_and_names_the_prune_command() {
        assertThat(model.summaryLine()).isEqualTo("4 new (4 errors) · 2 baselined · 2 fixed (prune with mvn test -Darchrules.baseline.mode=prune)");
    }

    @Test
    void markdown_starts_with_the_rule_table_lists_new_violations_with_file_and_line_and_folds_the_rest() {
        String markdown = reports.render(model, ReportFormat.MARKDOWN);

        assertThat(markdown).startsWith("""
                ## archrules checklist

                **4 new (4 errors) · 2 baselined · 2 fixed (prune with mvn test -Darchrules.baseline.mode=prune)** — 42 classes analysed

                | checklist item | status | new | baselined | fixed |
                |---|---|---:|---:|---:|
                | C2 Business logic is not embedded in controllers / handlers | ❌ fail | 1 | 1 | 2 |
                | C4 Services (modules) don't directly access each other's databases | ❌ fail | 1 | 1 | 0 |
                | C6 Configuration is externalized, not hard-coded | ❌ fail | 1 | 0 | 0 |
                | C7 No circular dependencies between packages / modules | ✅ pass | 0 | 0 | 0 |
                | C8 No shared mutable state between request handlers | ❌ fail | 1 | 0 | 0 |
                | P2 Favour a service layer (by the rules of C2) | ❌ fail | 1 | 1 | 2 |
                | P4 Favour configuration injection (by the rules of C6) | ❌ fail | 1 | 0 | 0 |

                | rule | severity | new | baselined | fixed | total |
                |---|---|---:|---:|---:|---:|
                | `controllers.no-data-access` | error | 1 | 1 | 2 | 2 |
                | `modules.own-their-data` | error | 1 | 1 | 0 | 2 |
                | `packages.no-cycles` | error | 0 | 0 | 0 | 0 |
                | `state.stateless-singletons` | error | 1 | 0 | 0 | 1 |
                | `config.no-hardcoded-credentials` | error | 1 | 0 | 0 | 1 |
                | **all rules** |  | 4 | 2 | 2 | 6 |

                ### New violations (4)

                - `controllers.no-data-access` `src/main/java/com/acme/web/OrderController.java:22` Controller &lt;com.acme.web.OrderController&gt; runs "select 1" &lt;script&gt;document.body.setAttribute('data-pwned','yes')&lt;/script&gt; in (OrderController.java:22)
                - `modules.own-their-data` `src/main/java/com/acme/billing/Invoicing.java:40` Invoicing uses entity Order in (Invoicing.java:40)
                - `state.stateless-singletons` `src/main/java/com/acme/orders/OrderService.java` Field &lt;com.acme.orders.OrderService.cache&gt; is not final in (OrderService.java:0)
                - `config.no-hardcoded-credentials` `src/main/java/com/acme/config/Db.java:7` Field &lt;com.acme.config.Db.password&gt; holds the credential "\\*\\*\\*\\*" in (Db.java:7)

                <details><summary>Baselined violations (2)</summary>

                - `controllers.no-data-access` `src/main/java/com/acme/web/CustomerController.java:21` Controller &lt;com.acme.web.CustomerController&gt; uses a repository in (CustomerController.java:21)
                - `modules.own-their-data` `src/main/java/com/acme/billing/Invoicing.java:12` Invoicing uses entity Order in (Invoicing.java:12)

                </details>

                <details><summary>Fixed since the baseline (1)</summary>

                - `controllers.no-data-access` 2 of 2 baselined occurrences of 'com.acme.web.Gone -&gt; com.acme.db.Repo' fixed; the entry can be removed

                </details>
                """);
    }

    @Test
    void markdown_lists_are_cut_at_the_limit_with_the_count_of_the_rest() {
        String markdown = reports.withMarkdownLimit(2).render(model, ReportFormat.MARKDOWN);

        assertThat(markdown).contains("- `modules.own-their-data` `src/main/java/com/acme/billing/Invoicing.java:40`")
                .doesNotContain("OrderService.java` Field")
                .contains("- … and 2 more (4 in all; see archrules.html or archrules.json)\n");
    }

    @Test
    void the_source_root_is_configurable() {
        assertThat(reports.withSourceRoot("shop/src/main/java").render(model, ReportFormat.MARKDOWN))
                .contains("`shop/src/main/java/com/acme/web/OrderController.java:22`");
    }

    @Test
    void json_has_a_schema_version_a_deterministic_order_and_escapes_markup() throws IOException {
        String json = reports.render(model, ReportFormat.JSON);
        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(json).isEqualTo(reports.render(SampleModel.model(), ReportFormat.JSON))
                .doesNotContain("<script>").contains("\\u003cscript\\u003e");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/new").asInt()).isEqualTo(4);
        assertThat(root.at("/summary/fixed").asInt()).isEqualTo(2);
        assertThat(root.get("table").toString()).isEqualTo("[{\"rule\":\"controllers.no-data-access\",\"severity\":\"error\",\"new\":1,\"baselined\":1,\"fixed\":2,\"total\":2},"
                + "{\"rule\":\"modules.own-their-data\",\"severity\":\"error\",\"new\":1,\"baselined\":1,\"fixed\":0,\"total\":2},"
                + "{\"rule\":\"packages.no-cycles\",\"severity\":\"error\",\"new\":0,\"baselined\":0,\"fixed\":0,\"total\":0},"
                + "{\"rule\":\"state.stateless-singletons\",\"severity\":\"error\",\"new\":1,\"baselined\":0,\"fixed\":0,\"total\":1},"
                + "{\"rule\":\"config.no-hardcoded-credentials\",\"severity\":\"error\",\"new\":1,\"baselined\":0,\"fixed\":0,\"total\":1},"
                + "{\"rule\":\"all rules\",\"new\":4,\"baselined\":2,\"fixed\":2,\"total\":6}]");
        assertThat(root.get("rules").findValuesAsText("id")).containsExactly("controllers.no-data-access", "modules.own-their-data",
                "packages.no-cycles", "state.stateless-singletons", "config.no-hardcoded-credentials");
        JsonNode controllers = root.get("rules").get(0);
        assertThat(controllers.get("violations").findValuesAsText("state")).containsExactly("new", "baselined");
        assertThat(controllers.at("/violations/0/path").asText()).isEqualTo("src/main/java/com/acme/web/OrderController.java");
        assertThat(controllers.at("/violations/0/line").asInt()).isEqualTo(22);
        assertThat(controllers.at("/violations/0/message").asText()).contains(SampleModel.SCRIPT_INJECTION);
        assertThat(controllers.at("/fixedEntries/0/key").asText()).isEqualTo("com.acme.web.Gone -> com.acme.db.Repo");
        assertThat(root.at("/rules/1/violations/0/grown").asBoolean()).isTrue();
        assertThat(root.at("/rules/1/violations/1/grown").asBoolean()).isFalse();
    }

    @Test
    void credentials_are_masked_in_every_format_and_other_rules_are_untouched() {
        for (ReportFormat format : ReportFormat.reports()) {
            String masked = format == ReportFormat.MARKDOWN ? "\\*\\*\\*\\*" : Masking.MASK;
            assertThat(reports.render(model, format)).as(format.name()).doesNotContain(SampleModel.SECRET).contains(masked);
        }
        Violation other = SampleModel.violation("controllers.no-data-access", "k", "a.B", 1, "says \"hunter2\"");
        assertThat(Masking.mask(other)).isSameAs(other);
        Violation unquoted = new Violation(SampleModel.CREDENTIALS_RULE, "a.B#password", "password is hunter2", SourceLocation.of("a.B", 3), "hint");
        assertThat(Masking.mask(unquoted).message()).isEqualTo("hard-coded credential (value masked) in (B.java:3)");
    }

    @Test
    void write_puts_each_format_into_the_directory_atomically(@TempDir Path dir) throws IOException {
        List<Path> written = Reports.into(dir).withFormats(ReportFormat.JSON, ReportFormat.MARKDOWN).write(model);

        assertThat(written).containsExactly(dir.resolve("archrules.md"), dir.resolve("archrules.json"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("archrules.json", "archrules.md");
        }
        assertThat(Files.readString(dir.resolve("archrules.json"))).isEqualTo(reports.render(model, ReportFormat.JSON));
    }

    @Test
    void details_of_a_violation_appear_in_full_in_json_and_html_and_not_in_markdown() throws IOException {
        Violation tangle = new Violation(dev.archrules.core.rules.CoreRules.PACKAGES_NO_CYCLES, "a, b",
                "Cycle between 2 packages a, b: a -> b by … — first at (A.java:3)", SourceLocation.of("a.A", 3), "invert one",
                List.of("a -> b (1 class dependency), e.g. <A> calls <B>", "b -> a (2 class dependencies), e.g. " + SampleModel.SCRIPT_INJECTION));
        ReportModel withTangle = new ReportModel(List.of(SampleModel.result(SampleModel.core(dev.archrules.core.rules.CoreRules.PACKAGES_NO_CYCLES),
                dev.archrules.core.baseline.Triage.allNew(List.of(tangle)))), 2, java.util.Optional.empty());

        JsonNode details = new ObjectMapper().readTree(reports.render(withTangle, ReportFormat.JSON))
                .at("/rules/0/violations/0/details");
        assertThat(details.size()).isEqualTo(2);
        assertThat(details.get(0).asText()).isEqualTo("a -> b (1 class dependency), e.g. <A> calls <B>");
        String html = reports.render(withTangle, ReportFormat.HTML);
        assertThat(html).contains("<details><summary>2 details</summary><ul><li>a -&gt; b (1 class dependency), e.g. &lt;A&gt; calls &lt;B&gt;</li>")
                .doesNotContain(SampleModel.SCRIPT_INJECTION);
        assertThat(reports.render(withTangle, ReportFormat.MARKDOWN)).doesNotContain("2 class dependencies");
        assertThat(new ObjectMapper().readTree(reports.render(model, ReportFormat.JSON)).at("/rules/0/violations/0").has("details"))
                .as("no details, no field").isFalse();
    }
}
