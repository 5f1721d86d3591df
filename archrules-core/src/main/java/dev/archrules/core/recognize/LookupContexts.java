package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.model.Role;
import dev.archrules.core.source.SourceFacts;

import java.util.List;
import java.util.Optional;

/**
 * Where a service-locator look-up ({@code getBean}, JNDI {@code lookup}, …) is not a class hiding a collaborator
 * it could have had injected:
 * <ul>
 *   <li>wiring: a class nested in a configuration class (a start-up lifecycle bean, a post-processor), or a
 *       class whose name says the look-up is its job (a JNDI {@code …Lookup}, {@link Term#LOOKUP_CLASS_SUFFIXES});</li>
 *   <li>classes the container neither creates nor injects: JPA entities and entity listeners (a class with
 *       {@code @PrePersist}, {@code @PostLoad}, … callbacks);</li>
 *   <li>a look-up by a bean name built at run time ({@code getBean(domain + "DataSource")}), which no
 *       constructor parameter can express.</li>
 * </ul>
 */
public final class LookupContexts {

    private LookupContexts() {
    }

    /** Whether a class enclosing {@code javaClass} (at any depth) is a configuration class. */
    public static boolean isNestedInConfiguration(JavaClass javaClass, RuleContext context) {
        for (Optional<JavaClass> outer = javaClass.getEnclosingClass(); outer.isPresent(); outer = outer.get().getEnclosingClass()) {
            if (context.hasRole(outer.get(), Role.CONFIGURATION)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the container cannot inject {@code javaClass}: a JPA entity or an entity listener. */
    public static boolean isOutsideTheContainer(JavaClass javaClass, RuleContext context) {
        return context.hasRole(javaClass, Role.ENTITY)
                || javaClass.getMethods().stream().anyMatch(method ->
                Annotations.hasAny(method, context.conventions().names(Term.ENTITY_CALLBACK_ANNOTATIONS)));
    }

    /** Whether the simple name of {@code javaClass} (or of its top-level class) says its job is a look-up. */
    public static boolean isLookupClass(JavaClass javaClass, RuleContext context) {
        String topLevel = javaClass.getName().replaceFirst("\\$.*", "");
        String simpleName = topLevel.substring(topLevel.lastIndexOf('.') + 1);
        return context.conventions().names(Term.LOOKUP_CLASS_SUFFIXES).stream().anyMatch(simpleName::endsWith);
    }

    /**
     * Whether {@code call} looks up by a name built at run time ({@code getBean(domain + "Suffix")}): its first
     * parameter is a {@code String} and the source shows, on the line of the call (± 1), a concatenation of a
     * literal with a run-time value.
     */
    public static boolean byNameComputedAtRunTime(JavaMethodCall call, RuleContext context) {
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        if (parameters.isEmpty() || !parameters.get(0).getName().equals("java.lang.String")) {
            return false;
        }
        int line = call.getLineNumber();
        JavaClass topLevel = call.getOriginOwner();
        while (topLevel.getEnclosingClass().isPresent()) {
            topLevel = topLevel.getEnclosingClass().get();
        }
        return context.sources().facts(topLevel).stream().flatMap(facts -> facts.texts().stream())
                .filter(text -> Math.abs(text.line() - line) <= 1)
                .anyMatch(text -> text.parts().stream().anyMatch(SourceFacts.Hole.class::isInstance)
                        && text.parts().stream().anyMatch(part -> !(part instanceof SourceFacts.Hole)));
    }
}
