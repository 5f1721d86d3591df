package dev.archrules.core.model;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials found in code out of every output, in one place (here, below the rules and the reports,
 * which both use it). One style: a secret is shown as {@value #MASK}, nothing of it is left, whether a plain
 * {@code @ArchTest}, {@code check()}, a report or the command prints it. Each step pinned by tests:
 * <ul>
 *   <li>The {@linkplain #SECRETS secrets a text can carry} — the password of a URL, a {@code password=} pair of a
 *       connection string, a quoted password in SQL ({@code password = 's3cret'}, {@code IDENTIFIED BY 's3cret'}),
 *       the password of an Oracle JDBC URL ({@code user/password@host}) — are replaced by {@link #redact}: rules
 *       show texts that may hold a secret only through it (SQL, endpoints).</li>
 *   <li>A rule that finds a credential shows {@value #MASK} for its value.</li>
 *   <li>Before any report sees it, a violation of a rule in {@link #CREDENTIAL_RULES} has every quoted literal
 *       in its message, key and hint replaced by {@value #MASK} (the quotes stay, so the sentence still reads);
 *       a message without quotes is replaced as a whole, keeping its location. The console report of
 *       {@code check(…)}, Markdown, HTML, JSON and SARIF all go through {@link #mask(Violation)}, a backstop that
 *       changes nothing in a violation the rule already masked.</li>
 * </ul>
 * Keys are built from {@link #keyText} (secrets shortened to {@code pa****rd}), which only a hash of ever leaves
 * this library: that keeps the keys of existing baselines. Violations of other rules pass {@link #mask} unchanged.
 *
 * <p>Every pattern here runs in time linear in the text (no backtracking over a run of characters, no recursion
 * per character), so a 60,000-character literal costs no more than reading it.
 */
public final class Masking {

    /** Rules whose violations quote secrets from the code. */
    public static final Set<String> CREDENTIAL_RULES = Set.of("config.no-hardcoded-credentials");

    /** What a secret, or a quoted literal of a credential violation, becomes in every output. */
    public static final String MASK = "****";

    /**
     * The password of a URL ({@code scheme://user:password@host}, also with an empty user: {@code redis://:pw@host});
     * group 1 is the password. The scheme starts a word, so a long run of letters is scanned once.
     */
    public static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*+://[^\\s/:@\"']*+:([^\\s/@\"']++)@");
    /** The names of {@code name=value} pairs whose value is a secret, as a regular-expression alternation. */
    public static final String SECRET_PAIR_NAMES = "password|passwd|pwd|secret|api[-_]?key|token";
    /** A {@code password=value} pair of a connection string; the last group is the value. */
    public static final Pattern SECRET_PAIR = Pattern.compile("(?i)\\b(" + SECRET_PAIR_NAMES + ")=([^;&\\s\"']++)");
    /**
     * A quoted password in SQL or a connection string: {@code password = 's3cret'}, {@code PASSWORD 's3cret'}
     * (PostgreSQL), {@code IDENTIFIED BY "s3cret"} (Oracle, MySQL); the last group is the value.
     */
    static final Pattern QUOTED_SECRET = Pattern.compile("(?i)(?<![a-z])(?:(?:" + SECRET_PAIR_NAMES + ")\\s*+=?\\s*+|identified\\s++by\\s++)"
            + "(?:'((?:[^'\\n]|'')++)'|\"([^\"\\n]++)\")");
    /** The password of an Oracle thin URL, {@code jdbc:oracle:thin:scott/tiger@//host:1521/orcl}; group 1. */
    static final Pattern ORACLE_PASSWORD = Pattern.compile("(?i)\\bjdbc:oracle:[a-z0-9]++:[^\\s/:@\"']++/([^\\s/@\"']++)@");
    /** Every secret a text can carry, each with the value as its last group that matched. */
    static final List<Pattern> SECRETS = List.of(URL_PASSWORD, SECRET_PAIR, QUOTED_SECRET, ORACLE_PASSWORD);

    /** A quoted literal, escapes included, unrolled so that its length costs no stack. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|'[^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+'");

    private Masking() {
    }

    /**
     * The text as every output shows it: each {@linkplain #SECRETS secret} it carries replaced by {@value #MASK}
     * ({@code jdbc:postgresql://h/db?user=a&password=****}, {@code mongodb://user:****@host},
     * {@code … where login = 'x' and password = '****'}).
     */
    public static String redact(String text) {
        return replaceSecrets(text, value -> MASK);
    }

    /**
     * The text as keys fingerprint it: each secret shortened to its first and last two characters
     * ({@link #keyValue}). Never shown, only hashed; kept so that keys of existing baselines stay valid.
     */
    public static String keyText(String text) {
        return replaceSecrets(text, Masking::keyValue);
    }

    /**
     * A credential value as keys are built from it: {@code pa****rd} (first and last two characters) for values of
     * 8 characters or more, {@value #MASK} for shorter ones. Never shown: outputs show {@value #MASK}.
     */
    public static String keyValue(String value) {
        return value.length() >= 8 ? value.substring(0, 2) + MASK + value.substring(value.length() - 2) : MASK;
    }

    private static String replaceSecrets(String text, UnaryOperator<String> replacement) {
        String redacted = text;
        for (Pattern pattern : SECRETS) {
            Matcher matcher = pattern.matcher(redacted);
            if (!matcher.find()) {
                continue;
            }
            StringBuilder out = new StringBuilder(redacted.length());
            int done = 0;
            do {
                int group = matcher.groupCount();
                while (matcher.start(group) < 0) {
                    group--;
                }
                out.append(redacted, done, matcher.start(group)).append(replacement.apply(matcher.group(group)));
                done = matcher.end(group);
            } while (matcher.find());
            redacted = out.append(redacted, done, redacted.length()).toString();
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
                violation.details().stream().map(Masking::maskLiterals).toList(), violation.flow(), violation.sameFactAs());
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
