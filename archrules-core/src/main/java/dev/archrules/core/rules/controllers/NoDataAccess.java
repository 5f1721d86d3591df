package dev.archrules.core.rules.controllers;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.DataAccessUtilities;
import dev.archrules.core.recognize.NominalRoles;
import dev.archrules.core.recognize.PlainLookups;

import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code controllers.no-data-access} (C2): controllers depend neither on repositories nor on
 * data-access APIs. A controller that reads the database validates, computes and persists in one
 * place; the logic belongs in a service that the controller calls. A controller calling a service
 * that uses a repository passes: only direct dependencies count, and so does a controller that only looks data up
 * through a repository — one query per path, its answer mapped, nothing decided about it ({@link PlainLookups}): the
 * data access stays in the repository and no logic sits in the controller. Every request handler is held to it — GraphQL
 * handlers, message and event listeners, filters, interceptors, WebSocket handlers, gRPC services — and the message
 * calls it what it is. A value class only named like a DAO — an {@code @AutoValue} or {@code @Value.Immutable} document
 * ({@code PipelineDao}) that uses no data-access API, what a service stores — has no repository role, so a controller
 * building or reading one passes (fixtures {@code valuedaos}: {@code PipelineDao} not reported, the JDBC
 * {@code AuditDao} reported).
 *
 * <p>It owns the fact "this controller uses that data access": in a checklist run the same finding of
 * {@code data-access.persistence-api-only-in-repositories}, {@code spring.repositories-only-in-services} or
 * {@code modules.own-their-data} (same key) is reported here once, naming the others ({@link #subsumes()}).
 */
public final class NoDataAccess extends PerClassRule {

    public static final String ID = "controllers.no-data-access";

    public NoDataAccess() {
        super(new RuleInfo(ID, ChecklistItem.C2,
                "controllers should not access repositories or data-access APIs",
                "a controller that reaches the database mixes request handling, business logic and persistence",
                "call a service that owns the use case; the service talks to the repository"));
    }

    @Override
    public Set<String> subsumes() {
        return Set.of("data-access.persistence-api-only-in-repositories", "spring.repositories-only-in-services",
                "modules.own-their-data");
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("controllers", javaClass -> context.hasRole(javaClass, Role.CONTROLLER));
    }

    /** For a data-access utility, the path on to the API it uses: {@code " (-> java.sql.Connection)"}; else nothing. */
    private static String throughUtility(JavaClass target, RuleContext context) {
        if (context.hasRole(target, Role.REPOSITORY) || context.roles().isDataAccessApi(target)) {
            return "";
        }
        return target.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                .filter(type -> context.roles().isDataAccessApi(type)).map(JavaClass::getName).sorted().findFirst()
                .map(api -> " (-> " + api + ")").orElse("");
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        for (Grouped use : dependenciesByTarget(javaClass, d -> !Locations.sameTopLevel(javaClass, d.getTargetClass())
                && (context.hasRole(d.getTargetClass(), Role.REPOSITORY) && !NominalRoles.isBackendSpi(d.getTargetClass(), context)
                || context.roles().isDataAccessApi(d.getTargetClass())
                || DataAccessUtilities.isDataAccessUtility(d.getTargetClass(), context)))) {
            if (PlainLookups.onlyLooksUp(javaClass, use.target(), context)) {
                continue;
            }
            String what = context.hasRole(use.target(), Role.REPOSITORY) ? "depends on repository"
                    : context.roles().isDataAccessApi(use.target()) ? "uses data-access API"
                    : "reaches data access through utility";
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + use.target().getName(),
                    roleOrClass(javaClass, context) + " <" + javaClass.getName() + "> " + what + " <" + use.target().getName() + ">"
                            + throughUtility(use.target(), context) + ": "
                            + use.locatedDescription(),
                    use.location(),
                    "move the use of " + use.target().getSimpleName() + " into a service method and call that from "
                            + Locations.simpleName(javaClass)));
        }
    }
}
