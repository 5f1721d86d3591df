package dev.archrules.core.rules.di;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.recognize.LookupContexts;
import dev.archrules.core.model.Violation;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code di.constructor-injection} (C9): dependencies are injected through the constructor, not into
 * fields or setters ({@code @Autowired}, {@code @Inject}, {@code @Resource}, {@code @Value},
 * {@code @EJB}, … on a field or a non-constructor method). Field injection hides dependencies, prevents final
 * fields and makes classes impossible to create in a plain unit test.
 *
 * <p>Not reported: configuration values ({@code @Value}, {@code @ConfigProperty}, …) — externalised
 * configuration (C6), not a collaborator — unless on a final field, where the value may never be seen;
 * optional hooks ({@code @Autowired(required = false)}); the injection points of a base class that subclasses
 * of the code base share (non-private members of an extended class); and, in configuration classes (and
 * classes nested in them), fields their {@code @Bean} methods read — wiring; a field nobody reads is reported.
 */
public final class ConstructorInjection extends PerClassRule {

    public static final String ID = "di.constructor-injection";

    public ConstructorInjection() {
        super(new RuleInfo(ID, ChecklistItem.C9,
                "dependencies should be injected through constructors",
                "field and setter injection hide dependencies, prevent final fields and need a container to build the class in a test",
                "declare the dependency as a final field and take it as a constructor parameter"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("classes of the code base", javaClass -> true);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        boolean configuration = context.hasRole(javaClass, Role.CONFIGURATION) || LookupContexts.isNestedInConfiguration(javaClass, context);
        javaClass.getFields().stream().sorted(Comparator.comparing(JavaField::getName)).forEach(field -> {
            Optional<JavaAnnotation<?>> injection = context.conventions().injectionAnnotation(field);
            if (injection.isEmpty()) {
                return;
            }
            String annotation = injection.get().getRawType().getSimpleName();
            String key = Locations.stableName(javaClass) + "#" + field.getName();
            String name = "Field <" + javaClass.getName() + "." + field.getName() + ">";
            if (context.conventions().isConfigValue(field)) {
                if (field.getModifiers().contains(JavaModifier.FINAL)) {
                    violations.accept(newViolation(key,
                            name + " is final and injected with @" + annotation
                                    + ": the container writes it after construction, and a constant initialiser is inlined, so the setting may never be seen",
                            Locations.of(field),
                            "take the value as a constructor (or @Bean method) parameter of " + Locations.simpleName(javaClass)));
                }
                return;
            }
            if (isOptional(injection.get()) || inheritedBySubclasses(field, javaClass)) {
                return;
            }
            if (configuration) {
                if (field.getAccessesToSelf().stream().noneMatch(access -> access.getAccessType() == JavaFieldAccess.AccessType.GET)) {
                    violations.accept(newViolation(key,
                            name + " is injected with @" + annotation + " but never read",
                            Locations.of(field),
                            "remove " + field.getName() + " from " + Locations.simpleName(javaClass)));
                }
                return;
            }
            violations.accept(newViolation(key,
                    name + " is injected with @" + annotation,
                    Locations.of(field),
                    "make " + field.getName() + " final and add it as a constructor parameter of " + Locations.simpleName(javaClass)));
        });
        javaClass.getMethods().stream().sorted(Comparator.comparing(JavaMethod::getFullName)).forEach(method -> {
            Optional<JavaAnnotation<?>> injection = context.conventions().injectionAnnotation(method);
            if (injection.isEmpty() || context.conventions().isConfigValue(method) || isOptional(injection.get())
                    || inheritedBySubclasses(method, javaClass)) {
                return;
            }
            violations.accept(newViolation(
                    Locations.stableName(javaClass) + "#" + method.getName() + "(" + method.getRawParameterTypes().stream()
                            .map(JavaClass::getName).collect(Collectors.joining(", ")) + ")",
                    "Method <" + method.getFullName() + "> injects through a setter with @"
                            + injection.get().getRawType().getSimpleName(),
                    Locations.of(method),
                    "take the value as a constructor parameter of " + Locations.simpleName(javaClass) + " instead of "
                            + method.getName() + "(…)"));
        });
    }

    /** {@code @Autowired(required = false)}: an optional extension hook, left unset when no bean exists. */
    private static boolean isOptional(JavaAnnotation<?> injection) {
        return injection.get("required").filter(Boolean.FALSE::equals).isPresent();
    }

    /**
     * A base class's injection point that its subclasses share: a non-private member of a class other classes of
     * the code base extend. Constructor injection would thread every collaborator through every subclass's
     * constructor; the subclasses, not the base, are the beans.
     */
    private static boolean inheritedBySubclasses(JavaMember member, JavaClass owner) {
        return !member.getModifiers().contains(JavaModifier.PRIVATE) && !owner.getSubclasses().isEmpty();
    }
}
