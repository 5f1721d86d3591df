package dev.archrules.core.rules.packages;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.engine.DependencyOrigins;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which dependencies of one class on another close a cycle a team would cut. Not counted (wiring code is left
 * out before, by {@link dev.archrules.core.recognize.Wiring#isWiringCode}):
 * <ul>
 *   <li><b>Annotations are metadata.</b> Being annotated with a type ({@code @HostKeyAlgoSupported} on a
 *       properties class, a Bean Validation constraint on an entity) or naming a class in an annotation
 *       ({@code @Constraint(validatedBy = …)}, {@code @EntityListeners(…)}, {@code @JsonDeserialize(using = …)})
 *       registers; it does not use. A constraint and its validator in one package, annotating entities of another
 *       that the validator reads, is Bean Validation's design, not a cycle to cut.</li>
 *   <li><b>Registering an implementation.</b> A class that only constructs another, or names it as a class
 *       object, where that other class implements an abstraction of the code base declared outside its own
 *       package, plugs an implementation in: a registry filling a map of its SPI's implementations
 *       ({@code resolvers.put(User.class, new UserResolver())}), a JAX-RS sub-resource locator returning
 *       {@code new OrderResourceImpl(…)} as its interface, an API naming its default implementation. The
 *       implementation depends on the abstraction; the registration is wiring.</li>
 *   <li><b>The two sides of a bidirectional JPA association.</b> An entity's association field of another entity (or of
 *       a collection of it), its accessors and their calls of the other side's accessors, where the other entity maps
 *       the association back ({@code Launch.logs} with {@code mappedBy = "launch"}, {@code Log.launch}): JPA needs both
 *       sides in the two classes, and entity packages split by aggregate meet there by design. Calling the other
 *       entity's logic counts.</li>
 * </ul>
 * Every other dependency counts: a field, a parameter or return type, a call or field access, inheritance,
 * {@code instanceof}, a caught or thrown type, and a construction followed by any use of the constructed class
 * itself (an object built to call its own methods is a collaborator, not a plug-in).
 */
final class CycleIdioms {

    private CycleIdioms() {
    }

    /** The dependencies of one origin class on {@code target} that count for cycles; empty if none does. */
    static List<Dependency> counted(JavaClass target, List<Dependency> dependencies, RuleContext context) {
        List<Dependency> used = dependencies.stream().filter(dependency -> !isAnnotation(dependency)).toList();
        if (!used.isEmpty() && used.stream().allMatch(CycleIdioms::isConstructionOrClassObject)
                && implementsAbstractionElsewhere(target, context)) {
            return List.of();
        }
        if (!used.isEmpty() && isSideOfBidirectionalAssociation(used.get(0).getOriginClass(), target, used, context)) {
            return List.of();
        }
        return used;
    }

    /** JPA's association annotations, by name (Jakarta and javax). */
    private static final Set<String> ASSOCIATIONS = Set.of(
            "jakarta.persistence.OneToMany", "jakarta.persistence.ManyToOne", "jakarta.persistence.OneToOne",
            "jakarta.persistence.ManyToMany", "javax.persistence.OneToMany", "javax.persistence.ManyToOne",
            "javax.persistence.OneToOne", "javax.persistence.ManyToMany");

    /** Accessor prefixes: what keeps the two sides of an association in step ({@code log.setLaunch(this)}). */
    private static final List<String> ACCESSOR_PREFIXES = List.of("get", "set", "is", "add", "remove");

    /**
     * Whether every dependency of one entity on another is its side of a bidirectional association between them: its
     * association field of the other's type (or of a collection of it), its accessors, and the calls of the other side's
     * accessors that keep both sides in step — where the other entity maps the association back to it
     * ({@code Launch.logs}, {@code @OneToMany(mappedBy = "launch")}; {@code Log.launch}, {@code @ManyToOne}). JPA needs
     * both sides in the two classes; entity packages split by aggregate meet there by the domain's design. A call of the
     * other entity's logic, or any other use, counts.
     */
    private static boolean isSideOfBidirectionalAssociation(JavaClass origin, JavaClass target, List<Dependency> used, RuleContext context) {
        if (!context.hasRole(origin, Role.ENTITY) || !context.hasRole(target, Role.ENTITY)) {
            return false;
        }
        List<JavaField> side = associationFields(origin, target);
        if (side.isEmpty() || associationFields(target, origin).isEmpty()) {
            return false;
        }
        return used.stream().allMatch(dependency -> side.stream().anyMatch(field -> dependency.getDescription()
                .startsWith("Field <" + field.getFullName() + "> ")) || isAccessorUse(dependency));
    }

    /** The fields of {@code owner} with a JPA association annotation whose type is {@code other} or names it as a type argument. */
    private static List<JavaField> associationFields(JavaClass owner, JavaClass other) {
        return owner.getFields().stream()
                .filter(field -> Annotations.hasAny(field, ASSOCIATIONS))
                .filter(field -> field.getRawType().equals(other) || field.getType() instanceof JavaParameterizedType type
                        && type.getActualTypeArguments().stream().anyMatch(argument -> argument.toErasure().equals(other)))
                .toList();
    }

    /**
     * A dependency in an accessor of the association ({@code getLogs()}, {@code addLog(Log)}): the accessor's signature, or
     * its call of one of the other side's accessors ({@code log.setLaunch(this)}).
     */
    private static boolean isAccessorUse(Dependency dependency) {
        Optional<JavaCodeUnit> unit = DependencyOrigins.codeUnitOf(dependency);
        if (unit.isEmpty() || !isAccessorName(unit.get().getName())) {
            return false;
        }
        Optional<JavaAccess<?>> access = DependencyOrigins.accessOf(dependency);
        if (access.isPresent()) {
            return access.get() instanceof JavaMethodCall call && isAccessorName(call.getName());
        }
        return !dependency.getDescription().contains(" calls constructor ");
    }

    private static boolean isAccessorName(String name) {
        return ACCESSOR_PREFIXES.stream().anyMatch(prefix -> name.startsWith(prefix) && name.length() > prefix.length()
                && Character.isUpperCase(name.charAt(prefix.length())));
    }

    // ArchUnit's dependencies carry their kind only in their description ("… is annotated with <…>")
    private static boolean isAnnotation(Dependency dependency) {
        String description = dependency.getDescription();
        return description.contains(" is annotated with <") || description.contains(" has annotation member of type <");
    }

    private static boolean isConstructionOrClassObject(Dependency dependency) {
        String description = dependency.getDescription();
        String target = "<" + dependency.getTargetClass().getName() + ".<init>(";
        return description.contains(" calls constructor " + target) || description.contains(" references constructor " + target)
                || description.contains(" references class object <" + dependency.getTargetClass().getName() + ">");
    }

    /** Whether {@code target} extends or implements a type of the code base declared in another package. */
    private static boolean implementsAbstractionElsewhere(JavaClass target, RuleContext context) {
        return Stream.concat(target.getAllRawSuperclasses().stream(), target.getAllRawInterfaces().stream())
                .anyMatch(type -> context.inScope(type) && !type.getPackageName().equals(target.getPackageName()));
    }
}
