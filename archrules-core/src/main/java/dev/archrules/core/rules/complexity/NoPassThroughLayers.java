package dev.archrules.core.rules.complexity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.archrules.core.conventions.Annotations;
import dev.archrules.core.conventions.Term;
import dev.archrules.core.engine.GeneratedCode;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.core.internal.types.ImportedSupertypes;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code complexity.no-pass-through-layers} (R5, warning): indirection that adds no flexibility — a service whose every
 * method only hands its arguments to the same repository or client and returns the answer, and the interface in front
 * of such a service when the code base has no other implementation of it. Each such layer is one more class to read,
 * change and test for every feature, and buys nothing: no behaviour of its own, no second implementation.
 *
 * <p>A method forwards when its body makes exactly one method call (besides boxing and unboxing) — to a repository or
 * client (role) held in a field of its class — reads only that field, creates nothing, takes as many parameters as the called method and returns
 * its result (or nothing). Not reported: a class with one method that does anything else (maps, converts, checks,
 * logs, calls a second collaborator), a facade forwarding to several collaborators (it groups them: coordination, not
 * a pass-through), a class or method carrying behaviour by annotation ({@link Term#BEHAVIOUR_ANNOTATIONS}: a
 * transaction, security, caching, validation, retries, {@code @Async}, metrics), a class implementing an interface of a
 * framework (an adapter to its extension point), an interface of the code base with a default method, with more than one
 * implementation (a port with its adapters), or used from another module (a module's public API). Bytecode shows calls,
 * not branches: a condition that calls nothing ({@code if (id == null) return null;}) is not seen.
 *
 * <p>One finding per layer, at the class: keyed by the interface ({@code com.acme.OrderService}) when a single-implementation
 * interface of the code base stands in front of the forwarding class, else by the class.
 */
public final class NoPassThroughLayers extends PerClassRule {

    public static final String ID = "complexity.no-pass-through-layers";

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    public NoPassThroughLayers() {
        super(new RuleInfo(ID, ChecklistItem.R5,
                "a layer should add behaviour, not only forward calls",
                "a class (and its interface) that only hands each call on to one repository or client is one more place to read, "
                        + "change and test for every feature, with no behaviour and no second implementation to justify it",
                "call the repository or client directly and remove the forwarding class (and its interface), or give the layer the behaviour it stands for",
                Severity.WARNING));
    }

    @Override
    protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
        return DescribedPredicate.describe("services", javaClass -> context.hasRole(javaClass, Role.SERVICE)
                && !javaClass.isInterface() && !javaClass.getModifiers().contains(JavaModifier.ABSTRACT));
    }

    @Override
    protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
        Set<String> behaviour = context.conventions().names(Term.BEHAVIOUR_ANNOTATIONS);
        if (Annotations.hasAny(javaClass, behaviour)) {
            return;
        }
        List<JavaClass> interfaces = javaClass.getRawInterfaces().stream().toList();
        if (interfaces.stream().anyMatch(type -> !context.inScope(type))) {
            return; // an adapter to a framework's extension point
        }
        List<JavaMethod> methods = publicMethods(javaClass);
        if (methods.isEmpty()) {
            return;
        }
        JavaField target = null;
        List<String> forwards = new ArrayList<>();
        for (JavaMethod method : methods) {
            Optional<JavaMethodCall> forward = forward(method, behaviour, context);
            if (forward.isEmpty()) {
                return;
            }
            JavaField field = fieldRead(method).orElseThrow();
            if (target != null && !target.equals(field)) {
                return; // a facade over several collaborators
            }
            target = field;
            forwards.add(method.getName() + " → " + Locations.simpleName(forward.get().getTargetOwner()) + "." + forward.get().getName());
        }
        JavaClass forwardedTo = target.getRawType();
        String collaborator = Locations.simpleName(forwardedTo);
        Optional<JavaClass> front = interfaces.size() == 1 ? Optional.of(interfaces.get(0)).filter(type -> isOnlyInFrontOf(type, javaClass, context))
                : Optional.empty();
        if (interfaces.size() > 0 && front.isEmpty()) {
            return; // a port with several adapters, a module's public API, an interface with behaviour of its own
        }
        String layer = roleOrClass(javaClass, context) + " <" + javaClass.getName() + ">";
        violations.accept(front
                .map(type -> newViolation(Locations.stableName(type),
                        "Interface <" + type.getName() + "> has one implementation, " + layer + ", which only forwards to <"
                                + forwardedTo.getName() + ">: " + String.join(", ", forwards),
                        Locations.of(javaClass),
                        "call " + collaborator + " directly and remove " + type.getSimpleName() + " and " + javaClass.getSimpleName()))
                .orElseGet(() -> newViolation(Locations.stableName(javaClass),
                        layer + " only forwards to <" + forwardedTo.getName() + ">: " + String.join(", ", forwards),
                        Locations.of(javaClass),
                        "call " + collaborator + " directly and remove " + javaClass.getSimpleName())));
    }

    /**
     * The public instance methods a class declares, by name, leaving out synthetic ones and {@code equals},
     * {@code hashCode} and {@code toString}: what a caller of the layer can ask of it.
     */
    static List<JavaMethod> publicMethods(JavaClass javaClass) {
        return javaClass.getMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(JavaModifier.STATIC))
                .filter(method -> !GeneratedCode.isSynthetic(method) && !OBJECT_METHODS.contains(method.getName()))
                .sorted(Comparator.comparing(JavaMethod::getName).thenComparing(JavaMethod::getFullName))
                .toList();
    }

    /** The one call of a forwarding method: to a repository or client in a field of its class, arguments and answer passed on. */
    private static Optional<JavaMethodCall> forward(JavaMethod method, Set<String> behaviour, RuleContext context) {
        List<JavaMethodCall> calls = method.getMethodCallsFromSelf().stream().filter(call -> !isBoxing(call)).toList();
        if (Annotations.hasAny(method, behaviour) || !method.getConstructorCallsFromSelf().isEmpty()
                || calls.size() != 1 || fieldRead(method).isEmpty()) {
            return Optional.empty();
        }
        JavaMethodCall call = calls.get(0);
        JavaField field = fieldRead(method).get();
        JavaClass owner = call.getTargetOwner();
        boolean toCollaborator = field.getRawType().equals(owner) || ImportedSupertypes.isAssignableTo(field.getRawType(), owner.getName());
        boolean collaboratorRole = context.hasRole(field.getRawType(), Role.REPOSITORY) || context.hasRole(field.getRawType(), Role.CLIENT);
        boolean argumentsPassed = call.getTarget().getRawParameterTypes().size() == method.getRawParameterTypes().size();
        String returned = method.getRawReturnType().getName();
        boolean answerPassed = returned.equals("void") || returned.equals(call.getTarget().getRawReturnType().getName());
        return toCollaborator && collaboratorRole && argumentsPassed && answerPassed ? Optional.of(call) : Optional.empty();
    }

    /** A call javac adds to box or unbox a primitive ({@code Long.valueOf}, {@code longValue()}): no behaviour. */
    static boolean isBoxing(JavaMethodCall call) {
        return BOXES.contains(call.getTargetOwner().getName())
                && (call.getName().equals("valueOf") || call.getName().endsWith("Value") && call.getTarget().getRawParameterTypes().isEmpty());
    }

    private static final Set<String> BOXES = Set.of("java.lang.Boolean", "java.lang.Byte", "java.lang.Character", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double");

    /** The one field of its own class a method reads, when it reads exactly one and writes none. */
    private static Optional<JavaField> fieldRead(JavaMethod method) {
        Set<JavaFieldAccess> accesses = method.getFieldAccesses();
        if (accesses.size() != 1) {
            return Optional.empty();
        }
        JavaFieldAccess access = accesses.iterator().next();
        if (access.getAccessType() != JavaFieldAccess.AccessType.GET || !access.getTargetOwner().equals(method.getOwner())) {
            return Optional.empty();
        }
        return access.getTarget().resolveMember().filter(field -> !field.getModifiers().contains(JavaModifier.STATIC));
    }

    /**
     * Whether an interface of the code base only stands in front of this one class: no other implementation, no default
     * or static method of its own, and not used from another module.
     */
    private static boolean isOnlyInFrontOf(JavaClass type, JavaClass implementation, RuleContext context) {
        if (!context.inScope(type) || !type.getRawInterfaces().isEmpty()
                || type.getMethods().stream().anyMatch(method -> !method.getModifiers().contains(JavaModifier.ABSTRACT))) {
            return false;
        }
        boolean single = type.getAllSubclasses().stream().filter(sub -> !sub.isInterface()).allMatch(implementation::equals);
        Optional<String> module = context.modules().moduleOf(type);
        boolean usedElsewhere = type.getAccessesToSelf().stream().map(JavaAccess::getOriginOwner)
                .anyMatch(origin -> !context.modules().moduleOf(origin).equals(module));
        return single && !usedElsewhere;
    }
}
