package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where code holds a lock: the lines of a method that run inside a {@code synchronized} block (between the monitor
 * enter and exit of the class file), or any line of a {@code synchronized} method. ArchUnit does not record monitors,
 * so the class file is read once more ({@link ClassFiles}); a class file that cannot be read has no synchronized blocks (nothing is
 * exempted on a guess).
 */
public final class SynchronizedBlocks {

    private SynchronizedBlocks() {
    }

    /** Whether {@code line} of {@code codeUnit} runs while a lock is held. */
    public static boolean holdsLockAt(JavaCodeUnit codeUnit, int line) {
        if (codeUnit.getModifiers().contains(JavaModifier.SYNCHRONIZED)) {
            return true;
        }
        // read only when a rule has found a mutation to weigh, which is rare: no cache
        return linesOf(codeUnit.getOwner()).getOrDefault(codeUnit.getName() + codeUnit.getDescriptor(), Set.of()).contains(line);
    }

    /** Per method (name + descriptor), the lines with instructions inside a synchronized block. */
    private static Map<String, Set<Integer>> linesOf(JavaClass javaClass) {
        Map<String, Set<Integer>> lines = new HashMap<>();
        boolean read = ClassFiles.accept(javaClass, new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                Set<Integer> locked = new HashSet<>();
                lines.put(name + descriptor, locked);
                return new MethodVisitor(Opcodes.ASM9) {
                    private int depth;
                    private int line;

                    @Override
                    public void visitLineNumber(int number, Label start) {
                        line = number;
                        if (depth > 0) {
                            locked.add(line);
                        }
                    }

                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode == Opcodes.MONITORENTER) {
                            depth++;
                        } else if (opcode == Opcodes.MONITOREXIT) {
                            // the exception path exits the monitor once more: never below zero
                            depth = Math.max(0, depth - 1);
                        } else if (depth > 0) {
                            locked.add(line);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                        if (depth > 0) {
                            locked.add(line);
                        }
                    }
                };
            }
        });
        return read ? lines : Map.of();
    }
}
