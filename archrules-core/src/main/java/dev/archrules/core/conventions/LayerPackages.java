package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import dev.archrules.core.model.Role;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The layer packages of an import organised by layer: where {@link ModuleLayoutInference} finds the code base
 * package-by-layer ({@code com.acme.web}, {@code com.acme.service}, {@code com.acme.dao}, {@code com.acme.model}),
 * the layer package of a class — the first package below the inferred root, and everything below it — names its role
 * by the terms {@link Term#CONTROLLER_LAYER_PACKAGES}, {@link Term#SERVICE_LAYER_PACKAGES},
 * {@link Term#REPOSITORY_LAYER_PACKAGES} and {@link Term#ENTITY_LAYER_PACKAGES}. An import organised by feature has no
 * layer packages: a {@code model} package inside a feature says nothing about the role of its classes.
 */
final class LayerPackages {

    /** A layer package and the role it names. */
    record Layer(String packageName, Role role, String root) {

        /** Why a class in this layer has its role, for {@code explainRole}. */
        String reason() {
            return "in layer package " + packageName + " of a package-by-layer code base (the packages below '" + root + "' are layers)";
        }
    }

    private static final LayerPackages NONE = new LayerPackages("", Map.of(), null, Set.of());

    private final String root;
    /** Layer package name (as written) to the role it names. */
    private final Map<String, Role> layers;
    private final Vocabulary vocabulary;
    /** The classes of the code base the layout was inferred from, by name; only they lie in a layer. */
    private final Set<String> codeBase;

    private LayerPackages(String root, Map<String, Role> layers, Vocabulary vocabulary, Set<String> codeBase) {
        this.root = root;
        this.layers = layers;
        this.vocabulary = vocabulary;
        this.codeBase = codeBase;
    }

    /**
     * The layer packages of the code base below {@code basePackage} in the import whose root package is {@code importRoot},
     * when the imported classes are not known: the classes of its package tree below the base package stand for them.
     */
    static LayerPackages of(JavaPackage importRoot, String basePackage, Vocabulary vocabulary) {
        return of(importRoot.getClassesInPackageTree(), basePackage, vocabulary);
    }

    /**
     * The layer packages of the code base below {@code basePackage}, inferred from the imported {@code classes} (as the
     * module layout is, {@link ModuleLayout#resolvedFor}). A class the resolver read from the class path to complete the
     * import (a sibling artifact of the product under the same base package, such as its API model) is not part of the
     * code base: it says nothing about the code base's layout and lies in no layer.
     */
    static LayerPackages of(Collection<JavaClass> classes, String basePackage, Vocabulary vocabulary) {
        String prefix = basePackage.isEmpty() ? "" : basePackage + ".";
        List<JavaClass> codeBase = classes.stream()
                .filter(javaClass -> javaClass.getPackageName().equals(basePackage) || javaClass.getPackageName().startsWith(prefix))
                .toList();
        ModuleLayoutInference.Inferred inferred = ModuleLayoutInference.infer(basePackage,
                codeBase.stream().map(JavaClass::getPackageName).toList());
        if (!inferred.byLayer()) {
            return NONE;
        }
        Map<String, Role> layers = new java.util.TreeMap<>();
        for (String layer : inferred.layers()) {
            roleOf(layer.toLowerCase(Locale.ROOT), vocabulary).ifPresent(role -> layers.put(layer, role));
        }
        if (servicesLieOutsideTheServiceLayer(codeBase, inferred.root(), layers, vocabulary)) {
            return NONE;
        }
        return new LayerPackages(inferred.root(), Map.copyOf(layers), vocabulary,
                codeBase.stream().map(JavaClass::getName).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * Whether the code base's services lie beside its service layer rather than in it: more classes named or annotated as
     * services (the service role's suffixes and annotations) sit in packages below the root that are no layer than in the
     * service layer packages. The package names then did not describe the layers: a package named like a layer that
     * holds most of a module (its namesake, {@code org.acme.repository} of a repository module, with the stores, the
     * import services and the patches inside), a one-class {@code services} package beside it, and the services in
     * feature packages ({@code discovery}, {@code glossary}) read as package-by-layer, but a role from the package would
     * call the module's own services repositories. A code base organised by layer keeps its services in its service
     * layer; one without a service layer package is not asked.
     */
    private static boolean servicesLieOutsideTheServiceLayer(List<JavaClass> codeBase, String root, Map<String, Role> layers,
                                                             Vocabulary vocabulary) {
        if (!layers.containsValue(Role.SERVICE)) {
            return false;
        }
        RoleConvention service = vocabulary.role(Role.SERVICE);
        String prefix = root.isEmpty() ? "" : root + ".";
        int inLayer = 0;
        int outside = 0;
        for (JavaClass javaClass : codeBase) {
            String name = javaClass.getSimpleName();
            boolean namedOrAnnotated = !javaClass.getName().contains("$")
                    && (service.suffixes().stream().anyMatch(suffix -> RoleTiers.endsAfterAPrefix(name, suffix))
                    || Annotations.hasAny(javaClass, service.annotations()));
            if (!namedOrAnnotated || !javaClass.getPackageName().startsWith(prefix)) {
                continue;
            }
            String first = javaClass.getPackageName().substring(prefix.length()).split("\\.")[0];
            if (layers.get(first) == Role.SERVICE) {
                inLayer++;
            } else if (!ModuleLayoutInference.LAYER_NAMES.contains(first.toLowerCase(Locale.ROOT))) {
                outside++;
            }
        }
        return outside > inLayer;
    }

    private static Optional<Role> roleOf(String name, Vocabulary vocabulary) {
        if (vocabulary.names(Term.CONTROLLER_LAYER_PACKAGES).contains(name)) {
            return Optional.of(Role.CONTROLLER);
        }
        if (vocabulary.names(Term.SERVICE_LAYER_PACKAGES).contains(name)) {
            return Optional.of(Role.SERVICE);
        }
        if (vocabulary.names(Term.REPOSITORY_LAYER_PACKAGES).contains(name)) {
            return Optional.of(Role.REPOSITORY);
        }
        if (vocabulary.names(Term.ENTITY_LAYER_PACKAGES).contains(name)) {
            return Optional.of(Role.ENTITY);
        }
        return Optional.empty();
    }

    /** The layer of {@code javaClass}, if it is a class of the code base in (or below) a layer package that names a role. */
    Optional<Layer> layerOf(JavaClass javaClass) {
        if (layers.isEmpty() || !codeBase.contains(javaClass.getName())) {
            return Optional.empty();
        }
        String packageName = javaClass.getPackageName();
        String prefix = root.isEmpty() ? "" : root + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] segments = packageName.substring(prefix.length()).split("\\.");
        Role role = layers.get(segments[0]);
        if (role == null) {
            return Optional.empty();
        }
        // a package below the layer named as another layer or a shared kernel (web.client, web.exception, service.util)
        // is a slice of its own: its classes get no role from the layer above
        for (int i = 1; i < segments.length; i++) {
            String name = segments[i].toLowerCase(Locale.ROOT);
            boolean named = ModuleLayoutInference.LAYER_NAMES.contains(name) || ModuleLayoutInference.SHARED_NAMES.contains(name);
            if (named && roleOf(name, vocabulary).filter(role::equals).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Layer(prefix + segments[0], role, root));
    }
}
