package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.Conventions.RoleMatch;

import java.util.Objects;
import java.util.Optional;

/**
 * One tier of role detection: a named signal that either decides the role of a class, with the reason
 * {@link Conventions#explainRole} reports, or passes the class on to the next tier.
 *
 * @param name   the tier, as {@code docs/conventions.md} names it, e.g. {@code suffix}
 * @param signal the function that looks for the signal
 */
record RoleTier(String name, Signal signal) {

    RoleTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signal, "signal");
    }

    /** The role this tier finds for {@code javaClass}, if any. */
    Optional<RoleMatch> match(JavaClass javaClass, RoleDetector detector, Roles run) {
        return signal.match(javaClass, detector, run);
    }

    /** What a tier does: look at the class with the detector's vocabulary; {@code run} answers for other classes. */
    @FunctionalInterface
    interface Signal {
        Optional<RoleMatch> match(JavaClass javaClass, RoleDetector detector, Roles run);
    }
}
