package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.PackageMatcher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled ArchUnit package patterns, one per pattern per JVM: {@link PackageMatcher#of} compiles a regular
 * expression, which exclusions and role packages would otherwise do again for every class they test.
 */
final class PackagePatterns {

    private static final Map<String, PackageMatcher> COMPILED = new ConcurrentHashMap<>();

    private PackagePatterns() {
    }

    /** Whether {@code packageName} matches {@code pattern} (e.g. {@code com.acme.legacy..}). */
    static boolean matches(String pattern, String packageName) {
        return COMPILED.computeIfAbsent(pattern, PackageMatcher::of).matches(packageName);
    }
}
