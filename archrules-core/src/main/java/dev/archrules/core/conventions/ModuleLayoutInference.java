package dev.archrules.core.conventions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a code base is organised, read from the package names of its classes when no module layout is
 * configured. In order:
 * <ol>
 *   <li>a chain of single packages is followed down ({@code com.acme} holding only {@code com.acme.shop});</li>
 *   <li>a package named like a container of modules ({@code modules}, {@code features}, {@code components},
 *       …) with at least two sub-packages is a <em>nested root</em>: its sub-packages are the modules;</li>
 *   <li>otherwise the packages of that level are sorted into layers ({@code controller}, {@code service},
 *       {@code repository}, {@code dao}, {@code model}, {@code domain}, {@code dto}, {@code entity},
 *       {@code web}, {@code impl}, {@code persistence}, …), shared kernel ({@code common}, {@code shared},
 *       {@code core}, {@code util}, {@code support}, {@code config}, …) and features (any other name);</li>
 *   <li>with two or more layers holding at least as many classes as the features, the code base is
 *       <em>package-by-layer</em>;</li>
 *   <li>a package-by-layer code base whose layers are cut into features ({@code web.orders},
 *       {@code service.orders}, {@code repository.billing}: a feature name under two or more layers) or whose
 *       domain model is cut into aggregates ({@code domain.model.cargo}, {@code domain.model.voyage}) has
 *       <em>features inside its layers</em>: the features are the modules, each spanning the layers it occurs in;
 *       other package-by-layer code has no modules;</li>
 *   <li>else it is <em>package-by-feature</em>: the features are the modules, layer-named and shared
 *       packages beside them are shared by all (no module).</li>
 * </ol>
 */
final class ModuleLayoutInference {

    /** Package names that name a layer (or a technical slice), not a module. */
    static final Set<String> LAYER_NAMES = Set.of(
            "controller", "controllers", "web", "rest", "api", "resource", "resources", "endpoint", "endpoints",
            "handler", "handlers", "presentation", "interfaces", "ui", "view", "views",
            "service", "services", "application", "usecase", "usecases", "facade", "facades",
            "repository", "repositories", "repo", "repos", "dao", "daos", "persistence", "jpa", "jdbc", "db", "database",
            "store", "storage", "mapper", "mappers", "mapping", "converter", "converters",
            "model", "models", "domain", "entity", "entities", "dto", "dtos", "vo", "bo", "po", "pojo",
            "request", "response", "payload", "exception", "exceptions",
            "impl", "adapter", "adapters", "port", "ports", "infrastructure", "infra", "spi",
            "validation", "validator", "validators", "client", "clients");

    /**
     * Layer names of the layers that hold behaviour — handlers, services, data access — as opposed to data shapes
     * ({@code dto}, {@code model}) or technical slices ({@code impl}): a feature name below two of them cuts the layers
     * into features. DTOs grouped by API area ({@code dto.history}, {@code dto.runtime}) cut nothing.
     */
    static final Set<String> BEHAVIOUR_LAYER_NAMES = Set.of(
            "controller", "controllers", "web", "rest", "api", "resource", "resources", "endpoint", "endpoints",
            "handler", "handlers", "presentation", "interfaces", "ui",
            "service", "services", "application", "usecase", "usecases", "facade", "facades",
            "repository", "repositories", "repo", "repos", "dao", "daos", "persistence", "mapper", "mappers");

    /** Package names of a shared kernel: used by every module, owned by none. */
    static final Set<String> SHARED_NAMES = Set.of(
            "common", "commons", "shared", "sharedkernel", "kernel", "base", "core", "util", "utils", "utility",
            "utilities", "helper", "helpers", "support", "lib", "misc", "config", "configuration", "configurations",
            "autoconfigure", "autoconfig", "bootstrap", "aot", "internal");

    /** Package names that hold the modules one level further down ({@code com.acme.modules.(*)}). */
    static final Set<String> CONTAINER_NAMES = Set.of(
            "modules", "module", "features", "feature", "components", "contexts", "boundedcontexts", "subsystems");

    /** The three layouts an inference can find. */
    enum Kind {
        BY_FEATURE("package-by-feature"), NESTED_ROOT("features under a nested root"), BY_LAYER("package-by-layer"),
        FEATURES_IN_LAYERS("features inside the layers");

