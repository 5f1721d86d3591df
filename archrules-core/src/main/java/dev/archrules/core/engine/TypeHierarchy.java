package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.internal.io.ClassFileHeader;
import dev.archrules.core.internal.types.ImportedSupertypes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this type a subtype of that one?" whatever the import resolved. The {@linkplain
 * dev.archrules.core.ChecklistImporter recommended import} keeps library types that no rule declared as bare
 * names, and a bare type has no supertypes, so ArchUnit's own {@link JavaClass#isAssignableTo(String)} cannot
 * see past it: a class extending {@code java.util.TimerTask} is not a {@code Runnable} to ArchUnit unless
 * {@code TimerTask} was imported. This hierarchy goes on where ArchUnit's ends, by reading the class files'
 * headers (superclass and interfaces) from the class path, so {@link ChecklistRule#typesOfInterest()} is only a
 * speed hint: a declared type is answered by ArchUnit at once, an undeclared one from the class path.
 *
 * <p>One per run ({@link RuleContext} holds it): it remembers the supertypes it read for the run, and is safe to
 * use from several threads.
 */
public final class TypeHierarchy {

    private final ClassLoader loader;
    /** The direct supertypes read from each class file, by binary name; empty when the class path has no such type. */
    private final Map<String, List<String>> supertypes = new ConcurrentHashMap<>();
    /** Every supertype of a type, transitively, by binary name. */
    private final Map<String, Set<String>> ancestors = new ConcurrentHashMap<>();
    /** What {@link #isAssignableTo} compares with, per class asked about; held weakly, as a context may outlive an import. */
    private final Map<JavaClass, Set<String>> assignable = Collections.synchronizedMap(new WeakHashMap<>());

    private TypeHierarchy(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * A hierarchy read from the class path ArchUnit's own resolver reads from: the calling thread's context class
     * loader, else archrules' own.
     */
    public static TypeHierarchy ofClassPath() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return of(context != null ? context : TypeHierarchy.class.getClassLoader());
    }

    /** A hierarchy read from the class files {@code loader} finds. */
    public static TypeHierarchy of(ClassLoader loader) {
        return new TypeHierarchy(loader);
    }

    /**
     * Whether {@code type} is {@code typeName} or a subtype of it (by binary name, e.g. {@code java.lang.Runnable}),
     * also when a type in between is a bare name in the import.
     */
    public boolean isAssignableTo(JavaClass type, String typeName) {
        return supertypeNames(type).contains(typeName);
    }

    /** The names {@link #isAssignableTo} compares with: the type's own and its supertypes', by the import and then the class path. */
    private Set<String> supertypeNames(JavaClass type) {
        Set<String> names = assignable.get(type);
        if (names != null) {
            return names;
        }
        Set<String> imported = ImportedSupertypes.of(type);
        if (type.isArray() || type.isPrimitive()) {
            return imported;
        }
        // ArchUnit knows the hierarchy up to the first bare type on each path: go on from those
        Set<JavaClass> known = new HashSet<>(type.getAllRawSuperclasses());
        known.addAll(type.getAllRawInterfaces());
        known.add(type);
        Set<String> all = new HashSet<>(imported);
        known.stream().filter(member -> !member.isFullyImported()).forEach(member -> all.addAll(ancestors(member.getName())));
        Set<String> result = all.size() == imported.size() ? imported : Set.copyOf(all);
        assignable.put(type, result);
        return result;
    }

    /** Every supertype of the named type by the class path, transitively; empty if the class path does not have it. */
    Set<String> ancestors(String typeName) {
        Set<String> known = ancestors.get(typeName);
        if (known != null) {
            return known;
        }
        Set<String> found = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(supertypes(typeName));
        while (!next.isEmpty()) {
            String supertype = next.pop();
            if (found.add(supertype)) {
                next.addAll(supertypes(supertype));
            }
        }
        Set<String> result = Set.copyOf(found);
        Set<String> raced = ancestors.putIfAbsent(typeName, result);
        return raced != null ? raced : result;
    }

    private List<String> supertypes(String typeName) {
        if (typeName.equals("java.lang.Object")) {
            return List.of();
        }
        return supertypes.computeIfAbsent(typeName, this::read);
    }

    private List<String> read(String typeName) {
        try (InputStream in = loader.getResourceAsStream(typeName.replace('.', '/') + ".class")) {
            return in == null ? List.of() : ClassFileHeader.read(in).supertypes();
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }
}
