package dev.archrules.spring.rules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.spring.conventions.SpringTerms;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code spring.value-only-in-configuration} (C6): {@code @Value} only in configuration classes
 * ({@code @Configuration}, {@code @ConfigurationProperties}, {@code @Bean} factories). A service or
 * controller that reads {@code ${…}} properties itself spreads configuration keys all over the code:
 * nobody can tell which settings exist, and a renamed key fails at start-up in a random bean. Bind the
 * settings once to a {@code @ConfigurationProperties} record and inject that.
 *
 * <p>Flags {@code @Value} (meta-annotations included) on fields, and on constructor, method and setter
 * parameters. The key is the class and the {@code @Value} expression ({@code com.acme.Svc -> ${carrier.url}}),
 * so renaming the field or moving the parameter changes nothing.
 */
final class ValueOnlyInConfiguration extends PerClassRule {

    static final String ID = "spring.value-only-in-configuration";

    ValueOnlyInConfiguration() {
        super(new RuleInfo(ID, ChecklistItem.C6,
                "@Value should only be used in configuration classes",
                "configuration read with @Value all over the code is scattered: the settings a module needs are invisible and untyped",
                "bind the settings to a @ConfigurationProperties class (or read them in a @Configuration class) and inject that"));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return Scopes.allButConfiguration(context);
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        javaClass.getFields().stream().sorted(Comparator.comparing(JavaField::getName)).forEach(field ->
                report(javaClass, context, field, "Field <" + javaClass.getName() + "." + field.getName() + ">",
                        locationOf(field), violations));
        javaClass.getCodeUnits().stream().sorted(Comparator.comparing(JavaCodeUnit::getFullName)).forEach(codeUnit -> {
            report(javaClass, context, codeUnit, "Method <" + codeUnit.getFullName() + ">", locationOf(codeUnit), violations);
            for (JavaParameter parameter : codeUnit.getParameters()) {
                report(javaClass, context, parameter, "Parameter " + parameter.getIndex() + " of <" + codeUnit.getFullName() + ">",
                        locationOf(codeUnit), violations);
            }
        });
    }

    private void report(JavaClass javaClass, RuleContext context, HasAnnotations<?> element, String what, SourceLocation location,
                        Consumer<Violation> violations) {
        Optional<JavaAnnotation<?>> value = Annotations.find(element, context.conventions().names(SpringTerms.VALUE_ANNOTATIONS));
        if (value.isEmpty()) {
            return;
        }
        String expression = value.get().get("value").map(Object::toString).orElse("");
        violations.accept(newViolation(stableName(javaClass) + " -> " + expression,
                what + " reads configuration with @Value(\"" + expression + "\") outside a configuration class",
                location,
                "bind \"" + expression + "\" to a @ConfigurationProperties class and inject it into "
                        + javaClass.getSimpleName() + " instead"));
    }
}
