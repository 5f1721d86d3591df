package dev.archrules.core.source.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The size of a method body as {@code controllers.thin-handlers} weighs it: statements (nested ones included, blocks
 * not counted) and branches ({@code if}, loops, {@code case} labels, {@code catch}, {@code ?:}) — except request
 * mapping, which is a handler's job and no decision: a statement that only copies a value onto a target
 * ({@code query.setName(params.get("name"))}, {@code model.setKey(request.getKey())}, {@code target.x = y}; not a
 * local variable assigned, which is computation) counts
 * nothing, and neither does an {@code if} without {@code else} that only tests a value's presence before copying it
 * ({@code if (params.containsKey("name")) query.setName(…)}, {@code if (request.isKeyChanged()) model.setKey(…)},
 * {@code if (x != null) …}), also onto a fluent query builder ({@code if (…) query.nameLike(params.get("nameLike"))}). Iterative, so deep bodies cost no stack.
 */
final class HandlerSize {

    private static final Pattern COPY = Pattern.compile("(set|with|put|add)([A-Z].*)?");
    private static final Pattern READ = Pattern.compile("(get|is|has)([A-Z].*)?|containsKey|isPresent|isEmpty|isBlank|hasText|valueOf|parse[A-Z].*");
    private static final Pattern PRESENCE = Pattern.compile("(is|has)[A-Z].*|containsKey|isPresent|isEmpty|isBlank|hasText");

    private HandlerSize() {
    }

    /** {statements, branches} of {@code body}, request mapping not counted. */
    static int[] count(BlockStmt body) {
        int statements = 0;
        int branches = 0;
        Deque<Node> todo = new ArrayDeque<>(body.getChildNodes());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof IfStmt binding && isPresenceCheckedCopy(binding) || node instanceof ExpressionStmt copy && isCopy(copy)) {
                continue;
            }
            if (node instanceof Statement && !(node instanceof BlockStmt) && !(node instanceof EmptyStmt)) {
                statements++;
            }
            if (node instanceof IfStmt || node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt
                    || node instanceof DoStmt || node instanceof ConditionalExpr || node instanceof CatchClause
                    || node instanceof SwitchEntry entry && !entry.getLabels().isEmpty()) {
                branches++;
            }
            node.getChildNodes().forEach(todo::push);
        }
        return new int[] {statements, branches};
    }

    /** {@code if (<presence test>) <copy>;} with no {@code else}. */
    private static boolean isPresenceCheckedCopy(IfStmt statement) {
        if (statement.getElseStmt().isPresent() || !isPresenceTest(statement.getCondition())) {
            return false;
        }
        Statement then = statement.getThenStmt();
        if (then instanceof BlockStmt block) {
            if (block.getStatements().size() != 1) {
                return false;
            }
            then = block.getStatement(0);
        }
        return then instanceof ExpressionStmt copy && (isCopy(copy) || isBuilderCall(copy));
    }

    /**
     * A call on a variable with values as arguments, as a fluent query builder takes them
     * ({@code query.processDefinitionKey(params.get("key"))}): under a presence test, binding one parameter.
     */
    private static boolean isBuilderCall(ExpressionStmt statement) {
        return statement.getExpression() instanceof MethodCallExpr call && !call.getArguments().isEmpty()
                && call.getScope().filter(NameExpr.class::isInstance).isPresent()
                && call.getArguments().stream().allMatch(HandlerSize::isValue);
    }

    private static boolean isPresenceTest(Expression condition) {
        if (condition instanceof EnclosedExpr enclosed) {
            return isPresenceTest(enclosed.getInner());
        }
        if (condition instanceof UnaryExpr unary) {
            return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && isPresenceTest(unary.getExpression());
        }
        if (condition instanceof BinaryExpr binary) {
            return switch (binary.getOperator()) {
                case AND, OR -> isPresenceTest(binary.getLeft()) && isPresenceTest(binary.getRight());
                case NOT_EQUALS, EQUALS -> binary.getLeft() instanceof NullLiteralExpr || binary.getRight() instanceof NullLiteralExpr;
                default -> false;
            };
        }
        if (condition instanceof MethodCallExpr call) {
            return PRESENCE.matcher(call.getNameAsString()).matches() && call.getArguments().stream().allMatch(HandlerSize::isValue);
        }
        return condition instanceof NameExpr;
    }

    /** A statement that only copies a value onto a target: {@code target.setX(value)}, {@code target.x = value}. */
    private static boolean isCopy(ExpressionStmt statement) {
        Expression expression = statement.getExpression();
        if (expression instanceof MethodCallExpr call) {
            return COPY.matcher(call.getNameAsString()).matches() && !call.getArguments().isEmpty()
                    && call.getScope().map(HandlerSize::isValue).orElse(true)
                    && call.getArguments().stream().allMatch(HandlerSize::isValue);
        }
        // a field of a target set from a value; a local variable assigned is computation, not mapping
        return expression instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
                && assign.getTarget() instanceof FieldAccessExpr && isValue(assign.getValue());
    }

    /** A value read without a decision: a name, a literal, a field, or a getter of one ({@code params.get("name")}). */
    private static boolean isValue(Expression expression) {
        if (expression instanceof NameExpr || expression instanceof LiteralExpr || expression instanceof ThisExpr) {
            return true;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return isValue(enclosed.getInner());
        }
        if (expression instanceof FieldAccessExpr field) {
            return isValue(field.getScope());
        }
        if (expression instanceof MethodCallExpr call) {
            Optional<Expression> scope = call.getScope();
            return READ.matcher(call.getNameAsString()).matches() && scope.map(HandlerSize::isValue).orElse(true)
                    && call.getArguments().stream().allMatch(HandlerSize::isValue);
        }
        return false;
    }
}
