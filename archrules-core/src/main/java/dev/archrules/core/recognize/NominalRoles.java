package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Roles a class has only by its name, where the name does not describe its job in the layers:
 * <ul>
 *   <li>a name borrowed from a framework's extension point: {@code CustomLockService extends StandardLockService}
 *       is named {@code …Service} because it implements the library's {@code LockService}, not because it is a
 *       business service — a library supertype's simple name ends with the same role suffix;</li>
 *   <li>a {@code …Client} that is a domain model or a value, not an outbound adapter (a SAML or OAuth "client"
 *       description, a view over a client model): neither it nor its superclasses use an HTTP client API, make
 *       an HTTP request, or use another client.</li>
 * </ul>
 * Classes whose role comes from an annotation, a supertype of the role or their usage are never nominal.
 */
public final class NominalRoles {

    /** The reason {@link dev.archrules.core.conventions.Conventions#explainRole} gives for the naming tier. */
    private static final String BY_NAME = "name ends with ";

    private NominalRoles() {
    }

    /** Whether the role of {@code javaClass} is only nominal (see the class comment). */
    public static boolean isNominal(JavaClass javaClass, RuleContext context) {
        if (!context.inScope(javaClass)) {
            return false;
        }
        Optional<RoleMatch> match = context.conventions().explainRole(javaClass);
        if (match.isEmpty() || !match.get().reason().startsWith(BY_NAME)) {
            return false;
        }
        String suffix = match.get().reason().substring(BY_NAME.length());
        return borrowsNameFromLibrarySupertype(javaClass, suffix, context)
                || match.get().role() == Role.CLIENT && !callsOut(javaClass, context);
    }

    private static boolean borrowsNameFromLibrarySupertype(JavaClass javaClass, String suffix, RuleContext context) {
        List<JavaClass> supertypes = new ArrayList<>(javaClass.getAllRawSuperclasses());
        supertypes.addAll(javaClass.getAllRawInterfaces());
        return supertypes.stream().anyMatch(type -> !context.inScope(type) && type.getSimpleName().endsWith(suffix));
    }

    /** Whether the class or one of its superclasses of the code base does what an outbound adapter does. */
    private static boolean callsOut(JavaClass javaClass, RuleContext context) {
        List<JavaClass> types = new ArrayList<>();
        types.add(javaClass);
        javaClass.getAllRawSuperclasses().stream().filter(context::inScope).forEach(types::add);
        for (JavaClass type : types) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (context.conventions().isHttpClientApi(target)
                        || !Locations.sameTopLevel(target, javaClass) && context.hasRole(target, Role.CLIENT)) {
                    return true;
                }
            }
            if (type.getMethodCallsFromSelf().stream().anyMatch(context.conventions()::isHttpClientCall)) {
                return true;
            }
        }
        return false;
    }
}
