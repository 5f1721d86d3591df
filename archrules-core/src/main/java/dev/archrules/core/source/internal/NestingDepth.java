package dev.archrules.core.source.internal;

/**
 * The admission check against code that nests too deeply to analyse, made on the text before any parse.
 *
 * <p>JavaParser descends recursively: each level of parentheses, brackets or braces costs it about twenty stack
 * frames. Whether a given depth overflows the stack depends on the thread's stack size and on how far the JIT
 * has compiled the parser's methods (compiled frames are smaller), so a parse that overflows in one run can
 * succeed in the next. This check makes the outcome deterministic: a file whose brackets (parentheses,
 * square brackets and braces, counted together, outside comments, strings, text blocks and character
 * literals) nest deeper than {@link #LIMIT} is a {@code TOO_DEEP} problem and is not parsed. The limit lies
 * far above hand-written and generated code (the deepest file of keycloak-services nests 13 levels, those of
 * six other server libraries 9 to 14) and far below the depth the parse workers' stack survives (100,000
 * levels parse in a cold JVM). A {@link StackOverflowError} in the parse is still caught, as a backstop for
 * recursion that no bracket shows (e.g. a long {@code else if} chain).
 */
public final class NestingDepth {

    /** The deepest bracket nesting that is parsed: {@value}. */
    public static final int LIMIT = 1_000;

    private NestingDepth() {
    }

    /** Whether the brackets of {@code code} nest deeper than {@link #LIMIT}. */
    public static boolean exceedsLimit(CharSequence code) {
        return of(code, LIMIT) > LIMIT;
    }

    /**
     * The deepest nesting of the brackets of {@code code}, but at most {@code stopAbove + 1}: the scan stops
     * as soon as it is known to exceed {@code stopAbove}.
     */
    static int of(CharSequence code, int stopAbove) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        int length = code.length();
        while (i < length) {
            char c = code.charAt(i);
            char next = i + 1 < length ? code.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = skipPast(code, i + 2, "\n");
            } else if (c == '/' && next == '*') {
                i = skipPast(code, i + 2, "*/");
            } else if (c == '"' && next == '"' && i + 2 < length && code.charAt(i + 2) == '"') {
                i = skipQuoted(code, i + 3, "\"\"\"");
            } else if (c == '"') {
                i = skipQuoted(code, i + 1, "\"");
            } else if (c == '\'') {
                i = skipQuoted(code, i + 1, "'");
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    if (depth > deepest) {
                        deepest = depth;
                        if (deepest > stopAbove) {
                            return deepest;
                        }
                    }
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
        return deepest;
    }

    /** The index after the next {@code end} from {@code from}, or the length of the code. */
    private static int skipPast(CharSequence code, int from, String end) {
        for (int i = from; i + end.length() <= code.length(); i++) {
            if (startsWith(code, i, end)) {
                return i + end.length();
            }
        }
        return code.length();
    }

    /** The index after the closing {@code quote} of a literal whose content starts at {@code from}; escapes skipped. */
    private static int skipQuoted(CharSequence code, int from, String quote) {
        int i = from;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (startsWith(code, i, quote)) {
                return i + quote.length();
            } else if (c == '\n' && quote.length() == 1) {
                return i + 1;
            } else {
                i++;
            }
        }
        return code.length();
    }

    private static boolean startsWith(CharSequence code, int at, String text) {
        for (int k = 0; k < text.length(); k++) {
            if (at + k >= code.length() || code.charAt(at + k) != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
