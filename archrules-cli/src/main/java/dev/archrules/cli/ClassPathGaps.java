package dev.archrules.cli;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The framework types the audited classes name directly — their annotations (on classes, fields, methods and
 * constructors) and their superclasses and interfaces — whose class files the command cannot read: neither the code
 * base, the command's own jar nor {@code --classpath} has them. Roles that come through such a type's
 * meta-annotations ({@code @QueryMapping} is a {@code @SchemaMapping}) or supertypes ({@code TextWebSocketHandler} is a
 * {@code WebSocketHandler}) cannot be seen, so the command names them instead of staying silent.
 */
final class ClassPathGaps {

    /** The JDK's own packages: always readable, never a gap. */
    private static final List<String> PLATFORM = List.of("java.", "javax.lang.", "jdk.", "sun.", "kotlin.");

    private ClassPathGaps() {
    }

    /** The names, sorted, of the types {@code classes} name that {@code loader} cannot find. */
    static SortedSet<String> of(JavaClasses classes, ClassLoader loader) {
        Set<String> named = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            javaClass.getAnnotations().forEach(annotation -> named.add(name(annotation)));
            for (JavaMember member : javaClass.getMembers()) {
                member.getAnnotations().forEach(annotation -> named.add(name(annotation)));
            }
            javaClass.getRawSuperclass().ifPresent(superclass -> named.add(superclass.getName()));
            javaClass.getRawInterfaces().forEach(type -> named.add(type.getName()));
        }
        SortedSet<String> missing = new TreeSet<>();
        for (String name : named) {
            if (!classes.contain(name) && PLATFORM.stream().noneMatch(name::startsWith)
                    && loader.getResource(name.replace('.', '/') + ".class") == null) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** One line for stderr, or none when nothing is missing. */
    static java.util.Optional<String> note(SortedSet<String> missing) {
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> shown = missing.stream().limit(3).toList();
        return java.util.Optional.of("archrules: note: " + missing.size() + (missing.size() == 1 ? " framework type" : " framework types")
                + " the classes name " + (missing.size() == 1 ? "is" : "are") + " not on the class path (" + String.join(", ", shown)
                + (missing.size() > shown.size() ? ", …" : "") + "); roles and handlers recognised through their meta-annotations"
                + " or supertypes may be missed — pass the code base's dependencies with --classpath");
    }

    private static String name(JavaAnnotation<?> annotation) {
        return annotation.getRawType().getName();
    }
}
