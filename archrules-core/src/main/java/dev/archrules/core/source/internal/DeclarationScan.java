package dev.archrules.core.source.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type declarations of one Java file, found lexically (no parse): for each named class, its line and the
 * annotations written on it, resolved to the fully qualified names they can have. Comments, strings, text blocks
 * and annotation arguments are skipped; local and anonymous classes are not named and not recorded.
 */
final class DeclarationScan {

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");

    /**
     * One declaration.
     *
     * @param line        the line of its keyword
     * @param annotations the names of its annotations, as written
     */
    record Declaration(int line, List<String> annotations) {
    }

    private record Token(String text, int line, boolean identifier) {
    }

    private final Map<String, Declaration> byName = new HashMap<>();
    private String packageName = "";
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemandImports = new ArrayList<>();

    private DeclarationScan() {
    }

    /** The declarations of {@code code}, by name relative to the package ({@code Outer$Inner}). */
    static DeclarationScan of(CharSequence code) {
        DeclarationScan scan = new DeclarationScan();
        scan.analyse(tokens(code));
        return scan;
    }

    /** The declaration of a class by its name relative to the package ({@code Outer$Inner}), or {@code null}. */
    Declaration declaration(String relativeName) {
        return byName.get(relativeName);
    }

    /** Every fully qualified name an annotation written {@code written} can have in this file. */
    Set<String> resolve(String written) {
        Set<String> names = new LinkedHashSet<>();
        names.add(written);
        if (written.contains(".")) {
            return names;
        }
        String imported = singleImports.get(written);
        if (imported != null) {
            names.add(imported);
            return names;
        }
        names.add(packageName.isEmpty() ? written : packageName + "." + written);
        onDemandImports.forEach(prefix -> names.add(prefix + "." + written));
        return names;
    }

    private void analyse(List<Token> tokens) {
        List<String> pending = new ArrayList<>();
        Deque<String> types = new ArrayDeque<>(); // one per open brace: the type's name, or "" for another block
        String declared = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String text = token.text();
            if (types.isEmpty() && (text.equals("package") || text.equals("import")) && token.identifier()) {
                i = declarationAt(tokens, i);
                pending.clear(); // annotations of the package declaration mark no class
                continue;
            }
            if (text.equals("@") && i + 1 < tokens.size() && tokens.get(i + 1).identifier()
                    && !tokens.get(i + 1).text().equals("interface")) {
                StringBuilder name = new StringBuilder(tokens.get(++i).text());
                while (i + 2 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 2).identifier()) {
                    name.append('.').append(tokens.get(i + 2).text());
                    i += 2;
                }
                pending.add(name.toString());
                if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals("(")) {
                    i = closingParenthesis(tokens, i + 1);
                }
                continue;
            }
            if (token.identifier() && TYPE_KEYWORDS.contains(text) && i + 1 < tokens.size() && tokens.get(i + 1).identifier()
                    && (i == 0 || !tokens.get(i - 1).text().equals("."))
                    && (!text.equals("record") || i + 2 < tokens.size() && tokens.get(i + 2).text().matches("[(<]"))) {
                boolean named = types.stream().noneMatch(String::isEmpty);
                String simple = tokens.get(i + 1).text();
                if (named) {
                    List<String> outer = new ArrayList<>(types);
                    java.util.Collections.reverse(outer);
                    outer.add(simple);
                    declared = String.join("$", outer);
                    byName.putIfAbsent(declared, new Declaration(token.line(), List.copyOf(pending)));
                } else {
                    declared = "";
                }
                pending.clear();
                i++;
                continue;
            }
            switch (text) {
                case "{" -> {
                    types.push(declared == null ? "" : declared.isEmpty() ? "" : declared.substring(declared.lastIndexOf('$') + 1));
                    declared = null;
                    pending.clear();
                }
                case "}" -> {
                    if (!types.isEmpty()) {
                        types.pop();
                    }
                    pending.clear();
                }
                case ";" -> pending.clear();
                default -> {
                }
            }
        }
    }

    /** Reads a package or import declaration starting at {@code start}; returns the index of its {@code ;}. */
    private int declarationAt(List<Token> tokens, int start) {
        boolean isPackage = tokens.get(start).text().equals("package");
        StringBuilder name = new StringBuilder();
        boolean isStatic = false;
        int i = start + 1;
        for (; i < tokens.size() && !tokens.get(i).text().equals(";"); i++) {
            String text = tokens.get(i).text();
            if (i == start + 1 && text.equals("static")) {
                isStatic = true;
            } else {
                name.append(text);
            }
        }
        String written = name.toString();
        if (isPackage) {
            packageName = written;
        } else if (!isStatic && written.endsWith(".*")) {
            onDemandImports.add(written.substring(0, written.length() - 2));
        } else if (!isStatic) {
            singleImports.put(written.substring(written.lastIndexOf('.') + 1), written);
        }
        return i;
    }

    private static int closingParenthesis(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.equals("(")) {
                depth++;
            } else if (text.equals(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Identifiers and single-character operators with their lines; comments, literals and numbers left out. */
    private static List<Token> tokens(CharSequence code) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(code.charAt(i) == '*' && i + 1 < n && code.charAt(i + 1) == '/')) {
                    line += code.charAt(i) == '\n' ? 1 : 0;
                    i++;
                }
                i += 2;
            } else if (c == '"' && i + 2 < n && code.charAt(i + 1) == '"' && code.charAt(i + 2) == '"') {
                i += 3;
                while (i < n && !(code.charAt(i) == '"' && i + 2 < n && code.charAt(i + 1) == '"' && code.charAt(i + 2) == '"'
                        && code.charAt(i - 1) != '\\')) {
                    line += code.charAt(i) == '\n' ? 1 : 0;
                    i++;
                }
                i += 3;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && code.charAt(i) != c && code.charAt(i) != '\n') {
                    i += code.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(code.subSequence(start, i).toString(), line, true));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.' || code.charAt(i) == '_')) {
                    i++;
                }
            } else {
                tokens.add(new Token(String.valueOf(c), line, false));
                i++;
            }
        }
        return tokens;
    }
}
