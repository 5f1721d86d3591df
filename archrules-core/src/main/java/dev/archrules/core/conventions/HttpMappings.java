package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;

/**
 * HTTP request mappings as the web frameworks declare and inherit them: the annotations that map a request to a
 * method, the JAX-RS HTTP method designators by name, and the mapping a controller's method inherits from the
 * interface or superclass method it overrides.
 *
 * <p>An API interface that carries the mappings — written first and implemented by the controller (API-first, OpenAPI
 * Generator's {@code interfaceOnly} and {@code delegatePattern} styles, a resource implementing a JAX-RS interface that
 * its clients share) — leaves the implementing methods without annotations of their own. Spring MVC (since 5.1),
 * Micronaut and JAX-RS serve them anyway: the method overriding an annotated method inherits its mapping. JAX-RS does so
 * only when the overriding method carries no JAX-RS annotation of its own (then the interface's are all ignored). In
 * OpenAPI Generator's delegate-method style ({@code interfaceOnly} with {@code delegatePattern}) the mapping sits on a
 * default wrapper, {@code _getAccountList(…)}, that only calls the unannotated {@code getAccountList(…)} the controller
 * implements: that implementation is the handler, with the wrapper's mapping ({@link DelegateMethods}).
 */
public final class HttpMappings {

    /** The packages of the JAX-RS API, {@code jakarta.ws.rs} and {@code javax.ws.rs}. */
    private static final List<String> JAX_RS_PACKAGES = List.of("jakarta.ws.rs.", "javax.ws.rs.");
    /** JAX-RS's {@code @Path}, of a resource class or a resource method or locator. */
    public static final Set<String> JAX_RS_PATH = Set.of("jakarta.ws.rs.Path", "javax.ws.rs.Path");
    /**
     * JAX-RS HTTP method designators: the meta-annotation {@code @HttpMethod}, and the standard designators
     * ({@code @GET}, {@code @POST}, …) by name, because the meta-annotation is only visible when the JAX-RS API jar is
     * on the class path of the import (a build that declares the API compile-only does not publish it).
     */
    public static final Set<String> JAX_RS_DESIGNATORS = designators();
    /**
     * The annotations that map HTTP requests to a method, meta-annotations included ({@code @GetMapping} is
     * meta-annotated with {@code @RequestMapping}, Micronaut's {@code @Get} with {@code @HttpMethodMapping}).
     */
    public static final Set<String> ANNOTATIONS = annotations();
    /**
     * The HTTP mapping annotations a type declaring mappings names itself (not through a team's own meta-annotation):
     * Spring's {@code @RequestMapping} and its variants, JAX-RS's {@code @Path} and standard designators, Micronaut's
     * method annotations. The selective import reads them in the class files of the library types a code base refers
     * to, to import an API interface of another artifact with its methods.
     */
    public static final Set<String> DECLARED = declared();
    /**
     * The class annotations of the handler classes that inherit mappings: a Spring or Micronaut controller (meta-annotations
     * included, {@code @RestController} also by name); a JAX-RS resource is one whose class or supertype is annotated
     * {@code @Path}.
     */
    private static final Set<String> CONTROLLERS = Set.of(
            "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestController",
            "io.micronaut.http.annotation.Controller");

    private HttpMappings() {
    }

