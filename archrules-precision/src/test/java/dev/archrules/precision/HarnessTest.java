package dev.archrules.precision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HarnessTest {

    @Test
    void the_common_package_is_the_longest_shared_prefix_by_segment() {
        assertThat(Harness.commonPackage(List.of("com.acme.shop.web", "com.acme.shop.orders", "com.acme.shop")))
                .isEqualTo("com.acme.shop");
        assertThat(Harness.commonPackage(List.of("com.acme.shopping", "com.acme.shop"))).isEqualTo("com.acme");
        // never a single segment: the command cannot tell, and asks for --base-package
        assertThat(Harness.commonPackage(List.of("org.apache.syncope", "org.springframework.orm"))).isEmpty();
    }

    @Test
    void change_against_a_committed_run_counts_added_and_removed_lines_as_multisets(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("shop.findings.txt");
        Files.write(before, List.of("a | k | m", "a | k | m", "b | k | m"));
        assertThat(Harness.change(before, List.of("a | k | m", "a | k | m", "b | k | m"))).isEqualTo("unchanged");
        assertThat(Harness.change(before, List.of("a | k | m", "c | k | m"))).isEqualTo("+1 −2");
        assertThat(Harness.change(dir.resolve("none.txt"), List.of())).isEqualTo("–");
    }

    @Test
    void findings_are_read_from_the_json_report_with_one_line_messages(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("archrules.json");
        Files.writeString(report, """
                {"schemaVersion": 1, "summary": {"analysedClasses": 3},
                 "rules": [{"id": "b.rule", "violations": [{"state": "new", "key": "K2", "message": "two\\nlines \\u003cb\\u003e",
                              "path": "src/main/java/A.java", "line": 7, "className": "A", "hint": null, "grown": false}],
                            "fixedEntries": []},
                           {"id": "a.rule", "violations": [{"state": "new", "key": "K1", "message": "m", "path": "B.java",
                              "line": null}], "fixedEntries": [], "reportedElsewhere": [{"key": "K3", "reportedBy": "b.rule"}]}]}
                """);
        List<Finding> findings = Finding.readJsonReport(report);
        // a fact a rule found and another rule reports is still the rule's finding for judging
        assertThat(findings).extracting(Finding::findingsLine)
                .containsExactly("a.rule | K1 | m", "a.rule | K3 | reported under b.rule", "b.rule | K2 | two\\nlines <b>");
        assertThat(findings).extracting(Finding::location).containsExactly("B.java", "", "src/main/java/A.java:7");
    }

    @Test
    void a_malformed_corpus_line_names_file_and_line() {
        assertThatThrownBy(() -> CodeBase.parseCorpus("corpus.txt", List.of("# comment", "shop | com.acme:shop | infer | x")))
                .hasMessageStartingWith("corpus.txt:2: expected");
        assertThat(CodeBase.parseCorpus("corpus.txt", List.of("shop | com.acme:shop:1.0 | com.acme | a shop")))
                .singleElement().satisfies(codeBase -> {
                    assertThat(codeBase.coordinates()).isEqualTo("com.acme:shop:1.0");
                    assertThat(codeBase.basePackage()).contains("com.acme");
                });
        assertThat(CodeBase.parseCorpus("corpus.txt", List.of("shop | com.acme:shop:1.0 | infer | a shop")).get(0).basePackage())
                .isEmpty();
    }

    @Test
    void corpus_line_may_carry_maven_arguments_that_resolve_the_code_base() {
        CodeBase codeBase = CodeBase.parseCorpus("corpus.txt",
                List.of("graph | org.acme:graph:2.1 -DGRAPH-PROVIDER=none -Pcalcite-fork-to-upstream | infer | a graph store")).get(0);
        assertThat(codeBase.coordinates()).isEqualTo("org.acme:graph:2.1");
        assertThat(codeBase.resolution()).containsExactly("-DGRAPH-PROVIDER=none", "-Pcalcite-fork-to-upstream");
        assertThat(codeBase.coordinatesAsResolved()).isEqualTo("org.acme:graph:2.1 -DGRAPH-PROVIDER=none -Pcalcite-fork-to-upstream");
        assertThat(CodeBase.parseCorpus("corpus.txt", List.of("shop | com.acme:shop:1.0 | infer | a shop")).get(0).resolution())
                .isEmpty();
        assertThatThrownBy(() -> CodeBase.parseCorpus("corpus.txt",
                List.of("# comment", "graph | org.acme:graph:2.1 --offline | infer | a graph store")))
                .hasMessage("corpus.txt:2: after the coordinates only Maven arguments -Dproperty=value or -Pprofile, found '--offline'");
    }

    @Test
    void malformed_json_names_the_offset() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": [1, 2,]}")).hasMessageContaining("offset");
    }
}
