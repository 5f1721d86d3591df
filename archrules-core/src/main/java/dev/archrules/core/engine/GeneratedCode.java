package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.source.SourceIndex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.BiPredicate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generated and synthetic code of one run, which is not the team's code (see {@code docs/rules.md}, "Generated
 * code"). A class is generated when it, or a class it is nested in, carries an annotation of
 * {@link Term#GENERATED_ANNOTATIONS} — in bytecode for those with {@code CLASS} or {@code RUNTIME} retention, in
 * its source file for the standard {@code @Generated} annotations, which have {@code SOURCE} retention — or when
 * its source file lies in a folder of generated sources ({@code target/generated-sources}, {@code build/generated}),
 * or when it is protoc's outer class of a {@code .proto} file or nested in one ({@link #isProtocOuterClass}: older protoc
 * versions write no {@code @Generated}).
 * A member is generated when it is synthetic (bridge methods, accessors, enum and switch tables), carries such an
 * annotation (Lombok's {@code @lombok.Generated}), or is a field a bytecode enhancer added. Verdicts on classes are
 * kept for the run.
 */
public final class GeneratedCode {

    /**
     * Per class, for each direct dependency in ArchUnit's order, whether it comes from a synthetic member: held weakly
     * and holding no class, so it goes with the import.
     */
    private static final Map<JavaClass, boolean[]> SYNTHETIC_DEPENDENCIES =
            Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Prefixes of the members bytecode enhancers add (OpenJPA's enhancer, EclipseLink's weaving, Hibernate's enhancer),
     * by the marker type the enhanced class implements.
     */
    private static final Map<String, String> ENHANCER_PREFIXES = Map.of(
            "org.apache.openjpa.enhance.PersistenceCapable", "pc",
            "org.eclipse.persistence.internal.weaving.PersistenceWeaved", "_persistence_",
            "org.hibernate.engine.spi.ManagedEntity", "$$_hibernate_",
            "org.hibernate.engine.spi.PersistentAttributeInterceptable", "$$_hibernate_");

    /** The marker types of bytecode enhancers ({@link #isSynthetic}): an import must resolve them to tell enhanced classes. */
    public static final Set<String> ENHANCER_MARKERS = Set.copyOf(ENHANCER_PREFIXES.keySet());

    private final Set<String> markers;
    private final SourceIndex sources;
    private final TypeHierarchy types;
    private final Map<String, Boolean> classes = new ConcurrentHashMap<>();

    /**
     * Generated code marked by these annotations (by exact name), the source files found through {@code sources} and
     * the supertypes of enhanced classes through {@code types}.
     */
    public GeneratedCode(Set<String> markers, SourceIndex sources, TypeHierarchy types) {
        this.markers = Set.copyOf(markers);
        this.sources = sources;
        this.types = types;
    }

    /** Whether {@code javaClass} is generated: marked (or nested in a marked class), or compiled from generated sources. */
    public boolean isGenerated(JavaClass javaClass) {
        return classes.computeIfAbsent(javaClass.getName(), name -> generated(javaClass));
    }

    private boolean generated(JavaClass javaClass) {
        return Locations.selfAndEnclosing(javaClass).anyMatch(type -> marked(type) || isProtocOuterClass(type))
                || sources.isMarkedInSource(javaClass, markers);
    }

    private static final String PROTOBUF = "com.google.protobuf.";

    /**
     * Whether {@code type} is the outer class protoc writes for a {@code .proto} file — the static
     * {@code registerAllExtensions(ExtensionRegistry…)} beside a static {@code getDescriptor()} returning the file's
     * {@code Descriptors.FileDescriptor} — which older protoc versions wrote without {@code @Generated} (their
     * "DO NOT EDIT!" comment may follow a licence header). Its message classes are nested in it.
     */
    static boolean isProtocOuterClass(JavaClass type) {
        boolean registers = type.getMethods().stream().anyMatch(method -> method.getName().equals("registerAllExtensions")
                && method.getModifiers().contains(JavaModifier.STATIC) && method.getRawParameterTypes().size() == 1
                && method.getRawParameterTypes().get(0).getName().startsWith(PROTOBUF + "ExtensionRegistry"));
        return registers && type.getMethods().stream().anyMatch(method -> method.getName().equals("getDescriptor")
                && method.getModifiers().contains(JavaModifier.STATIC) && method.getRawParameterTypes().isEmpty()
                && method.getRawReturnType().getName().equals(PROTOBUF + "Descriptors$FileDescriptor"));
    }

    private boolean marked(JavaClass type) {
        return type.getAnnotations().stream().anyMatch(annotation -> markers.contains(annotation.getRawType().getName()));
    }

    /**
     * Whether {@code member} is generated: synthetic, marked with a generated annotation in bytecode (Lombok's), or
     * added by a bytecode enhancer (OpenJPA's {@code pc…}, EclipseLink's {@code _persistence_…}, Hibernate's
     * {@code $$_hibernate_…}).
     */
    public boolean isGenerated(JavaMember member) {
        if (isSynthetic(member)) {
            return true;
        }
        if (member.getAnnotations().stream().anyMatch(annotation -> markers.contains(annotation.getRawType().getName()))) {
            return true;
        }
        return isEnhancerMember(member, types::isAssignableTo);
    }

    /**
     * Whether the compiler or a bytecode enhancer made {@code member}: synthetic, named {@code $$_hibernate_…}, or named
     * with the prefix of the enhancer whose marker type its class implements (OpenJPA's {@code pc…} in a
     * {@code PersistenceCapable}, EclipseLink's {@code _persistence_…} in a {@code PersistenceWeaved} class).
     */
    public static boolean isSynthetic(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.SYNTHETIC) || member.getName().startsWith("$$_hibernate_")
                || isEnhancerMember(member, ImportedSupertypes::isAssignableTo);
    }

    /**
     * Whether {@code member} bears the prefix of an enhancer whose marker type its class implements, by {@code assignable}
     * (the import's supertypes, or the class path's too). Asked for the origin of every dependency: a loop, and the
     * supertypes looked at only for a name with the prefix.
     */
    private static boolean isEnhancerMember(JavaMember member, BiPredicate<JavaClass, String> assignable) {
        String name = member.getName();
        for (Map.Entry<String, String> enhancer : ENHANCER_PREFIXES.entrySet()) {
            if (name.startsWith(enhancer.getValue()) && assignable.test(member.getOwner(), enhancer.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dependency comes from a synthetic member ({@link #isSynthetic}): an access in one, or its signature. */
    public static boolean isFromSynthetic(Dependency dependency) {
        return origins(dependency).stream().anyMatch(GeneratedCode::isSynthetic);
    }

    /**
     * The direct dependencies of {@code javaClass} ({@link JavaClass#getDirectDependenciesFromSelf()}, in its order)
     * that do not come from a synthetic member. Which ones do is found once per class: most rules walk the same
     * dependencies, and telling where a dependency comes from is the expensive part.
     */
    public static List<Dependency> dependenciesNotFromSynthetic(JavaClass javaClass) {
        Set<Dependency> all = javaClass.getDirectDependenciesFromSelf();
        boolean[] synthetic = SYNTHETIC_DEPENDENCIES.get(javaClass);
        if (synthetic == null || synthetic.length != all.size()) {
            synthetic = new boolean[all.size()];
            int index = 0;
            for (Dependency dependency : all) {
                synthetic[index++] = isFromSynthetic(dependency);
            }
            SYNTHETIC_DEPENDENCIES.put(javaClass, synthetic);
        }
        List<Dependency> result = new ArrayList<>(all.size());
        int index = 0;
        for (Dependency dependency : all) {
            if (!synthetic[index++]) {
                result.add(dependency);
            }
        }
        return result;
    }

    private static List<JavaMember> origins(Dependency dependency) {
        List<JavaMember> origins = new ArrayList<>();
        dependency.convertTo(JavaAccess.class).forEach(access -> origins.add(access.getOrigin()));
        origins.addAll(dependency.convertTo(JavaMember.class));
        return origins;
    }

    /** Whether a dependency comes from a generated member: an access in one, or its signature or annotations. */
    public boolean isFromGenerated(Dependency dependency) {
        return origins(dependency).stream().anyMatch(this::isGenerated);
    }
}
