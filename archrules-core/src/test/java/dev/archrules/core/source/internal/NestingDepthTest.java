package dev.archrules.core.source.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The nesting depth is read lexically: brackets in comments, strings, text blocks and characters do not count. */
class NestingDepthTest {

    @Test
    void brackets_of_all_kinds_count_together() {
        assertThat(NestingDepth.of("class A { int[] a = { f((1)) }; }", 100)).isEqualTo(4);
        assertThat(NestingDepth.of("class A { int[][] a = { { g(1)[0] } }; }", 100)).isEqualTo(4);
        assertThat(NestingDepth.of("", 100)).isZero();
    }

    @Test
    void brackets_in_comments_strings_text_blocks_and_characters_do_not_count() {
        String tq = "\"\"\"";
        String code = String.join("\n",
                "class A { // ((((",
                "  /* [[[[ { */",
                "  String s = \"((((\\\"((((\";",
                "  String t = " + tq,
                "      {{{{ \\" + tq + " ((((",
                "      " + tq + ";",
                "  char c = '(';",
                "  char q = '\\'';",
                "  int x = (1);",
                "}");

        assertThat(NestingDepth.of(code, 100)).isEqualTo(2);
    }

    @Test
    void the_scan_stops_above_the_limit() {
        String deep = "(".repeat(400_000) + ")".repeat(400_000);

        assertThat(NestingDepth.of(deep, 10)).isEqualTo(11);
        assertThat(NestingDepth.exceedsLimit(deep)).isTrue();
        assertThat(NestingDepth.exceedsLimit("(".repeat(NestingDepth.LIMIT) + ")".repeat(NestingDepth.LIMIT))).isFalse();
    }
}
