package dev.archrules.core.source.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code private} fields of a file that hold texts only to match other texts against them: the probe statements a
 * client sends that a class recognises and answers itself, a list of commands it intercepts. Such a field's texts are
 * patterns, not statements run, as a text only compared with another ({@code DEFAULT_SQL.equals(sql)}) is.
 *
 * <p>A text is such an element ({@link dev.archrules.core.source.SourceFacts.Text#matched()}) when it is an element of the
 * initializer of a {@code private} field — an array ({@code {…}}, {@code new String[] {…}}), or the arguments of a
 * collection factory ({@code List.of}, {@code Set.of}, {@code Arrays.asList}, Guava's {@code ImmutableList.of},
 * {@code Sets.newHashSet}, …) perhaps copied into a collection ({@code new HashSet<>(Arrays.asList(…))}) — and every
 * use of the field's name in the file is one of
 * <ul>
 *   <li>its size: {@code QUERIES.length}, {@code size()}, {@code isEmpty()};</li>
 *   <li>a search of it: {@code QUERIES.contains(sql)};</li>
 *   <li>an element, taken by a for-each loop over it, an index ({@code QUERIES[i]}), {@code get(i)}, or the single
 *       parameter of an {@code anyMatch}/{@code allMatch}/{@code noneMatch} lambda over {@code stream()} or
 *       {@code Arrays.stream(…)}, where every use of the element is
 *       <ul>
 *         <li>the receiver of a comparison or inspection ({@code q.equals(sql)}, {@code startsWith}, {@code matches},
 *             {@code split}, {@code length}, {@code hashCode}, …: what they answer is no longer the text), also after a
 *             normalisation ({@code q.trim().toLowerCase().split(…)});</li>
 *         <li>the argument of a comparison ({@code sql.equalsIgnoreCase(q)}, {@code tokens.contains(q)});</li>
 *         <li>an operand of {@code ==} or {@code !=}.</li>
 *       </ul></li>
 * </ul>
 * Anything else — the field or an element passed to a method ({@code engine.run(QUERIES[i])}), returned, assigned,
 * stored, the field written — and the field is not matched only. The uses are found by name anywhere in the file (a
 * {@code private} field is visible to the classes nested in its top-level class and nowhere else), so a local variable of
 * the same name counts as a use too: a mistake can only keep a text reported.
 */
final class MatchedFields {

    /** Calls whose arguments are the elements of the collection they return. */
    private static final Set<String> COLLECTION_FACTORIES = Set.of("of", "asList", "copyOf", "newArrayList", "newHashSet",
            "newLinkedHashSet", "newTreeSet", "unmodifiableList", "unmodifiableSet", "unmodifiableCollection");
    /** Calls on the field answering how many elements it has. */
    private static final Set<String> SIZES = Set.of("size", "isEmpty");
    /** Calls on the field searching it for a text. */
    private static final Set<String> SEARCHES = Set.of("contains");
    /** Calls on the field (or on its {@code stream()}) whose lambda parameter is an element, answering a boolean. */
    private static final Set<String> STREAM_MATCHES = Set.of("anyMatch", "allMatch", "noneMatch");
    /** Calls on a text or with a text as argument that compare it with another. */
    private static final Set<String> COMPARISONS = Set.of("equals", "equalsIgnoreCase", "contentEquals", "compareTo",
            "compareToIgnoreCase", "contains", "containsKey", "startsWith", "endsWith", "matches", "regionMatches");
    /** Calls on a text answering something about it that is not the text: a length, a position, a hash, its tokens. */
    private static final Set<String> INSPECTIONS = Set.of("split", "length", "isEmpty", "isBlank", "hashCode", "indexOf",
            "lastIndexOf", "charAt");
    /** Calls on a text answering the text in another form, whose uses are then the text's. */
    private static final Set<String> NORMALISATIONS = Set.of("trim", "strip", "toLowerCase", "toUpperCase", "intern");

    private final CompilationUnit unit;
    private final Map<VariableDeclarator, Boolean> verdicts = new HashMap<>();

    MatchedFields(CompilationUnit unit) {
        this.unit = unit;
    }

    /** Whether {@code text} is an element of the initializer of a {@code private} field only matched against. */
    boolean isElementOfMatchedField(Expression text) {
        Node current = text;
        Node parent = current.getParentNode().orElse(null);
        boolean element = false;
        while (parent instanceof ArrayInitializerExpr || parent instanceof ArrayCreationExpr || parent instanceof EnclosedExpr
                || parent instanceof MethodCallExpr call && COLLECTION_FACTORIES.contains(call.getNameAsString()) && FactExtractor.isArgument(call.getArguments(), current)
                || parent instanceof ObjectCreationExpr creation && creation.getArguments().size() == 1 && creation.getArgument(0) == current && element) {
            element |= parent instanceof ArrayInitializerExpr || parent instanceof MethodCallExpr;
            current = parent;
            parent = current.getParentNode().orElse(null);
        }
        Node initializer = current;
        if (!element || !(parent instanceof VariableDeclarator variable) || variable.getInitializer().filter(init -> init == initializer).isEmpty()
                || !(variable.getParentNode().orElse(null) instanceof FieldDeclaration field) || !field.isPrivate()) {
            return false;
        }
        return verdicts.computeIfAbsent(variable, this::onlyMatched);
    }

    private boolean onlyMatched(VariableDeclarator field) {
        String name = field.getNameAsString();
        for (NameExpr use : unit.findAll(NameExpr.class, candidate -> candidate.getNameAsString().equals(name))) {
            if (!isMatchingUseOfField(use)) {
                return false;
            }
        }
        for (FieldAccessExpr use : unit.findAll(FieldAccessExpr.class, candidate -> candidate.getNameAsString().equals(name))) {
            if (!isMatchingUseOfField(use)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMatchingUseOfField(Expression use) {
        Node parent = use.getParentNode().orElse(null);
        if (parent instanceof FieldAccessExpr access && access.getScope() == use) {
            return access.getNameAsString().equals("length");
        }
        if (parent instanceof ArrayAccessExpr index && index.getName() == use) {
            return isMatchingUseOfElement(index);
        }
        if (parent instanceof ForEachStmt loop && loop.getIterable() == use) {
            return loop.getVariable().getVariables().size() == 1
                    && usesOfNameAreMatching(loop.getBody(), loop.getVariable().getVariable(0).getNameAsString());
        }
        if (parent instanceof MethodCallExpr call && call.getScope().filter(scope -> scope == use).isPresent()) {
            String name = call.getNameAsString();
            if (SIZES.contains(name) || SEARCHES.contains(name) && call.getArguments().size() == 1) {
                return true;
            }
            if (name.equals("get") && call.getArguments().size() == 1) {
                return isMatchingUseOfElement(call);
            }
            return name.equals("stream") && call.getArguments().isEmpty() && isStreamMatch(call);
        }
        if (parent instanceof MethodCallExpr call && call.getNameAsString().equals("stream") && call.getArguments().size() == 1
                && call.getArgument(0) == use && call.getScope().filter(scope -> scope.toString().equals("Arrays")).isPresent()) {
            return isStreamMatch(call);
        }
        return false;
    }

    /** Whether {@code stream} is the receiver of an {@code anyMatch}-like call whose lambda uses its element only to match. */
    private static boolean isStreamMatch(MethodCallExpr stream) {
        return stream.getParentNode().orElse(null) instanceof MethodCallExpr match
                && match.getScope().filter(scope -> scope == stream).isPresent()
                && STREAM_MATCHES.contains(match.getNameAsString()) && match.getArguments().size() == 1
                && match.getArgument(0) instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
                && usesOfNameAreMatching(lambda.getBody(), lambda.getParameter(0).getNameAsString());
    }

    private static boolean usesOfNameAreMatching(Node scope, String name) {
        return scope.findAll(NameExpr.class, candidate -> candidate.getNameAsString().equals(name)).stream()
                .allMatch(MatchedFields::isMatchingUseOfElement);
    }

    private static boolean isMatchingUseOfElement(Expression element) {
        Expression value = element;
        Node parent = value.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr enclosed) {
            value = enclosed;
            parent = enclosed.getParentNode().orElse(null);
        }
        if (parent instanceof MethodCallExpr call && isScopeOf(call, element)) {
            String name = call.getNameAsString();
            if (COMPARISONS.contains(name) || INSPECTIONS.contains(name)) {
                return true;
            }
            return NORMALISATIONS.contains(name) && isMatchingUseOfElement(call);
        }
        if (parent instanceof MethodCallExpr call && FactExtractor.isArgument(call.getArguments(), value)) {
            return COMPARISONS.contains(call.getNameAsString());
        }
        return parent instanceof BinaryExpr binary
                && (binary.getOperator() == BinaryExpr.Operator.EQUALS || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS);
    }

    /** Whether the receiver of {@code call} is {@code element}, perhaps in parentheses. */
    private static boolean isScopeOf(MethodCallExpr call, Expression element) {
        Expression scope = call.getScope().orElse(null);
        while (scope instanceof EnclosedExpr enclosed) {
            scope = enclosed.getInner();
        }
        return scope == element;
    }
}
