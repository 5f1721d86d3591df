package dev.archrules.core.internal.types;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@link JavaClass#isAssignableTo(String)} with the answer's ingredients remembered: the names of a class, its
 * superclasses and its interfaces as the import has them, collected once per class. ArchUnit's own method builds
 * that list and a predicate with a description on every call, and the rules ask it millions of times on a large
 * code base. Same answers, by definition: the set holds exactly what ArchUnit compares the name with.
 *
 * <p>The classes of an import do not change once it is done, so the sets stay true for as long as the classes
 * live; they are held weakly and go with the import. Safe to use from several threads.
 */
public final class ImportedSupertypes {

    private static final Map<JavaClass, Set<String>> NAMES = Collections.synchronizedMap(new WeakHashMap<>());

    private ImportedSupertypes() {
    }

    /** Whether {@code type} is {@code typeName} or, by the import, one of its subtypes: {@link JavaClass#isAssignableTo(String)}. */
    public static boolean isAssignableTo(JavaClass type, String typeName) {
        return of(type).contains(typeName);
    }

    /** The binary names of {@code type}, its superclasses and its interfaces (transitively), as the import has them. */
    public static Set<String> of(JavaClass type) {
        Set<String> names = NAMES.get(type);
        if (names != null) {
            return names;
        }
        Set<String> collected = new HashSet<>();
        collected.add(type.getName());
        type.getAllRawSuperclasses().forEach(superclass -> collected.add(superclass.getName()));
        type.getAllRawInterfaces().forEach(anInterface -> collected.add(anInterface.getName()));
        Set<String> result = Set.copyOf(collected);
        NAMES.put(type, result);
        return result;
    }
}