        private final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    /**
     * What was inferred: the package whose sub-packages are modules (or layers, when the features are inside the
     * layers), the module names (none when organised by layer only), and the packages beside them that are layers
     * or shared kernel.
     */
    record Inferred(Kind kind, String root, SortedSet<String> modules, SortedSet<String> layers, SortedSet<String> shared) {

        /** Whether the packages below the root are layers (with or without features inside them). */
        boolean byLayer() {
            return kind == Kind.BY_LAYER || kind == Kind.FEATURES_IN_LAYERS;
        }

        /** The module of a class in package {@code packageName}, if any. */
        Optional<String> moduleOf(String packageName) {
            if (modules.isEmpty() || !packageName.startsWith(root.isEmpty() ? "" : root + ".")) {
                return Optional.empty();
            }
            String rest = root.isEmpty() ? packageName : packageName.substring(root.length() + 1);
            String[] segments = rest.split("\\.");
            if (kind != Kind.FEATURES_IN_LAYERS) {
                return modules.contains(segments[0]) ? Optional.of(segments[0]) : Optional.empty();
            }
            // web.orders.X, domain.model.cargo.Y: below a layer, through layer-named packages, to the first other name
            if (!layers.contains(segments[0])) {
                return Optional.empty();
            }
            for (int i = 1; i < segments.length; i++) {
                if (!isLayerName(segments[i])) {
                    return modules.contains(segments[i]) ? Optional.of(segments[i]) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * E.g. "modules inferred: package-by-feature, the packages below 'com.acme' (billing, orders); shared by
         * all, no module: common", or for a layered code base why there are none.
         */
        String description() {
            String below = "'" + root + "'";
            if (kind == Kind.BY_LAYER) {
                return "modules — none: inferred " + kind.text + ", the packages below " + below + " are layers ("
                        + String.join(", ", layers) + ")"
                        + (shared.isEmpty() ? "" : " beside " + String.join(", ", shared))
                        + "; name the modules with withModules(\"" + (root.isEmpty() ? "" : root + ".") + "(*)..\") if there are any";
            }
            if (modules.isEmpty()) {
                return "modules — none: no feature packages below " + below;
            }
            if (kind == Kind.FEATURES_IN_LAYERS) {
                return "modules inferred: " + kind.text + " below " + below + " (" + String.join(", ", layers)
                        + ") are the modules (" + String.join(", ", modules) + ")"
                        + (shared.isEmpty() ? "" : "; shared by all, no module: " + String.join(", ", shared));
            }
            StringBuilder text = new StringBuilder("modules inferred: ").append(kind.text).append(", the packages below ")
                    .append(below).append(" (").append(String.join(", ", modules)).append(')');
            SortedSet<String> notModules = new TreeSet<>(layers);
            notModules.addAll(shared);
            if (!notModules.isEmpty()) {
                text.append("; shared by all, no module: ").append(String.join(", ", notModules));
            }
            return text.toString();
        }
    }

    private ModuleLayoutInference() {
    }

    /** Infers the layout below {@code basePackage} from the package names of its classes (one entry per class). */
    static Inferred infer(String basePackage, Collection<String> packagesOfClasses) {
        String root = basePackage;
        SortedMap<String, Integer> children = children(root, packagesOfClasses);
        while (children.size() == 1) {
            root = child(root, children.firstKey());
            children = children(root, packagesOfClasses);
        }
        for (String name : children.keySet()) {
            if (CONTAINER_NAMES.contains(name)) {
                String container = child(root, name);
                SortedMap<String, Integer> nested = children(container, packagesOfClasses);
                if (nested.size() >= 2) {
                    Inferred inside = classify(Kind.NESTED_ROOT, container, nested);
                    if (inside.kind() != Kind.BY_LAYER) {
                        return inside;
                    }
                }
            }
        }
        Inferred inferred = classify(Kind.BY_FEATURE, root, children);
        return inferred.kind() == Kind.BY_LAYER ? featuresInLayers(inferred, packagesOfClasses) : inferred;
    }

    /**
     * The features inside the layers of a package-by-layer code base, if its layers are cut by feature: a feature
     * name (not a layer or shared-kernel name) below two or more behaviour layers ({@code web.orders},
     * {@code service.orders}; {@link #BEHAVIOUR_LAYER_NAMES}), or two or more aggregates of a DDD domain model
     * ({@code domain.model.cargo}). Data-shape layers ({@code dto.orders}, {@code model.orders}) are not searched. Layer-named packages inside a layer
     * ({@code domain.model}, {@code service.impl}) are walked through. Otherwise the code base keeps no modules.
     */
    private static Inferred featuresInLayers(Inferred byLayer, Collection<String> packagesOfClasses) {
        SortedMap<String, SortedSet<String>> layersOfFeature = new TreeMap<>();
        SortedSet<String> aggregates = new TreeSet<>();
        for (String layer : byLayer.layers()) {
            if (!BEHAVIOUR_LAYER_NAMES.contains(layer.toLowerCase(java.util.Locale.ROOT)) && !layer.equalsIgnoreCase("domain")) {
                continue;
            }
            collectFeatures(child(byLayer.root(), layer), layer, List.of(layer), packagesOfClasses, layersOfFeature, aggregates);
        }
        boolean acrossLayers = layersOfFeature.values().stream().anyMatch(layers -> layers.size() >= 2);
        if (layersOfFeature.size() < 2 || !acrossLayers && aggregates.size() < 2) {
            return byLayer;
        }
        return new Inferred(Kind.FEATURES_IN_LAYERS, byLayer.root(), new TreeSet<>(layersOfFeature.keySet()),
                byLayer.layers(), byLayer.shared());
    }

    private static void collectFeatures(String pkg, String layer, List<String> path, Collection<String> packagesOfClasses,
                                        SortedMap<String, SortedSet<String>> layersOfFeature, SortedSet<String> aggregates) {
        for (String name : children(pkg, packagesOfClasses).keySet()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (LAYER_NAMES.contains(lower)) {
                List<String> deeper = new java.util.ArrayList<>(path);
                deeper.add(lower);
                collectFeatures(child(pkg, name), layer, deeper, packagesOfClasses, layersOfFeature, aggregates);
            } else if (!SHARED_NAMES.contains(lower)) {
                layersOfFeature.computeIfAbsent(name, feature -> new TreeSet<>()).add(layer);
                if (isDomainModel(path)) {
                    aggregates.add(name);
                }
            }
        }
    }

    /** {@code domain.model}: the package a DDD code base cuts into aggregates. */
    private static boolean isDomainModel(List<String> path) {
        return path.size() >= 2 && path.get(path.size() - 2).equalsIgnoreCase("domain") && path.get(path.size() - 1).equals("model");
    }

    private static boolean isLayerName(String name) {
        return LAYER_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static Inferred classify(Kind byFeature, String root, SortedMap<String, Integer> children) {
        SortedSet<String> layers = new TreeSet<>();
        SortedSet<String> shared = new TreeSet<>();
        SortedSet<String> features = new TreeSet<>();
        int layerClasses = 0;
        int featureClasses = 0;
        for (Map.Entry<String, Integer> child : children.entrySet()) {
            String name = child.getKey().toLowerCase(java.util.Locale.ROOT);
            if (LAYER_NAMES.contains(name)) {
                layers.add(child.getKey());
                layerClasses += child.getValue();
            } else if (SHARED_NAMES.contains(name)) {
                shared.add(child.getKey());
            } else {
                features.add(child.getKey());
                featureClasses += child.getValue();
            }
        }
        if (features.isEmpty() && !layers.isEmpty() || layers.size() >= 2 && layerClasses >= featureClasses) {
            return new Inferred(Kind.BY_LAYER, root, new TreeSet<>(), layers, merge(shared, features));
        }
        return new Inferred(byFeature, root, features, layers, shared);
    }

    private static SortedSet<String> merge(SortedSet<String> a, SortedSet<String> b) {
        SortedSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String child(String root, String name) {
        return root.isEmpty() ? name : root + "." + name;
    }

    /** The sub-packages one level below {@code root}, with how many classes each holds (its whole tree). */
    private static SortedMap<String, Integer> children(String root, Collection<String> packagesOfClasses) {
        String prefix = root.isEmpty() ? "" : root + ".";
        SortedMap<String, Integer> children = new TreeMap<>();
        for (String pkg : packagesOfClasses) {
            if (!pkg.startsWith(prefix) || pkg.length() == prefix.length() || root.isEmpty() && pkg.isEmpty()) {
                continue;
            }
            String rest = pkg.substring(prefix.length());
            int dot = rest.indexOf('.');
            children.merge(dot < 0 ? rest : rest.substring(0, dot), 1, Integer::sum);
        }
        return children;
    }
}
