package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCodeUnit;

import java.util.Optional;

/** Where a dependency of ArchUnit's comes from: the access it is, the method or constructor it lies in. */
public final class DependencyOrigins {

    private DependencyOrigins() {
    }

    /**
     * The access a dependency is — a method or constructor call, a field access — if it is one: ArchUnit converts a
     * dependency to at most one. None for a dependency of a signature, a field's type or a class literal.
     */
    public static Optional<JavaAccess<?>> accessOf(Dependency dependency) {
        for (JavaAccess<?> access : dependency.convertTo(JavaAccess.class)) {
            return Optional.of(access);
        }
        return Optional.empty();
    }

    /**
     * The method or constructor a dependency lies in, if it lies in one: the origin of an access, or the
     * code unit whose signature (return type, parameter, referenced class object, …) it comes from. ArchUnit
     * keeps the origin of non-access dependencies only in their description, which starts with the code
     * unit's own description.
     */
    public static Optional<JavaCodeUnit> codeUnitOf(Dependency dependency) {
        Optional<JavaAccess<?>> access = accessOf(dependency);
        if (access.isPresent()) {
            return Optional.of(access.get().getOrigin());
        }
        String description = dependency.getDescription();
        return dependency.getOriginClass().getCodeUnits().stream()
                .filter(codeUnit -> description.startsWith(codeUnit.getDescription() + " "))
                .findFirst();
    }
}
