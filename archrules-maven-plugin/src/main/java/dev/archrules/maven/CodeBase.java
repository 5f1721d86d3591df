package dev.archrules.maven;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.spring.SpringChecklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the plugin tells about a module's classes when the configuration does not say it: the preset and the base
 * package, decided as the {@code archrules} command decides them (Spring annotations make it the Spring preset; the
 * package of the one {@code @SpringBootApplication} class, else the longest package that contains every class).
 */
final class CodeBase {

    private CodeBase() {
    }

    /** The rule sets the plugin knows, as the command's {@code --preset}. */
    enum Preset {
        CORE(BackendChecklist::forBasePackage),
        SPRING(SpringChecklist::forBasePackage);

        private final Function<String, BackendChecklist> forBasePackage;

        Preset(Function<String, BackendChecklist> forBasePackage) {
            this.forBasePackage = forBasePackage;
        }

        BackendChecklist forBasePackage(String basePackage) {
            return forBasePackage.apply(basePackage);
        }

        /** The preset named {@code core} or {@code spring}; anything else fails with the names. */
        static Preset parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown preset '" + name + "'; use core or spring", e);
            }
        }
    }

    /** Whether any class carries a Spring annotation: then the Spring preset fits. */
    static boolean usesSpring(JavaClasses classes) {
        return classes.stream().anyMatch(javaClass -> javaClass.getAnnotations().stream()
                .anyMatch(annotation -> annotation.getRawType().getName().startsWith("org.springframework.")));
    }

    /** The package of the one {@code @SpringBootApplication} class for Spring code, else the common package. */
    static String basePackage(JavaClasses classes, Preset preset) {
        if (preset == Preset.SPRING) {
            try {
                return SpringChecklist.basePackageOf(classes);
            } catch (IllegalStateException noSingleApplicationClass) {
                // not a Boot application, or several: fall back to the common package
            }
        }
        List<String> packages = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            String pkg = javaClass.getPackageName();
            if (!pkg.isEmpty() && !javaClass.getSimpleName().equals("package-info") && !javaClass.getSimpleName().equals("module-info")) {
                packages.add(pkg);
            }
        }
        String common = common(packages);
        if (common.isEmpty()) {
            throw new IllegalArgumentException("cannot tell the base package: the classes share no package;"
                    + " configure <checklist><basePackage>…</basePackage></checklist> or archrules.basePackage");
        }
        return common;
    }

    /** The longest package that contains all of {@code packages}, by whole segments; empty when they share none. */
    static String common(List<String> packages) {
        List<String> common = null;
        for (String pkg : packages) {
            List<String> parts = Arrays.asList(pkg.split("\\."));
            if (common == null) {
                common = new ArrayList<>(parts);
                continue;
            }
            int same = 0;
            while (same < common.size() && same < parts.size() && common.get(same).equals(parts.get(same))) {
                same++;
            }
            common = new ArrayList<>(common.subList(0, same));
        }
        return common == null ? "" : String.join(".", common);
    }
}
