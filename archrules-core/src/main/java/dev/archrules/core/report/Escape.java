package dev.archrules.core.report;

/**
 * Escaping of text from code for the HTML and Markdown reports, in one place: a string literal in code
 * can contain markup, and neither report may let it through.
 */
final class Escape {

    private Escape() {
    }

    /** For HTML element content and quoted attribute values. */
    static String html(String text) {
        return escape(text, false);
    }

    /** For GitHub-flavoured Markdown: HTML characters as entities, Markdown characters that could start a construct backslashed, line breaks as spaces. */
    static String markdown(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean markdown) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(markdown ? "\"" : "&quot;");
                case '\'' -> out.append(markdown ? "'" : "&#39;");
                case '\n', '\r' -> out.append(markdown ? ' ' : c);
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~' -> out.append(markdown ? "\\" + c : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
