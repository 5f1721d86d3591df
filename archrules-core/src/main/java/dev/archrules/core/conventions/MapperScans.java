package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The packages a code base registers as MyBatis mapper packages with a {@linkplain Term#MAPPER_SCAN_ANNOTATIONS
 * scan annotation} ({@code @MapperScan("com.acme.shop.mapper")}, its {@code basePackages} and
 * {@code basePackageClasses}, and the repeatable container {@code @MapperScans}) on any imported class: every interface
 * in them (and their sub-packages) is a mapper, data access without a {@code @Mapper} annotation of its own.
 */
final class MapperScans {

    /** Registered package → the class whose annotation registers it. */
    private final Map<String, String> packages;

    private MapperScans(Map<String, String> packages) {
        this.packages = packages;
    }

    /** The registrations of the import {@code member} belongs to, read from every class of that import. */
    static MapperScans of(JavaPackage root, Set<String> scanAnnotations) {
        Map<String, String> packages = new TreeMap<>();
        if (!scanAnnotations.isEmpty()) {
            for (JavaClass javaClass : root.getClassesInPackageTree()) {
                for (JavaAnnotation<JavaClass> annotation : javaClass.getAnnotations()) {
                    collect(annotation, scanAnnotations, javaClass.getName(), packages);
                }
            }
        }
        return new MapperScans(Map.copyOf(packages));
    }

    private static void collect(JavaAnnotation<?> annotation, Set<String> scanAnnotations, String owner, Map<String, String> packages) {
        if (scanAnnotations.contains(annotation.getRawType().getName())) {
            for (String name : Annotations.strings(annotation, "value", "basePackages")) {
                register(name, owner, packages);
            }
            annotation.get("basePackageClasses").ifPresent(value -> {
                if (value instanceof JavaClass[] types) {
                    for (JavaClass type : types) {
                        register(type.getPackageName(), owner, packages);
                    }
                }
            });
            return;
        }
        // a repeatable container, such as @MapperScans({@MapperScan(…), @MapperScan(…)})
        annotation.get("value").ifPresent(value -> {
            if (value instanceof JavaAnnotation<?>[] nested) {
                for (JavaAnnotation<?> inner : nested) {
                    collect(inner, scanAnnotations, owner, packages);
                }
            }
        });
    }

    private static void register(String name, String owner, Map<String, String> packages) {
        String packageName = name.strip();
        // a placeholder (${mybatis.mapper-package}) names no package that can be read here
        if (!packageName.isEmpty() && !packageName.contains("${")) {
            packages.putIfAbsent(packageName, owner);
        }
    }

    /** The class registering {@code packageName} (or a package it lies in) as a mapper package, if one does. */
    Optional<String> registeredBy(String packageName) {
        for (Map.Entry<String, String> registered : packages.entrySet()) {
            String base = registered.getKey();
            if (packageName.equals(base) || packageName.startsWith(base + ".")) {
                return Optional.of(registered.getValue());
            }
        }
        return Optional.empty();
    }
}
