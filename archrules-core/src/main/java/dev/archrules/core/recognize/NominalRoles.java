package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaType;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.Conventions.RoleMatch;
import dev.archrules.core.conventions.DependencyTargets;
import dev.archrules.core.conventions.RoleConvention;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Roles a class has only by its name, where the name does not describe its job in the layers:
 * <ul>
 *   <li>a name borrowed from a framework's extension point: {@code CustomLockService extends StandardLockService}
 *       is named {@code …Service} because it implements the library's {@code LockService}, not because it is a
 *       business service — a library supertype's simple name ends with the same role suffix;</li>
 *   <li>a {@code …Client} that is a domain model or a value, not an outbound adapter (a SAML or OAuth "client"
 *       description, a view over a client model): neither it nor its superclasses use an HTTP client API, make
 *       an HTTP request, or use another client;</li>
 *   <li>a {@code …Repository} that is not data access ({@link #isDataAccessRepository}): a backend SPI over values
 *       whose implementations are of many kinds.</li>
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

    /**
     * Whether a type with the repository role is data access, not just named like a repository: a type the conventions
     * declare a repository (annotation, supertype such as Spring Data's {@code Repository}, custom predicate; a MyBatis
     * mapper a {@code @MapperScan} registers too), one that uses a data-access API or has an entity in its method
     * signatures or its supertypes' type arguments, or an interface all of whose implementations in the code base are
     * such. An interface or decorator only named {@code …Repository} — a backend SPI over values, with implementations of
     * many kinds (Git, Vault, JDBC, …) — is not.
     */
    public static boolean isDataAccessRepository(JavaClass type, RuleContext context) {
        if (!context.hasRole(type, Role.REPOSITORY)) {
            return false;
        }
        if (declaredOrUsingDataAccess(type, context)) {
            return true;
        }
        if (!type.isInterface()) {
            return false;
        }
        List<JavaClass> implementations = implementations(type, context);
        return !implementations.isEmpty() && implementations.stream().allMatch(sub -> declaredOrUsingDataAccess(sub, context));
    }

    /**
     * Whether {@code type} is a backend SPI only named like a repository: an interface with the repository role that is
     * not {@linkplain #isDataAccessRepository data access} although the code base implements it — its implementations
     * are of many kinds (a file, Git, Vault and a JDBC one), over values. A repository class of the code base, or an
     * interface nothing in the code base implements, is no such SPI.
     */
    public static boolean isBackendSpi(JavaClass type, RuleContext context) {
        return type.isInterface() && context.hasRole(type, Role.REPOSITORY) && !implementations(type, context).isEmpty()
                && !isDataAccessRepository(type, context);
    }

    /** The classes of the code base implementing {@code type}. */
    private static List<JavaClass> implementations(JavaClass type, RuleContext context) {
        return type.getAllSubclasses().stream().filter(sub -> !sub.isInterface() && context.inScope(sub)).toList();
    }

    private static boolean declaredOrUsingDataAccess(JavaClass type, RuleContext context) {
        Conventions conventions = context.conventions();
        RoleConvention convention = conventions.convention(Role.REPOSITORY);
        if (convention.replacement().isPresent() || context.roles().isScannedMapper(type)
                || Annotations.hasAny(type, convention.annotations())
                || convention.supertypes().stream().anyMatch(name -> context.isAssignableTo(type, name))
                || convention.predicates().stream().anyMatch(predicate -> predicate.test(type))) {
            return true;
        }
        if (DependencyTargets.anyMatch(type, conventions::isDataAccessApi)) {
            return true;
        }
        // an entity in its method signatures, or as a type argument of its supertypes (JpaRepository<Invoice, Long>)
        Stream<JavaType> supertypes = Stream.concat(type.getInterfaces().stream(),
                type.getSuperclass().stream());
        return Stream.concat(supertypes, type.getMethods().stream()
                        .flatMap(method -> Stream.concat(Stream.of(method.getReturnType()), method.getParameterTypes().stream())))
                .flatMap(javaType -> javaType.getAllInvolvedRawTypes().stream())
                .anyMatch(involved -> context.hasRole(involved, Role.ENTITY));
    }
}
