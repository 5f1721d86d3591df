package dev.archrules.core.source.internal;

import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.internal.ScanLexer.Kind;
import dev.archrules.core.source.internal.ScanLexer.Token;

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
 * One lexical pass over a Java file ({@link ScanLexer}), without parsing it: what a {@link Prefilter} decides on. Comments,
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
 *   <li>{@link #argumentCalls()}: the names of the calls a string or a constant is an argument of ({@code encode("…")},
 *       {@code new Token(user, "…")}, also {@code f("…".toCharArray())}): the name before the nearest enclosing
 *       parenthesis that follows a name.</li>
 *   <li>{@link #declaredConstants()}: the constant-like names the file assigns, i.e. the constants it may
 *       declare; and {@link #imports()}, to find the owners of the constants it uses.</li>
 * </ul>
 */
final class SourceScan {

    /**
     * A constant-like name used as a value, {@code scope.NAME} or a bare {@code NAME}: a text bound to the
     * constant's name, if the constant can be resolved.
     */
    record ConstantUse(String scope, String name) {
    }

    private final Set<String> values;
    private final Set<String> boundNames;
    private final Set<String> argumentCalls;
    private final Set<ConstantUse> constantUses;
    private final Set<String> declaredConstants;
    private final Map<String, String> constantValues;
    private final ConstantOwners.Imports imports;

    private SourceScan(Analysis analysis, ConstantOwners.Imports imports) {
        this.values = Set.copyOf(analysis.values);
        this.boundNames = Set.copyOf(analysis.boundNames);
        this.argumentCalls = Set.copyOf(analysis.argumentCalls);
        this.constantUses = Set.copyOf(analysis.constantUses);
        this.declaredConstants = Set.copyOf(analysis.assigned);
        Map<String, String> literals = new HashMap<>(analysis.literalAssignments);
        literals.keySet().removeAll(analysis.otherAssignments);
        this.constantValues = Map.copyOf(literals);
        this.imports = imports;
    }

    private SourceScan(Set<String> values, Set<String> boundNames, Set<String> argumentCalls, Set<ConstantUse> constantUses,
                       Set<String> declaredConstants, Map<String, String> constantValues, ConstantOwners.Imports imports) {
        this.values = values;
        this.boundNames = boundNames;
        this.argumentCalls = argumentCalls;
        this.constantUses = constantUses;
        this.declaredConstants = declaredConstants;
        this.constantValues = constantValues;
        this.imports = imports;
    }

    /** A scan as {@link FactStore} kept it. */
    static SourceScan of(java.util.Collection<String> values, java.util.Collection<String> boundNames,
                         java.util.Collection<String> argumentCalls, java.util.Collection<ConstantUse> constantUses,
                         java.util.Collection<String> declaredConstants, Map<String, String> constantValues,
                         ConstantOwners.Imports imports) {
        return new SourceScan(Set.copyOf(values), Set.copyOf(boundNames), Set.copyOf(argumentCalls), Set.copyOf(constantUses),
                Set.copyOf(declaredConstants), Map.copyOf(constantValues), imports);
    }

    /** The scan of one file's text. */
    static SourceScan of(CharSequence code) {
        ScanLexer lexer = new ScanLexer(code);
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

    /** The distinct names of the calls (methods, or types after {@code new}) a string is an argument of. */
    Set<String> argumentCalls() {
        return argumentCalls;
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

    /** Every constant-like name assigned exactly once a single string literal, with that literal. */
    Map<String, String> constantValues() {
        return constantValues;
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
                || argumentCalls.stream().anyMatch(prefilter::admitsArgumentOf)
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
        private final Set<String> argumentCalls = new HashSet<>();
        /** The open parentheses, each with the name before it ({@code ""} if none): the call a string is an argument of. */
        private final Deque<String> parentheses = new ArrayDeque<>();
        private final Set<String> assigned = new HashSet<>();
        private final Map<String, String> literalAssignments = new HashMap<>();
        private final Set<String> otherAssignments = new HashSet<>();
        private final List<ConstantUse> constantUses = new ArrayList<>();
        // the statement the scan is in, tracked forward (a statement of n declarators costs time linear in n):
        // whether it says static, final, and where its first declarator ({@code name =}) is, -1 before one
        private boolean statementStatic;
        private boolean statementFinal;
        private int statementFirstDeclarator = -1;

        Analysis(List<Token> tokens) {
            this.tokens = tokens;
        }

        void analyse() {
            Deque<Boolean> interfaceBodies = new ArrayDeque<>();
            // the value being joined ("a" + "b" + …), in one buffer: a chain of n literals costs time linear in its text
            StringBuilder joined = null;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                trackStatement(i, token);
                if (token.kind() == Kind.STRING) {
                    if (joined != null && i >= 2 && tokens.get(i - 2).kind() == Kind.STRING && is(i - 1, "+")) {
                        joined.append(token.text());
                    } else {
                        if (joined != null) {
                            values.add(joined.toString());
                        }
                        joined = new StringBuilder(token.text());
                    }
                    if (is(i - 1, "(") && is(i + 1, ",") && startsText(i + 2)) {
                        boundNames.add(token.text());
                    }
                    recordArgument();
                } else if (token.kind() == Kind.IDENT) {
                    ident(i, token.text(), Boolean.TRUE.equals(interfaceBodies.peek()));
                } else if (is(i, "(")) {
                    parentheses.push(i >= 1 && tokens.get(i - 1).kind() == Kind.IDENT ? tokens.get(i - 1).text() : "");
                } else if (is(i, ")")) {
                    parentheses.poll();
                } else if (is(i, "{")) {
                    interfaceBodies.push(opensInterface(i));
                } else if (is(i, "}")) {
                    interfaceBodies.poll();
                }
            }
            if (joined != null) {
                values.add(joined.toString());
            }
        }

        /** The string or constant at hand is an argument of the call of the nearest enclosing named parenthesis. */
        private void recordArgument() {
            for (String call : parentheses) {
                if (!call.isEmpty()) {
                    argumentCalls.add(call);
                    return;
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
                    recordArgument();
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
            int firstDeclarator = statementFirstDeclarator;
            if (firstDeclarator < 1 || !is(firstDeclarator - 1, "String") || !(inInterface || statementStatic && statementFinal)) {
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

        /** The statement state up to and including token {@code i}: {@code ;}, {@code {} and {@code }} start a new one. */
        private void trackStatement(int i, Token token) {
            if (is(i, ";") || is(i, "{") || is(i, "}")) {
                statementStatic = false;
                statementFinal = false;
                statementFirstDeclarator = -1;
                return;
            }
            statementStatic |= is(i, "static");
            statementFinal |= is(i, "final");
            if (statementFirstDeclarator < 0 && token.kind() == Kind.IDENT && is(i + 1, "=")) {
                statementFirstDeclarator = i;
            }
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
}
