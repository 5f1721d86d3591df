package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the code base is cut into modules (for {@code modules.own-their-data} and {@code modules.no-cycles}).
 * By default a module is the first package level under the base package: {@code com.acme.(*)..} puts
 * {@code com.acme.orders.web.OrderController} into module {@code orders}.
 */
public final class ModuleLayout {

    private final String description;
    private final Function<JavaClass, Optional<String>> moduleOf;

    private ModuleLayout(String description, Function<JavaClass, Optional<String>> moduleOf) {
        this.description = description;
        this.moduleOf = moduleOf;
    }

    /** Modules are the first package level below {@code basePackage}. */
    public static ModuleLayout firstLevelBelow(String basePackage) {
        return byPattern(basePackage + ".(*)..");
    }

    /**
     * Modules are named by the capture groups of an ArchUnit package pattern, e.g.
     * {@code com.acme.(*)..} or {@code com.acme.modules.(*)..}. Classes outside the pattern belong to no
     * module and are ignored by the module rules.
     */
    public static ModuleLayout byPattern(String packagePattern) {
        Objects.requireNonNull(packagePattern, "packagePattern");
        if (!packagePattern.contains("(")) {
            throw new IllegalArgumentException("module pattern '" + packagePattern
                    + "' has no capture group; write it like com.acme.(*)..");
        }
        PackageMatcher matcher = PackageMatcher.of(packagePattern);
        return new ModuleLayout("modules matching '" + packagePattern + "'", javaClass ->
                matcher.match(javaClass.getPackageName()).map(ModuleLayout::joinGroups));
    }

    /** Modules assigned by a function, for layouts no package pattern describes. */
    public static ModuleLayout by(String description, Function<JavaClass, Optional<String>> moduleOf) {
        return new ModuleLayout(Objects.requireNonNull(description, "description"), Objects.requireNonNull(moduleOf, "moduleOf"));
    }

    /** The module {@code javaClass} belongs to, if any. */
    public Optional<String> moduleOf(JavaClass javaClass) {
        return moduleOf.apply(javaClass);
    }

    /** How modules are cut, e.g. "modules matching 'com.acme.(*)..'". */
    public String description() {
        return description;
    }

    private static String joinGroups(PackageMatcher.Result result) {
        StringBuilder name = new StringBuilder();
        for (int group = 1; group <= result.getNumberOfGroups(); group++) {
            if (group > 1) {
                name.append('.');
            }
            name.append(result.getGroup(group));
        }
        return name.toString();
    }

    @Override
    public String toString() {
        return description;
    }
}
