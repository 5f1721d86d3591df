package dev.archrules.core.recognize;

import dev.archrules.core.model.Masking;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises hard-coded credentials: a literal bound to a credential name, the password of a URL
 * ({@code scheme://user:password@host}), or a {@code password=} pair of a connection string. Masking them is
 * {@link Masking}'s job, which also masks secrets this class does not report (a quoted password in SQL).
 */
public final class Credentials {

    private static final Pattern NAME = Pattern.compile(
            "(?i).*(passw(or)?d|passwd|pwd|passphrase|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credentials?|auth[-_]?key).*");
    /**
     * Names that hold the name, shape, place or lifetime of a credential, or the component that handles it (the kind
     * of {@code secretProvider}, {@code tokenStore}, {@code passwordEncoder} to use: {@code "file"}, {@code "redis"},
     * {@code "bcrypt"}; the bean name of a {@code TOKEN_MANAGER}, the view a {@code changePasswordView} page renders,
     * the column a {@code PASSWORD_COLUMN} names), not the credential itself; also as the key of one ({@code CREDENTIAL_TYPE_KEY}, while
     * {@code API_KEY} stays a credential).
     */
    private static final Pattern NOT_A_VALUE = Pattern.compile(
            "(?i).*(type|name|header|param|parameter|field|prefix|suffix|label|message|msg|pattern|regex|format|length|size"
                    + "|url|uri|path|endpoint|expiry|expiration|expires|ttl|timeout|property|prop|attribute|attr|claim|policy|mode"
                    + "|kind|id|key_?name|placeholder|hint|text|title|description|error|validity|lifespan|period|duration|interval"
                    + "|method|template|resource|fragment|file|location|dir|directory"
                    + "|provider|store|encoder|strategy|algorithm|algo|backend"
                    + "|view|page|screen|form|manager|service|bean|handler|factory|column|table)([-_]?key)?s?$");
    /**
     * Words that, right after a name's last credential word, say what the name holds about the credential rather than
     * the credential: its type or kind ({@code TOKEN_TYPE_FULL_PREC = "fullPrecNumeric"}, a token type of a text-analysis
     * token stream), a quantity ({@code THRESHOLD_TOKEN_FREQUENCY = "threshold"}, the name of a parameter for the minimum
     * frequency of a term), a name, parameter, pattern or format. {@code TOKEN_FREQUENCY_SECRET} ends in a credential
     * word and stays one.
     */
    private static final Pattern DESCRIBING_WORD = Pattern.compile(
            "(?i)type|kind|name|param|parameter|pattern|regex|format|frequency|freq|count|threshold|limit|length|size|min|max");
    /** Where a name splits into words: underscores, dashes and dots, and camel case. */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[-_.$]+|(?<=[a-z0-9])(?=[A-Z])");
    /** A name as code writes one: an identifier or a dotted / dashed property key, never a sentence. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.-]*");
    /**
     * Values shaped like an identifier, not a secret: a dotted property key ({@code api.key},
     * {@code saml.signing.private.key}), a URN or URL ({@code urn:ietf:params:oauth:token-type:jwt}; a URL's
     * password is found separately), a lower-case path ({@code /oauth/token}, {@code /var/run/secrets/token}),
     * a word that says there is none ({@code none}, {@code null}), a flag ({@code true}: the value of a CORS
     * {@code Access-Control-Allow-Credentials} header, of an {@code …Credentials} switch), or a named parameter of a
     * query ({@code :password}, the placeholder of a JDBC, JPQL or Hibernate statement).
     */
    private static final Pattern IDENTIFIER_VALUE = Pattern.compile(
            "[a-z][a-z0-9]*+(?:\\.[a-z][a-z0-9]*+)++|(?i:urn:\\S+|[a-z][a-z0-9+.-]*://\\S*)|/[a-z0-9_.{}/-]*|:[A-Za-z_][A-Za-z0-9_]*"
                    + "|(?i:none|null|nil|empty|undefined|unset|n/a|disabled|true|false|yes|no|on|off|enabled)");
    /**
     * A value that is a regular expression: it opens with a group, a character class or an anchor and holds a
     * quantified group or class or a group construct ({@code NMTOKEN = "([" + nameChars + "]|" + SURROGATE_PAIR + ")+"},
     * the pattern of XML name tokens a query converter matches; {@code (?:…)}, {@code \d}), which no secret does.
     */
    private static final Pattern REGULAR_EXPRESSION = Pattern.compile("^[(\\[^].*(?:[)\\]][+*?]|\\(\\?[:=!<]|\\\\[dswbDSWB])");
    private static final Pattern URL_PASSWORD = Masking.URL_PASSWORD;
    private static final Pattern PAIR = Masking.SECRET_PAIR;
    private static final Pattern PAIR_NAME = Pattern.compile("(?i)\\b(" + Masking.SECRET_PAIR_NAMES + ")=");

    private Credentials() {
    }

    /** A credential found in a text, with the name it is bound to and its value. */
    public record Found(String name, String value) {
    }

    public static Optional<Found> find(String text, String boundName) {
        Matcher url = URL_PASSWORD.matcher(text);
        if (url.find() && isValue(url.group(1))) {
            return Optional.of(new Found("URL password", url.group(1)));
        }
        Matcher pair = PAIR.matcher(text);
        if (pair.find() && isValue(pair.group(2))) {
            return Optional.of(new Found(pair.group(1), pair.group(2)));
        }
        if (boundName != null && isCredentialBinding(boundName)
                && isValue(text) && text.strip().length() >= 3 && text.chars().noneMatch(Character::isWhitespace)
                && !isCredentialName(text) && !IDENTIFIER_VALUE.matcher(text).matches() && !REGULAR_EXPRESSION.matcher(text).find()
                && !spellsItsName(text, boundName)) {
            return Optional.of(new Found(boundName, text));
        }
        return Optional.empty();
    }

    /**
     * Whether a text bound to this name is a credential (if it is a value): {@code password}, {@code API_KEY},
     * not {@code tokenHeader}, nor a text that is not a name at all (a format string used as a call's first argument).
     */
    public static boolean isCredentialBinding(String name) {
        return IDENTIFIER.matcher(name).matches() && NAME.matcher(name).matches() && !NOT_A_VALUE.matcher(name).matches()
                && !describesCredential(name);
    }

    /** Whether the word after the name's last credential word is a {@linkplain #DESCRIBING_WORD describing word}. */
    private static boolean describesCredential(String name) {
        String[] words = WORD_BOUNDARY.split(name);
        for (int i = words.length - 1; i >= 0; i--) {
            if (NAME.matcher(words[i]).matches()) {
                return i + 1 < words.length && DESCRIBING_WORD.matcher(words[i + 1]).matches();
            }
        }
        return false;
    }

    /**
     * Whether a text may hold a URL password ({@code ://} and later {@code @}) or a {@code password=} pair,
     * decidable on each piece of a concatenation (the value after {@code =} may follow in the next piece).
     */
    public static boolean mayContain(String text) {
        int scheme = text.indexOf("://");
        return scheme >= 0 && text.indexOf('@', scheme) >= 0 || PAIR_NAME.matcher(text).find();
    }

    /**
     * Whether a value spells the name it is bound to, case and separators aside, after an optional namespace
     * ({@code USERS_PASSWORDCHANGE = "users:passwordchange"}, a permission a resource checks;
     * {@code USER_PASSWORD_UPDATE = "server:user_password:update"}, an audit event type): an enumeration's key written
     * as a constant, named after the action on the credential it stands for, not a secret. A secret never spells its
     * own name; {@code ADMIN_CREDENTIALS = "admin:admin"} does not and stays one, nor does a name of one word
     * ({@code SECRET = "dev:secret"}, a dummy secret).
     */
    private static boolean spellsItsName(String value, String name) {
        String letters = lettersAndDigits(name);
        return WORD_BOUNDARY.split(name).length >= 2 && letters.length() >= 6 && lettersAndDigits(value).endsWith(letters);
    }

    private static String lettersAndDigits(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    /** A value that names a credential ({@code "X-Auth-Token"}, {@code "client_secret"}) rather than being one. */
    private static boolean isCredentialName(String value) {
        return NAME.matcher(value).matches() && value.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '_' || c == '.');
    }

    /**
     * A password or secret parameter of a well-known API, from an entry of {@code Term.CREDENTIAL_ARGUMENTS}:
     * {@code owner.Type#method(index:name)}, or {@code owner.Type#method(index/count:name)} for one arity only.
     *
     * @param owner  the binary name of the declaring type (subtypes included)
     * @param method the method name, {@code <init>} for a constructor
     * @param index  the 0-based position of the parameter
     * @param count  the number of arguments of the call, or -1 for any call that has the parameter
     * @param name   the parameter's name, for messages
     */
    public record Parameter(String owner, String method, int index, int count, String name) {

        private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#([\\w<>$]+)\\((\\d+)(?:/(\\d+))?(?::(\\w+))?\\)");

        /** The parameter an entry describes; fails on an entry of another form. */
        public static Parameter parse(String entry) {
            Matcher matcher = ENTRY.matcher(entry.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + entry + "' is not of the form owner.Type#method(index:name) or owner.Type#method(index/count:name)");
            }
            return new Parameter(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)),
                    matcher.group(4) == null ? -1 : Integer.parseInt(matcher.group(4)),
                    matcher.group(5) == null ? "argument " + matcher.group(3) : matcher.group(5));
        }

        /** Whether this is a constructor parameter. */
        public boolean constructor() {
            return method.equals("<init>");
        }

        /** The owner's simple name: {@code UserBuilder} for {@code …User$UserBuilder}. */
        public String simpleOwner() {
            return owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$')) + 1);
        }

        /** What a source file writes for the call: the method name, or the type's simple name after {@code new}. */
        public String callee() {
            return constructor() ? simpleOwner() : method;
        }

        /** Whether an argument at {@code position} of a call with {@code arguments} arguments is this parameter. */
        public boolean isAt(int position, int arguments) {
            return position == index && (count < 0 ? arguments > index : arguments == count);
        }

        /** How messages name it, e.g. {@code DriverManager.getConnection(password)}, {@code new BasicAuthenticationInterceptor(password)}. */
        public String describe() {
            return (constructor() ? "new " + simpleOwner() : simpleOwner() + "." + method) + "(" + name + ")";
        }
    }

    /**
     * Whether a literal passed as a credential parameter is a hard-coded credential: not empty, not a placeholder
     * ({@code ${DB_PASSWORD}}, {@code #{…}}); a Spring Security encoding prefix ({@code {noop}}, {@code {bcrypt}}) is
     * part of the value, not a placeholder.
     */
    public static boolean isArgumentValue(String value) {
        String rest = value.strip().replaceFirst("^\\{[A-Za-z0-9_-]*}", "");
        return !rest.isEmpty() && !MASK.matcher(rest).matches() && !value.contains("${") && !value.contains("#{") && !value.startsWith("%");
    }

    /**
     * A mask written in place of a secret ({@code ******}, {@code •••}, {@code ....}, {@code …}): what a {@code toString}
     * shows instead of the value.
     */
    private static final Pattern MASK = Pattern.compile("(?:[*•●]+|\\.{3,}|…+)[,;)\\]}]*");

    private static boolean isValue(String value) {
        return !value.isBlank() && !MASK.matcher(value.strip()).matches() && !value.contains("${") && !value.contains("#{") && !value.startsWith("?") && !value.startsWith("{")
                && !value.startsWith("%") && !value.startsWith("<");
    }
}
