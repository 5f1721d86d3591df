package dev.archrules.core.source.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.archrules.core.source.SourceFacts;
import dev.archrules.core.source.SourceFacts.ConstantRef;
import dev.archrules.core.source.SourceFacts.Hole;
import dev.archrules.core.source.SourceFacts.Literal;
import dev.archrules.core.source.SourceFacts.Part;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the facts the rules need from the syntax tree of one file (parsed by {@link FactParser}). Every
 * traversal is iterative (JavaParser's pre-order iterator, explicit stacks), so a 20,000-term concatenation
 * costs time, not stack.
 * Handler sizes are weighed by {@link HandlerLogic}.
 */
final class FactExtractor {

    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]|[A-Z]");
    private static final Pattern LOGGER = Pattern.compile("(?i).*log(ger)?");
    private static final Set<String> LOG_METHODS = Set.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
            "tracef", "debugf", "infof", "warnf", "errorf", "fatalf", "log", "severe", "fine", "finer", "finest", "config");
    /** Owners of precondition and assertion methods, whose text arguments are messages ({@code Assert.state(ok, "…")}). */
    /** Conversions of a text that keep it the same value for an argument: {@code "…".toCharArray()}, {@code "…".getBytes()}. */
    private static final Set<String> CONVERSIONS = Set.of("toCharArray", "getBytes", "chars", "trim", "strip");
    private static final Set<String> ASSERTION_OWNERS = Set.of("Assert", "Assertions", "Preconditions", "Validate", "Objects",
            "Verify", "Require", "Guard");

    private FactExtractor() {
    }

    /** The facts of the compilation unit of the file at {@code path}. */
    static SourceFacts extract(String path, CompilationUnit unit) {
        return new Run(path, unit).extract();
    }

    /** The extraction of one compilation unit. */
    /** By identity: {@code NodeList.contains} compares whole subtrees with {@code equals}. */
    static boolean isArgument(List<? extends Node> arguments, Node node) {
        for (Node argument : arguments) {
            if (argument == node) {
                return true;
            }
        }
        return false;
    }

    private static final class Run {

        private final String path;
        private final CompilationUnit unit;
        private final String packagePrefix;
        private final Map<String, String> nestedTypes = new HashMap<>();
        private final ConstantOwners.Imports imports;
        private final List<SourceFacts.Text> texts = new ArrayList<>();
        private final Map<String, List<Part>> constants = new LinkedHashMap<>();
        private final List<SourceFacts.Method> methods = new ArrayList<>();
        private final MatchedFields matchedFields;

        Run(String path, CompilationUnit unit) {
            this.path = path;
            this.unit = unit;
            this.matchedFields = new MatchedFields(unit);
            this.packagePrefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
            this.imports = imports(unit, packagePrefix);
        }

        SourceFacts extract() {
            for (Node node : unit.findAll(TypeDeclaration.class)) {
                TypeDeclaration<?> type = (TypeDeclaration<?>) node;
                String binary = binaryName(type);
                if (binary != null) {
                    nestedTypes.putIfAbsent(type.getNameAsString(), binary);
                }
            }
            unit.walk(node -> {
                if (node instanceof BinaryExpr binary && isPlus(binary) && !isConcatOperand(binary)) {
                    text(binary, flatten(binary));
                } else if ((node instanceof StringLiteralExpr || node instanceof TextBlockLiteralExpr) && !isConcatOperand(node)) {
                    text((Expression) node, List.of(new Literal(stringValue((LiteralStringValueExpr) node))));
                } else if (node instanceof Expression expression && isConstantReference(expression) && !isConcatOperand(node)
                        && isStandaloneValue(expression)) {
                    text(expression, List.of(reference(expression)));
                } else if (node instanceof MethodDeclaration method) {
                    method(method);
                }
            });
            return new SourceFacts(path, texts, constants, methods);
        }

        // ------------------------------------------------------------ texts

        private void text(Expression top, List<Part> parts) {
            if (parts.stream().noneMatch(part -> part instanceof Literal || part instanceof ConstantRef)) {
                return;
            }
            Node parent = top.getParentNode().orElse(null);
            String bound = null;
            String callName = null;
            boolean message = false;
            if (parent instanceof VariableDeclarator variable) {
                bound = variable.getNameAsString();
                if (isConstantDeclaration(variable, parts)) {
                    String owner = enclosingNamedType(variable);
                    if (owner != null) {
                        constants.put(owner + "." + bound, parts);
                        return;
                    }
                }
            } else if (parent instanceof AssignExpr assign && assign.getValue() == top) {
                bound = lastName(assign.getTarget());
            } else if ((parent instanceof ConditionalExpr || parent instanceof EnclosedExpr) && !(top instanceof BinaryExpr)) {
                // a literal or constant as a branch of a choice stored in a variable or field: url = isValid(url) ? url : DEFAULT_URL
                // (not a concatenation, "(?i)" + token, which is a text built at run time)
                bound = choiceTarget(top);
            } else if (parent instanceof MethodCallExpr call && isArgument(call.getArguments(), top)) {
                String name = call.getNameAsString();
                callName = name;
                if (call.getArguments().size() == 1 && name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))) {
                    bound = name.substring(3);
                } else if (call.getArguments().size() == 2 && call.getArgument(1) == top && call.getArgument(0) instanceof StringLiteralExpr key) {
                    bound = key.asString();
                }
                message = call.getScope().map(scope -> LOG_METHODS.contains(name) && LOGGER.matcher(lastName(scope)).matches()
                        || ASSERTION_OWNERS.contains(lastName(scope))).orElse(false)
                        || formattedIntoProse(call, top);
            } else if (parent instanceof MethodCallExpr call && call.getScope().filter(scope -> scope == top).isPresent()
                    && !SourceFacts.REWRITE_METHODS.contains(call.getNameAsString())) {
                // a text a rewrite is called on ("SELECT … app_orders".replace("app_", prefix)) is still the text itself
                callName = call.getNameAsString();
            } else if (parent instanceof SwitchEntry entry && entry.getLabels().stream().anyMatch(label -> label == top)) {
                // a case label is compared with the selector: switch (system) { case "http://loinc.org": … }
                callName = "equals";
            } else if (parent instanceof AssertStmt assertion && assertion.getMessage().filter(m -> m == top).isPresent()) {
                message = true;
            } else if (parent instanceof ObjectCreationExpr creation && isArgument(creation.getArguments(), top)) {
                String type = creation.getType().getNameAsString();
                message = type.endsWith("Exception") || type.endsWith("Error");
            }
            Context context = context(top);
            if (context == null) {
                return;
            }
            int line = top.getBegin().map(position -> position.line).orElse(0);
            SourceFacts.Argument argument = parts.stream().anyMatch(part -> part instanceof Hole) ? null : argument(top);
            texts.add(new SourceFacts.Text(context.className, context.member, line, parts, bound, message, callName, argument,
                    matchedFields.isElementOfMatchedField(top)));
        }

        /**
         * Whether {@code argument} is a value formatted into a sentence — {@code String.format("… see %s for details", …,
         * "https://…")}, {@code MessageFormat.format(…)}, {@code "… %s …".formatted(…)}: the pattern, a literal (or literals
         * joined with {@code +}) before it, reads as prose, so what fills it is part of a message shown to people.
         */
        private static boolean formattedIntoProse(MethodCallExpr call, Expression argument) {
            String name = call.getNameAsString();
            if (name.equals("formatted")) {
                return call.getScope().flatMap(scope -> literalText(scope)).filter(SourceFacts::isProse).isPresent();
            }
            if (!name.equals("format")) {
                return false;
            }
            for (Expression candidate : call.getArguments()) {
                if (candidate == argument) {
                    return false;
                }
                Optional<String> pattern = literalText(candidate);
                if (pattern.isPresent()) {
                    return SourceFacts.isProse(pattern.get());
                }
            }
            return false;
        }

        /** The text of a literal, a text block or literals joined with {@code +}; empty for anything else. */
        private static Optional<String> literalText(Expression expression) {
            if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
                return Optional.of(((LiteralStringValueExpr) expression).getValue());
            }
            if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
                Optional<String> left = literalText(binary.getLeft());
                Optional<String> right = literalText(binary.getRight());
                return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
            }
            return Optional.empty();
        }

        /**
         * The variable or field a branch of a conditional expression ({@code a ? b : c}, perhaps in parentheses) is
         * stored in — {@code hubUrl} in {@code hubUrl = isValid(url) ? url : DEFAULT_HUB_URL} — or {@code null} when
         * the text is the condition or the choice is used otherwise.
         */
        private static String choiceTarget(Expression text) {
            Node current = text;
            Node parent = current.getParentNode().orElse(null);
            while (parent instanceof EnclosedExpr || parent instanceof ConditionalExpr choice && choice.getCondition() != current) {
                current = parent;
                parent = current.getParentNode().orElse(null);
            }
            if (current == text) {
                return null;
            }
            if (parent instanceof VariableDeclarator variable) {
                return variable.getNameAsString();
            }
            return parent instanceof AssignExpr assign && assign.getValue() == current ? lastName(assign.getTarget()) : null;
        }

        /**
         * Where {@code text} is an argument of a method call or {@code new}, also through a conversion called on it
         * ({@code "…".toCharArray()}, {@code "…".getBytes(…)}); {@code null} if it is none.
         */
        private static SourceFacts.Argument argument(Expression text) {
            Expression value = text;
            Node parent = value.getParentNode().orElse(null);
            while (parent instanceof EnclosedExpr enclosed) {
                value = enclosed;
                parent = enclosed.getParentNode().orElse(null);
            }
            if (parent instanceof MethodCallExpr conversion && conversion.getScope().filter(scope -> scope == text).isPresent()
                    && CONVERSIONS.contains(conversion.getNameAsString())) {
                value = conversion;
                parent = conversion.getParentNode().orElse(null);
            }
            if (parent instanceof MethodCallExpr call) {
                int index = indexOf(call.getArguments(), value);
                return index < 0 ? null : new SourceFacts.Argument(call.getNameAsString(), false, index, call.getArguments().size(),
                        precedingLiteral(call.getArguments(), index));
            }
            if (parent instanceof ObjectCreationExpr creation) {
                int index = indexOf(creation.getArguments(), value);
                return index < 0 ? null : new SourceFacts.Argument(creation.getType().getNameAsString(), true, index,
                        creation.getArguments().size(), precedingLiteral(creation.getArguments(), index));
            }
            return null;
        }

        /** The value of the string literal just before the argument at {@code index}, or {@code null}. */
        private static String precedingLiteral(List<Expression> arguments, int index) {
            return index >= 1 && arguments.get(index - 1) instanceof StringLiteralExpr literal ? literal.asString() : null;
        }

        /** By identity, as {@link FactExtractor#isArgument}. */
        private static int indexOf(List<Expression> arguments, Expression expression) {
            for (int i = 0; i < arguments.size(); i++) {
                if (arguments.get(i) == expression) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isConstantDeclaration(VariableDeclarator variable, List<Part> parts) {
            if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)) {
                return false;
            }
            boolean inInterface = field.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration owner
                    && owner.isInterface();
            boolean constant = inInterface || field.isStatic() && field.isFinal();
            return constant && variable.getType().asString().matches("(java\\.lang\\.)?String")
                    && parts.stream().noneMatch(part -> part instanceof Hole);
        }

        private record Context(String className, String member) {
        }

        /**
         * The named class and member a node belongs to, or {@code null} inside an annotation (annotation
         * values are documentation or are read from the bytecode). Anonymous and local classes belong to
         * the member of the named class that contains them.
         */
        private Context context(Node start) {
            String member = null;
            for (Node node = start.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
                if (node instanceof AnnotationExpr) {
                    return null;
                }
                if (node instanceof MethodDeclaration method) {
                    member = method.getNameAsString();
                } else if (node instanceof ConstructorDeclaration || node instanceof CompactConstructorDeclaration) {
                    member = "<init>";
                } else if (node instanceof InitializerDeclaration initializer) {
                    member = initializer.isStatic() ? "<clinit>" : "<init>";
                } else if (node instanceof VariableDeclarator variable && variable.getParentNode().orElse(null) instanceof FieldDeclaration) {
                    member = variable.getNameAsString();
                } else if (node instanceof EnumConstantDeclaration constant) {
                    member = constant.getNameAsString();
                } else if (node instanceof TypeDeclaration<?> type) {
                    String binary = binaryName(type);
                    if (binary != null) {
                        return new Context(binary, member == null ? "<class>" : member);
                    }
                }
            }
            return null;
        }

        // ------------------------------------------------------------ concatenations

        private static boolean isPlus(Node node) {
            return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
        }

        /** Whether the node is an operand (possibly in parentheses) of a {@code +}. */
        private static boolean isConcatOperand(Node node) {
            Node parent = node.getParentNode().orElse(null);
            while (parent instanceof EnclosedExpr) {
                parent = parent.getParentNode().orElse(null);
            }
            return isPlus(parent);
        }

        /**
         * The leaves of a {@code +} chain, left to right, without recursion; adjacent literal pieces are joined
         * into one {@link Literal} in a single buffer, so a chain of n terms costs time linear in its text.
         */
        private List<Part> flatten(BinaryExpr top) {
            List<Part> parts = new ArrayList<>();
            LiteralRun literal = new LiteralRun();
            Deque<Expression> pending = new ArrayDeque<>();
            pending.push(top);
            while (!pending.isEmpty()) {
                Expression expression = pending.pop();
                while (expression instanceof EnclosedExpr enclosed) {
                    expression = enclosed.getInner();
                }
                if (expression instanceof BinaryExpr binary && isPlus(binary)) {
                    pending.push(binary.getRight());
                    pending.push(binary.getLeft());
                } else if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
                    literal.append(stringValue((LiteralStringValueExpr) expression));
                } else if (expression instanceof CharLiteralExpr character) {
                    literal.append(character.getValue());
                } else if (expression.isLiteralExpr() && !expression.isNullLiteralExpr()) {
                    literal.append(expression.toString());
                } else {
                    literal.endIn(parts);
                    parts.add(isConstantReference(expression) ? reference(expression) : new Hole());
                }
            }
            literal.endIn(parts);
            return parts;
        }

        /** Adjacent literal pieces of a chain, gathered in one buffer (an empty literal still counts as a piece). */
        private static final class LiteralRun {
            private final StringBuilder text = new StringBuilder();
            private boolean open;

            void append(String piece) {
                text.append(piece);
                open = true;
            }

            /** Adds the pieces gathered since the last call as one part, if there were any. */
            void endIn(List<Part> parts) {
                if (open) {
                    parts.add(new Literal(text.toString()));
                    text.setLength(0);
                    open = false;
                }
            }
        }

        private static String stringValue(LiteralStringValueExpr literal) {
            try {
                return literal instanceof TextBlockLiteralExpr block ? block.asString() : ((StringLiteralExpr) literal).asString();
            } catch (RuntimeException unusualEscape) {
                return literal.getValue();
            }
        }

        // ------------------------------------------------------------ constant references

        private static boolean isConstantReference(Expression expression) {
            if (expression instanceof NameExpr name) {
                return CONSTANT_NAME.matcher(name.getNameAsString()).matches();
            }
            if (expression instanceof FieldAccessExpr access) {
                return CONSTANT_NAME.matcher(access.getNameAsString()).matches() && isNameChain(access.getScope());
            }
            return false;
        }

        private static boolean isNameChain(Expression scope) {
            Expression current = scope;
            while (current instanceof FieldAccessExpr access) {
                current = access.getScope();
            }
            return current instanceof NameExpr;
        }

        /** A reference used as a value, not as the target or scope of something else. */
        private static boolean isStandaloneValue(Expression expression) {
            Node parent = expression.getParentNode().orElse(null);
            if (parent instanceof FieldAccessExpr access && access.getScope() == expression
                    || parent instanceof MethodCallExpr call && call.getScope().filter(scope -> scope == expression).isPresent()
                    || parent instanceof AssignExpr assign && assign.getTarget() == expression
                    || parent instanceof UnaryExpr
                    || parent instanceof SwitchEntry) {
                return false;
            }
            return !(parent instanceof com.github.javaparser.ast.expr.ArrayAccessExpr);
        }

        private ConstantRef reference(Expression expression) {
            if (expression instanceof NameExpr name) {
                String field = name.getNameAsString();
                List<String> enclosing = new ArrayList<>();
                for (String owner = enclosingNamedType(expression); owner != null; ) {
                    enclosing.add(owner);
                    int dollar = owner.lastIndexOf('$');
                    owner = dollar < 0 ? null : owner.substring(0, dollar);
                }
                return new ConstantRef(ConstantOwners.ofBare(field, imports, enclosing), field, field);
            }
            FieldAccessExpr access = (FieldAccessExpr) expression;
            String scope = access.getScope().toString();
            return new ConstantRef(ConstantOwners.ofScope(scope, imports, nestedTypes), access.getNameAsString(),
                    scope + "." + access.getNameAsString());
        }

        private static ConstantOwners.Imports imports(CompilationUnit unit, String packagePrefix) {
            List<String> types = new ArrayList<>();
            List<String> typesOnDemand = new ArrayList<>();
            List<String> statics = new ArrayList<>();
            List<String> staticsOnDemand = new ArrayList<>();
            for (ImportDeclaration declaration : unit.getImports()) {
                String name = declaration.getNameAsString();
                (declaration.isStatic() ? declaration.isAsterisk() ? staticsOnDemand : statics
                        : declaration.isAsterisk() ? typesOnDemand : types).add(name);
            }
            return new ConstantOwners.Imports(packagePrefix, types, typesOnDemand, statics, staticsOnDemand);
        }

        private static String lastName(Expression expression) {
            if (expression instanceof NameExpr name) {
                return name.getNameAsString();
            }
            if (expression instanceof FieldAccessExpr access) {
                return access.getNameAsString();
            }
            return expression instanceof MethodCallExpr call ? call.getNameAsString() : "";
        }

        // ------------------------------------------------------------ types and methods

        /** The binary name of a named, non-local type, or {@code null} for local types. */
        private String binaryName(TypeDeclaration<?> type) {
            StringBuilder name = new StringBuilder(type.getNameAsString());
            Node parent = type.getParentNode().orElse(null);
            while (parent instanceof TypeDeclaration<?> outer) {
                name.insert(0, outer.getNameAsString() + "$");
                parent = outer.getParentNode().orElse(null);
            }
            return parent instanceof CompilationUnit ? packagePrefix + name : null;
        }

        private String enclosingNamedType(Node start) {
            for (Node node = start.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
                if (node instanceof TypeDeclaration<?> type) {
                    String binary = binaryName(type);
                    if (binary != null) {
                        return binary;
                    }
                }
            }
            return null;
        }

        private void method(MethodDeclaration method) {
            if (method.getBody().isEmpty() || !(method.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
                return;
            }
            String className = binaryName(owner);
            if (className == null) {
                return;
            }
            HandlerLogic.Weight logic = HandlerLogic.weigh(method);
            methods.add(new SourceFacts.Method(className, method.getNameAsString(), method.getParameters().size(),
                    method.getName().getBegin().map(p -> p.line).orElse(0), method.getEnd().map(p -> p.line).orElse(0),
                    logic.statements(), logic.decisions(), logic.translationCalls(), alternatives(method), logic.dataTests(),
                    method.getParameters().stream().map(parameter -> parameter.getNameAsString()).toList(), selfCalls(method)));
        }

        /**
         * The calls {@code method} makes by bare name or on {@code this} (its own class's methods), each with the parameters
         * it passes on unchanged: an argument that is exactly a parameter the method never assigns ({@code =}, {@code +=},
         * {@code ++}) is that parameter's name, any other argument {@code ""}.
         */
        private static List<SourceFacts.SelfCall> selfCalls(MethodDeclaration method) {
            Set<String> parameters = new HashSet<>();
            method.getParameters().forEach(parameter -> parameters.add(parameter.getNameAsString()));
            BlockStmt body = method.getBody().orElseThrow();
            for (AssignExpr assign : body.findAll(AssignExpr.class)) {
                parameters.remove(lastName(assign.getTarget()));
            }
            for (UnaryExpr unary : body.findAll(UnaryExpr.class)) {
                if (Set.of(UnaryExpr.Operator.PREFIX_INCREMENT, UnaryExpr.Operator.PREFIX_DECREMENT,
                        UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT).contains(unary.getOperator())) {
                    parameters.remove(lastName(unary.getExpression()));
                }
            }
            List<SourceFacts.SelfCall> calls = new ArrayList<>();
            for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
                if (call.getScope().filter(scope -> !(scope instanceof ThisExpr)).isPresent()) {
                    continue;
                }
                List<String> passed = call.getArguments().stream()
                        .map(argument -> argument instanceof NameExpr name && parameters.contains(name.getNameAsString()) ? name.getNameAsString() : "")
                        .toList();
                calls.add(new SourceFacts.SelfCall(call.getNameAsString(), passed));
            }
            return calls;
        }

        /**
         * The {@code if}/{@code else} chains of the body with two or more branches, each branch as the lines of its
         * statements (not the condition: it runs whichever branch follows). A chain whose branches share a line (written on
         * one line) is left out: lines cannot tell its branches apart.
         */
        private static List<SourceFacts.Alternatives> alternatives(MethodDeclaration method) {
            List<SourceFacts.Alternatives> chains = new ArrayList<>();
            for (IfStmt ifStmt : method.getBody().orElseThrow().findAll(IfStmt.class)) {
                if (ifStmt.getParentNode().filter(parent -> parent instanceof IfStmt outer
                        && outer.getElseStmt().filter(otherwise -> otherwise == ifStmt).isPresent()).isPresent()) {
                    continue; // an else-if: part of the chain of the if it continues
                }
                List<SourceFacts.Branch> branches = new ArrayList<>();
                Statement next = ifStmt;
                while (next instanceof IfStmt link) {
                    branch(link.getThenStmt()).ifPresent(branches::add);
                    next = link.getElseStmt().orElse(null);
                }
                if (next != null) {
                    branch(next).ifPresent(branches::add);
                }
                boolean disjoint = true;
                for (int i = 1; i < branches.size(); i++) {
                    disjoint &= branches.get(i - 1).endLine() < branches.get(i).beginLine();
                }
                if (branches.size() >= 2 && disjoint) {
                    chains.add(new SourceFacts.Alternatives(branches));
                }
            }
            return chains;
        }

        private static Optional<SourceFacts.Branch> branch(Statement statement) {
            List<Statement> statements = statement instanceof BlockStmt block
                    ? block.getStatements() : List.of(statement);
            if (statements.isEmpty()) {
                return Optional.empty();
            }
            int begin = statements.get(0).getBegin().map(p -> p.line).orElse(0);
            int end = statements.get(statements.size() - 1).getEnd().map(p -> p.line).orElse(0);
            return begin > 0 && end >= begin ? Optional.of(new SourceFacts.Branch(begin, end)) : Optional.empty();
        }
    }
}
