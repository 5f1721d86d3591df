package dev.archrules.core.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code modules.own-their-data} (C4): a module uses only its own repositories and entities. When
 * module {@code billing} reads the {@code orders} tables through {@code OrderRepository} or
 * {@code OrderEntity}, the two modules share a database schema and can no longer change or be split
 * apart independently.
 */
public final class ModulesOwnTheirData extends PerClassRule {

    public static final String ID = "modules.own-their-data";

    public ModulesOwnTheirData() {
        super(new RuleInfo(ID, ChecklistItem.C4,
                "modules should only use their own repositories and entities",
                "a module that reads another module's tables shares its schema and cannot change or be split independently",
                "call the owning module through its service API (or events) and exchange DTOs, not entities"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes in " + context.modules().description(),
                javaClass -> context.modules().moduleOf(javaClass).isPresent());
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        String module = context.modules().moduleOf(javaClass).orElseThrow();
        for (Grouped use : dependenciesByTarget(javaClass, d -> ownedByOtherModule(d.getTargetClass(), module, context))) {
            JavaClass target = use.target();
            String targetModule = context.modules().moduleOf(target).orElseThrow();
            Role role = context.roleOf(target).orElseThrow();
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + " -> " + Locations.stableName(target),
                    Locations.roleOrClass(context.roleOf(javaClass)) + " <" + javaClass.getName() + "> of module '" + module
                            + "' uses " + role.displayName() + " <" + target.getName() + "> of module '" + targetModule + "': "
                            + use.locatedDescription(),
                    use.location(),
                    "ask module '" + targetModule + "' through its service API instead of using its "
                            + role.displayName() + " " + target.getSimpleName()));
        }
    }

    private static boolean ownedByOtherModule(JavaClass target, String module, RuleContext context) {
        Optional<Role> role = context.roleOf(target);
        if (role.isEmpty() || role.get() != Role.REPOSITORY && role.get() != Role.ENTITY) {
            return false;
        }
        Optional<String> targetModule = context.modules().moduleOf(target);
        return targetModule.isPresent() && !targetModule.get().equals(module);
    }
}
