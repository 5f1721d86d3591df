package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.HandlerKind;
import dev.archrules.core.model.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The word a message uses for a class: its role, said as what the class is. The role {@code CONTROLLER} covers
 * every entry point and {@code SERVICE} every other bean, so a class of a {@linkplain HandlerKind handler kind} is called by
 * its kind's word ("GraphQL handler", "message listener", "event listener", "filter", "interceptor", "WebSocket handler",
 * "gRPC service"), a servlet a "servlet", a JAX-RS class a
 * "resource"; a class of only static methods is a "utility" whatever role its name or package gave it. These words
 * only name what was detected: the role decides what a rule checks.
 */
final class RoleWords {

    /** A word and the annotations (meta-annotations included) or supertypes that earn it. */
    private record Word(String word, Set<String> handlerAnnotations, Set<String> supertypes) {
    }

    /** Words of controllers that are not {@linkplain HandlerKind handler kinds}. */
    private static final List<Word> CONTROLLER_WORDS = List.of(
            new Word("servlet", Set.of(), Set.of("jakarta.servlet.Servlet", "javax.servlet.Servlet")),
            new Word("resource", Set.of("jakarta.ws.rs.Path", "javax.ws.rs.Path"), Set.of()));

    private RoleWords() {
    }

    /** The word for {@code javaClass} of {@code role}, lower case (e.g. "GraphQL handler", "controller"). */
    static String of(JavaClass javaClass, Role role, RuleContext context) {
        if (role != Role.ENTITY && role != Role.CONFIGURATION && isUtility(javaClass)) {
            return "utility";
        }
        if (role != Role.CONTROLLER && role != Role.SERVICE) {
            return role.displayName();
        }
        Optional<HandlerKind> kind = context.conventions().handlerKind(javaClass);
        if (kind.isPresent()) {
            return kind.get().word();
        }
        for (Word word : CONTROLLER_WORDS) {
            if (word.supertypes().stream().anyMatch(type -> context.isAssignableTo(javaClass, type))) {
                return word.word();
            }
            List<JavaMethod> handlers = javaClass.getMethods().stream()
                    .filter(method -> Annotations.hasAny(method, context.conventions().names(
                            dev.archrules.core.conventions.Term.ENDPOINT_ANNOTATIONS)) || Annotations.hasAny(method, word.handlerAnnotations()))
                    .toList();
            boolean annotatedClass = !word.handlerAnnotations().isEmpty() && Annotations.hasAny(javaClass, word.handlerAnnotations());
            if (annotatedClass || !handlers.isEmpty() && !word.handlerAnnotations().isEmpty()
                    && handlers.stream().allMatch(method -> Annotations.hasAny(method, word.handlerAnnotations()))) {
                return word.word();
            }
        }
        return role.displayName();
    }

    /** A class of static methods only (at least one), not an interface or enum: a utility, not a role's instance. */
    private static boolean isUtility(JavaClass javaClass) {
        if (javaClass.isInterface() || javaClass.isEnum() || javaClass.isAnnotation()) {
            return false;
        }
        List<JavaMethod> methods = javaClass.getMethods().stream()
                .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)).toList();
        return !methods.isEmpty() && methods.stream().allMatch(method -> method.getModifiers().contains(JavaModifier.STATIC))
                && javaClass.getFields().stream().allMatch(field -> field.getModifiers().contains(JavaModifier.STATIC));
    }
}
