package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import dev.archrules.core.internal.io.ClassFiles;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * The mapped wrapper methods of an API interface in OpenAPI Generator's <b>delegate-method</b> style: its Spring
 * generator with {@code interfaceOnly} and {@code delegatePattern} (Java 8 default methods) writes each operation
 * twice — {@code _getAccountList(…)}, a default method carrying the {@code @RequestMapping} and the parameter
 * annotations whose body is only {@code return getAccountList(…);}, and {@code getAccountList(…)}, the unannotated
 * method ("override this method") that the controller implements. Spring serves the wrapper, which the controller
 * inherits, and the wrapper runs the controller's override: that override is the handler, with the wrapper's mapping.
 *
 * <p>A wrapper is recognised by its body, not its name: a non-static default method of the interface with an HTTP
 * mapping whose instructions are only {@code this}, loads of its parameters, one call of another method of the same
 * interface on {@code this}, and the return. ArchUnit records no calls for the classes the recommended import resolves
 * from the class path (an API interface of another artifact), so the class file is read once more, once per interface;
 * an interface whose class file cannot be read has no wrappers (nothing is recognised on a guess).
 */
final class DelegateMethods {

    /** Per interface, the wrapper of each method it wraps: called name + parameter descriptor → the wrapper. */
    private static final Map<JavaClass, Map<String, JavaMethod>> WRAPPERS = Collections.synchronizedMap(new WeakHashMap<>());

    private DelegateMethods() {
    }

    /**
     * The mapped default method of {@code api} (an interface) whose body only calls {@code api}'s method named
     * {@code name} with the parameter descriptor {@code parameters} ({@code "(Ljava/lang/String;J)"}), if there is one.
     */
    static Optional<JavaMethod> wrapperOf(JavaClass api, String name, String parameters) {
        if (!api.isInterface()) {
            return Optional.empty();
        }
        return Optional.ofNullable(WRAPPERS.computeIfAbsent(api, DelegateMethods::wrappers).get(name + parameters));
    }

    /** The parameter part of a method descriptor, {@code "(Ljava/lang/String;J)"} of {@code "(Ljava/lang/String;J)V"}. */
    static String parameters(String descriptor) {
        return descriptor.substring(0, descriptor.indexOf(')') + 1);
    }

    private static Map<String, JavaMethod> wrappers(JavaClass api) {
        Map<String, JavaMethod> candidates = new HashMap<>();
        for (JavaMethod method : api.getMethods()) {
            if (!method.getModifiers().contains(JavaModifier.STATIC) && !method.getModifiers().contains(JavaModifier.ABSTRACT)
                    && Annotations.hasAny(method, HttpMappings.ANNOTATIONS)) {
                candidates.put(method.getName() + method.getDescriptor(), method);
            }
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        Map<String, JavaMethod> wrappers = new HashMap<>();
        String owner = api.getName().replace('.', '/');
        ClassFiles.accept(api, new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                JavaMethod candidate = candidates.get(name + descriptor);
                return candidate == null ? null : new WrapperBody(owner, name, descriptor, called -> wrappers.put(called, candidate));
            }
        });
        return wrappers;
    }

    /**
     * Follows a candidate's instructions: {@code aload 0}, loads of locals, one {@code invokeinterface} of another
     * method of the interface, a return — anything else and it is no wrapper.
     */
    private static final class WrapperBody extends MethodVisitor {

        private final String owner;
        private final String name;
        private final String descriptor;
        private final Consumer<String> found;
        /** 0: expecting {@code this}; 1: loads, then the call; 2: expecting the return; 3: done; -1: no wrapper. */
        private int state;
        private String called;

        WrapperBody(String owner, String name, String descriptor, Consumer<String> found) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.name = name;
            this.descriptor = descriptor;
            this.found = found;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            if (state == 0 && opcode == Opcodes.ALOAD && varIndex == 0) {
                state = 1;
            } else if (state != 1 || opcode < Opcodes.ILOAD || opcode > Opcodes.ALOAD || varIndex == 0) {
                state = -1;
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String callOwner, String callName, String callDescriptor, boolean isInterface) {
            boolean ownMethod = opcode == Opcodes.INVOKEINTERFACE && callOwner.equals(owner)
                    && !(callName.equals(name) && callDescriptor.equals(descriptor));
            if (state == 1 && ownMethod) {
                called = callName + parameters(callDescriptor);
                state = 2;
            } else {
                state = -1;
            }
        }

        @Override
        public void visitInsn(int opcode) {
            state = state == 2 && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN ? 3 : -1;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            state = -1;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            state = -1;
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String fieldName, String fieldDescriptor) {
            state = -1;
        }

        @Override
        public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap,
                Object... arguments) {
            state = -1;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            state = -1;
        }

        @Override
        public void visitLdcInsn(Object value) {
            state = -1;
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            state = -1;
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            state = -1;
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            state = -1;
        }

        @Override
        public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
            state = -1;
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            state = -1;
        }

        @Override
        public void visitEnd() {
            if (state == 3) {
                found.accept(called);
            }
        }
    }
}
