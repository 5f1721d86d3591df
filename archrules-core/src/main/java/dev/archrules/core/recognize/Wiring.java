package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;

/** Wiring is not use: recognises classes that are handed a collaborator only to pass it on. */
public final class Wiring {

    private Wiring() {
    }

    /**
     * Whether {@code javaClass} never keeps or calls {@code collaborator}, although it receives it (as a
     * constructor parameter, say): it only passes it on, to {@code super(…)} or to an object it builds.
     */
    public static boolean onlyPassesOn(JavaClass javaClass, JavaClass collaborator) {
        boolean kept = javaClass.getFields().stream().anyMatch(field -> field.getRawType().equals(collaborator));
        boolean used = javaClass.getAccessesFromSelf().stream()
                .anyMatch(access -> access.getTargetOwner().equals(collaborator) || access.getTargetOwner().isAssignableTo(collaborator.getName()));
        return !kept && !used;
    }
}
