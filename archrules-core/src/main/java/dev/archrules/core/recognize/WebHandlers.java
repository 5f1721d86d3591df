package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.Collection;
import java.util.stream.Stream;

/**
 * Where the code base's request handlers are, for the rules that tell a web controller from a class only named like
 * one (a leader-election listener named {@code …LeaderController}): whether the code base's web framework is recognised
 * at all — a controller of it declares a handler — and whether a class declares or inherits one. Where no handler is
 * recognised anywhere (plain Java, a framework the conventions do not know), the name is all there is, and a class named
 * {@code …Controller} stays a controller.
 */
public final class WebHandlers {

    private WebHandlers() {
    }

    /** Whether a class of the controller role among {@code classes} declares a handler: the web framework is recognised. */
    public static boolean recognisedIn(Collection<JavaClass> classes, RuleContext context) {
        return classes.stream().anyMatch(javaClass -> context.hasRole(javaClass, Role.CONTROLLER) && declares(javaClass, context));
    }

    /** Whether {@code javaClass} itself declares a handler method. */
    public static boolean declares(JavaClass javaClass, RuleContext context) {
        return javaClass.getMethods().stream().anyMatch(context.conventions()::isEndpoint);
    }

    /** Whether a superclass of {@code javaClass} declares a handler method, which {@code javaClass} inherits. */
    public static boolean inherits(JavaClass javaClass, RuleContext context) {
        return javaClass.getAllRawSuperclasses().stream().anyMatch(superclass -> declares(superclass, context));
    }

    /**
     * Whether {@code javaClass}, a superclass or a subclass declares a handler method: a base controller whose subclasses
     * serve the requests is part of the web layer too.
     */
    public static boolean inHierarchy(JavaClass javaClass, RuleContext context) {
        return declares(javaClass, context) || inherits(javaClass, context)
                || javaClass.getAllSubclasses().stream().anyMatch(subclass -> declares(subclass, context));
    }

    /** The reason role detection gives for a role found by the name's suffix. */
    private static final String BY_NAME = "name ends with ";

    /**
     * Whether {@code javaClass} is a controller only by its name ({@code …Controller}) and neither declares nor inherits a
     * handler, nor has a subclass that declares one (a base controller is the web layer's): a leader-election listener, a
     * coordination class — no web layer. Asked only where the code base's web framework is recognised
     * ({@link #recognisedIn}); where no handler is recognised anywhere, the name is all there is.
     */
    public static boolean isControllerByNameOnly(JavaClass javaClass, RuleContext context) {
        return context.roles().explainRole(javaClass).filter(match -> match.reason().startsWith(BY_NAME)).isPresent()
                && context.hasRole(javaClass, Role.CONTROLLER) && !inHierarchy(javaClass, context);
    }
}
