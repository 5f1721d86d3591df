package dev.archrules.core.source;

import java.util.List;
import java.util.Map;

/**
 * What the source rules need from one {@code .java} file, extracted once and kept instead of the
 * syntax tree, so that memory stays bounded on large code bases.
 *
 * @param path      where the file was read from (a path, or {@code jar!/entry})
 * @param texts     the string texts of the file: string literals, text blocks and concatenations (folded
 *                  into one text), and references to constants; annotation values are not included
 * @param constants the {@code static final String} constants the file declares, by
 *                  {@code binaryClassName.FIELD}; their initializers are not {@link #texts}, because
 *                  javac inlines them where they are used and that is where they are reported
 * @param methods   size figures of every method of the file's named classes
 */
public record SourceFacts(String path, List<Text> texts, Map<String, List<Part>> constants, List<Method> methods) {

    public SourceFacts {
        texts = List.copyOf(texts);
        constants = Map.copyOf(constants);
        methods = List.copyOf(methods);
    }

    /**
     * The facts of {@code method}: by class, name and number of parameters, and where overloads share them, the one whose
     * lines hold the method's first line of code.
     */
    public java.util.Optional<Method> method(com.tngtech.archunit.core.domain.JavaMethod method) {
        int line = method.getSourceCodeLocation().getLineNumber();
        List<Method> candidates = methods.stream()
                .filter(m -> m.className().equals(method.getOwner().getName()) && m.name().equals(method.getName())
                        && m.parameters() == method.getRawParameterTypes().size())
                .toList();
        if (candidates.size() == 1) {
            return java.util.Optional.of(candidates.get(0));
        }
        return candidates.stream().filter(m -> m.beginLine() <= line && line <= m.endLine()).findFirst();
    }

    /**
     * Text rewrites ({@code replace}, {@code replaceAll}, {@code replaceFirst}): a text passed to one is recorded with
     * its name as {@link Text#call()} — a pattern or a replacement — while a text one is called on is recorded without
     * it, since the rewritten text is still the text itself.
     */
    public static final java.util.Set<String> REWRITE_METHODS = java.util.Set.of("replace", "replaceAll", "replaceFirst");

    /** A word of prose: letters, perhaps followed by punctuation, between white space. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(?<=^|\\s)[A-Za-z]+[,.:;!?]?(?=\\s|$)");

    /** Whether {@code text} reads as a sentence shown to people (a message, a help text): four words or more. */
    public static boolean isProse(String text) {
        return WORD.matcher(text).results().limit(4).count() >= 4;
    }

    /**
     * One text of the source: a literal, a text block, a concatenation or a constant reference.
     *
     * @param className binary name of the named class it belongs to; anonymous and local classes count as
     *                  part of their enclosing class
     * @param member    the member it is in: a method or field name, {@code <init>} for constructors and
     *                  instance initializers, {@code <clinit>} for static initializers
     * @param line      the 1-based line where the text starts
     * @param parts     the pieces, in order
     * @param boundName the name the text is bound to, if any: the variable or field it initializes or is
     *                  assigned to, the property of a setter ({@code setPassword("…")} gives {@code Password}),
     *                  or the key literal of a two-argument call ({@code put("password", "…")})
     * @param message   whether the text is a message: an argument of an exception constructor, a logging call, a
     *                  precondition or assertion call ({@code Assert.state(ok, "…")}) or an {@code assert} statement
     * @param call      the name of the method the text is an argument of or is called on ({@code equals},
     *                  {@code orElse}, {@code setUrl}), or {@code null}
     * @param argument  where the text is an argument of a call or {@code new}, if it is one without run-time parts (also
     *                  when it is converted on the way: {@code "…".toCharArray()}, {@code "…".getBytes()}), else {@code null}
     * @param matched   whether the text is an element of the initializer of a {@code private} field (an array,
     *                  {@code List.of(…)}, {@code Arrays.asList(…)}, {@code new HashSet<>(…)} of them) that the file uses
     *                  only to match other texts against: its size is read, it is searched ({@code contains}), and each
     *                  element — taken by a for-each loop, an index, {@code get(i)} or a {@code stream().anyMatch}
     *                  lambda — is only compared with or inspected ({@code equals}, {@code startsWith}, {@code split},
     *                  {@code length}, perhaps after {@code trim}/{@code toLowerCase}), never passed to a method, returned
     *                  or stored elsewhere (see {@code MatchedFields})
     */
    public record Text(String className, String member, int line, List<Part> parts, String boundName, boolean message,
                       String call, Argument argument, boolean matched) {

        public Text {
            parts = List.copyOf(parts);
        }

        /** A text that is no element of a field only matched against. */
        public Text(String className, String member, int line, List<Part> parts, String boundName, boolean message,
                    String call, Argument argument) {
            this(className, member, line, parts, boundName, message, call, argument, false);
        }

        /** A text that is no argument of a call. */
        public Text(String className, String member, int line, List<Part> parts, String boundName, boolean message, String call) {
            this(className, member, line, parts, boundName, message, call, null);
        }
    }

    /**
     * The position of a text among the arguments of a call.
     *
     * @param callee   the called method's name, or for {@code new} the simple name of the created type
     * @param creation whether the call is {@code new}
     * @param index    the 0-based position of the text among the arguments
     * @param count    how many arguments the call has
     * @param preceding the value of the argument just before it if that is a string literal ({@code "payments.base-url"} in
     *                 {@code getString("payments.base-url", "http://…")}), else {@code null}
     */
    public record Argument(String callee, boolean creation, int index, int count, String preceding) {
    }

    /** A piece of a text. */
    public sealed interface Part permits Literal, ConstantRef, Hole {
    }

