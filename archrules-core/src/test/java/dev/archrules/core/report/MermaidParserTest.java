package dev.archrules.core.report;

import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Mermaid block archrules generates, parsed by the real Mermaid parser ({@code mermaid} in node, with
 * {@code jsdom} for the DOM it needs; {@code src/test/mermaid}). Skipped when node is absent locally; on CI
 * ({@code CI=true}) a missing node fails instead. The packages are installed with {@code npm ci} when missing.
 */
class MermaidParserTest {

    @Test
    void every_generated_module_map_tangle_and_request_flow_parses() throws Exception {
        List<Path> blocks = new ArrayList<>();
        Path dir = Files.createDirectories(Path.of("target/mermaid"));
        for (String fixtures : List.of("dev.archrules.fixtures.modules", "dev.archrules.fixtures.cycles")) {
            blocks.add(write(dir, fixtures, Fixtures.evaluate(fixtures).reportModel().drawnModuleMap().mermaid()));
        }
        // a capped map (with its note), baselined and new red edges, and labels with quotes
        List<ModuleMap.Node> nodes = new ArrayList<>();
        List<ModuleMap.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nodes.add(new ModuleMap.Node("module \"" + i + "\"", i % 3, i % 2));
            edges.add(new ModuleMap.Edge("module \"" + i + "\"", "module \"" + (i + 1) % 50 + "\"", i + 1,
                    i % 4 == 0 ? Set.of("modules.no-cycles") : Set.of(), i % 8 == 0, i % 5 == 0));
        }
        blocks.add(write(dir, "capped", new ModuleMap(nodes, edges).capped(ModuleMap.MAX_NODES, ModuleMap.MAX_EDGES).mermaid()));
        // the tangles of cycle findings and the request flows of call-path findings, as the Markdown report draws them
        for (String fixtures : List.of("dev.archrules.fixtures.cycles", "dev.archrules.fixtures.callpaths.sequential",
                "dev.archrules.fixtures.callpaths.hops", "dev.archrules.fixtures.callpaths.transactions")) {
            int drawn = 0;
            for (RuleResult rule : Fixtures.evaluate(fixtures).reportModel().rules()) {
                for (dev.archrules.core.model.Violation violation : rule.violations()) {
                    ModuleMap tangle = Pictures.tangle(rule.rule().id(), violation);
                    String block = !tangle.nodes().isEmpty() ? tangle.mermaid()
                            : violation.flow().isEmpty() ? null : SequenceDiagram.mermaid(violation.flow());
                    if (block != null) {
                        blocks.add(write(dir, fixtures.substring(fixtures.lastIndexOf('.') + 1) + "-" + drawn++, block));
                    }
                }
            }
            assertThat(drawn).as("pictures drawn for " + fixtures).isPositive();
        }
        blocks.add(write(dir, "hostile-flow", SequenceDiagram.mermaid(new dev.archrules.core.model.Flow(List.of(
                new dev.archrules.core.model.Flow.Call("A<b>;c", "D#e", "f-->g: h", "A.java:1", dev.archrules.core.model.Flow.Kind.REMOTE)),
                "x; y: z"))));

        ExternalTools.Result result = parse(blocks);
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("OK ");
    }

    @Test
    void a_malformed_block_fails() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/mermaid"));
        Path broken = write(dir, "broken", "flowchart LR\n  m0[\"a (2 new)\n  m0 -->|\"x\"| \n");

        ExternalTools.Result result = parse(List.of(broken));
        assertThat(result.exit()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("INVALID").contains("Parse error");
    }

    private static Path write(Path dir, String name, String mermaid) throws IOException {
        return Files.writeString(dir.resolve(name + ".mmd"), mermaid, StandardCharsets.UTF_8);
    }

    private static ExternalTools.Result parse(List<Path> blocks) throws Exception {
        ExternalTools.requireNodeWith("mermaid");
        List<String> command = new ArrayList<>(List.of("node", ExternalTools.SCRIPTS.resolve("check.mjs").toString()));
        blocks.forEach(block -> command.add(block.toString()));
        return ExternalTools.run(command, 5);
    }
}
