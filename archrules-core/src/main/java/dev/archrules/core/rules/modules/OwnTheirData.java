package dev.archrules.core.rules.modules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.recognize.SchemaMigrations;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.recognize.Wiring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code modules.own-their-data} (C4): a module uses only its own repositories and entities. When
 * module {@code billing} reads the {@code orders} tables through {@code OrderRepository} or
 * {@code OrderEntity}, the two modules share a database schema and can no longer change or be split
 * apart independently.
 *
 * <p>Modules are those of the {@link dev.archrules.core.conventions.ModuleLayout}: inferred unless configured,
 * so package-by-layer code has none and shared-kernel and layer-named packages beside the features belong to none — a
 * {@code storage} package holding every feature's DAO interfaces is their data-access layer, not a module (fixtures
 * {@code storagelayer}). Wiring is not use
 * ({@link WiringUses}: configuration classes, constructors that hand a repository to {@code super(…)},
 * implementations of a repository interface, annotations naming it), and a repository that only hands out
 * the persistence API ({@code EntityManager}, {@code DataSource}, …) is shared infrastructure, not a module's data.
 * Schema migrations ({@link SchemaMigrations}: Flyway and Liquibase Java migrations, callbacks and the helpers only they
 * use) work on the schema as a version needs it, across modules by design, run once by the migration tool: not a module
 * reading another's data. A value class only named like a DAO ({@code @AutoValue PipelineDao}, no data-access API of its
 * own) has no repository role by its name, and nothing maps it as an entity: the documents a module's service hands out are
 * its API, not its tables (fixtures {@code valuedaos}).
 */
public final class OwnTheirData extends PerClassRule {

    public static final String ID = "modules.own-their-data";

    public OwnTheirData() {
        super(new RuleInfo(ID, ChecklistItem.C4,
                "modules should only use their own repositories and entities",
                "a module that reads another module's tables shares its schema and cannot change or be split independently",
                "call the owning module through its service API (or events) and exchange DTOs, not entities"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes in " + context.modules().description(),
                // schema migrations work on the schema across modules by design (see the class comment)
                javaClass -> context.modules().moduleOf(javaClass).isPresent() && !SchemaMigrations.isMigrationCode(javaClass));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        String module = context.modules().moduleOf(javaClass).orElseThrow();
        Map<JavaClass, Boolean> used = new HashMap<>(); // per target: wiring or use is a property of the pair, not of one dependency
        for (Grouped use : dependenciesByTarget(javaClass, d -> ownedByOtherModule(d.getTargetClass(), module, context)
                && used.computeIfAbsent(d.getTargetClass(), target -> WiringUses.uses(javaClass, target, context)))) {
            JavaClass target = use.target();
            String targetModule = context.modules().moduleOf(target).orElseThrow();
            Role role = context.roleOf(target).orElseThrow();
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + Locations.stableName(target),
                    roleOrClass(javaClass, context) + " <" + javaClass.getName() + "> of module '" + module
                            + "' uses " + role.displayName() + " <" + target.getName() + "> of module '" + targetModule + "': "
                            + use.locatedDescription(),
                    use.location(),
                    "ask module '" + targetModule + "' through its service API instead of using its "
                            + role.displayName() + " " + target.getSimpleName()));
        }
    }

    @Override
    public Set<String> typesOfInterest() {
        return WiringUses.REGISTRATION_TYPES;
    }

    private static boolean ownedByOtherModule(JavaClass target, String module, RuleContext context) {
        Optional<Role> role = context.roleOf(target);
        if (role.isEmpty() || role.get() != Role.REPOSITORY && role.get() != Role.ENTITY) {
            return false;
        }
        Optional<String> targetModule = context.modules().moduleOf(target);
        return targetModule.isPresent() && !targetModule.get().equals(module)
                && !(role.get() == Role.REPOSITORY && isPersistenceApiProvider(target, context));
    }

    /**
     * A type whose own methods only hand out the persistence API (e.g. {@code EntityManager getEntityManager()})
     * is the connection infrastructure every module's repositories are built on, not data of a module.
     */
    private static boolean isPersistenceApiProvider(JavaClass target, RuleContext context) {
        boolean handsOut = false;
        for (JavaMethod method : target.getMethods()) {
            if (method.getModifiers().contains(JavaModifier.SYNTHETIC) || method.getModifiers().contains(JavaModifier.PRIVATE)) {
                continue;
            }
            JavaClass returned = method.getRawReturnType();
            if (context.conventions().isDataAccessApi(returned)) {
                handsOut = true;
            } else if (!returned.isPrimitive()) {
                return false;
            }
        }
        return handsOut;
    }
}
