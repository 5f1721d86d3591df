package dev.archrules.core.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The HTML report opened in real headless Chromium: the page renders and its script runs, the filters
 * (preset through the URL fragment) hide exactly the rows they should, and a {@code <script>} literal in a
 * violation message is shown as text and never runs. Without Chromium the test is skipped locally and
 * fails on CI ({@code CI=true}).
 */
class HtmlReportBrowserTest {

    private static final Pattern ROW = Pattern.compile("<li class=\"finding\" data-rule=\"([^\"]*)\" data-severity=\"[^\"]*\" data-state=\"([^\"]*)\" data-package=\"([^\"]*)\"[^>]*?( hidden=\"\")?>");

    @TempDir
    static Path dir;

    private static Path chromium;
    private static Path page;

    @BeforeAll
    static void renderPageAndFindChromium() throws IOException {
        Optional<Path> found = ExternalTools.chromium();
        ExternalTools.require(found.isPresent(), "Chromium is not installed (apt-get install -y chromium); the HTML report was not checked in a browser");
        chromium = found.get();
        page = dir.resolve("archrules.html");
        Files.writeString(page, Reports.into(dir).render(SampleModel.model(), ReportFormat.HTML), StandardCharsets.UTF_8);
    }

    private static String dumpDom(String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path output = dir.resolve(profile.getFileName() + ".html");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri() + fragment)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish rendering " + page);
        }
        assertThat(process.exitValue()).as("Chromium exit code").isZero();
        return Files.readString(output);
    }

    /** The rows Chromium shows, as {@code state rule package}. */
    private static List<String> visibleRows(String dom) {
        Matcher rows = ROW.matcher(dom);
        return rows.results().filter(row -> row.group(4) == null)
                .map(row -> row.group(2) + " " + row.group(1) + " " + row.group(3)).toList();
    }

    @Test
    void the_page_renders_its_script_runs_and_shows_every_finding() throws Exception {
        String dom = dumpDom("");

        assertThat(dom).contains("<body data-ready=\"true\">")
                .contains("<p id=\"summary\">4 new (4 errors) · 2 baselined · 2 fixed (prune with mvn test -Darchrules.baseline.mode=prune) — 42 classes analysed</p>")
                .contains("<span id=\"shown\">7</span> of 7 shown");
        assertThat(visibleRows(dom)).hasSize(7);
    }

    @Test
    void filters_by_state_rule_and_package_hide_exactly_the_other_rows() throws Exception {
        assertThat(visibleRows(dumpDom("#state=new"))).containsExactly(
                "new controllers.no-data-access com.acme.web",
                "new modules.own-their-data com.acme.billing",
                "new config.no-hardcoded-credentials com.acme.config",
                "new state.stateless-singletons com.acme.orders");

        String dom = dumpDom("#state=baselined&rule=modules.own-their-data");
        assertThat(visibleRows(dom)).containsExactly("baselined modules.own-their-data com.acme.billing");
        assertThat(dom).contains("<span id=\"shown\">1</span>");

        assertThat(visibleRows(dumpDom("#package=com.acme.web"))).containsExactly(
                "new controllers.no-data-access com.acme.web",
                "baselined controllers.no-data-access com.acme.web");
    }

    @Test
    void a_script_literal_in_a_message_is_shown_as_text_and_does_not_run() throws Exception {
        String dom = dumpDom("");

        assertThat(dom).doesNotContain("data-pwned=\"yes\"")
                .doesNotContain(SampleModel.SCRIPT_INJECTION)
                .contains("runs \"select 1\" &lt;script&gt;document.body.setAttribute('data-pwned','yes')&lt;/script&gt;");
    }

    @Test
    void the_page_loads_nothing_from_anywhere() throws IOException {
        String html = Files.readString(page);

        assertThat(html).doesNotContainPattern("\\ssrc=").doesNotContainPattern("href=\"(?!#|\\.\\./)")
                .doesNotContain("https://").doesNotContainPattern("http://(?!www\\.w3\\.org/2000/svg)")
                .contains("Content-Security-Policy").contains("default-src 'none'");
    }
}
