package dev.archrules.core.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One lexical pass over a Java file, without parsing it: what a {@link Prefilter} decides on. Comments,
 * imports and annotation arguments are skipped (the facts leave them out too); what remains are the
 * string values of the code and the names such a value can be bound to, as {@link FactExtractor} binds
 * them — a superset, never less.
 *
 * <ul>
 *   <li>{@link #values()}: every string literal and text block, escapes decoded; literals joined by
 *       {@code +} directly ({@code "a" + "b"}) count as one value.</li>
 *   <li>{@link #boundNames()}: names followed by what starts a text (a string, a constant reference, or a
 *       character, number or boolean literal followed by {@code +}): the variable or field of
 *       {@code name = …} and {@code name += …}, the property of a setter call {@code setName(…)}, the key
 *       literal of {@code call("key", …)}. The declaration of a {@code static final String} (or interface)
 *       constant without run-time parts is not a binding: it is a constant, reported where it is used.</li>
 *   <li>{@link #constantUses()}: constant-like names ({@code UPPER_SNAKE}) used as values, with the scope
 *       they are written with; a text that is a constant reference is bound to the constant's name.</li>
 *   <li>{@link #declaredConstants()}: the constant-like names the file assigns, i.e. the constants it may
 *       declare; and {@link #imports()}, to find the owners of the constants it uses.</li>
 * </ul>
 */
final class SourceScan {

    /** One string per ASCII operator character, shared by all tokens. */
    private static final List<String> OPERATORS = java.util.stream.IntStream.range(0, 128).mapToObj(c -> String.valueOf((char) c)).toList();

    private enum Kind { IDENT, STRING, OTHER_LITERAL, OP }

    private record Token(Kind kind, String text) {
    }

    /**
     * A constant-like name used as a value, {@code scope.NAME} or a bare {@code NAME}: a text bound to the
     * constant's name, if the constant can be resolved.
     */
    record ConstantUse(String scope, String name) {
    }

    private final Set<String> values;
    private final Set<String> boundNames;
    private final Set<ConstantUse> constantUses;
    private final Set<String> declaredConstants;
    private final Map<String, String> constantValues;
    private final ConstantOwners.Imports imports;

    private SourceScan(Analysis analysis, ConstantOwners.Imports imports) {
        this.values = Set.copyOf(analysis.values);
        this.boundNames = Set.copyOf(analysis.boundNames);
        this.constantUses = Set.copyOf(analysis.constantUses);
        this.declaredConstants = Set.copyOf(analysis.assigned);
        Map<String, String> literals = new HashMap<>(analysis.literalAssignments);
        literals.keySet().removeAll(analysis.otherAssignments);
        this.constantValues = Map.copyOf(literals);
        this.imports = imports;
    }

    static SourceScan of(CharSequence code) {
        Lexer lexer = new Lexer(code);
        Analysis analysis = new Analysis(lexer.tokens());
        analysis.analyse();
        return new SourceScan(analysis, lexer.imports());
    }

    /** The distinct string values of the code. */
    Set<String> values() {
        return values;
    }

    /** The distinct names a text of the code may be bound to, constant names used as values aside. */
    Set<String> boundNames() {
        return boundNames;
    }

    /** The distinct constant-like names used as values. */
    Set<ConstantUse> constantUses() {
        return constantUses;
    }

    /**
     * The value of a constant-like name the code assigns exactly once, a single string literal
     * ({@code NAME = "value"}); empty if it is assigned anything else or more than once.
     */
    Optional<String> constantValue(String name) {
        return Optional.ofNullable(constantValues.get(name));
    }

    /** The package and imports of the file, to find the owners of the constants it uses. */
    ConstantOwners.Imports imports() {
        return imports;
    }

    /** The constant-like names the code assigns ({@code NAME = …}), as a declaration of a constant does. */
    Set<String> declaredConstants() {
        return declaredConstants;
    }

    /**
     * Whether the prefilter admits one of the values or bound names, or the name of a used constant that
     * {@code admits} (a constant that cannot be resolved yields no text).
     */
    boolean admittedBy(Prefilter prefilter, Predicate<ConstantUse> admits) {
        return values.stream().anyMatch(prefilter::admitsValue) || boundNames.stream().anyMatch(prefilter::admitsBoundName)
                || constantUses.stream().anyMatch(use -> prefilter.admitsBoundName(use.name()) && admits.test(use));
    }

    /** {@code UPPER_SNAKE}, as {@link FactExtractor} recognises constant references: {@code [A-Z][A-Z0-9_]*[A-Z0-9]|[A-Z]}. */
    static boolean isConstantName(String name) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z' || name.charAt(name.length() - 1) == '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The analysis of the tokens of one file. */
    private static final class Analysis {
        private final List<Token> tokens;
        private final List<String> values = new ArrayList<>();
        private final List<String> boundNames = new ArrayList<>();
        private final Set<String> assigned = new HashSet<>();
        private final Map<String, String> literalAssignments = new HashMap<>();
        private final Set<String> otherAssignments = new HashSet<>();
        private final List<ConstantUse> constantUses = new ArrayList<>();

        Analysis(List<Token> tokens) {
            this.tokens = tokens;
        }

        void analyse() {
            Deque<Boolean> interfaceBodies = new ArrayDeque<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.kind() == Kind.STRING) {
                    if (i >= 2 && tokens.get(i - 2).kind() == Kind.STRING && is(i - 1, "+")) {
                        values.set(values.size() - 1, values.get(values.size() - 1) + token.text());
                    } else {
                        values.add(token.text());
                    }
                    if (is(i - 1, "(") && is(i + 1, ",") && startsText(i + 2)) {
                        boundNames.add(token.text());
                    }
                } else if (token.kind() == Kind.IDENT) {
                    ident(i, token.text(), Boolean.TRUE.equals(interfaceBodies.peek()));
                } else if (is(i, "{")) {
                    interfaceBodies.push(opensInterface(i));
                } else if (is(i, "}")) {
                    interfaceBodies.poll();
                }
            }
        }

        private void ident(int i, String name, boolean inInterface) {
            boolean constantName = isConstantName(name);
            if (is(i + 1, "=") || is(i + 1, "+=")) {
                if (constantName) {
                    boolean literal = is(i + 1, "=") && i + 2 < tokens.size() && tokens.get(i + 2).kind() == Kind.STRING
                            && (is(i + 3, ";") || is(i + 3, ","));
                    if (!assigned.add(name) || !literal) {
                        otherAssignments.add(name);
                    } else {
                        literalAssignments.put(name, tokens.get(i + 2).text());
                    }
                }
                if (startsText(i + 2) && !(is(i + 1, "=") && isConstantDeclaration(i, inInterface))) {
                    boundNames.add(name);
                }
            } else if (is(i + 1, "(")) {
                if (name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3)) && startsText(i + 2)) {
                    boundNames.add(name.substring(3));
                }
            } else if (constantName && !is(i + 1, ".") && !is(i + 1, "++") && !is(i + 1, "--")) {
                int start = i;
                while (is(start - 1, ".") && start >= 2 && tokens.get(start - 2).kind() == Kind.IDENT) {
                    start -= 2;
                }
                if (!is(start - 1, ".") && !is(start, "this") && !is(start, "super")) {
                    StringBuilder scope = new StringBuilder();
                    for (int j = start; j < i; j += 2) {
                        scope.append(scope.length() == 0 ? "" : ".").append(tokens.get(j).text());
                    }
                    constantUses.add(new ConstantUse(scope.toString(), name));
                }
            }
        }

        /** Whether the tokens from {@code start} start a text: a string, a constant reference, or a literal followed by {@code +}. */
        private boolean startsText(int start) {
            int i = start;
            while (is(i, "(")) {
                i++;
            }
            if (i >= tokens.size()) {
                return false;
            }
            Token token = tokens.get(i);
            if (token.kind() == Kind.STRING) {
                return true;
            }
            if (token.kind() == Kind.OTHER_LITERAL || is(i, "true") || is(i, "false")) {
                return is(i + 1, "+");
            }
            if (token.kind() != Kind.IDENT) {
                return false;
            }
            while (is(i + 1, ".") && i + 2 < tokens.size() && tokens.get(i + 2).kind() == Kind.IDENT) {
                i += 2;
            }
            return isConstantName(tokens.get(i).text()) && !is(i + 1, "(") && !is(i + 1, ".");
        }

        /**
         * Whether the name at {@code i}, followed by {@code =}, declares a constant as {@link FactExtractor} sees
         * one: the first or a further declarator of a {@code String} field that is {@code static final} (or in an
         * interface), initialized without run-time parts (literals, {@code +}, parentheses, constant references).
         */
        private boolean isConstantDeclaration(int i, boolean inInterface) {
            boolean isStatic = false;
            boolean isFinal = false;
            int firstDeclarator = -1;
            for (int j = i; j >= 0 && !is(j, ";") && !is(j, "{") && !is(j, "}"); j--) {
                isStatic |= is(j, "static");
                isFinal |= is(j, "final");
                if (tokens.get(j).kind() == Kind.IDENT && is(j + 1, "=")) {
                    firstDeclarator = j;
                }
            }
            if (firstDeclarator < 1 || !is(firstDeclarator - 1, "String") || !(inInterface || isStatic && isFinal)) {
                return false;
            }
            int depth = 0;
            for (int j = i + 2; j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (depth == 0 && (is(j, ",") || is(j, ";"))) {
                    return true;
                }
                if (is(j, "(")) {
                    depth++;
                } else if (is(j, ")")) {
                    depth--;
                } else if (token.kind() == Kind.OP && !is(j, "+") && !is(j, ".")
                        || token.kind() == Kind.IDENT && (is(j + 1, "(") || !is(j + 1, ".") && !is(j, "true") && !is(j, "false")
                        && !isConstantName(token.text()))) {
                    return false;
                }
            }
            return false;
        }

        /** Whether the brace at {@code i} opens the body of an interface (not of an annotation type). */
        private boolean opensInterface(int i) {
            for (int j = i - 1; j >= 0 && !is(j, ";") && !is(j, "{") && !is(j, "}"); j--) {
                if (is(j, "interface")) {
                    return !is(j - 1, "@");
                }
            }
            return false;
        }

        /** Whether the token at {@code i} is code (not a string) written {@code text}. */
        private boolean is(int i, String text) {
            return i >= 0 && i < tokens.size() && tokens.get(i).kind() != Kind.STRING && tokens.get(i).text().equals(text);
        }

    }

    // ---------------------------------------------------------------- lexer

    /** Java tokens, without comments, imports and annotation arguments. */
    private static final class Lexer {
        private final CharSequence code;
        private final List<Token> tokens = new ArrayList<>();
        private final List<List<String>> declarations = new ArrayList<>();
        private int position;

        Lexer(CharSequence code) {
            this.code = code;
        }

        List<Token> tokens() {
            int annotationDepth = -1;
            int parentheses = 0;
            List<String> declaration = null;
            while (true) {
                Token token = next();
                if (token == null) {
                    return tokens;
                }
                String text = token.text();
                if (declaration == null && token.kind() == Kind.IDENT && (text.equals("import") || text.equals("package")) && atStatementStart()) {
                    declaration = new ArrayList<>();
                }
                if (declaration != null) {
                    if (token.kind() == Kind.OP && text.equals(";")) {
                        declarations.add(declaration);
                        declaration = null;
                    } else {
                        declaration.add(text);
                    }
                    continue;
                }
                if (token.kind() == Kind.OP && text.equals("(")) {
                    if (annotationDepth < 0 && annotationNameEndsAt(tokens.size() - 1)) {
                        annotationDepth = parentheses;
                    }
                    parentheses++;
                } else if (token.kind() == Kind.OP && text.equals(")")) {
                    parentheses--;
                    if (parentheses == annotationDepth) {
                        annotationDepth = -1;
                        continue;
                    }
                }
                if (annotationDepth >= 0) {
                    continue;
                }
                tokens.add(token);
            }
        }

        /** The package and imports, from the declarations collected by {@link #tokens()}. */
        ConstantOwners.Imports imports() {
            String packagePrefix = "";
            List<String> types = new ArrayList<>();
            List<String> typesOnDemand = new ArrayList<>();
            List<String> statics = new ArrayList<>();
            List<String> staticsOnDemand = new ArrayList<>();
            for (List<String> declaration : declarations) {
                boolean isStatic = declaration.size() > 1 && declaration.get(1).equals("static");
                String name = String.join("", declaration.subList(isStatic ? 2 : 1, declaration.size()));
                if (declaration.get(0).equals("package")) {
                    packagePrefix = name + ".";
                } else if (name.endsWith(".*")) {
                    (isStatic ? staticsOnDemand : typesOnDemand).add(name.substring(0, name.length() - 2));
                } else {
                    (isStatic ? statics : types).add(name);
                }
            }
            return new ConstantOwners.Imports(packagePrefix, types, typesOnDemand, statics, staticsOnDemand);
        }

        private boolean atStatementStart() {
            if (tokens.isEmpty()) {
                return true;
            }
            String previous = tokens.get(tokens.size() - 1).text();
            return tokens.get(tokens.size() - 1).kind() == Kind.OP && (previous.equals(";") || previous.equals("}") || previous.equals("{"));
        }

        /** Whether the tokens up to {@code last} end with {@code @Name} or {@code @a.b.Name} (not {@code @interface}). */
        private boolean annotationNameEndsAt(int last) {
            int j = last;
            if (j < 0 || tokens.get(j).kind() != Kind.IDENT) {
                return false;
            }
            while (j >= 2 && tokens.get(j - 1).kind() == Kind.OP && tokens.get(j - 1).text().equals(".") && tokens.get(j - 2).kind() == Kind.IDENT) {
                j -= 2;
            }
            return j >= 1 && tokens.get(j - 1).kind() == Kind.OP && tokens.get(j - 1).text().equals("@")
                    && !tokens.get(j).text().equals("interface");
        }

        private Token next() {
            skipSpaceAndComments();
            if (position >= code.length()) {
                return null;
            }
            char c = code.charAt(position);
            if (c == '"') {
                return string();
            }
            if (c == '\'') {
                int start = position++;
                while (position < code.length() && code.charAt(position) != '\'' && code.charAt(position) != '\n') {
                    position += code.charAt(position) == '\\' ? 2 : 1;
                }
                position++;
                return new Token(Kind.OTHER_LITERAL, code.subSequence(start, Math.min(position, code.length())).toString());
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = position;
                while (position < code.length() && Character.isJavaIdentifierPart(code.charAt(position))) {
                    position++;
                }
                return new Token(Kind.IDENT, code.subSequence(start, position).toString());
            }
            if (Character.isDigit(c) || c == '.' && position + 1 < code.length() && Character.isDigit(code.charAt(position + 1))) {
                int start = position;
                while (position < code.length() && (Character.isLetterOrDigit(code.charAt(position)) || code.charAt(position) == '.'
                        || code.charAt(position) == '_')) {
                    position++;
                }
                return new Token(Kind.OTHER_LITERAL, code.subSequence(start, position).toString());
            }
            position++;
            char next = position < code.length() ? code.charAt(position) : 0;
            if ("=!<>+-*/%&|^".indexOf(c) >= 0 && next == '=' || c == '+' && next == '+' || c == '-' && next == '-') {
                position++;
                return new Token(Kind.OP, "" + c + next);
            }
            return new Token(Kind.OP, c < OPERATORS.size() ? OPERATORS.get(c) : String.valueOf(c));
        }

        private void skipSpaceAndComments() {
            while (position < code.length()) {
                char c = code.charAt(position);
                if (Character.isWhitespace(c)) {
                    position++;
                } else if (c == '/' && position + 1 < code.length() && code.charAt(position + 1) == '/') {
                    while (position < code.length() && code.charAt(position) != '\n') {
                        position++;
                    }
                } else if (c == '/' && position + 1 < code.length() && code.charAt(position + 1) == '*') {
                    int end = indexOf("*/", position + 2);
                    position = end < 0 ? code.length() : end + 2;
                } else {
                    return;
                }
            }
        }

        private int indexOf(String text, int from) {
            for (int i = from; i + text.length() <= code.length(); i++) {
                boolean match = true;
                for (int k = 0; k < text.length() && match; k++) {
                    match = code.charAt(i + k) == text.charAt(k);
                }
                if (match) {
                    return i;
                }
            }
            return -1;
        }

        /** A string literal or text block, with escapes decoded (an unknown escape is kept as written). */
        private Token string() {
            boolean block = position + 2 < code.length() && code.charAt(position + 1) == '"' && code.charAt(position + 2) == '"';
            position += block ? 3 : 1;
            if (block) {
                while (position < code.length() && code.charAt(position) != '\n') {
                    position++;
                }
                position++;
            }
            StringBuilder value = new StringBuilder();
            while (position < code.length()) {
                char c = code.charAt(position);
                if (c == '\\' && position + 1 < code.length()) {
                    position = escape(value, position + 1);
                } else if (c == '"' && (!block || position + 2 < code.length() && code.charAt(position + 1) == '"' && code.charAt(position + 2) == '"')) {
                    position += block ? 3 : 1;
                    break;
                } else if (c == '\n' && !block) {
                    break;
                } else {
                    value.append(c);
                    position++;
                }
            }
            return new Token(Kind.STRING, value.toString());
        }

        private int escape(StringBuilder value, int at) {
            char c = code.charAt(at);
            switch (c) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'f' -> value.append('\f');
                case 'b' -> value.append('\b');
                case 's' -> value.append(' ');
                case '\n' -> {
                    return at + 1;
                }
                case 'u' -> {
                    int i = at;
                    while (i < code.length() && code.charAt(i) == 'u') {
                        i++;
                    }
                    if (i + 4 <= code.length()) {
                        try {
                            value.append((char) Integer.parseInt(code.subSequence(i, i + 4).toString(), 16));
                            return i + 4;
                        } catch (NumberFormatException e) {
                            value.append("\\u");
                            return at + 1;
                        }
                    }
                    value.append("\\u");
                    return at + 1;
                }
                default -> {
                    if (c >= '0' && c <= '7') {
                        int end = at;
                        while (end < code.length() && end < at + 3 && code.charAt(end) >= '0' && code.charAt(end) <= '7') {
                            end++;
                        }
                        value.append((char) Integer.parseInt(code.subSequence(at, end).toString(), 8));
                        return end;
                    }
                    value.append(c);
                }
            }
            return at + 1;
        }
    }
}
