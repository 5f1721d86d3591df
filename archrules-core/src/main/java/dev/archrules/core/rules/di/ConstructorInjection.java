package dev.archrules.core.rules.di;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code di.constructor-injection} (C9): dependencies are injected through the constructor, not into
 * fields or setters ({@code @Autowired}, {@code @Inject}, {@code @Resource}, {@code @Value},
 * {@code @EJB}, {@code @ConfigProperty}, … on a field or a non-constructor method). Field injection
 * hides dependencies, prevents final fields and makes classes impossible to create in a plain unit test.
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
        javaClass.getFields().stream().sorted(Comparator.comparing(JavaField::getName)).forEach(field -> {
            Optional<JavaAnnotation<?>> injection = context.conventions().injectionAnnotation(field);
            injection.ifPresent(annotation -> violations.accept(newViolation(
                    Locations.stableName(javaClass) + "#" + field.getName(),
                    "Field <" + javaClass.getName() + "." + field.getName() + "> is injected with @"
                            + annotation.getRawType().getSimpleName(),
                    Locations.of(field),
                    "make " + field.getName() + " final and add it as a constructor parameter of " + Locations.simpleName(javaClass))));
        });
        javaClass.getMethods().stream().sorted(Comparator.comparing(JavaMethod::getFullName)).forEach(method -> {
            Optional<JavaAnnotation<?>> injection = context.conventions().injectionAnnotation(method);
            injection.ifPresent(annotation -> violations.accept(newViolation(
                    Locations.stableName(javaClass) + "#" + method.getName() + "(" + method.getRawParameterTypes().stream()
                            .map(JavaClass::getName).collect(Collectors.joining(", ")) + ")",
                    "Method <" + method.getFullName() + "> injects through a setter with @"
                            + annotation.getRawType().getSimpleName(),
                    Locations.of(method),
                    "take the value as a constructor parameter of " + Locations.simpleName(javaClass) + " instead of "
                            + method.getName() + "(…)")));
        });
    }
}
