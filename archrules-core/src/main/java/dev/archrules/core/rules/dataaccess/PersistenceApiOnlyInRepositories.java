package dev.archrules.core.rules.dataaccess;

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

import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code data-access.persistence-api-only-in-repositories} (C1): data-access APIs (JDBC, JPA, Spring
 * JDBC, Hibernate, jOOQ, MyBatis, R2DBC, …) are used only by repositories. A service, controller,
 * client or entity that touches them has database access scattered through business logic.
 * Configuration classes may create the beans ({@code DataSource}, {@code JdbcTemplate}). A data-access utility
 * ({@link DataAccessUtilities}: a {@code DbUtils} running JDBC) is reported when a class outside the data-access layer
 * uses it; one that only repositories use is the data-access layer's own helper.
 */
public final class PersistenceApiOnlyInRepositories extends PerClassRule {

    public static final String ID = "data-access.persistence-api-only-in-repositories";

    public PersistenceApiOnlyInRepositories() {
        super(new RuleInfo(ID, ChecklistItem.C1,
                "data-access APIs should only be used by repositories",
                "database access scattered through business logic couples it to the schema and makes it untestable without a database",
                "move the query into a repository (DAO) and call the repository"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes other than repositories and configuration", javaClass -> {
            Optional<Role> role = context.roleOf(javaClass);
            return role.isPresent() && role.get() != Role.REPOSITORY && role.get() != Role.CONFIGURATION
                    || DataAccessUtilities.isDataAccessUtility(javaClass, context);
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
        for (Grouped use : dependenciesByTarget(javaClass, d -> context.roles().isDataAccessApi(d.getTargetClass()))) {
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + use.target().getName(),
                    who + " <" + javaClass.getName() + "> uses data-access API <" + use.target().getName() + ">" + usedBy + ": "
                            + use.locatedDescription(),
                    use.location(),
                    "move this data access into a repository and let " + Locations.simpleName(javaClass) + " call it"));
        }
    }
}
