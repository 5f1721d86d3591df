package dev.archrules.core.rules.layers;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed link building: a handler that builds the URI of another controller's endpoint refers to that
 * controller, but only to name its path — {@code UriBuilder.path(OtherResource.class, "get")},
 * {@code linkTo(methodOn(OtherController.class).get(id))}, {@code MvcUriComponentsBuilder.fromMethodCall(on(…))},
 * a static helper of the other controller returning a URI builder or link, or the other controller's class literal
 * handed to the code base's own link helper, a wrapper of those builders
 * ({@code uriBuilder.buildResponse(uriInfo, OtherResource.class, "get", id)} answering 201 with the other resource's
 * URI as {@code Location}). Hypermedia and {@code Location} headers are built this way on purpose; no logic of the
 * other controller runs.
 */
final class LinkBuilding {

    /** APIs that build a URI from a controller class (and, with a recording proxy, one of its methods). */
    private static final Set<String> LINK_BUILDERS = Set.of(
            "jakarta.ws.rs.core.UriBuilder", "javax.ws.rs.core.UriBuilder",
            "jakarta.ws.rs.core.Link", "javax.ws.rs.core.Link",
            "org.springframework.web.servlet.mvc.method.annotation.MvcUriComponentsBuilder",
            "org.springframework.hateoas.server.mvc.WebMvcLinkBuilder",
            "org.springframework.hateoas.server.reactive.WebFluxLinkBuilder",
            "org.springframework.hateoas.mvc.ControllerLinkBuilder");

    /** What a static link helper of a controller returns. */
    private static final Set<String> LINKS = Set.of(
            "jakarta.ws.rs.core.UriBuilder", "javax.ws.rs.core.UriBuilder",
            "jakarta.ws.rs.core.Link", "javax.ws.rs.core.Link", "java.net.URI",
            "org.springframework.web.util.UriComponentsBuilder", "org.springframework.web.util.UriComponents",
            "org.springframework.hateoas.Link", "org.springframework.hateoas.server.mvc.WebMvcLinkBuilder");

    private LinkBuilding() {
    }

    /**
     * Whether {@code dependency} only builds a link to its target: it is a call of a static link helper of
     * the target, it lies in a code unit that calls a link-building API with the target's class object, or it is the
     * target's class literal handed to a link helper ({@code handedClassObject}: the calls on the literal's line).
     */
    static boolean isLinkTo(Dependency dependency, Optional<JavaCodeUnit> codeUnit, List<JavaMethodCall> handedClassObject) {
        JavaClass target = dependency.getTargetClass();
        for (JavaMethodCall call : dependency.convertTo(JavaMethodCall.class)) {
            boolean isStatic = call.getTarget().resolveMember()
                    .filter(method -> method.getModifiers().contains(JavaModifier.STATIC)).isPresent();
            if (isStatic && LINKS.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(call.getTarget().getRawReturnType(), name))) {
                return true;
            }
        }
        return codeUnit.filter(unit -> buildsLinkFromClass(unit, target)).isPresent()
                || handedClassObject.stream().anyMatch(LinkBuilding::callsLinkHelper);
    }

    private static boolean buildsLinkFromClass(JavaCodeUnit codeUnit, JavaClass target) {
        return codeUnit.getReferencedClassObjects().stream().anyMatch(reference -> reference.getRawType().equals(target))
                && codeUnit.getMethodCallsFromSelf().stream().anyMatch(call -> isLinkBuilder(call.getTargetOwner()));
    }

    /**
     * Whether {@code call} is of a link helper: a method (of the code base, as only imported methods show their calls)
     * that takes a {@code Class} and itself calls a link builder's method taking a {@code Class} —
     * {@code UriBuilder.fromResource(type)}, {@code path(type, method)}, {@code linkTo(type)} —, directly or through
     * methods of its own class that take a {@code Class} too (a public {@code buildResponse} → {@code buildLocation} →
     * private {@code uriBuilder}). The helper is judged by what it does, not by its name: a class literal handed to a
     * method that looks one up ({@code getBean(Other.class)}, a resource context), posts it as an event, or runs a method
     * of it by name is no link, and neither is a call of an interface method (its implementation is not followed).
     */
    private static boolean callsLinkHelper(JavaMethodCall call) {
        return call.getTarget().resolveMember().filter(method -> buildsLinkFromClassParameter(method, new HashSet<>())).isPresent();
    }

    private static boolean buildsLinkFromClassParameter(JavaMethod method, Set<JavaMethod> seen) {
        if (!takesClass(method.getRawParameterTypes()) || !seen.add(method)) {
            return false;
        }
        return method.getMethodCallsFromSelf().stream().anyMatch(call -> isLinkBuilder(call.getTargetOwner())
                ? takesClass(call.getTarget().getRawParameterTypes())
                : call.getTargetOwner().equals(method.getOwner())
                && call.getTarget().resolveMember().filter(callee -> buildsLinkFromClassParameter(callee, seen)).isPresent());
    }

    private static boolean takesClass(List<JavaClass> parameterTypes) {
        return parameterTypes.stream().anyMatch(type -> type.getName().equals(Class.class.getName()));
    }

    private static boolean isLinkBuilder(JavaClass type) {
        return LINK_BUILDERS.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(type, name));
    }
}
