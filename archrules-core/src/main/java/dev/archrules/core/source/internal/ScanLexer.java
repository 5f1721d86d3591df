package dev.archrules.core.source.internal;

import java.util.ArrayList;
import java.util.List;

/** The tokens {@link SourceScan} analyses: Java tokens without comments, imports and annotation arguments, and the package and import declarations aside. */
final class ScanLexer {

    /** One string per ASCII operator character, shared by all tokens. */
    private static final List<String> OPERATORS = java.util.stream.IntStream.range(0, 128).mapToObj(c -> String.valueOf((char) c)).toList();

    enum Kind { IDENT, STRING, OTHER_LITERAL, OP }

    record Token(Kind kind, String text) {
    }

    private final CharSequence code;
    private final List<Token> tokens = new ArrayList<>();
    private final List<List<String>> declarations = new ArrayList<>();
    private int position;

    ScanLexer(CharSequence code) {
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
