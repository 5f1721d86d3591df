package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Type;
import dev.archrules.core.internal.io.ClassFiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The parameters a string literal is handed to: {@code linkToDocs} for the second argument of
 * {@code super("Format string", "https://…", "Format string")} when the superclass declares
 * {@code PluginDescriptor(String name, String linkToDocs, String humanName)}. The call is found in the bytecode on the literal's
 * line or up to {@value #LINES_ABOVE} lines above (a call written over several lines carries the line where it starts), the
 * literal among its arguments by {@link CallSites}, and the parameter's name in the class file of the callee — its
 * {@code MethodParameters} attribute, else its local variable table (a class compiled with debug information, Maven's
 * default). A callee outside the import, or compiled without either, names no parameter. Asked only for texts a rule is
 * about to report, which are few.
 */
public final class ReceivingParameters {

    /** How far above the literal's line the call may start. */
    static final int LINES_ABOVE = 20;

    private ReceivingParameters() {
    }

    /** The names of the parameters {@code literal} is handed to in the calls of {@code javaClass} around {@code line}. */
    public static Set<String> of(JavaClass javaClass, int line, String literal) {
        Set<String> names = new LinkedHashSet<>();
        forEachReceiving(javaClass, line, literal, (call, index) -> parameterName(call, index).ifPresent(names::add));
        return names;
    }

    /**
     * The types whose methods or constructors {@code literal} is handed to in the calls of {@code javaClass} around
     * {@code line}, found as for {@link #of}: {@code ExternalDocumentation} for {@code extDoc.setUrl("https://…")}. The
     * owner the call names is taken as it is; no class file is read.
     */
    public static Set<JavaClass> receivingTypes(JavaClass javaClass, int line, String literal) {
        Set<JavaClass> types = new LinkedHashSet<>();
        forEachReceiving(javaClass, line, literal, (call, index) -> types.add(call.getTargetOwner()));
        return types;
    }

    /** Each call of {@code javaClass} around {@code line} that takes {@code literal}, with the literal's argument index. */
    private static void forEachReceiving(JavaClass javaClass, int line, String literal, BiConsumer<JavaCall<?>, Integer> receiving) {
        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
            for (JavaCall<?> call : codeUnit.getCallsFromSelf()) {
                int callLine = call.getLineNumber();
                if (callLine > line || callLine < line - LINES_ABOVE) {
                    continue;
                }
                for (CallSites.Site site : CallSites.of(call)) {
                    List<CallSites.Argument> arguments = site.arguments();
                    for (int i = 0; i < arguments.size(); i++) {
                        if (arguments.get(i).kind() == CallSites.Kind.LITERAL && literal.equals(arguments.get(i).value())) {
                            receiving.accept(call, i);
                        }
                    }
                }
            }
        }
    }

    /** The name of parameter {@code index} of the code unit {@code call} targets, from its class file. */
    private static Optional<String> parameterName(JavaCall<?> call, int index) {
        Optional<? extends JavaCodeUnit> target = call.getTarget().resolveMember();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        JavaCodeUnit callee = target.get();
        String name = callee.isConstructor() ? "<init>" : callee.getName();
        String descriptor = callee.getDescriptor();
        Type[] types = Type.getArgumentTypes(descriptor);
        if (index >= types.length) {
            return Optional.empty();
        }
        int slot = callee.getModifiers().contains(JavaModifier.STATIC) ? 0 : 1;
        for (int i = 0; i < index; i++) {
            slot += types[i].getSize();
        }
        int wantedSlot = slot;
        List<String> declared = new ArrayList<>();
        String[] local = new String[1];
        ClassFiles.accept(callee.getOwner(), new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String methodName, String methodDescriptor, String signature, String[] exceptions) {
                if (!methodName.equals(name) || !methodDescriptor.equals(descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    /** The label at the method's first instruction, where the entries of its parameters start. */
                    private Label entry;

                    @Override
                    public void visitLabel(Label label) {
                        if (entry == null) {
                            entry = label;
                        }
                    }

                    @Override
                    public void visitParameter(String parameter, int access) {
                        declared.add(parameter);
                    }

                    @Override
                    public void visitLocalVariable(String variable, String variableDescriptor, String signature, Label start, Label end, int slotIndex) {
                        if (slotIndex == wantedSlot && start == entry && local[0] == null) {
                            local[0] = variable;
                        }
                    }
                };
            }
        });
        if (declared.size() == types.length && declared.get(index) != null) {
            return Optional.of(declared.get(index));
        }
        return Optional.ofNullable(local[0]);
    }
}
