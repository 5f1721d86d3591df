package dev.archrules.core.report;

import dev.archrules.core.model.Violation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps credentials found in code out of every report. A violation of a rule in {@link #CREDENTIAL_RULES}
 * has every quoted literal in its message, key and hint replaced by {@value #MASK} (the quotes stay, so
 * the sentence still reads); a message without quotes is replaced as a whole, keeping its location.
 * Violations of other rules are returned unchanged.
 */
public final class Masking {

    /** Rules whose violations quote secrets from the code. */
    public static final Set<String> CREDENTIAL_RULES = Set.of("config.no-hardcoded-credentials");

    /** What a masked literal becomes. */
    public static final String MASK = "****";

    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    private Masking() {
    }

    /** The violation as reports may show it. */
    public static Violation mask(Violation violation) {
        if (!CREDENTIAL_RULES.contains(violation.ruleId())) {
            return violation;
        }
        String message = QUOTED.matcher(violation.message()).find()
                ? maskLiterals(violation.message())
                : "hard-coded credential (value masked) in " + violation.location();
        return new Violation(violation.ruleId(), maskLiterals(violation.key()), message, violation.location(),
                maskLiterals(violation.hint()));
    }

    private static String maskLiterals(String text) {
        return QUOTED.matcher(text).replaceAll(match -> {
            char quote = match.group().charAt(0);
            return java.util.regex.Matcher.quoteReplacement(quote + MASK + quote);
        });
    }
}
