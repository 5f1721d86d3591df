package dev.archrules.core.rules.dataaccess;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.DataAccessUtilities;
import dev.archrules.core.recognize.DataSourceProviders;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code data-access.persistence-api-only-in-repositories} (C1): data-access APIs (JDBC, JPA, Spring
 * JDBC, Hibernate, jOOQ, MyBatis, R2DBC, …) are used only by repositories. A service, controller,
 * client or entity that touches them has database access scattered through business logic.
 * Configuration classes may create the beans ({@code DataSource}, {@code JdbcTemplate}). A data-access utility
 * ({@link DataAccessUtilities}: a {@code DbUtils} running JDBC) is reported when a class outside the data-access layer
 * uses it and reaches its data access (calls a method that uses the API, or calls one that does); one that only
 * repositories use is the data-access layer's own helper, and one whose outside users only read a table name from it is
 * too. A connection probe — a class whose only
 * data access is asking a {@code java.sql.Connection} it was handed whether it is valid, and closing it — runs no query
 * and is not reported ({@link #isConnectionProbe}). Connection infrastructure — a class that builds the connection pools
 * itself, constructing a {@code javax.sql.DataSource}, and the classes nested in it ({@link DataSourceProviders}) — is
 * the floor of the data-access layer, like a configuration class, and is not checked. A class that only hands a
 * data-access type on — an interface with the type in its signatures, a class passing the caller's connection to the
 * code base's own session factory and calling nothing on it ({@link #onlyHandsOn}) — is not reported for that type. Nor
 * is a class that only defines queries, running none ({@link DataAccessUtilities#onlyDefinesQueries}: Spring Data
 * specifications, criteria callbacks, query builders), or one that only reads the persistence unit's mapping metadata
 * ({@link #readsOnlyMappingMetadata}).
 */
public final class PersistenceApiOnlyInRepositories extends PerClassRule {

    public static final String ID = "data-access.persistence-api-only-in-repositories";

    public PersistenceApiOnlyInRepositories() {
        super(new RuleInfo(ID, ChecklistItem.C1,
                "data-access APIs should only be used by repositories",
                "database access scattered through business logic couples it to the schema and makes it untestable without a database",
                "move the query into a repository (DAO) and call the repository"));
    }

    /** What a connection probe calls on the JDBC connection it was handed: whether it is usable, and closing it. */
    private static final Set<String> PROBE_METHODS = Set.of("isValid", "isClosed", "close");

    private static final String CONNECTION = "java.sql.Connection";

    /**
     * What reading the mapping metadata asks JPA and Hibernate: the metamodel, the factory behind an entity manager or a
     * session, the native type behind a JPA one, and Hibernate's class and collection metadata.
     */
    private static final Set<String> MAPPING_METADATA = Set.of("getMetamodel", "getEntityManagerFactory", "getSessionFactory",
            "unwrap", "getDelegate", "getClassMetadata", "getAllClassMetadata", "getCollectionMetadata", "getAllCollectionMetadata");

    /** The packages of the JPA and Hibernate APIs, whose metadata {@link #MAPPING_METADATA} reads. */
    private static final List<String> ORM_PACKAGES = List.of("javax.persistence.", "jakarta.persistence.", "org.hibernate.");

    /**
     * A connection probe — the "test connection" of a data-source registry: every dependency of the class on a
     * data-access API is a call of {@code isValid}, {@code isClosed} or {@code close} on a {@code java.sql.Connection}
     * that something else opened ({@code try (Connection c = provider.open(source)) { return c.isValid(2); }}). It runs
     * no statement and reads none of the application's data; a class that also prepares a statement, declares a
     * {@code Connection} field or parameter, or uses any other data-access type is reported as before.
     */
    static boolean isConnectionProbe(JavaClass javaClass, RuleContext context) {
        List<Dependency> dataAccess = javaClass.getDirectDependenciesFromSelf().stream()
                .filter(dependency -> context.roles().isDataAccessApi(dependency.getTargetClass()))
                .toList();
        if (dataAccess.isEmpty() || dataAccess.stream().anyMatch(dependency -> !dependency.getTargetClass().getName().equals(CONNECTION))) {
            return false;
        }
        List<JavaAccess<?>> onConnection = javaClass.getAccessesFromSelf().stream()
                .filter(access -> access.getTargetOwner().getName().equals(CONNECTION))
                .toList();
        return onConnection.size() == dataAccess.size()
                && onConnection.stream().allMatch(access -> access instanceof JavaMethodCall call && PROBE_METHODS.contains(call.getName()));
    }

    /**
     * Whether every call {@code javaClass} makes on a data-access API reads the persistence unit's mapping metadata
     * ({@link #MAPPING_METADATA} on a JPA or Hibernate type) — the entity classes a mapped hierarchy holds, an entity's
     * attributes: {@code em.getMetamodel().getEntities()}, {@code em.unwrap(Session.class).getSessionFactory()} handed to
     * a helper walking the class tree. It runs no query and reads no row, even keeping the injected entity manager it
     * asks. A class that also runs a query on it is reported as before.
     */
    static boolean readsOnlyMappingMetadata(JavaClass javaClass, RuleContext context) {
        List<JavaAccess<?>> onApis = javaClass.getAccessesFromSelf().stream()
                .filter(access -> context.roles().isDataAccessApi(access.getTargetOwner()))
                .toList();
        return !onApis.isEmpty() && onApis.stream().allMatch(access -> access instanceof JavaMethodCall call
                && MAPPING_METADATA.contains(call.getName())
                && ORM_PACKAGES.stream().anyMatch(call.getTargetOwner().getName()::startsWith));
    }

    /**
     * Whether {@code javaClass} only hands {@code api} on: it calls nothing on the type and reads none of its fields, keeps
     * no field of the type, is no subtype of it, and either is an interface — the type is part of its methods' signatures
     * ({@code void databaseSchemaUpgrade(Connection connection, …)}, {@code JdbcTemplate getJdbcTemplate()}), and what
     * its implementations do with it is checked on them — or passes a value of the type to a method or constructor of the
     * code base that takes one (a command handing the caller's connection to the session factory that runs the schema
     * update: the caller's connection, received as a parameter). The data access happens where the type is used. A class
     * keeping the type in a field owns it — an injected {@code DataSource} handed to a helper that reads its metadata to
     * pick a vendor's chunk size is the service choosing by database — and a field nothing reads hands nothing on: both
     * are reported.
     */
    static boolean onlyHandsOn(JavaClass javaClass, JavaClass api, RuleContext context) {
        if (context.isAssignableTo(javaClass, api.getName())
                || javaClass.getFields().stream().anyMatch(field -> context.isAssignableTo(field.getRawType(), api.getName()))
                || javaClass.getAccessesFromSelf().stream().anyMatch(access -> context.isAssignableTo(access.getTargetOwner(), api.getName()))) {
            return false;
        }
        return javaClass.isInterface() || javaClass.getCodeUnits().stream()
                .flatMap(unit -> unit.getCallsFromSelf().stream())
                .anyMatch(call -> context.inScope(call.getTargetOwner()) && !context.roles().isDataAccessApi(call.getTargetOwner())
                        && call.getTarget().getRawParameterTypes().stream().anyMatch(parameter -> parameter.equals(api)));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than repositories, configuration and connection infrastructure", javaClass -> {
            Optional<Role> role = context.roleOf(javaClass);
            return (role.isPresent() && role.get() != Role.REPOSITORY && role.get() != Role.CONFIGURATION
                    || DataAccessUtilities.isDataAccessUtility(javaClass, context))
                    && !DataSourceProviders.isDataSourceProvider(javaClass, context);
        });
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        String who = roleOrClass(javaClass, context);
        String usedBy = "";
        if (context.roleOf(javaClass).isEmpty()) {
            // a data-access utility: reported only when it carries data access out of the data-access layer
            Optional<JavaClass> user = DataAccessUtilities.firstUserOutsideDataAccess(javaClass, context);
            if (user.isEmpty()) {
                return;
            }
            who = "Utility";
            usedBy = " (and is used outside the data-access layer by <" + user.get().getName() + ">)";
        }
        List<Grouped> uses = dependenciesByTarget(javaClass, d -> context.roles().isDataAccessApi(d.getTargetClass()));
        // the probe's own reading of the class's dependencies only where its only data-access type is the connection
        if (uses.size() == 1 && uses.get(0).target().getName().equals(CONNECTION) && isConnectionProbe(javaClass, context)) {
            return;
        }
        if (!uses.isEmpty() && (DataAccessUtilities.onlyDefinesQueries(javaClass, context) || readsOnlyMappingMetadata(javaClass, context))) {
            return;
        }
        for (Grouped use : uses) {
            if (onlyHandsOn(javaClass, use.target(), context)) {
                continue;
            }
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + use.target().getName(),
                    who + " <" + javaClass.getName() + "> uses data-access API <" + use.target().getName() + ">" + usedBy + ": "
                            + use.locatedDescription(),
                    use.location(),
                    "move this data access into a repository and let " + Locations.simpleName(javaClass) + " call it"));
        }
    }
}
