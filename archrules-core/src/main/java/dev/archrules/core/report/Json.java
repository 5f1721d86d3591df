package dev.archrules.core.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A small JSON writer for the JSON and SARIF reports: objects are {@link Map}s written in insertion
 * order, arrays are {@link Collection}s, plus strings, numbers and booleans. Strings are escaped so that
 * the output is also safe to embed in HTML ({@code <}, {@code >}, {@code &} and line separators as
 * {@code \}{@code uXXXX}).
 */
final class Json {

    private Json() {
    }

    /** An ordered object from key/value pairs; {@code null} values are left out. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** The value as indented JSON, ending with a line break. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            block(map.entrySet(), '{', '}', out, indent, (entry, inner) -> {
                string((String) entry.getKey(), out);
                out.append(": ");
                write(entry.getValue(), out, inner);
            });
        } else if (value instanceof Collection<?> list) {
            block(list, '[', ']', out, indent, (item, inner) -> write(item, out, inner));
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + value + " as JSON");
        }
    }

    /** An object or array: one item per line, indented, separated by commas. */
    private static <T> void block(Collection<T> items, char open, char close, StringBuilder out, String indent,
                                  BiConsumer<T, String> item) {
        if (items.isEmpty()) {
            out.append(open).append(close);
            return;
        }
        out.append(open).append('\n');
        String inner = indent + "  ";
        int i = 0;
        for (T each : items) {
            out.append(inner);
            item.accept(each, inner);
            out.append(++i < items.size() ? ",\n" : "\n");
        }
        out.append(indent).append(close);
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
