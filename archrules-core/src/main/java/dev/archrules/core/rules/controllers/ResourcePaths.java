package dev.archrules.core.rules.controllers;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.HttpMappings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The resource path a handler method serves, as {@code controllers.single-responsibility} counts them: the
 * method's JAX-RS {@code @Path}, or the path of its HTTP mapping annotation ({@code @GetMapping("/jobs/{id}")},
 * Micronaut's {@code @Get(uri = …)}), without the class-level prefix they all share; an HTTP mapping without a
 * path serves the class's own path. Variable names do not matter ({@code {id}} and {@code {jobId}} are one
 * path), nor do leading and trailing slashes. The member of the controller's own collection is that collection's
 * resource: a leading path variable is left out ({@code /{id}} is the class's own path, {@code /{id}/refunds} and
 * {@code /refunds?externalKey=…} are one path, the member's refunds addressed by id or by key); a variable further on
 * stays ({@code /stock} and {@code /stock/{sku}} are two paths). A handler that is no HTTP endpoint (a message
 * listener, a GraphQL mapping) is a resource of its own, named after the method.
 */
final class ResourcePaths {

    private static final Set<String> JAX_RS_PATH = HttpMappings.JAX_RS_PATH;
    /** The endpoint annotations that map HTTP requests; the others (listeners) name no resource path. */
    private static final Set<String> HTTP_MAPPINGS = HttpMappings.ANNOTATIONS;
    private static final List<String> PATH_PROPERTIES = List.of("path", "value", "uri", "uris");

    private ResourcePaths() {
    }

    /** The normalised path {@code method} serves, or {@code #name(…)} when it is no HTTP endpoint. */
    static String of(JavaMethod method, Set<String> endpointAnnotations) {
        for (JavaAnnotation<?> annotation : method.getAnnotations()) {
            if (JAX_RS_PATH.contains(annotation.getRawType().getName())) {
                return normalise(values(annotation, "value"));
            }
        }
        boolean http = false;
        for (JavaAnnotation<?> annotation : method.getAnnotations()) {
            String name = annotation.getRawType().getName();
            boolean endpoint = endpointAnnotations.contains(name) || Annotations.hasAny(annotation.getRawType(), endpointAnnotations);
            if (endpoint && (HTTP_MAPPINGS.contains(name) || Annotations.hasAny(annotation.getRawType(), HTTP_MAPPINGS))) {
                http = true;
                for (String property : PATH_PROPERTIES) {
                    String[] paths = values(annotation, property);
                    if (paths.length > 0) {
                        return normalise(paths);
                    }
                }
            }
        }
        return http ? "" : "#" + method.getName() + "(…)";
    }

    private static String[] values(JavaAnnotation<?> annotation, String property) {
        Optional<Object> value = annotation.get(property);
        if (value.isEmpty()) {
            return new String[0];
        }
        Object raw = value.get();
        if (raw instanceof String text) {
            return text.isEmpty() ? new String[0] : new String[] {text};
        }
        return raw instanceof String[] texts ? texts : new String[0];
    }

    private static String normalise(String[] paths) {
        return String.join(" | ", Arrays.stream(paths)
                .map(path -> ownMember(path.replaceAll("\\{[^}]*}", "{}").replaceAll("^/+|/+$", "")))
                .sorted()
                .toList());
    }

    /** A path variable as {@link #normalise} writes it. */
    private static final String VARIABLE = "{}";

    /**
     * The path without the leading variable that addresses a member of the controller's own collection: {@code {}} is
     * the collection's own path, {@code {}/refunds} is {@code refunds}. A resource controller serves its collection and
     * its members ({@code GET /payments}, {@code GET /payments/{id}}), and a sub-resource of its member is the same
     * whether the member is addressed by its id in the path ({@code POST /payments/{id}/refunds}) or by a key in the
     * query ({@code POST /payments/refunds?externalKey=…}). Only the controller's own member: the collections it nests
     * ({@code /stock} and {@code /stock/{sku}}) are paths of their own.
     */
    private static String ownMember(String path) {
        if (path.equals(VARIABLE)) {
            return "";
        }
        return path.startsWith(VARIABLE + "/") ? path.substring(VARIABLE.length() + 1) : path;
    }
}
