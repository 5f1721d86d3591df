package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Annotation look-ups by name with meta-annotation semantics: an element counts as annotated with
 * {@code @RestController} when it carries {@code @RestController} itself or any annotation that is
 * (transitively) annotated with it, such as a team's own {@code @ApiController}.
 */
public final class Annotations {

    /** {@link #metaAnnotations} per annotation type, held weakly: the types go with their import. */
    private static final Map<JavaClass, Set<String>> META_ANNOTATIONS = Collections.synchronizedMap(new WeakHashMap<>());

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
        Set<? extends JavaAnnotation<?>> direct = element.getAnnotations();
        boolean metaAnnotated = false;
        for (JavaAnnotation<?> annotation : direct) {
            String name = annotation.getRawType().getName();
            if (names.contains(name)) {
                return Optional.of(annotation);
            }
            metaAnnotated |= !name.startsWith("java.lang.annotation.") && metaAnnotations(annotation.getRawType()).stream().anyMatch(names::contains);
        }
        // most questions end here: none of the names is anywhere in the annotations' closure
        return metaAnnotated ? firstMetaAnnotation(direct, names) : Optional.empty();
    }

    /** The breadth-first search of {@link #find}: the first meta-annotation named in {@code names}, nearest first. */
    private static Optional<JavaAnnotation<?>> firstMetaAnnotation(Set<? extends JavaAnnotation<?>> direct, Collection<String> names) {
        Deque<JavaAnnotation<?>> queue = new ArrayDeque<>(direct);
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

    /**
     * The names of the annotations on annotation type {@code type}, and on those, transitively (not looking into the
     * JDK's {@code java.lang.annotation} meta-annotations): remembered per type, since every rule asks about the same
     * few annotation types for every class and method.
     */
    private static Set<String> metaAnnotations(JavaClass type) {
        Set<String> known = META_ANNOTATIONS.get(type);
        if (known != null) {
            return known;
        }
        Set<String> found = new HashSet<>();
        Deque<JavaClass> next = new ArrayDeque<>(List.of(type));
        while (!next.isEmpty()) {
            for (JavaAnnotation<?> annotation : next.removeFirst().getAnnotations()) {
                JavaClass annotationType = annotation.getRawType();
                if (found.add(annotationType.getName()) && !annotationType.getName().startsWith("java.lang.annotation.")) {
                    next.add(annotationType);
                }
            }
        }
        Set<String> result = Set.copyOf(found);
        META_ANNOTATIONS.put(type, result);
        return result;
    }

    /**
     * The texts the string-array attributes {@code attributes} of an annotation hold, in order ({@code value} and
     * {@code cacheNames} of {@code @Cacheable}); an attribute that is absent or of another type adds none.
     */
    public static List<String> strings(JavaAnnotation<?> annotation, String... attributes) {
        List<String> texts = new ArrayList<>();
        for (String attribute : attributes) {
            annotation.get(attribute).filter(String[].class::isInstance).map(String[].class::cast).ifPresent(values -> texts.addAll(List.of(values)));
        }
        return texts;
    }

    /** The text an annotation attribute holds ({@code @Scope("prototype")}, {@code @Cacheable(unless = …)}), if it holds one. */
    public static Optional<String> text(JavaAnnotation<?> annotation, String attribute) {
        return annotation.get(attribute).filter(String.class::isInstance).map(String.class::cast);
    }

    /** The name of the enum constant an annotation attribute holds ({@code propagation = NOT_SUPPORTED}), if it holds one. */
    public static Optional<String> enumValue(JavaAnnotation<?> annotation, String attribute) {
        return annotation.get(attribute).filter(JavaEnumConstant.class::isInstance).map(value -> ((JavaEnumConstant) value).name());
    }
}
