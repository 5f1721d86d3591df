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
import dev.archrules.core.model.Severity;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.recognize.Wiring;
import dev.archrules.spring.conventions.SpringTerms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code spring.value-only-in-configuration} (C6): a property key is read with {@code @Value} in one place, not
 * scattered over the code. {@code @Value} itself is externalised configuration and satisfies C6 (issue 11,
 * cause 6): one service reading {@code ${billing.tax-rate}} is fine. What the rule guards against is a key read
 * by several classes outside configuration: nobody can tell which settings exist, a renamed key must be found in
 * every reader, and the readers' defaults drift ({@code ${tax.rate:0.2}} here, {@code ${tax.rate:0.19}} there).
 * Bind the settings once to a {@code @ConfigurationProperties} record and inject that.
 *
 * <p>Flags {@code @Value} (meta-annotations included) on fields, and on constructor, method and setter
 * parameters, of classes that are not configuration ({@code @Configuration}, {@code @ConfigurationProperties},
 * {@code @Bean} factories, classes nested in them), when another such class reads a placeholder key of the same
 * expression; keys of the framework's own properties ({@link SpringTerms#FRAMEWORK_PROPERTY_PREFIXES}: {@code server.port},
 * {@code spring.application.name}) are the framework's settings, documented and never renamed, not the team's scattered
 * ones. Settings are grouped by the keys of the outer placeholders only: {@code ${templates.path:${app.home}/templates}}
 * and {@code ${themes.path:${app.home}/themes}} read two settings whose defaults share the install directory, not one
 * setting twice. The key is the class and the {@code @Value} expression ({@code com.acme.Svc -> ${carrier.url}}),
 * so renaming the field or moving the parameter changes nothing.
 */
final class ValueOnlyInConfiguration extends PerClassRule {

    static final String ID = "spring.value-only-in-configuration";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

    /** Property key -> the classes of the scope reading it with {@code @Value}; filled by {@link #prepare}. */
    private final Map<String, Set<String>> readers = new ConcurrentHashMap<>();

    ValueOnlyInConfiguration() {
        super(new RuleInfo(ID, ChecklistItem.C6,
                "a setting should be read with @Value in one place, not scattered over the code",
                "a setting read with @Value by several classes is scattered: the settings a module needs are invisible, untyped, and their defaults drift apart",
                "bind the settings to a @ConfigurationProperties class (or read them in a @Configuration class) and inject that",
                Severity.WARNING)); // style advice, not a coupling failure (issue 11, cause 6): reported, fails only with failOn=warning
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        DescribedPredicate<JavaClass> notConfiguration = Scopes.allButConfiguration(context);
        return DescribedPredicate.describe("classes other than configuration",
                javaClass -> notConfiguration.test(javaClass) && !Wiring.isConfigurationOrNestedInOne(javaClass, context));
    }

    @Override
    protected void prepare(Collection<JavaClass> classes, RuleContext context) {
        readers.clear();
        Set<String> frameworkPrefixes = context.conventions().names(SpringTerms.FRAMEWORK_PROPERTY_PREFIXES);
        for (JavaClass javaClass : classes) {
            values(javaClass, context).forEach(value -> keys(value.expression()).stream()
                    .filter(key -> frameworkPrefixes.stream().noneMatch(key::startsWith))
                    .forEach(key -> readers.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>()).add(javaClass.getName())));
        }
    }

    @Override
    protected void finish(RuleContext context) {
        readers.clear();
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        for (ValueRead value : values(javaClass, context)) {
            Set<String> others = new TreeSet<>();
            keys(value.expression()).forEach(key -> others.addAll(readers.getOrDefault(key, Set.of())));
            others.remove(javaClass.getName());
            if (others.isEmpty()) {
                continue;
            }
            String expression = value.expression();
            violations.accept(newViolation(stableName(javaClass) + " -> " + expression,
                    value.what() + " reads @Value(\"" + expression + "\") outside a configuration class, and so "
                            + (others.size() == 1 ? "does " : "do ")
                            + String.join(", ", others.stream().map(ValueOnlyInConfiguration::simpleName).toList())
                            + ": the setting is scattered",
                    value.location(),
                    "bind \"" + expression + "\" once to a @ConfigurationProperties class and inject it into "
                            + javaClass.getSimpleName() + " and the other readers"));
        }
    }

    private record ValueRead(String what, String expression, SourceLocation location) {
    }

    /** The {@code @Value} reads of {@code javaClass}: fields, then code units and their parameters, in name order. */
    private static List<ValueRead> values(JavaClass javaClass, RuleContext context) {
        List<ValueRead> reads = new ArrayList<>();
        javaClass.getFields().stream().sorted(Comparator.comparing(JavaField::getName)).forEach(field ->
                read(context, field, "Field <" + javaClass.getName() + "." + field.getName() + ">", locationOf(field)).ifPresent(reads::add));
        javaClass.getCodeUnits().stream().sorted(Comparator.comparing(JavaCodeUnit::getFullName)).forEach(codeUnit -> {
            read(context, codeUnit, "Method <" + codeUnit.getFullName() + ">", locationOf(codeUnit)).ifPresent(reads::add);
            for (JavaParameter parameter : codeUnit.getParameters()) {
                read(context, parameter, "Parameter " + parameter.getIndex() + " of <" + codeUnit.getFullName() + ">",
                        locationOf(codeUnit)).ifPresent(reads::add);
            }
        });
        return reads;
    }

    private static Optional<ValueRead> read(RuleContext context, HasAnnotations<?> element, String what, SourceLocation location) {
        return Annotations.find(element, context.conventions().names(SpringTerms.VALUE_ANNOTATIONS))
                .map(value -> new ValueRead(what, value.get("value").map(Object::toString).orElse(""), location));
    }

    /**
     * The keys of the outer placeholders of an expression, those not nested in another placeholder's default:
     * {@code ${a:${b}/x}} has {@code a} only — {@code b} (an install directory, a base URL) is what the default of
     * {@code a} is built from, not a read of {@code b} as a setting of its own; {@code ${a}/${b}} has both. The
     * expression itself if it has none.
     */
    static Set<String> keys(String expression) {
        Set<String> keys = new TreeSet<>();
        // open braces, innermost last: true for a placeholder's "${", false for any other "{" (SpEL's "#{", a literal)
        Deque<Boolean> open = new ArrayDeque<>();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '$' && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                if (!open.contains(Boolean.TRUE)) {
                    Matcher matcher = PLACEHOLDER.matcher(expression).region(i, expression.length());
                    if (matcher.lookingAt()) {
                        keys.add(matcher.group(1).trim());
                    }
                }
                open.push(Boolean.TRUE);
                i++;
            } else if (c == '{') {
                open.push(Boolean.FALSE);
            } else if (c == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
        if (keys.isEmpty()) {
            keys.add(expression);
        }
        return keys;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
