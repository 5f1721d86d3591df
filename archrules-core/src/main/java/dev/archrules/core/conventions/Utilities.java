package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import java.util.Arrays;
import java.util.Set;

/**
 * Utility-shaped classes: named like one ({@link Term#UTILITY_NAME_SUFFIXES}), in a utility package
 * ({@link Term#UTILITY_PACKAGE_NAMES}), or made of static methods only. A class of that shape whose only role signal is
 * its use of data-access APIs is a <em>data-access utility</em> — a {@code DbUtils} running JDBC — not a repository:
 * role detection does not give it the repository role, and the data-access rules follow who uses it.
 */
public final class Utilities {

    private Utilities() {
    }

    /** Whether {@code javaClass} is shaped like a utility (name, package, or static methods only). */
    public static boolean isUtilityShaped(JavaClass javaClass, Vocabulary vocabulary) {
        if (javaClass.isInterface() || javaClass.isEnum() || javaClass.isAnnotation() || javaClass.isRecord()) {
            return false;
        }
        String simpleName = javaClass.getSimpleName();
        Set<String> suffixes = vocabulary.names(Term.UTILITY_NAME_SUFFIXES);
        if (suffixes.stream().anyMatch(suffix -> simpleName.length() > suffix.length() && simpleName.endsWith(suffix))) {
            return true;
        }
        Set<String> packages = vocabulary.names(Term.UTILITY_PACKAGE_NAMES);
        if (Arrays.stream(javaClass.getPackageName().split("\\.")).anyMatch(packages::contains)) {
            return true;
        }
        var methods = javaClass.getMethods().stream().filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)).toList();
        return !methods.isEmpty() && methods.stream().allMatch(method -> method.getModifiers().contains(JavaModifier.STATIC));
    }
}