    private static Set<String> designators() {
        Set<String> names = new HashSet<>();
        for (String api : JAX_RS_PACKAGES) {
            for (String name : List.of("HttpMethod", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
                names.add(api + name);
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> declared() {
        Set<String> names = new HashSet<>(JAX_RS_DESIGNATORS);
        names.addAll(JAX_RS_PATH);
        for (String verb : List.of("Request", "Get", "Post", "Put", "Delete", "Patch")) {
            names.add("org.springframework.web.bind.annotation." + verb + "Mapping");
        }
        for (String verb : List.of("Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Trace")) {
            names.add("io.micronaut.http.annotation." + verb);
        }
        return Set.copyOf(names);
    }

    private static Set<String> annotations() {
        Set<String> names = new HashSet<>(JAX_RS_DESIGNATORS);
        names.add("org.springframework.web.bind.annotation.RequestMapping");
        names.add("io.micronaut.http.annotation.HttpMethodMapping");
        names.add("io.quarkus.vertx.web.Route");
        return Set.copyOf(names);
    }

    /**
     * The interface or superclass method whose HTTP mapping {@code method} inherits, nearest first (superclasses before
     * interfaces): {@code method} is a non-private instance method that carries no HTTP mapping itself and overrides (same
     * name and raw parameter types) a method annotated with one — a Spring or Micronaut mapping when {@code method}'s class
     * is a controller, a JAX-RS mapping when it is a resource and {@code method} and its parameters carry no JAX-RS
     * annotation of their own. Or {@code method} overrides an interface method that a mapped default method of the same
     * interface only calls ({@code return getAccountList(…);}, OpenAPI Generator's delegate-method style,
     * {@link DelegateMethods}): Spring serves the wrapper, which the class inherits and which runs {@code method}, so
     * {@code method} is the handler with the wrapper's mapping, and the wrapper is returned. Empty otherwise, and
     * always for the methods of interfaces: an API interface declares the endpoints, its default methods are stubs and
     * wrappers.
     */
    public static Optional<JavaMethod> inheritedFrom(JavaMethod method) {
        JavaClass owner = method.getOwner();
        Set<JavaModifier> modifiers = method.getModifiers();
        if (owner.isInterface() || modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.PRIVATE)
                || modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
            return Optional.empty();
        }
        HandlerClass handlerClass = HANDLER_CLASSES.computeIfAbsent(owner, HttpMappings::handlerClass);
        if (handlerClass == HandlerClass.NONE || Annotations.hasAny(method, ANNOTATIONS)) {
            return Optional.empty();
        }
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        for (JavaClass type : supertypes(owner)) {
            Optional<JavaMethod> overridden = type.tryGetMethod(method.getName(), parameters);
            Optional<JavaMethod> declaration = overridden.filter(candidate -> Annotations.hasAny(candidate, ANNOTATIONS));
            if (declaration.isPresent()) {
                boolean jaxRs = Annotations.hasAny(declaration.get(), JAX_RS_DESIGNATORS);
                boolean served = jaxRs ? handlerClass.resource && !hasJaxRsAnnotation(method) : handlerClass.controller;
                return served ? declaration : Optional.empty();
            }
            Optional<JavaMethod> wrapper = overridden.isEmpty() ? Optional.empty()
                    : DelegateMethods.wrapperOf(type, method.getName(), DelegateMethods.parameters(method.getDescriptor()))
                            .filter(found -> !overrides(owner, found));
            if (wrapper.isPresent()) {
                boolean jaxRs = Annotations.hasAny(wrapper.get(), JAX_RS_DESIGNATORS);
                return (jaxRs ? handlerClass.resource : handlerClass.controller) ? wrapper : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code javaClass} or a superclass overrides {@code wrapper}: then that override is served (it inherits the
     * wrapper's mapping itself), not the wrapper's body.
     */
    private static boolean overrides(JavaClass javaClass, JavaMethod wrapper) {
        String[] parameters = wrapper.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        return Stream.concat(Stream.of(javaClass), javaClass.getAllRawSuperclasses().stream())
                .anyMatch(type -> type.tryGetMethod(wrapper.getName(), parameters).isPresent());
    }

    /** Whether a class is a Spring or Micronaut controller, a JAX-RS resource (or both), or neither. */
    private enum HandlerClass {
        NONE(false, false), CONTROLLER(true, false), RESOURCE(false, true), BOTH(true, true);

        final boolean controller;
        final boolean resource;

        HandlerClass(boolean controller, boolean resource) {
            this.controller = controller;
            this.resource = resource;
        }
    }

    /** {@link HandlerClass} per class, held weakly: the classes go with their import. */
    private static final Map<JavaClass, HandlerClass> HANDLER_CLASSES = Collections.synchronizedMap(new WeakHashMap<>());

    private static HandlerClass handlerClass(JavaClass javaClass) {
        boolean controller = Annotations.hasAny(javaClass, CONTROLLERS);
        boolean resource = Annotations.hasAny(javaClass, JAX_RS_PATH)
                || supertypes(javaClass).stream().anyMatch(type -> Annotations.hasAny(type, JAX_RS_PATH));
        return controller ? (resource ? HandlerClass.BOTH : HandlerClass.CONTROLLER) : (resource ? HandlerClass.RESOURCE : HandlerClass.NONE);
    }

    /** The superclasses of {@code javaClass} (without {@code java.lang.Object}), then all interfaces it implements. */
    private static List<JavaClass> supertypes(JavaClass javaClass) {
        List<JavaClass> types = new ArrayList<>();
        javaClass.getAllRawSuperclasses().stream().filter(type -> !type.getName().equals("java.lang.Object")).forEach(types::add);
        types.addAll(javaClass.getAllRawInterfaces());
        return types;
    }

    /** Whether the method or one of its parameters carries a JAX-RS annotation ({@code @Produces}, {@code @PathParam}, …). */
    private static boolean hasJaxRsAnnotation(JavaMethod method) {
        List<JavaAnnotation<?>> annotations = new ArrayList<>(method.getAnnotations());
        for (JavaParameter parameter : method.getParameters()) {
            annotations.addAll(parameter.getAnnotations());
        }
        return annotations.stream().anyMatch(annotation -> JAX_RS_PACKAGES.stream()
                .anyMatch(api -> annotation.getRawType().getName().startsWith(api)));
    }
}
