package dev.archrules.core.source;

import java.util.regex.Pattern;

/**
 * The cheap test that decides whether a file is worth parsing for the literal rules: it must contain a
 * quote followed on the same line by a SQL statement keyword, a text block starting with one, {@code ://},
 * {@code jdbc:}, a credential word, an IPv4 literal or a {@code host:port} literal. A file without any of
 * these cannot produce a finding of the SQL, endpoint or credential rules, so it is never parsed for them.
 */
final class Prefilter {

    private static final String SQL_START = "(?:select|insert|update|delete|merge|with|create|alter|drop|truncate)\\b";
    private static final Pattern INTERESTING = Pattern.compile(
            "(?i)\"[^\"\\r\\n]*\\b" + SQL_START
                    + "|\"\"\"\\s*[\\r\\n]\\s*\\(?" + SQL_START
                    + "|://|jdbc:"
                    + "|passw|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential"
                    + "|\"\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"
                    + "|:\\d{2,5}\"");

    private Prefilter() {
    }

    static boolean interesting(CharSequence text) {
        return INTERESTING.matcher(text).find();
    }

    /** The same test for a string constant of a class file (no quotes around it). */
    static boolean interestingConstant(String value) {
        return interesting("\"" + value + "\"");
    }
}
