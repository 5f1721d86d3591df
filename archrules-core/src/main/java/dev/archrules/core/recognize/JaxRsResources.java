package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.HttpMappings;
import dev.archrules.core.engine.Locations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JAX-RS resource lifecycle, as {@code di.no-direct-instantiation} and {@code layers.dependency-direction}
 * need it. A JAX-RS resource class is per request unless declared a singleton, and a <em>sub-resource
 * locator</em> — a method annotated {@code @Path} without an HTTP method designator — returns a new resource
 * object that JAX-RS then dispatches to: that is how JAX-RS nests resources. Creating the nested resource
 * (with the request's context as constructor arguments) is neither creating a collaborator nor one
 * controller using another.
 *
 * <p>JAX-RS annotations are inherited from the interface or superclass method a resource method implements,
 * so a method counts as a locator when it or the method it overrides is one; a helper that a locator calls
 * to build the nested resource (a base class's {@code getXService(engineName)}) is part of the locator.
 */
public final class JaxRsResources {

    private static final Set<String> PATH = HttpMappings.JAX_RS_PATH;
    /** HTTP method designators: the meta-annotation, and the standard designators by name ({@link HttpMappings#JAX_RS_DESIGNATORS}). */
    private static final Set<String> HTTP_METHOD = HttpMappings.JAX_RS_DESIGNATORS;
    /** Declarations that make a resource (or any bean) one instance for all requests. */
    private static final Set<String> SINGLETON = Set.of(
            "jakarta.inject.Singleton", "javax.inject.Singleton",
            "jakarta.ejb.Singleton", "javax.ejb.Singleton", "jakarta.ejb.Stateless", "javax.ejb.Stateless",
            "jakarta.enterprise.context.ApplicationScoped", "javax.enterprise.context.ApplicationScoped",
            "org.springframework.stereotype.Component", "io.micronaut.context.annotation.Context");

    private JaxRsResources() {
    }

    /**
     * Whether {@code javaClass} is a JAX-RS resource: it, a superclass or an interface it implements is
     * annotated {@code @Path} or declares resource methods ({@code @GET}, {@code @POST}, …) or locators.
     */
    public static boolean isResource(JavaClass javaClass) {
        return hierarchy(javaClass).stream().anyMatch(type -> Annotations.hasAny(type, PATH)
                || type.getMethods().stream().anyMatch(method -> Annotations.hasAny(method, PATH)
                || Annotations.hasAny(method, HTTP_METHOD)));
    }

    /** Whether {@code javaClass} is a JAX-RS resource created per request: one not declared a singleton. */
    public static boolean isPerRequestResource(JavaClass javaClass) {
        return isResource(javaClass) && !Annotations.hasAny(javaClass, SINGLETON);
    }

    /**
     * Whether {@code javaClass} is a resource or nested in one (an inner class of a resource, such as a
     * protocol binding, runs in the resource's request).
     */
    public static boolean isResourceOrNestedInOne(JavaClass javaClass) {
        return Locations.selfAndEnclosing(javaClass).anyMatch(JaxRsResources::isResource);
    }

    /**
     * Whether {@code codeUnit} is a sub-resource locator ({@code @Path}, no HTTP method, itself or the
     * method it overrides) or a method called from one, such as a helper that builds the nested resource.
     */
    public static boolean isLocatorOrItsHelper(JavaCodeUnit codeUnit) {
        if (!(codeUnit instanceof JavaMethod method) || method.getRawReturnType().getName().equals("void")) {
            return false;
        }
        if (isLocator(method)) {
            return true;
        }
        for (JavaMethod declaration : declarations(method)) {
            for (JavaMethodCall call : declaration.getCallsOfSelf()) {
                if (call.getOrigin() instanceof JavaMethod caller && isLocator(caller)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code codeUnit} is a resource method that forwards its request to a per-request resource it
     * creates itself: every use of {@code target} in it is creating {@code target} or calling one of its
     * resource methods (a preflight handler answering through a CORS resource). Calling any other method of
     * the created resource is using logic hosted on a resource, and does not count as forwarding.
     */
    public static boolean isForwardingTo(JavaCodeUnit codeUnit, JavaClass target) {
        if (!(codeUnit instanceof JavaMethod method) || !isResourceMethod(method) || !isPerRequestResource(target)) {
            return false;
        }
        boolean creates = method.getConstructorCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().equals(target));
        boolean callsOnlyHandlers = method.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().equals(target))
                .allMatch(call -> call.getTarget().resolveMember().filter(JaxRsResources::isResourceMethod).isPresent());
        boolean noOtherUse = method.getFieldAccesses().stream().noneMatch(access -> access.getTargetOwner().equals(target));
        return creates && callsOnlyHandlers && noOtherUse;
    }

    /** A method with an HTTP method designator ({@code @GET}, {@code @OPTIONS}, …), itself or where it is declared. */
    private static boolean isResourceMethod(JavaMethod method) {
        return declarations(method).stream().anyMatch(declaration -> Annotations.hasAny(declaration, HTTP_METHOD));
    }

    /**
     * A locator: {@code @Path} without an HTTP method designator — or with one, when the method is declared to
     * return {@code Object} or a resource type, so that what it answers is a resource to dispatch to (a
     * catch-all preflight method returning the CORS resource).
     */
    private static boolean isLocator(JavaMethod method) {
        return declarations(method).stream().anyMatch(declaration -> Annotations.hasAny(declaration, PATH)
                && (!Annotations.hasAny(declaration, HTTP_METHOD) || returnsResource(declaration)));
    }

    private static boolean returnsResource(JavaMethod method) {
        JavaClass returned = method.getRawReturnType();
        return returned.getName().equals("java.lang.Object") || isResource(returned);
    }

    /** The method and the methods of its supertypes it overrides (same name and raw parameter types). */
    private static List<JavaMethod> declarations(JavaMethod method) {
        List<JavaMethod> declarations = new ArrayList<>();
        declarations.add(method);
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        for (JavaClass type : hierarchy(method.getOwner())) {
            if (!type.equals(method.getOwner())) {
                type.tryGetMethod(method.getName(), parameters).ifPresent(declarations::add);
            }
        }
        return declarations;
    }

    /** The class, its superclasses and all interfaces it implements, without {@code java.lang.Object}. */
    private static List<JavaClass> hierarchy(JavaClass javaClass) {
        List<JavaClass> types = new ArrayList<>();
        types.add(javaClass);
        javaClass.getAllRawSuperclasses().stream().filter(type -> !type.getName().equals("java.lang.Object")).forEach(types::add);
        types.addAll(javaClass.getAllRawInterfaces());
        return types;
    }
}
