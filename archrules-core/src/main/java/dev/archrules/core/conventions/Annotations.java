package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;

import java.lang.ref.WeakReference;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Annotation look-ups by name with meta-annotation semantics: an element counts as annotated with
 * {@code @RestController} when it carries {@code @RestController} itself or any annotation that is
 * (transitively) annotated with it, such as a team's own {@code @ApiController}.
 */
public final class Annotations {

    /** {@link #closure} per annotation type, held weakly: the types go with their import. */
    private static final Map<JavaClass, Closure> META_ANNOTATIONS = Collections.synchronizedMap(new WeakHashMap<>());

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
        JavaClass metaAnnotated = null;
        int metaAnnotatedCount = 0;
        for (JavaAnnotation<?> annotation : direct) {
            String name = annotation.getRawType().getName();
            if (names.contains(name)) {
                return Optional.of(annotation);
            }
            if (!name.startsWith("java.lang.annotation.") && containsAny(closure(annotation.getRawType()).names(), names)) {
                metaAnnotated = annotation.getRawType();
                metaAnnotatedCount++;
            }
        }
        if (metaAnnotated == null) {
            // most questions end here: none of the names is anywhere in the annotations' closure
            return Optional.empty();
        }
        // one annotation leads to the names (a stereotype meta-annotated with @Component): the search from it alone finds what
        // the search from all would, as nothing the others lead to is named; so it is made once per annotation type and names
        return metaAnnotatedCount == 1 ? closure(metaAnnotated).first(metaAnnotated, names) : firstMetaAnnotation(direct, names);
    }

    private static final String INHERITED = "java.lang.annotation.Inherited";

    /**
     * The annotation named in {@code names} that class {@code type} carries as the JVM sees it: its own ({@link #find},
     * meta-annotations included), else the nearest superclass's annotation whose type is declared
     * {@code @java.lang.annotation.Inherited} and is, or is meta-annotated with, one of {@code names}. Spring's
     * {@code @Transactional} and JTA's ({@code jakarta}/{@code javax}) are {@code @Inherited}: a service extending a base
     * class annotated {@code @Transactional} runs its methods in transactions although it carries no annotation itself.
     * Interfaces are not searched: {@code @Inherited} does not apply to them. An annotation type that is not imported
     * (a bare name) shows no {@code @Inherited} and is not inherited.
     */
    public static Optional<JavaAnnotation<?>> findOnClassOrInherited(JavaClass type, Collection<String> names) {
        Optional<JavaAnnotation<?>> own = find(type, names);
        if (own.isPresent() || names.isEmpty()) {
            return own;
        }
        for (JavaClass superclass : type.getAllRawSuperclasses()) {
            for (JavaAnnotation<?> annotation : superclass.getAnnotations()) {
                JavaClass annotationType = annotation.getRawType();
                if (!annotationType.isAnnotatedWith(INHERITED)) {
                    continue;
                }
                if (names.contains(annotationType.getName())) {
                    return Optional.of(annotation);
                }
                if (containsAny(closure(annotationType).names(), names)) {
                    // a custom @Inherited annotation meta-annotated with the one asked for: its attributes are the meta-annotation's
                    return closure(annotationType).first(annotationType, names);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean containsAny(Set<String> closure, Collection<String> names) {
        for (String name : closure) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The breadth-first search of {@link #find}: the first meta-annotation named in {@code names}, nearest first. */
    private static Optional<JavaAnnotation<?>> firstMetaAnnotation(Set<? extends JavaAnnotation<?>> direct, Collection<String> names) {
        return firstMetaAnnotation(new ArrayDeque<>(direct), new HashSet<>(), names);
    }

    /** The breadth-first search from {@code queue}, the annotation types named in {@code seen} not searched again. */
    private static Optional<JavaAnnotation<?>> firstMetaAnnotation(Deque<JavaAnnotation<?>> queue, Set<String> seen, Collection<String> names) {
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
     * The meta-annotations of annotation type {@code type}: remembered per type, since every rule asks about the same
     * few annotation types for every class and method.
     */
    private static Closure closure(JavaClass type) {
        Closure known = META_ANNOTATIONS.get(type);
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
        Closure result = new Closure(Set.copyOf(found), new ConcurrentHashMap<>());
        META_ANNOTATIONS.put(type, result);
        return result;
    }

    /**
     * The meta-annotations of one annotation type. Held in a map keyed weakly by the type, it holds neither the type nor,
     * but weakly, an annotation of the import: an annotation found is on an annotation type of the same import, which would
     * otherwise keep the key, and the import, alive.
     *
     * @param names the names of the annotations on the type, and on those, transitively (not looking into the JDK's
     *              {@code java.lang.annotation} meta-annotations)
     * @param first the answers of {@link #first}, by the names asked for; an empty reference for no annotation found
     */
    private record Closure(Set<String> names, Map<Set<String>, WeakReference<JavaAnnotation<?>>> first) {

        private static final WeakReference<JavaAnnotation<?>> NONE = new WeakReference<>(null);

        /** The first meta-annotation of annotation type {@code type} named in {@code names}, nearest first (the search of {@link #find}). */
        Optional<JavaAnnotation<?>> first(JavaClass type, Collection<String> names) {
            WeakReference<JavaAnnotation<?>> known = names instanceof Set<?> ? first.get(names) : null;
            if (known == NONE) {
                return Optional.empty();
            }
            JavaAnnotation<?> found = known == null ? null : known.get();
            if (found != null) {
                return Optional.of(found);
            }
            Set<String> seen = new HashSet<>(Set.of(type.getName()));
            Optional<JavaAnnotation<?>> result = firstMetaAnnotation(new ArrayDeque<>(type.getAnnotations()), seen, names);
            first.put(Set.copyOf(names), result.map(annotation -> new WeakReference<JavaAnnotation<?>>(annotation)).orElse(NONE));
            return result;
        }
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
