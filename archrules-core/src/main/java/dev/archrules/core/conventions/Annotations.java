package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Annotation look-ups by name with meta-annotation semantics: an element counts as annotated with
 * {@code @RestController} when it carries {@code @RestController} itself or any annotation that is
 * (transitively) annotated with it, such as a team's own {@code @ApiController}.
 */
public final class Annotations {

    private Annotations() {
    }

    /** Whether {@code element} is annotated, directly or through meta-annotations, with any of {@code names}. */
    public static boolean hasAny(HasAnnotations<?> element, Collection<String> names) {
        return find(element, names).isPresent();
    }

    /**
     * Why {@code element} counts as annotated with one of {@code names}: {@code "@a.B"} for a direct
     * annotation, {@code "@a.Custom (meta-annotated with @a.B)"} for a meta-annotation.
     */
    public static Optional<String> explain(HasAnnotations<?> element, Collection<String> names) {
        return find(element, names).map(found -> {
            String matched = found.getRawType().getName();
            for (JavaAnnotation<?> direct : element.getAnnotations()) {
                if (direct.getRawType().getName().equals(matched)) {
                    return "@" + matched;
                }
            }
            for (JavaAnnotation<?> direct : element.getAnnotations()) {
                if (find(direct.getRawType(), java.util.Set.of(matched)).isPresent()) {
                    return "@" + direct.getRawType().getName() + " (meta-annotated with @" + matched + ")";
                }
            }
            return "@" + matched;
        });
    }

    /**
     * The first annotation named in {@code names} found on {@code element}, directly or as a
     * meta-annotation; direct annotations are searched before meta-annotations.
     */
    public static Optional<JavaAnnotation<?>> find(HasAnnotations<?> element, Collection<String> names) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Deque<JavaAnnotation<?>> queue = new ArrayDeque<>(element.getAnnotations());
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            JavaAnnotation<?> annotation = queue.removeFirst();
            JavaClass type = annotation.getRawType();
            if (names.contains(type.getName())) {
                return Optional.of(annotation);
            }
            if (seen.add(type.getName()) && !type.getName().startsWith("java.lang.annotation.")) {
                queue.addAll(type.getAnnotations());
            }
        }
        return Optional.empty();
    }

    /** The name of the enum constant an annotation attribute holds ({@code propagation = NOT_SUPPORTED}), if it holds one. */
    public static Optional<String> enumValue(JavaAnnotation<?> annotation, String attribute) {
        return annotation.get(attribute).filter(JavaEnumConstant.class::isInstance).map(value -> ((JavaEnumConstant) value).name());
    }
}
