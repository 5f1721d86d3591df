package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.model.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.archrules.core.model.Role.CLIENT;
import static dev.archrules.core.model.Role.CONFIGURATION;
import static dev.archrules.core.model.Role.CONTROLLER;
import static dev.archrules.core.model.Role.ENTITY;
import static dev.archrules.core.model.Role.REPOSITORY;
import static dev.archrules.core.model.Role.SERVICE;

/**
 * Role detection over one {@link Vocabulary}: an ordered list of tiers (replacement, annotation, declared
 * bean factory and handler methods, supertype, enclosing class, suffix, package, usage, generic bean), tried
 * strongest first; the first tier that finds a role decides it — but a service named and working as a data-access
 * object is a repository, one named for the client it is a client ({@link RoleTiers#refineService}). Annotation types
 * never have a role.
 *
 * <p>Immutable and without caches: the per-run cache is {@link Roles}, which asks the detector once per class.
 */
public final class RoleDetector {

    /** The order in which roles are tried within a tier. */
    public static final List<Role> ROLE_ORDER = List.of(ENTITY, CONFIGURATION, CLIENT, REPOSITORY, CONTROLLER, SERVICE);

    private final Vocabulary vocabulary;
    private final List<RoleTier> tiers;
    /** The roles tried after the replacement tier: those whose detection was not replaced, in role order. */
    private final List<Role> detectable;
    /** Role package patterns compiled once ({@link PackageMatcher#of} compiles a regular expression). */
    private final Map<String, PackageMatcher> packageMatchers;

    RoleDetector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.tiers = RoleTiers.ALL;
        this.detectable = ROLE_ORDER.stream().filter(role -> vocabulary.role(role).replacement().isEmpty()).toList();
        Map<String, PackageMatcher> matchers = new HashMap<>();
        vocabulary.roles().values().forEach(convention ->
                convention.packages().forEach(pattern -> matchers.put(pattern, PackageMatcher.of(pattern))));
        this.packageMatchers = Map.copyOf(matchers);
    }

    /** The names of the tiers, in the order they are tried. */
    public List<String> tiers() {
        return tiers.stream().map(RoleTier::name).toList();
    }

    /** The role of {@code javaClass} and its reason; {@code run} answers (and caches) for other classes. */
    Optional<RoleMatch> detect(JavaClass javaClass, Roles run) {
        if (javaClass.isAnnotation()) {
            return Optional.empty();
        }
        for (RoleTier tier : tiers) {
            Optional<RoleMatch> match = tier.match(javaClass, this, run);
            if (match.isPresent()) {
                return tier == RoleTiers.ALL.get(0) ? match : RoleTiers.refineService(javaClass, match.get(), this, run);
            }
        }
        return Optional.empty();
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<Role> detectable() {
        return detectable;
    }

    boolean detects(Role role) {
        return detectable.contains(role);
    }

    PackageMatcher packageMatcher(String pattern) {
        return packageMatchers.get(pattern);
    }
}
