package dev.archrules.core.report;

import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report as a reader sees it, driven in real headless Chromium by puppeteer-core ({@code src/test/mermaid/page.mjs}):
 * the module map's SVG has its modules and red edges, a click on a module or a dependency filters the findings (and a
 * second click shows all again), and the page does not scroll sideways at 1,280 px. Skipped locally without Chromium or
 * node; on CI ({@code CI=true}) their absence fails the test ({@code .ci/run} installs both).
 */
class HtmlReportPageTest {

    @TempDir
    static Path dir;

    private static Path chromium;

    @BeforeAll
    static void findChromiumAndNode() throws Exception {
        Optional<Path> found = ExternalTools.chromium();
        ExternalTools.require(found.isPresent(), "Chromium is not installed (apt-get install -y chromium); the HTML report was not driven in a browser");
        ExternalTools.requireNodeWith("puppeteer-core");
        chromium = found.get();
    }

    /** The JSON the page script prints: what Chromium showed at this width, after these clicks. */
    private static String drive(ReportModel model, String name, int width, String... steps) throws Exception {
        Path report = Files.createDirectories(dir.resolve(name));
        Reports.into(report).withFormats(ReportFormat.HTML).write(model);
        List<String> command = new ArrayList<>(List.of("node", ExternalTools.SCRIPTS.resolve("page.mjs").toString(), chromium.toString(),
                report.resolve("archrules.html").toAbsolutePath().toString(), String.valueOf(width), "-"));
        command.addAll(List.of(steps));
        ExternalTools.Result result = ExternalTools.run(command, 3);
        assertThat(result.exit()).as(result.output()).isZero();
        String json = result.output().lines().filter(line -> line.startsWith("{")).reduce((first, second) -> second).orElse("");
        assertThat(json).as(result.output()).startsWith("{\"scrollWidth\"");
        return json;
    }

    @Test
    void the_map_shows_its_modules_and_red_edges_and_a_click_filters_the_findings() throws Exception {
        ReportModel model = Fixtures.evaluate("dev.archrules.fixtures.cycles").reportModel();

        String json = drive(model, "cycles", 1280, "click:module:a", "click:module:a", "click:edge:c -> a");

        assertThat(json).contains("\"nodes\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]")
                // the module tangles are the package tangles seen from afar: reported once, by packages.no-cycles, whose
                // findings mark the module edges they lie on
                .contains("\"redEdges\":[\"a -> b packages.no-cycles\",\"b -> c packages.no-cycles\",\"c -> a packages.no-cycles\","
                        + "\"d -> e packages.no-cycles\",\"e -> d packages.no-cycles\"]")
                .contains("\"errors\":[]");
        List<String> steps = List.of(json.substring(json.indexOf("\"steps\":")).split("\\{\"step\":"));
        assertThat(steps.get(1)).startsWith("\"click:module:a\"").contains("\"selected\":[\"a\"]")
                .contains("\"shown\":[\"new packages.no-cycles a\"]");
        assertThat(steps.get(2)).startsWith("\"click:module:a\"").contains("\"selected\":[]").contains("\"shownText\":\"3\"");
        assertThat(steps.get(3)).startsWith("\"click:edge:c -> a\"").contains("\"selected\":[\"c -> a\"]")
                .contains("\"shown\":[\"new packages.no-cycles a\"]");
    }

    @Test
    void long_messages_wrap_and_the_page_does_not_scroll_sideways_at_1280_px() throws Exception {
        for (ReportModel model : List.of(SampleModel.model(), Fixtures.evaluate("dev.archrules.fixtures.cycles").reportModel())) {
            String json = drive(model, "width" + model.analysedClasses(), 1280);
            int scrollWidth = Integer.parseInt(json.replaceAll(".*\"scrollWidth\":(\\d+).*", "$1"));
            int clientWidth = Integer.parseInt(json.replaceAll(".*\"clientWidth\":(\\d+).*", "$1"));
            assertThat(scrollWidth).as(json).isLessThanOrEqualTo(clientWidth);
            assertThat(clientWidth).isBetween(1200, 1280);
        }
    }
}
