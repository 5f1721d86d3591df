package dev.archrules.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises SQL (and JPQL) statements in a text by their structure, not by keywords: {@code SELECT … FROM
 * table}, {@code INSERT INTO table (…|VALUES|SELECT)}, {@code UPDATE table SET column =}, {@code DELETE FROM
 * table}, {@code MERGE INTO table … USING}, {@code WITH name AS (}, and DDL ({@code CREATE/ALTER/DROP TABLE
 * …}, {@code TRUNCATE TABLE}). The statement must start the text (after parentheses and whitespace).
 * Prose is rejected: "Select an option", "Update your profile", "delete failed" lack the structure, and
 * English function words ("the", "your", "an", …) are not accepted as column or table names.
 */
public final class SqlRecognizer {

    /**
     * A token: a quoted identifier, a string literal ({@code ''} escapes included, unrolled so that a long one costs
     * no stack), a word, a number, a named parameter or any other character.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\"[^\"]*+\"|`[^`]*+`|\\[[^\\]]*+\\]|'[^']*+(?:''[^']*+)*+'?|[\\p{L}_][\\p{L}\\p{N}_$#]*+|\\d++(?:\\.\\d++)?"
                    + "|:[\\p{L}_][\\p{L}\\p{N}_]*+|\\S");

    /** The keywords a statement starts with; {@link #isSql} checks the structure that follows each. */
    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete", "merge", "with", "create",
            "alter", "drop", "truncate");

    private static final Set<String> PROSE = Set.of("a", "an", "the", "your", "you", "my", "our", "their", "his", "her", "its",
            "this", "that", "these", "those", "of", "to", "for", "please", "one", "any", "some", "which", "what", "i", "we",
            "it", "me", "us", "them", "there", "here", "again", "now");

    private static final Set<String> CLAUSES = Set.of("where", "join", "inner", "left", "right", "full", "cross", "outer",
            "natural", "group", "order", "limit", "offset", "having", "union", "except", "intersect", "minus", "fetch", "for",
            "on", "using", "window", "returning", "start", "connect", "with", "as", ",", ";", ")", "lock", "sample", "tablesample");

    private static final Set<String> RESERVED = Set.of("select", "from", "where", "set", "values", "into", "update", "delete",
            "insert", "join", "by", "and", "or", "not", "null");

    private static final Set<String> DDL_OBJECTS = Set.of("table", "index", "view", "sequence", "schema", "trigger",
            "procedure", "function", "database", "type", "materialized", "tablespace", "constraint", "domain", "extension");

    private SqlRecognizer() {
    }

    /**
     * Whether a text may start a statement: its first token after opening parentheses is a statement keyword.
     * What {@link #isSql} needs at least, decidable on the first piece of a concatenation (the pre-filter).
     */
    public static boolean mayStartStatement(String text) {
        Matcher matcher = TOKEN.matcher(text.strip());
        while (matcher.find()) {
            if (!matcher.group().equals("(")) {
                return STATEMENTS.contains(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Whether a text is a schema definition: a statement ({@link #isSql}) that creates, alters, drops or truncates a
     * table, index, view or other schema object — what migrations run, and business code almost never.
     */
    public static boolean isSchemaDefinition(String text) {
        if (!isSql(text)) {
            return false;
        }
        return tokens(text.strip()).stream().filter(token -> !token.equals("(")).findFirst()
                .filter(Set.of("create", "alter", "drop", "truncate")::contains).isPresent();
    }

    public static boolean isSql(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.endsWith(".") || trimmed.endsWith("!")) {
            return false;
        }
        List<String> tokens = tokens(trimmed);
        int i = 0;
        while (i < tokens.size() && tokens.get(i).equals("(")) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        Cursor at = new Cursor(tokens, i + 1);
        return switch (tokens.get(i)) {
            case "select" -> select(at);
            case "insert" -> at.accept("into") && at.table() && at.nextIn("(", "values", "select", "default", "set", "value");
            case "update" -> update(at);
            case "delete" -> at.accept("from") && at.table() && (at.atEnd() || at.nextIn("where", ";", "using", "returning", "as", ")"));
            case "merge" -> at.accept("into") && at.table() && at.within(4, "using", "key", "values");
            case "with" -> with(at);
            case "create" -> create(at);
            case "alter", "drop" -> at.nextIn(DDL_OBJECTS.toArray(String[]::new)) && at.skipIn("if", "exists") && at.table();
            case "truncate" -> at.accept("table") && at.table();
            default -> false;
        };
    }

    private static boolean select(Cursor at) {
        at.skipIn("distinct", "all");
        if (at.peekIs("top")) {
            at.skip(2);
        }
        List<List<String>> items = new ArrayList<>();
        List<String> item = new ArrayList<>();
        int depth = 0;
        while (!at.atEnd()) {
            String token = at.peek();
            if (depth == 0 && token.equals("from")) {
                break;
            }
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
            if (depth == 0 && token.equals(",")) {
                items.add(item);
                item = new ArrayList<>();
            } else {
                item.add(token);
            }
            at.skip(1);
            if (PROSE.contains(token)) {
                return false;
            }
        }
        items.add(item);
        if (at.atEnd()) {
            // "SELECT 1", the classic validation query
            return items.size() == 1 && items.get(0).size() == 1 && items.get(0).get(0).matches("\\d+");
        }
        for (List<String> each : items) {
            if (each.isEmpty() || bareWords(each) > 2 && !each.contains("as") && !each.contains("case") && !each.contains("over")) {
                return false;
            }
        }
        at.skip(1);
        if (at.peekIs("(")) {
            return true;
        }
        if (!at.table()) {
            return false;
        }
        if (at.atEnd() || at.nextIn(CLAUSES.toArray(String[]::new))) {
            return true;
        }
        String alias = at.peek();
        at.skip(1);
        return isIdentifier(alias) && (at.atEnd() || at.nextIn(CLAUSES.toArray(String[]::new)));
    }

    private static boolean update(Cursor at) {
        if (!at.table()) {
            return false;
        }
        if (!at.peekIs("set")) {
            String alias = at.peek();
            at.skip(1);
            if (!isIdentifier(alias)) {
                return false;
            }
        }
        return at.accept("set") && at.column() && at.accept("=");
    }

    private static boolean with(Cursor at) {
        at.skipIn("recursive");
        if (!at.table()) {
            return false;
        }
        if (at.peekIs("(")) {
            at.skipParentheses();
        }
        if (!at.accept("as")) {
            return false;
        }
        at.skipIn("not");
        at.skipIn("materialized");
        return at.accept("(");
    }

    private static boolean create(Cursor at) {
        if (at.accept("or")) {
            if (!at.accept("replace")) {
                return false;
            }
        }
        for (int n = 0; n < 3 && at.nextIn("unique", "global", "local", "temporary", "temp", "unlogged", "virtual", "external"); n++) {
            at.skip(1);
        }
        if (!at.nextIn(DDL_OBJECTS.toArray(String[]::new))) {
            return false;
        }
        at.skip(1);
        at.skipIn("view");
        if (at.accept("if")) {
            at.skipIn("not");
            at.skipIn("exists");
        }
        return at.table();
    }

    private static int bareWords(List<String> tokens) {
        int words = 0;
        int depth = 0;
        for (String token : tokens) {
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
            if (depth == 0 && Character.isLetter(token.charAt(0))) {
                words++;
            }
        }
        return words;
    }

    private static boolean isIdentifier(String token) {
        if (token == null || PROSE.contains(token) || RESERVED.contains(token)) {
            return false;
        }
        char first = token.charAt(0);
        return Character.isLetter(first) || first == '_' || first == '"' || first == '`' || first == '[' || first == '?' || first == ':';
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find() && tokens.size() < 400) {
            String token = matcher.group();
            tokens.add(Character.isLetter(token.charAt(0)) ? token.toLowerCase(Locale.ROOT) : token);
        }
        return tokens;
    }

    /** A position in the tokens. */
    private static final class Cursor {
        private final List<String> tokens;
        private int position;

        Cursor(List<String> tokens, int position) {
            this.tokens = tokens;
            this.position = position;
        }

        boolean atEnd() {
            return position >= tokens.size();
        }

        String peek() {
            return atEnd() ? null : tokens.get(position);
        }

        boolean peekIs(String token) {
            return token.equals(peek());
        }

        void skip(int count) {
            position += count;
        }

        boolean accept(String token) {
            if (peekIs(token)) {
                position++;
                return true;
            }
            return false;
        }

        boolean skipIn(String... options) {
            while (nextIn(options)) {
                position++;
            }
            return true;
        }

        boolean nextIn(String... options) {
            String next = peek();
            for (String option : options) {
                if (option.equals(next)) {
                    return true;
                }
            }
            return false;
        }

        boolean within(int count, String... options) {
            for (int i = 0; i < count && !atEnd(); i++, position++) {
                if (nextIn(options)) {
                    return true;
                }
            }
            return false;
        }

        /** A table (or column) name, possibly qualified: {@code shop.orders}, {@code "Orders"}, {@code ?}. */
        boolean table() {
            if (!isIdentifier(peek())) {
                return false;
            }
            position++;
            while (peekIs(".") && position + 1 < tokens.size() && (isIdentifier(tokens.get(position + 1)) || tokens.get(position + 1).equals("*"))) {
                position += 2;
            }
            return true;
        }

        boolean column() {
            return table();
        }

        void skipParentheses() {
            int depth = 0;
            do {
                String token = peek();
                depth += "(".equals(token) ? 1 : ")".equals(token) ? -1 : 0;
                position++;
            } while (depth > 0 && !atEnd());
        }
    }
}
