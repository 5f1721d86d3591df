package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Questions about the classes a class depends on, asking about each target once however many dependencies lead to it. */
public final class DependencyTargets {

    private DependencyTargets() {
    }

    /**
     * Whether one of the classes {@code javaClass} directly depends on matches {@code test}: a class with two hundred
     * dependencies on thirty classes asks thirty times, not two hundred.
     */
    public static boolean anyMatch(JavaClass javaClass, Predicate<JavaClass> test) {
        Set<JavaClass> asked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass();
            if (asked.add(target) && test.test(target)) {
                return true;
            }
        }
        return false;
    }
}
