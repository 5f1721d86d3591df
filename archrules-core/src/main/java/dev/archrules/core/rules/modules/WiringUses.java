package dev.archrules.core.rules.modules;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.recognize.Wiring;

import java.util.Set;

/**
 * Tells wiring from use: whether a class only <em>wires</em> a type (builds it, passes it on, registers it, or
 * implements it) or <em>uses</em> it. Wiring is not use:
 * <ul>
 *   <li>a configuration class (a {@code @Configuration} class, a bean factory, a registration or AOT hints
 *       class, a bean-factory or bean post-processor) constructs beans, reads and sets their properties and passes them to each other; a query
 *       method it calls ({@code findAll()}, {@code deleteAll()}, in a {@code @Bean} method or a lambda it
 *       returns as a bean) is a use;</li>
 *   <li>a constructor that only hands a collaborator to {@code super(…)} leaves the use to the superclass;</li>
 *   <li>an implementation refers to the interface it implements;</li>
 *   <li>an annotation naming a type ({@code @ConditionalOnBean(X.class)}, {@code @Import(X.class)}) is
 *       metadata.</li>
 * </ul>
 * A use is a field holding the type, an access to its members (a call, a field access, {@code new}), a method
 * taking or returning it, a constructor keeping it, or a class-object or {@code instanceof} reference in code.
 */
final class WiringUses {

    /** Supertypes of classes that register beans or reflection hints: they name types, they do not use them. */
    static final Set<String> REGISTRATION_TYPES = Wiring.REGISTRATION_TYPES;

    private WiringUses() {
    }

    /** Whether {@code origin} uses {@code target}, rather than only wiring it. */
    static boolean uses(JavaClass origin, JavaClass target, RuleContext context) {
        if (ImportedSupertypes.isAssignableTo(origin, target.getName())) {
            return false;
        }
        if (isWiringCode(origin, context)) {
            return origin.getAccessesFromSelf().stream().anyMatch(access -> accesses(access, target) && !isWiringAccess(access));
        }
        for (JavaField field : origin.getFields()) {
            if (involves(field.getType(), target)) {
                return true;
            }
        }
        if (origin.getAccessesFromSelf().stream().anyMatch(access -> accesses(access, target))) {
            return true;
        }
        for (JavaCodeUnit codeUnit : origin.getCodeUnits()) {
            if (codeUnit.getReferencedClassObjects().stream().anyMatch(reference -> reference.getRawType().equals(target))
                    || codeUnit.getInstanceofChecks().stream().anyMatch(check -> check.getRawType().equals(target))) {
                return true;
            }
            boolean takesIt = codeUnit.getParameterTypes().stream().anyMatch(type -> involves(type, target));
            if (codeUnit.isConstructor()) {
                if (takesIt && !Wiring.handsToSuper(codeUnit, target)) {
                    return true;
                }
            } else if (takesIt || involves(codeUnit.getReturnType(), target)) {
                return true;
            }
        }
        return false;
    }

    /** Configuration classes, bean factories and registration code: they build and pass, they do not use. */
    static boolean isWiringCode(JavaClass javaClass, RuleContext context) {
        return Wiring.isWiringCode(javaClass, context);
    }

    /**
     * What wiring code does to a bean while building others: construct it, read or set a bean property
     * ({@code getTemplate()}, {@code setOverrides(…)}), or touch a field. A query such as {@code findAll()},
     * {@code count()} or {@code getById(id)} is a use, in a {@code @Bean} method or in a lambda it returns.
     */
    private static boolean isWiringAccess(JavaAccess<?> access) {
        if (!(access instanceof JavaCall<?> call) || call instanceof JavaConstructorCall) {
            return true;
        }
        String name = call.getName();
        int parameters = call.getTarget().getRawParameterTypes().size();
        return parameters == 0 && (isProperty(name, "get") || isProperty(name, "is"))
                || parameters == 1 && (isProperty(name, "set") || isProperty(name, "with"));
    }

    private static boolean isProperty(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix) && Character.isUpperCase(name.charAt(prefix.length()));
    }

    private static boolean accesses(JavaAccess<?> access, JavaClass target) {
        return access.getTargetOwner().equals(target);
    }

    private static boolean involves(JavaType type, JavaClass target) {
        return type.getAllInvolvedRawTypes().contains(target);
    }
}
