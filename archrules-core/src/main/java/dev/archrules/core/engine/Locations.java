package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.SourceLocation;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** Names, keys and source locations shared by the rules. */
public final class Locations {

    private Locations() {
    }

    /**
     * The name used in keys: the class name with anonymous and local class suffixes ({@code $1},
     * {@code $1Local}) cut off, because javac renumbers them when code is added above.
     */
    public static String stableName(JavaClass javaClass) {
        String name = javaClass.getName();
        for (int i = 0; i < name.length() - 1; i++) {
            if (name.charAt(i) == '$' && Character.isDigit(name.charAt(i + 1))) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** The simple name of {@link #stableName}: an anonymous class in {@code OrderService} is "OrderService". */
    public static String simpleName(JavaClass javaClass) {
        String name = stableName(javaClass);
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
    }

    /**
     * An ArchUnit description that ends with {@code in (File.java:line)}, with "(and N more)" inserted
     * before the location when the same thing happens {@code count} times.
     */
    public static String withCount(String description, int count) {
        if (count <= 1) {
            return description;
        }
        String more = " (and " + (count - 1) + " more)";
        int in = description.lastIndexOf(" in (");
        return in < 0 ? description + more : description.substring(0, in) + more + description.substring(in);
    }

    /** The outermost class name, to recognise dependencies within one top-level class. */
    public static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    /** The outermost class {@code javaClass} is nested in, or {@code javaClass} itself when it is a top-level class. */
    public static JavaClass topLevel(JavaClass javaClass) {
        JavaClass top = javaClass;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    public static boolean sameTopLevel(JavaClass a, JavaClass b) {
        return topLevelName(a).equals(topLevelName(b));
    }

    /** {@code javaClass}, then the class it is nested in, and so on out to its top-level class. */
    public static Stream<JavaClass> selfAndEnclosing(JavaClass javaClass) {
        return Stream.iterate(java.util.Optional.of(javaClass), java.util.Optional::isPresent, type -> type.get().getEnclosingClass())
                .map(java.util.Optional::get);
    }

    /**
     * The directory or archive a class was read from ({@code file:/app/target/classes/},
     * {@code jar:file:/repo/lib-1.0.jar!/}): its class file's URI up to the package path; empty when ArchUnit read no
     * class file for it.
     */
    public static java.util.Optional<String> artifactOf(JavaClass javaClass) {
        return javaClass.getSource().map(source -> {
            String uri = source.getUri().toString();
            int end = uri.lastIndexOf(javaClass.getName().replace('.', '/'));
            return end < 0 ? uri : uri.substring(0, end);
        });
    }

    /** Whether two classes were read from one directory or archive; true when either's is unknown. */
    public static boolean sameArtifact(JavaClass a, JavaClass b) {
        java.util.Optional<String> first = artifactOf(a);
        java.util.Optional<String> second = artifactOf(b);
        return first.isEmpty() || second.isEmpty() || first.get().equals(second.get());
    }

    public static SourceLocation of(SourceCodeLocation location) {
        String file = location.getSourceFileName();
        JavaClass source = location.getSourceClass();
        if (file == null || file.isBlank()) {
            return SourceLocation.of(source.getName(), location.getLineNumber());
        }
        return new SourceLocation(source.getName(), file, location.getLineNumber());
    }

    public static SourceLocation of(Dependency dependency) {
        return of(dependency.getSourceCodeLocation());
    }

    /**
     * Where a dependency is used: its line, or, for dependencies bytecode has no line for (field types,
     * signatures), the first line of the origin class.
     */
    public static SourceLocation ofUse(Dependency dependency) {
        SourceLocation location = of(dependency);
        return location.line() > 0 ? location : of(dependency.getOriginClass());
    }

    /** The first line of the class that bytecode knows: its first constructor or method. */
    public static SourceLocation of(JavaClass javaClass) {
        int line = javaClass.getCodeUnits().stream()
                .mapToInt(codeUnit -> codeUnit.getSourceCodeLocation().getLineNumber())
                .filter(number -> number > 0)
                .min().orElse(0);
        return withLine(javaClass, line);
    }

    public static SourceLocation of(JavaCodeUnit codeUnit) {
        int line = codeUnit.getSourceCodeLocation().getLineNumber();
        return line > 0 ? of(codeUnit.getSourceCodeLocation()) : of(codeUnit.getOwner());
    }

    /**
     * A field has no line in bytecode; its first write (usually the declaration's initializer or the
     * constructor assignment), else its first access in its own class, else the class, stands in.
     */
    public static SourceLocation of(JavaField field) {
        JavaClass owner = field.getOwner();
        Comparator<JavaAccess<?>> byLine = Comparator.comparingInt(access -> access.getLineNumber());
        return field.getAccessesToSelf().stream()
                .filter(access -> sameTopLevel(access.getOriginOwner(), owner) && access.getLineNumber() > 0)
                .sorted(Comparator.<JavaAccess<?>, Boolean>comparing(access -> !isWrite(access)).thenComparing(byLine))
                .findFirst()
                .map(access -> of(access.getSourceCodeLocation()))
                .orElseGet(() -> of(owner));
    }

    private static boolean isWrite(JavaAccess<?> access) {
        return access instanceof com.tngtech.archunit.core.domain.JavaFieldAccess fieldAccess
                && fieldAccess.getAccessType() == com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType.SET;
    }

    private static SourceLocation withLine(JavaClass javaClass, int line) {
        SourceLocation base = of(javaClass.getSourceCodeLocation());
        return new SourceLocation(base.className(), base.fileName(), line);
    }

    /** "Controller", "Service", … for the start of a sentence. */
    public static String capitalized(Role role) {
        String name = role.displayName();
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** {@code word} at the start of a sentence: "GraphQL handler", "Filter", but "gRPC service" kept as it is written. */
    public static String sentenceStart(String word) {
        if (word.isEmpty() || word.length() > 1 && Character.isUpperCase(word.charAt(1))) {
            return word;
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public static String roleOrClass(java.util.Optional<Role> role) {
        return role.map(Locations::capitalized).orElse("Class");
    }

    public static <T> Stream<T> stream(Iterable<T> iterable) {
        return java.util.stream.StreamSupport.stream(iterable.spliterator(), false);
    }
}
