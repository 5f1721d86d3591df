package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Type;
import dev.archrules.core.internal.io.ClassFiles;


/**
 * Whether a field's value is handed to a call as its argument rather than being the object called: in
 * {@code listeners.addAll(DEFAULT_LISTENERS)} the field is read and passed on, and only the local list changes.
 * ArchUnit records the read and the call on one line but not which value the call receives, so the class file is read
 * once more ({@link ClassFiles}): the receiver is pushed before the arguments, so a read of the field that is the last instruction before the
 * call (a cast aside) is its last argument. A class file that cannot be read gives no answer (nothing is exempted on a
 * guess).
 */
public final class FieldArguments {

    private FieldArguments() {
    }

    /** Whether {@code read} is the last argument of {@code call}, both on the same line of the same class. */
    public static boolean isLastArgumentOf(JavaFieldAccess read, JavaMethodCall call) {
        if (call.getTarget().getRawParameterTypes().isEmpty() || read.getLineNumber() != call.getLineNumber()) {
            return false;
        }
        String fieldOwner = read.getTargetOwner().getName().replace('.', '/');
        String fieldName = read.getTarget().getName();
        boolean[] found = new boolean[1];
        // read only when a rule has found a mutation to weigh, which is rare: no cache
        ClassFiles.accept(read.getOriginOwner(), new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    private int line;
                    private boolean fieldJustRead;

                    @Override
                    public void visitLineNumber(int number, Label start) {
                        line = number;
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                        fieldJustRead = (opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC)
                                && line == read.getLineNumber() && owner.equals(fieldOwner) && name.equals(fieldName);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        // a cast of the value read keeps it the last one pushed
                        fieldJustRead = fieldJustRead && opcode == Opcodes.CHECKCAST;
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                        if (fieldJustRead && name.equals(call.getName()) && Type.getArgumentTypes(descriptor).length > 0) {
                            found[0] = true;
                        }
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitInsn(int opcode) {
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitVarInsn(int opcode, int var) {
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitIntInsn(int opcode, int operand) {
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitIincInsn(int var, int increment) {
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        fieldJustRead = false;
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle handle,
                                                       Object... arguments) {
                        fieldJustRead = false;
                    }
                };
            }
        });
        return found[0];
    }
}
