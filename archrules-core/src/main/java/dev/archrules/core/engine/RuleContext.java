package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.Exclusions;
import dev.archrules.core.conventions.ModuleLayout;
import dev.archrules.core.conventions.Roles;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.source.SourceIndex;
import dev.archrules.core.source.SourceSettings;
import dev.archrules.core.source.internal.RunSourceIndex;
import dev.archrules.core.source.internal.SourceCache;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a rule needs to know about the code base: where it lives, how roles and modules are
 * recognised, the limits, and what to leave alone.
 *
 * @param basePackage the root package of the code base, e.g. {@code com.acme.shop}; empty means all packages
 * @param conventions role detection and framework vocabulary
 * @param modules     how the code base is cut into modules
 * @param thresholds  limits of the size rules
 * @param exclusions  classes the rules ignore, both as origin and as target of a dependency
 * @param sources     the source files of the run, for the rules that read source (SQL text, endpoints,
 *                    credentials, handler size)
 * @param allowedEndpoints URLs {@code config.no-hardcoded-endpoints} accepts
 * @param roles       the roles of this run, detected by {@code conventions} and remembered for the run
 * @param types       the supertypes of the run's types, also of library types the import kept as bare names
 *                    ({@link #isAssignableTo})
 * @param generated   the generated and synthetic code of the run: generated classes are out of scope unless the
 *                    exclusions {@linkplain Exclusions#includesGenerated() include} them, generated members never
 *                    produce findings
 */
public record RuleContext(String basePackage, Conventions conventions, ModuleLayout modules, Thresholds thresholds,
                          Exclusions exclusions, SourceIndex sources, EndpointAllowList allowedEndpoints, Roles roles,
                          TypeHierarchy types, GeneratedCode generated) {

    public RuleContext {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(modules, "modules");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(exclusions, "exclusions");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(allowedEndpoints, "allowedEndpoints");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(generated, "generated");
        if (roles.conventions() != conventions) {
            throw new IllegalArgumentException("roles must be detected by the context's conventions");
        }
    }

    /** A context whose generated code is marked by the {@link Term#GENERATED_ANNOTATIONS} of {@code conventions}. */
    public RuleContext(String basePackage, Conventions conventions, ModuleLayout modules, Thresholds thresholds,
                       Exclusions exclusions, SourceIndex sources, EndpointAllowList allowedEndpoints, Roles roles,
                       TypeHierarchy types) {
        this(basePackage, conventions, modules, thresholds, exclusions, sources, allowedEndpoints, roles, types,
                new GeneratedCode(conventions.names(Term.GENERATED_ANNOTATIONS), sources, types));
    }

    /**
     * A context with a new {@link Roles} run over {@code conventions}, whose type hierarchy is read from the class
     * path of the calling thread ({@link TypeHierarchy#ofClassPath()}).
     */
    public RuleContext(String basePackage, Conventions conventions, ModuleLayout modules, Thresholds thresholds,
                       Exclusions exclusions, SourceIndex sources, EndpointAllowList allowedEndpoints) {
        this(basePackage, conventions, modules, thresholds, exclusions, sources, allowedEndpoints, Roles.of(conventions, basePackage),
                TypeHierarchy.ofClassPath());
    }

    /** A context whose sources are found with the default settings and whose allow-list is the default one. */
    public RuleContext(String basePackage, Conventions conventions, ModuleLayout modules, Thresholds thresholds,
                       Exclusions exclusions) {
        this(basePackage, conventions, modules, thresholds, exclusions, RunSourceIndex.create(SourceSettings.defaults(), SourceCache.shared()),
                EndpointAllowList.defaults());
    }

    /** The defaults for a base package: default conventions, inferred modules, default thresholds, no exclusions. */
    public static RuleContext forBasePackage(String basePackage) {
        return new RuleContext(basePackage, Conventions.defaults(), ModuleLayout.inferred(basePackage),
                Thresholds.defaults(), Exclusions.none());
    }

    /** This context with another module layout, e.g. an inferred layout {@linkplain ModuleLayout#resolvedFor resolved} for one import. */
    public RuleContext withModules(ModuleLayout layout) {
        return new RuleContext(basePackage, conventions, layout, thresholds, exclusions, sources, allowedEndpoints, roles, types,
                generated);
    }

    /**
     * Whether {@code javaClass} is part of the analysed code base: inside the base package, not excluded, and not
     * generated (unless generated code is included).
     */
    public boolean inScope(JavaClass javaClass) {
        return inBaseAndNotExcluded(javaClass) && (exclusions.includesGenerated() || !generated.isGenerated(javaClass));
    }

    /** Whether {@code javaClass} is a generated class the run leaves out: in the base package, not excluded otherwise. */
    public boolean leftOutAsGenerated(JavaClass javaClass) {
        return !exclusions.includesGenerated() && inBaseAndNotExcluded(javaClass) && generated.isGenerated(javaClass);
    }

    private boolean inBaseAndNotExcluded(JavaClass javaClass) {
        String name = javaClass.getName();
        if (javaClass.getSimpleName().equals("package-info") || name.endsWith(".package-info")) {
            return false;
        }
        boolean inBase = basePackage.isEmpty()
                || name.startsWith(basePackage) && (name.length() == basePackage.length() || name.charAt(basePackage.length()) == '.');
        return inBase && !exclusions.excludes(javaClass);
    }

    /**
     * {@code location} in {@code javaClass}, or, where bytecode gives it no line (an interface or annotation type, a
     * dependency in a signature), the line of the class's declaration in its source file, if there is one.
     */
    public SourceLocation withSourceLine(SourceLocation location, JavaClass javaClass) {
        if (location.line() > 0 || !location.className().equals(javaClass.getName())) {
            return location;
        }
        return sources.declaration(javaClass).filter(declaration -> declaration.line() > 0)
                .map(declaration -> new SourceLocation(location.className(), location.fileName(), declaration.line()))
                .orElse(location);
    }

    /** {@code violation}, its location and the location ending its message given a source line by {@link #withSourceLine}. */
    public Violation withSourceLine(Violation violation, JavaClass javaClass) {
        SourceLocation located = withSourceLine(violation.location(), javaClass);
        if (located.equals(violation.location())) {
            return violation;
        }
        String message = violation.message();
        String old = violation.location().toString();
        String text = message.endsWith(old) ? message.substring(0, message.length() - old.length()) + located : message;
        return new Violation(violation.ruleId(), violation.key(), text, located, violation.hint(), violation.details(), violation.flow(),
                violation.sameFactAs());
    }

    /** The role of a class of the code base; classes outside it (libraries, excluded classes) have none. */
    public Optional<Role> roleOf(JavaClass javaClass) {
        return inScope(javaClass) ? roles.roleOf(javaClass) : Optional.empty();
    }

    /**
     * The word messages use for a class of the code base, lower case: its role said as what the class is ("GraphQL
     * handler", "message listener", "filter", "servlet", "resource" for kinds of controllers; "utility" for a class of
     * static methods), or "class" for a class without a role.
     */
    public String roleWord(JavaClass javaClass) {
        return roleOf(javaClass).map(role -> RoleWords.of(javaClass, role, this)).orElse("class");
    }

    /** Whether a class of the code base has {@code role}. */
    public boolean hasRole(JavaClass javaClass, Role role) {
        return roleOf(javaClass).filter(role::equals).isPresent();
    }

    /**
     * Whether {@code type} is the named type or a subtype of it (binary name, e.g. {@code java.lang.Runnable}),
     * whatever the import resolved: unlike ArchUnit's {@link JavaClass#isAssignableTo(String)} it also sees
     * through library types the recommended import kept as bare names, so a rule that asks here needs to declare
     * nothing in {@link ChecklistRule#typesOfInterest()}.
     */
    public boolean isAssignableTo(JavaClass type, String typeName) {
        return types.isAssignableTo(type, typeName);
    }

    /**
     * Whether {@code call} calls one of the methods a {@link Term} of kind METHODS names
     * ({@code owner.Type#method}), on the owner or a subtype of it — seen through library types the recommended import
     * kept as bare names, as {@link #isAssignableTo} does.
     */
    public boolean isCallTo(Term term, JavaMethodCall call) {
        return conventions.isCallTo(term, call, this::isAssignableTo);
    }
}
