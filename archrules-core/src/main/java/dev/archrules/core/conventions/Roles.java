package dev.archrules.core.conventions;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.model.Role;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The roles of one run: asks the {@link Conventions} once per class and remembers the answer (and whether a
 * type belongs to an API catalogue) for as long as this object lives. A checklist creates one per
 * {@code RuleContext}; the conventions themselves stay an immutable value without caches.
 *
 * <p>Thread-safe: the rules of a run may ask from several threads. Classes are held weakly.
 */
public final class Roles {

    private final Conventions conventions;
    private final Map<JavaClass, Optional<RoleMatch>> roles = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<JavaClass, Boolean> dataAccessApis = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<JavaClass, Boolean> httpClientApis = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<JavaPackage, MapperScans> mapperScans = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<JavaClass, Optional<ExternalClients.Match>> externalClients = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<JavaPackage, LayerPackages> layerPackages = Collections.synchronizedMap(new WeakHashMap<>());

    /** The classes whose role the calling thread is detecting in this run. */
    private final ThreadLocal<Set<JavaClass>> detecting = ThreadLocal.withInitial(HashSet::new);

    /** The code base's root package, where layer packages are looked for; {@code null}: no roles from layer packages. */
    private final String basePackage;

    private Roles(Conventions conventions, String basePackage) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.basePackage = basePackage;
    }

    /** A new, empty run over {@code conventions}; with no base package it gives no roles from layer packages. */
    public static Roles of(Conventions conventions) {
        return new Roles(conventions, null);
    }

    /**
     * A new, empty run over {@code conventions} for the code base below {@code basePackage}: where the classes below it are
     * organised by layer, their layer packages give roles too ({@link Term#CONTROLLER_LAYER_PACKAGES} and its siblings).
     */
    public static Roles of(Conventions conventions, String basePackage) {
        return new Roles(conventions, Objects.requireNonNull(basePackage, "basePackage"));
    }

    /** The conventions this run asks. */
    public Conventions conventions() {
        return conventions;
    }

    /** Whether {@code javaClass} lies in the code base (below the base package); never, when the run has no base package. */
    boolean inCodeBase(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return basePackage != null && (name.equals(basePackage) || name.startsWith(basePackage + "."));
    }

    /** The role of {@code javaClass} and the signal it was detected by. */
    public Optional<RoleMatch> explainRole(JavaClass javaClass) {
        Optional<RoleMatch> known = roles.get(javaClass);
        if (known == null) {
            // not computeIfAbsent: the enclosing-class and generic-bean tiers ask for other classes while this one is
            // detected; a class asked for again while it is being detected (a helper and its user calling each other)
            // has no role yet, and that answer is not remembered
            Set<JavaClass> inProgress = detecting.get();
            if (!inProgress.add(javaClass)) {
                return Optional.empty();
            }
            try {
                known = conventions.detector().detect(javaClass, this);
            } finally {
                inProgress.remove(javaClass);
            }
            roles.put(javaClass, known);
        }
        return known;
    }

    /** Whether a scan annotation ({@code @MapperScan}) of the import registers {@code javaClass}'s package as mappers: SQL by definition. */
    public boolean isScannedMapper(JavaClass javaClass) {
        return javaClass.isInterface() && mapperScanOf(javaClass).isPresent();
    }

    /**
     * The class of the same import whose scan annotation ({@code @MapperScan}) registers the package of
     * {@code javaClass} as a mapper package, if one does; read once per import.
     */
    Optional<String> mapperScanOf(JavaClass javaClass) {
        JavaPackage root = javaClass.getPackage();
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        JavaPackage importRoot = root;
        return mapperScans.computeIfAbsent(importRoot, ignored -> MapperScans.of(importRoot, conventions.names(Term.MAPPER_SCAN_ANNOTATIONS)))
                .registeredBy(javaClass.getPackageName());
    }

    /**
     * The role the layer package of {@code javaClass} names, where its import is organised by layer ({@link LayerPackages});
     * inferred once per import.
     */
    Optional<LayerPackages.Layer> layerOf(JavaClass javaClass) {
        JavaPackage root = javaClass.getPackage();
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        if (basePackage == null) {
            return Optional.empty();
        }
        JavaPackage importRoot = root;
        return layerPackages.computeIfAbsent(importRoot, ignored -> LayerPackages.of(importRoot, basePackage, conventions.vocabulary()))
                .layerOf(javaClass);
    }

    /**
     * Tells this run which classes one import holds, so that the layer packages of that import are inferred from the
     * imported classes alone — as its module layout is ({@link ModuleLayout#resolvedFor}) — and not from the library
     * classes the resolver read from the class path to complete it. Without it, the classes of the import's package tree
     * below the base package stand for the code base. Call it before asking for roles in that import.
     */
    public void learnImport(JavaClasses classes) {
        if (basePackage != null) {
            layerPackages.put(classes.getDefaultPackage(), LayerPackages.of(classes, basePackage, conventions.vocabulary()));
        }
    }

    /** The role of {@code javaClass}, if any. */
    public Optional<Role> roleOf(JavaClass javaClass) {
        return explainRole(javaClass).map(RoleMatch::role);
    }

    /** Whether {@code javaClass} has {@code role}. */
    public boolean hasRole(JavaClass javaClass, Role role) {
        return roleOf(javaClass).filter(role::equals).isPresent();
    }

    /** A predicate for ArchUnit's {@code that(…)}: classes with {@code role}, described as e.g. "controllers". */
    public DescribedPredicate<JavaClass> classesWithRole(Role role) {
        return DescribedPredicate.describe(plural(role), javaClass -> hasRole(javaClass, role));
    }

    /** Whether {@code type} belongs to the data-access APIs. */
    public boolean isDataAccessApi(JavaClass type) {
        return dataAccessApis.computeIfAbsent(type, conventions::isDataAccessApi);
    }

    /** Whether {@code type} belongs to the HTTP client APIs. */
    public boolean isHttpClientApi(JavaClass type) {
        return httpClientApis.computeIfAbsent(type, conventions::isHttpClientApi);
    }

    /** The kind of external service client {@code type} is, if it is one ({@link Conventions#externalClient}). */
    public Optional<ExternalClients.Match> externalClient(JavaClass type) {
        return externalClients.computeIfAbsent(type, conventions::externalClient);
    }

    private static String plural(Role role) {
        return switch (role) {
            case CONTROLLER -> "controllers";
            case SERVICE -> "services";
            case REPOSITORY -> "repositories";
            case CLIENT -> "clients";
            case CONFIGURATION -> "configuration classes";
            case ENTITY -> "entities";
        };
    }
}
