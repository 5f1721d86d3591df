package dev.archrules.core.report;

import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The pictures of a run: a cycle finding's tangle, and the module map alone in the {@code mermaid} and {@code svg} formats. */
class PicturesTest {

    static final Violation TANGLE = new Violation(CoreRules.PACKAGES_NO_CYCLES, "a, b, c",
            "Cycle between 3 packages a, b, c: … — first at (A.java:3)", SourceLocation.of("a.A", 3), "invert one",
            List.of("a -> b (3 class dependencies), e.g. <a.A> calls <b.B> in (A.java:3)",
                    "b -> c (1 class dependency) [cut], e.g. <b.B> calls <c.C> in (B.java:4)",
                    "c -> a (2 class dependencies), e.g. <c.C> calls <a.A> in (C.java:5)"));

    @Test
    void a_cycle_finding_is_drawn_as_its_tangle_with_the_suggested_cut() {
        ModuleMap tangle = Pictures.tangle(CoreRules.PACKAGES_NO_CYCLES, TANGLE);

        assertThat(tangle.nodes()).extracting(ModuleMap.Node::module).containsExactly("a", "b", "c");
        assertThat(tangle.edges()).extracting(ModuleMap.Edge::from, ModuleMap.Edge::to, ModuleMap.Edge::weight, ModuleMap.Edge::cut)
                .containsExactly(tuple("a", "b", 3, false), tuple("b", "c", 1, true), tuple("c", "a", 2, false));
        assertThat(tangle.mermaid()).isEqualTo("""
                flowchart LR
                  m0["a"]
                  m1["b"]
                  m2["c"]
                  m0 -->|"3"| m1
                  m1 -.->|"1 cut"| m2
                  m2 -->|"2"| m0
                  linkStyle 1 stroke:#d00,color:#d00
                  linkStyle 0,2 stroke:#999
                """);
        assertThat(Pictures.tangle(CoreRules.CONTROLLERS_NO_DATA_ACCESS, TANGLE).nodes()).as("not a cycle rule").isEmpty();
    }

    @Test
    void markdown_and_html_draw_the_tangle_under_the_finding() {
        ReportModel model = new ReportModel(List.of(SampleModel.result(SampleModel.core(CoreRules.PACKAGES_NO_CYCLES),
                Triage.allNew(List.of(TANGLE)))), 3, Optional.empty());
        Reports reports = Reports.into(Path.of("unused"));

        assertThat(reports.render(model, ReportFormat.MARKDOWN)).contains("""
                ### Tangles and request flows

                **`packages.no-cycles`** `a, b, c` — suggested cuts dashed

                ```mermaid
                flowchart LR
                  m0["a"]
                """);
        String html = reports.render(model, ReportFormat.HTML);
        assertThat(html).contains("<details class=\"picture\" open><summary>the tangle, suggested cuts dashed</summary><svg")
                .containsPattern("<g class=\"edge\" data-from=\"b\" data-to=\"c\"[^>]*>");
    }

    @Test
    void the_map_alone_is_written_only_when_named_as_mermaid_or_svg(@TempDir Path dir) throws IOException {
        ReportModel model = Fixtures.evaluate("dev.archrules.fixtures.cycles").reportModel();

        assertThat(Reports.into(dir).formats()).doesNotContain(ReportFormat.MERMAID, ReportFormat.SVG);
        List<Path> written = Reports.into(dir).withFormats(ReportFormat.MERMAID, ReportFormat.SVG).write(model);

        assertThat(written).containsExactly(dir.resolve("archrules-map.mmd"), dir.resolve("archrules-map.svg"));
        assertThat(Files.readString(dir.resolve("archrules-map.mmd"))).isEqualTo(model.drawnModuleMap().mermaid())
                .startsWith("flowchart LR\n  m0[\"a (1 new)\"]\n");
        String svg = Files.readString(dir.resolve("archrules-map.svg"));
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("data-module=\"f\"");
        assertThat(ReportFormat.parse("mermaid")).isEqualTo(ReportFormat.MERMAID);
        assertThat(ReportFormat.parse("SVG")).isEqualTo(ReportFormat.SVG);
    }

    @Test
    void a_code_base_without_modules_gets_a_picture_that_says_so() {
        ReportModel model = new ReportModel(List.of(), 3, Optional.empty());
        Reports reports = Reports.into(Path.of("unused"));

        assertThat(reports.render(model, ReportFormat.MERMAID))
                .isEqualTo("flowchart LR\n  none[\"no module map: the code base is not cut into modules\"]\n");
        assertThat(reports.render(model, ReportFormat.SVG)).contains(">no module map: the code base is not cut into modules</text>");
        assertThat(Set.of(reports.render(model, ReportFormat.SVG).split("\n")[0])).containsExactly("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }
}
