package dev.archrules.core.rules.packages;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.engine.RuleContext;

import java.util.List;
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
        return used;
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
