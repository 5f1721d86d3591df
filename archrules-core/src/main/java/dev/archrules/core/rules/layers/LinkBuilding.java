package dev.archrules.core.rules.layers;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.util.Optional;
import java.util.Set;

/**
 * Typed link building: a handler that builds the URI of another controller's endpoint refers to that
 * controller, but only to name its path — {@code UriBuilder.path(OtherResource.class, "get")},
 * {@code linkTo(methodOn(OtherController.class).get(id))}, {@code MvcUriComponentsBuilder.fromMethodCall(on(…))},
 * or a static helper of the other controller returning a URI builder or link. Hypermedia and
 * {@code Location} headers are built this way on purpose; no logic of the other controller runs.
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
     * the target, or it lies in a code unit that calls a link-building API with the target's class object.
     */
    static boolean isLinkTo(Dependency dependency, Optional<JavaCodeUnit> codeUnit) {
        JavaClass target = dependency.getTargetClass();
        for (JavaMethodCall call : dependency.convertTo(JavaMethodCall.class)) {
            boolean isStatic = call.getTarget().resolveMember()
                    .filter(method -> method.getModifiers().contains(JavaModifier.STATIC)).isPresent();
            if (isStatic && LINKS.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(call.getTarget().getRawReturnType(), name))) {
                return true;
            }
        }
        return codeUnit.filter(unit -> buildsLinkFromClass(unit, target)).isPresent();
    }

    private static boolean buildsLinkFromClass(JavaCodeUnit codeUnit, JavaClass target) {
        return codeUnit.getReferencedClassObjects().stream().anyMatch(reference -> reference.getRawType().equals(target))
                && codeUnit.getMethodCallsFromSelf().stream()
                .anyMatch(call -> LINK_BUILDERS.stream().anyMatch(name -> ImportedSupertypes.isAssignableTo(call.getTargetOwner(), name)));
    }
}
