package dev.archrules.core.report;

import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTML page's text: scorecard, findings grouped by item and rule, links, short class names, map placements. */
class HtmlPageTest {

    private final ReportModel model = SampleModel.model();

    @Test
    void the_scorecard_gives_each_checked_item_its_status_and_counts_and_names_the_unchecked_ones() {
        String html = Reports.into(Path.of("target/archrules")).render(model, ReportFormat.HTML);

        assertThat(html).contains("<tr data-item=\"C2\"><td><a href=\"#item-C2\">C2 Business logic is not embedded in controllers / handlers</a>"
                        + "</td><td class=\"status-fail\">fail</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">2</td></tr>")
                .contains("<tr data-item=\"C7\"><td>C7 No circular dependencies between packages / modules</td><td class=\"status-pass\">pass</td>")
                .contains("<tr data-item=\"P2\"><td>P2 Favour a service layer (by the rules of C2)</td><td class=\"status-fail\">fail</td>")
                .contains("<p id=\"unchecked\">Not checked by this run: C1 Database access is isolated to repository / data-access classes"
                        + " (its rules are not in this run); C3 ")
                .contains("R4 No caching layers without measured latency problems (cannot be judged from code)");
        assertThat(html.indexOf("id=\"item-C2\"")).isLessThan(html.indexOf("id=\"item-C4\""));
        assertThat(html.indexOf("id=\"item-C6\"")).isLessThan(html.indexOf("id=\"item-C8\""));
        assertThat(html).as("an item without findings has no section").doesNotContain("id=\"item-C7\"");
    }

    @Test
    void a_rule_shows_its_rationale_and_fix_and_a_finding_its_link_short_names_and_hint() {
        String html = Reports.into(Path.of("target/archrules")).render(model, ReportFormat.HTML);

        assertThat(html).contains("<article class=\"rule\" data-rule=\"controllers.no-data-access\">\n<h3><code>controllers.no-data-access</code>"
                        + " · error · 1 new, 1 baselined, 2 fixed</h3>\n<p class=\"why\">")
                .contains("<a class=\"where\" href=\"../../src/main/java/com/acme/web/OrderController.java\" title=\"src/main/java/com/acme/web/OrderController.java:22\">"
                        + "OrderController.java:22</a> <span class=\"message\">Controller &lt;<abbr title=\"com.acme.web.OrderController\">OrderController</abbr>&gt; runs");
        String linked = Reports.into(Path.of("target/archrules")).withSourceUrl("https://git.acme.com/shop/blob/main/{path}#L{line}")
                .render(model, ReportFormat.HTML);
        assertThat(linked).contains("<a class=\"where\" href=\"https://git.acme.com/shop/blob/main/src/main/java/com/acme/web/OrderController.java#L22\"");
        assertThatThrownBy(() -> Reports.into(Path.of("x")).withSourceUrl("https://git.acme.com/"))
                .hasMessage("source URL pattern 'https://git.acme.com/' has no {path}; e.g. https://github.com/acme/shop/blob/main/{path}#L{line}");
    }

    @Test
    void qualified_names_are_shortened_with_the_full_name_on_hover_and_nothing_else_is() {
        assertThat(HtmlReport.shortened("Service <com.acme.orders.OrderService> calls java.util.List.of in (OrderService.java:3), e.g. x"))
                .isEqualTo("Service &lt;<abbr title=\"com.acme.orders.OrderService\">OrderService</abbr>&gt; calls "
                        + "<abbr title=\"java.util.List\">List</abbr>.of in (OrderService.java:3), e.g. x");
        assertThat(new Locator("src/main/java", "", "../../").href(SourceLocation.of("a.b.C", 0))).isEqualTo("../../src/main/java/a/b/C.java");
        assertThat(new Locator("", "https://h/{path}#L{line}", "").href(SourceLocation.of("a.b.C", 0))).isEqualTo("https://h/a/b/C.java#L1");
    }

    @Test
    void a_call_path_finding_shows_its_request_flow_under_it_and_the_markdown_draws_it_as_a_sequence_diagram() {
        ReportModel sequential = Fixtures.evaluate("dev.archrules.fixtures.callpaths.sequential").reportModel();
        Reports reports = Reports.into(Path.of("target/archrules"));

        String html = reports.render(sequential, ReportFormat.HTML);
        int finding = html.indexOf("<li class=\"finding\" data-rule=\"complexity.no-sequential-remote-calls\"");
        String item = html.substring(finding, html.indexOf("</li>", finding));
        assertThat(item).contains("<details class=\"picture\" open><summary>the request flow</summary><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\"");
        assertThat(item.split("<g class=\"call\" data-kind=\"remote\">", -1)).as("three remote calls, each once").hasSize(4);
        assertThat(item.split("<g class=\"call\" data-kind=\"call\">", -1)).as("three calls inside the code base").hasSize(4);
        assertThat(reports.render(sequential, ReportFormat.MARKDOWN)).contains("""
                **`complexity.no-sequential-remote-calls`** `dev.archrules.fixtures.callpaths.sequential.ProductController#page`

                ```mermaid
                sequenceDiagram
                  participant p0 as ProductController
                  participant p1 as ProductPageService
                """);
    }

    @Test
    void every_id_on_the_page_is_unique_and_every_marker_reference_finds_its_own_picture() {
        for (String fixtures : List.of("dev.archrules.fixtures.cycles", "dev.archrules.fixtures.callpaths.transactions")) {
            String html = Reports.into(Path.of("target/archrules")).render(Fixtures.evaluate(fixtures).reportModel(), ReportFormat.HTML);

            List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results().map(match -> match.group(1)).toList();
            assertThat(ids).as(fixtures).doesNotHaveDuplicates().anyMatch(id -> id.startsWith("picture"));
            assertThat(java.util.regex.Pattern.compile("url\\(#([^)]+)\\)").matcher(html).results().map(match -> match.group(1)))
                    .as(fixtures).isNotEmpty().allMatch(ids::contains);
        }
    }

    @Test
    void each_finding_carries_its_module_and_the_edges_it_marks_for_the_map_filter() {
        ReportModel cycles = Fixtures.evaluate("dev.archrules.fixtures.cycles").reportModel();
        String html = Reports.into(Path.of("target/archrules")).render(cycles, ReportFormat.HTML);

        assertThat(html).contains("<section id=\"map\">\n<h2>Module map</h2>")
                // the module tangle a, b, c is the package tangle seen from afar: its finding carries the module edges
                .containsPattern("<li class=\"finding\" data-rule=\"packages.no-cycles\" data-severity=\"error\" data-state=\"new\" "
                        + "data-package=\"[^\"]*\" data-module=\"a\" data-edges=\"a -&gt; b\\|b -&gt; c\\|c -&gt; a\">");
    }
}
