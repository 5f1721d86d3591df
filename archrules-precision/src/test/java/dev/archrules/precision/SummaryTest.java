package dev.archrules.precision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {

    private static Summary.Run run(String name, int classPathEntries) {
        CodeBase codeBase = new CodeBase(name, "com.acme", name, "1.0", Optional.empty(), "a shop");
        return new Summary.Run(codeBase, "com.acme (inferred)", "core", 10, 8, 10, classPathEntries, new TreeMap<>(), "–");
    }

    @Test
    void a_code_base_whose_class_path_resolved_empty_is_named_in_the_corpus_table_and_its_own_section() {
        String summary = Summary.render(List.of(run("shaded", 0), run("shop", 3)), "s", 15);

        assertThat(summary).contains("| shaded | `com.acme:shaded:1.0` | `com.acme (inferred)` | core | 10 | 8 | 10 | **empty** | 0 | 0 | – |")
                .contains("| shop | `com.acme:shop:1.0` | `com.acme (inferred)` | core | 10 | 8 | 10 | 3 jars | 0 | 0 | – |");
        String shaded = summary.substring(summary.indexOf("\n## shaded\n"), summary.indexOf("\n## shop\n"));
        String shop = summary.substring(summary.indexOf("\n## shop\n"));
        assertThat(shaded).contains(Summary.EMPTY_CLASS_PATH);
        assertThat(shop).doesNotContain("Class path empty");
    }
}
