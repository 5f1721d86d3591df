package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.PackageMatcher;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the code base is cut into modules (for {@code modules.own-their-data} and {@code modules.no-cycles}).
 *
 * <p>Unless one is configured, the layout is {@linkplain #inferred(String) inferred} from the packages of the
 * imported classes: package-by-feature ({@code com.acme.orders}, {@code com.acme.billing}: the first package
 * level is the modules), features under a nested root ({@code com.acme.modules.orders}), features inside the
 * layers ({@code com.acme.web.orders} and {@code com.acme.service.orders}, or the aggregates of a DDD
 * {@code com.acme.domain.model}: each feature a module across its layers), or package-by-layer
 * ({@code com.acme.web}, {@code com.acme.service}, {@code com.acme.repository}: no modules at all, and the
 * module rules say so in a note instead of reading layers as modules). Shared-kernel packages
 * ({@code common}, {@code shared}, {@code core}, {@code util}, {@code support}, {@code config}, …) belong to
 * no module. A configured layout ({@link #byPattern}, {@link #by}) is used as it is.
 */
public final class ModuleLayout {

    private final String description;
    private final Function<JavaClass, Optional<String>> moduleOf;
    /** The base package whose layout is to be inferred from the imported classes; empty for a configured layout. */
    private final Optional<String> inferBelow;

    private ModuleLayout(String description, Function<JavaClass, Optional<String>> moduleOf) {
        this(description, moduleOf, Optional.empty());
    }

    private ModuleLayout(String description, Function<JavaClass, Optional<String>> moduleOf, Optional<String> inferBelow) {
        this.description = description;
        this.moduleOf = moduleOf;
        this.inferBelow = inferBelow;
    }

    /**
     * The layout of the code base under {@code basePackage}, inferred from the packages of the imported classes
     * (see the class comment). {@link #resolvedFor(JavaClasses)} infers it for one import and says in its
     * {@linkplain #description() description} what was inferred and why; used directly, {@link #moduleOf} infers it
     * from the package tree of the class it is asked about and remembers the layout of the last import it saw.
     * Classes that were not imported (a sibling artifact of the product on the class path, under the same base
     * package) belong to no module: they are the product's shared kernel.
     */
    public static ModuleLayout inferred(String basePackage) {
        Objects.requireNonNull(basePackage, "basePackage");
        AtomicReference<Resolution> last = new AtomicReference<>();
        return new ModuleLayout("modules inferred from the packages below '" + basePackage + "'", javaClass ->
                rootPackage(javaClass, basePackage).flatMap(root -> {
                    Resolution known = last.get();
                    if (known == null || known.root() != root) {
                        known = new Resolution(root, fromImport(basePackage, root.getClassesInPackageTree()));
                        last.set(known);
                    }
                    return known.layout().moduleOf(javaClass);
                }), Optional.of(basePackage));
    }

    /** The layout inferred for one import, remembered with the package it was inferred from. */
    private record Resolution(JavaPackage root, ModuleLayout layout) {
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

    /**
     * This layout for one import: an {@linkplain #inferred(String) inferred} layout inferred from {@code classes}
     * (its description then says what was inferred and why), a configured layout unchanged.
     */
    public ModuleLayout resolvedFor(JavaClasses classes) {
        return inferBelow.map(base -> fromImport(base, classes.stream()
                        .filter(javaClass -> isUnder(javaClass.getPackageName(), base)).toList()))
                .orElse(this);
    }

    /** Whether this layout is inferred from the code base rather than configured. */
    public boolean isInferred() {
        return inferBelow.isPresent();
    }

    private static ModuleLayout fromImport(String basePackage, Collection<JavaClass> imported) {
        List<String> packages = imported.stream().map(JavaClass::getPackageName).toList();
        ModuleLayoutInference.Inferred inferred = ModuleLayoutInference.infer(basePackage, packages);
        Set<String> names = imported.stream().map(JavaClass::getName).collect(Collectors.toUnmodifiableSet());
        return new ModuleLayout(inferred.description(), javaClass -> names.contains(javaClass.getName())
                ? inferred.moduleOf(javaClass.getPackageName())
                : Optional.empty());
    }

    private static Optional<JavaPackage> rootPackage(JavaClass javaClass, String basePackage) {
        if (!isUnder(javaClass.getPackageName(), basePackage)) {
            return Optional.empty();
        }
        JavaPackage pkg = javaClass.getPackage();
        while (!pkg.getName().equals(basePackage)) {
            Optional<JavaPackage> parent = pkg.getParent();
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            pkg = parent.get();
        }
        return Optional.of(pkg);
    }

    private static boolean isUnder(String packageName, String basePackage) {
        return basePackage.isEmpty() || packageName.equals(basePackage) || packageName.startsWith(basePackage + ".");
    }

    /** The module {@code javaClass} belongs to, if any. */
    public Optional<String> moduleOf(JavaClass javaClass) {
        return moduleOf.apply(javaClass);
    }

    /**
     * How modules are cut, e.g. "modules matching 'com.acme.(*)..'", or for an inferred layout resolved for an
     * import what was inferred: "modules inferred: package-by-feature, the packages below 'com.acme' (billing,
     * orders); shared by all, no module: common", "modules — none: inferred package-by-layer, …".
     */
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
