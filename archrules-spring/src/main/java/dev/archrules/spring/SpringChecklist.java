package dev.archrules.spring;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.spring.conventions.SpringConventions;
import dev.archrules.spring.rules.SpringRules;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code spring} preset: every core rule and every Spring rule, with {@link SpringConventions}, as
 * one {@link BackendChecklist} evaluated on one import.
 *
 * <pre>{@code
 * @Test
 * void backend_checklist() {
 *     SpringChecklist.forApplication(ShopApplication.class).check();
 * }
 * }</pre>
 *
 * The result is an ordinary {@code BackendChecklist}: {@code withModules}, {@code excluding},
 * {@code withoutRules}, {@code rule(id)} for {@code @ArchTest} fields and so on all apply.
 */
public final class SpringChecklist {

    private SpringChecklist() {
    }

    /**
     * The preset for the Spring Boot application whose {@code @SpringBootApplication} class is given: the
     * base package is that class's package, as for Spring's own component scan.
     *
     * @throws IllegalArgumentException if the class is not annotated (or meta-annotated) with {@code @SpringBootApplication}
     */
    public static BackendChecklist forApplication(Class<?> applicationClass) {
        Objects.requireNonNull(applicationClass, "applicationClass");
        if (!isAnnotatedWith(applicationClass, SpringConventions.SPRING_BOOT_APPLICATION)) {
            throw new IllegalArgumentException(applicationClass.getName() + " is not annotated with @SpringBootApplication;"
                    + " pass the application class, or use SpringChecklist.forBasePackage(\"com.acme.shop\")");
        }
        return forBasePackage(applicationClass.getPackageName());
    }

    /** The preset for the code base under {@code basePackage}, e.g. {@code com.acme.shop}. */
    public static BackendChecklist forBasePackage(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage)
                .withConventions(SpringConventions.defaults())
                .withRules(SpringRules.all());
    }

    /**
     * The package of the one {@code @SpringBootApplication} class among {@code classes}.
     *
     * @throws IllegalStateException if there is none or more than one
     */
    public static String basePackageOf(JavaClasses classes) {
        List<JavaClass> applications = classes.stream()
                .filter(javaClass -> !javaClass.isAnnotation()
                        && Annotations.hasAny(javaClass, Set.of(SpringConventions.SPRING_BOOT_APPLICATION)))
                .toList();
        if (applications.size() != 1) {
            throw new IllegalStateException("expected one @SpringBootApplication class to take the base package from, but found "
                    + (applications.isEmpty() ? "none" : applications.stream().map(JavaClass::getName).sorted().toList())
                    + "; use SpringChecklist.forBasePackage(\"com.acme.shop\") or forApplication(ShopApplication.class)");
        }
        return applications.get(0).getPackageName();
    }

    /** Annotation look-up on a loaded class by name, meta-annotations included, as {@link Annotations} does on imported ones. */
    private static boolean isAnnotatedWith(Class<?> type, String annotationName) {
        Deque<Annotation> queue = new ArrayDeque<>(List.of(type.getAnnotations()));
        Set<Class<?>> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Class<? extends Annotation> annotationType = queue.removeFirst().annotationType();
            if (annotationType.getName().equals(annotationName)) {
                return true;
            }
            if (seen.add(annotationType) && !annotationType.getName().startsWith("java.lang.annotation.")) {
                queue.addAll(List.of(annotationType.getAnnotations()));
            }
        }
        return false;
    }
}