    /** Literal characters. */
    public record Literal(String value) implements Part {
    }

    /**
     * A reference to a constant, not yet resolved.
     *
     * @param owners the binary names of the classes that may declare it, most likely first
     * @param field  the constant's name
     * @param written the reference as written, e.g. {@code Queries.FIND_ALL}
     */
    public record ConstantRef(List<String> owners, String field, String written) implements Part {

        public ConstantRef {
            owners = List.copyOf(owners);
        }
    }

    /** A value only known at run time, e.g. a variable in a concatenation. */
    public record Hole() implements Part {
    }

    /**
     * The weight of one method as {@code controllers.thin-handlers} reads it (see the catalogue, docs/rules.md).
     *
     * @param className  binary name of its class
     * @param name       the method name
     * @param parameters the number of parameters
     * @param beginLine  first line of the declaration
     * @param endLine    last line
     * @param logicStatements the statements in its body (nested ones included, blocks not counted) left when request
     *                   mapping (copies of values, presence-tested copies and query-builder calls, dispatch on the
     *                   request), guard clauses, exception translation, building the answer, logging and work on the
     *                   HTTP exchange are set aside
     * @param decisions  branches on anything but a value's presence or the request, loops, {@code case} labels,
     *                   stream filters/sorts/reductions and arithmetic
     * @param translationCalls names of the methods of its own class it calls (unqualified or on {@code this}) only in
     *                   exception translation ({@code catch} clauses): their logic is plumbing, not the method's
     * @param alternatives the {@code if}/{@code else} chains of its body with two or more branches, each as the line ranges
     *                   of its branches: code in two branches of one chain never runs in the same call
     * @param dataTests  the conditions of its {@code if}s and {@code ?:}s (plumbing included) that test more than the
     *                   request or the presence of a value a collaborator answered ({@code found == null} after
     *                   {@code found = customers.findByName(name)}); {@code -1} when not known
     * @param parameterNames the names of its parameters, in order (empty when not known)
     * @param selfCalls  the calls it makes of methods of its own class by bare name or on {@code this}, with the
     *                   parameters it passes on unchanged (empty when not known)
     */
    public record Method(String className, String name, int parameters, int beginLine, int endLine, int logicStatements,
                         int decisions, java.util.Set<String> translationCalls, List<Alternatives> alternatives, int dataTests,
                         List<String> parameterNames, List<SelfCall> selfCalls) {

        public Method {
            translationCalls = java.util.Set.copyOf(translationCalls);
            alternatives = List.copyOf(alternatives);
            parameterNames = List.copyOf(parameterNames);
            selfCalls = List.copyOf(selfCalls);
        }

        /** A method whose parameter names and calls of its own class are not known. */
        public Method(String className, String name, int parameters, int beginLine, int endLine, int logicStatements,
                      int decisions, java.util.Set<String> translationCalls, List<Alternatives> alternatives, int dataTests) {
            this(className, name, parameters, beginLine, endLine, logicStatements, decisions, translationCalls, alternatives,
                    dataTests, List.of(), List.of());
        }

        /** A method whose calls in exception translation, alternatives and tests of data are not known. */
        public Method(String className, String name, int parameters, int beginLine, int endLine, int logicStatements, int decisions) {
            this(className, name, parameters, beginLine, endLine, logicStatements, decisions, java.util.Set.of(), List.of(), -1);
        }

        /**
         * The most of {@code lines} (with repeats: one entry per call made there) that can run in one call of the method:
         * lines in different branches of one chain are alternatives, of which only the branch with the most counts.
         */
        public int mostOnOnePath(List<Integer> lines) {
            return mostOnOnePath(lines, alternatives);
        }

        private static int mostOnOnePath(List<Integer> lines, List<Alternatives> chains) {
            // the outermost chain that separates some of the lines decides first; chains nest, so the rest recurse
            for (Alternatives chain : chains.stream().sorted(java.util.Comparator.comparingInt(Alternatives::span).reversed()).toList()) {
                List<List<Integer>> byBranch = new java.util.ArrayList<>();
                List<Integer> outside = new java.util.ArrayList<>(lines);
                for (Branch branch : chain.branches()) {
                    List<Integer> in = lines.stream().filter(branch::contains).toList();
                    byBranch.add(in);
                    outside.removeAll(in);
                }
                if (byBranch.stream().filter(in -> !in.isEmpty()).count() < 2) {
                    continue;
                }
                List<Alternatives> inner = chains.stream().filter(other -> other != chain).toList();
                return outside.size() + byBranch.stream().mapToInt(in -> mostOnOnePath(in, inner)).max().orElse(0);
            }
            return lines.size();
        }
    }

    /**
     * A call of a method of the caller's own class, by bare name or on {@code this} ({@code grant(project, owner)}).
     *
     * @param name      the called method's name
     * @param passed    one entry per argument: the name of the caller's parameter passed as that argument, if the
     *                  argument is exactly that parameter and the caller never assigns it, else {@code ""}
     */
    public record SelfCall(String name, List<String> passed) {

        public SelfCall {
            passed = List.copyOf(passed);
        }
    }

    /** The branches of one {@code if}/{@code else if}/{@code else} chain (two or more), in order. */
    public record Alternatives(List<Branch> branches) {

        public Alternatives {
            branches = List.copyOf(branches);
        }

        int span() {
            return branches.get(branches.size() - 1).endLine() - branches.get(0).beginLine();
        }
    }

    /** The lines of one branch. */
    public record Branch(int beginLine, int endLine) {

        boolean contains(int line) {
            return beginLine <= line && line <= endLine;
        }
    }
}
