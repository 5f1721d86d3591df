package dev.archrules.core.model;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials found in code out of every output, in one place (here, below the rules and the reports,
 * which both use it). Two steps, each pinned by tests:
 * <ul>
 *   <li>When a rule finds a credential it shows only {@link #maskValue(String) a masked value} ({@code pa****rd})
 *       in its violation: that is what a plain {@code @ArchTest} prints, and what keys are built from.</li>
 *   <li>Before any report sees it, a violation of a rule in {@link #CREDENTIAL_RULES} has every quoted literal
 *       in its message, key and hint replaced by {@value #MASK} (the quotes stay, so the sentence still reads);
 *       a message without quotes is replaced as a whole, keeping its location. The console report of
 *       {@code check(…)}, Markdown, HTML, JSON and SARIF all go through {@link #mask(Violation)}.</li>
 * </ul>
 * Violations of other rules are returned unchanged.
 */
public final class Masking {

    /** Rules whose violations quote secrets from the code. */
    public static final Set<String> CREDENTIAL_RULES = Set.of("config.no-hardcoded-credentials");

    /** What a masked literal becomes. */
    public static final String MASK = "****";

    /** The password of a URL ({@code scheme://user:password@host}); group 1 is the password. */
    public static final Pattern URL_PASSWORD = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^\\s/:@\"']+:([^\\s/@\"']+)@");
    /** The names of {@code name=value} pairs whose value is a secret, as a regular-expression alternation. */
    public static final String SECRET_PAIR_NAMES = "password|passwd|pwd|secret|api[-_]?key|token";
    /** A {@code password=value} pair of a connection string; the last group is the value. */
    public static final Pattern SECRET_PAIR = Pattern.compile("(?i)\\b(" + SECRET_PAIR_NAMES + ")=([^;&\\s\"']+)");

    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    private Masking() {
    }

    /**
     * A credential value as a rule may show it: {@code pa****rd} (first and last two characters) for values
     * of 8 characters or more, {@value #MASK} for shorter ones.
     */
    public static String maskValue(String value) {
        return value.length() >= 8 ? value.substring(0, 2) + MASK + value.substring(value.length() - 2) : MASK;
    }

    /**
     * The text with the secrets it carries masked ({@link #maskValue}): the password of a URL
     * ({@code scheme://user:password@host}) and {@code password=}-style pairs of a connection string. Rules use it for
     * messages and fingerprints of texts that may hold a secret.
     */
    public static String redact(String text) {
        String redacted = text;
        for (Pattern pattern : List.of(URL_PASSWORD, SECRET_PAIR)) {
            Matcher matcher = pattern.matcher(redacted);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                int group = matcher.groupCount();
                String whole = matcher.group();
                int start = matcher.start(group) - matcher.start();
                int end = matcher.end(group) - matcher.start();
                matcher.appendReplacement(out, Matcher.quoteReplacement(
                        whole.substring(0, start) + maskValue(matcher.group(group)) + whole.substring(end)));
            }
            matcher.appendTail(out);
            redacted = out.toString();
        }
        return redacted;
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
                maskLiterals(violation.hint()),
                violation.details().stream().map(Masking::maskLiterals).toList());
    }

    /**
     * A violation key of this rule as reports may show it: masked exactly as {@link #mask(Violation)} masks the
     * key of a violation, so a masked key still names the masked violations.
     */
    public static String maskKey(String ruleId, String key) {
        return CREDENTIAL_RULES.contains(ruleId) ? maskLiterals(key) : key;
    }

    private static String maskLiterals(String text) {
        return QUOTED.matcher(text).replaceAll(match -> {
            char quote = match.group().charAt(0);
            return Matcher.quoteReplacement(quote + MASK + quote);
        });
    }
}
