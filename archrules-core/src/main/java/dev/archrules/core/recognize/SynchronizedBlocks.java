package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import dev.archrules.core.internal.io.ClassFiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where code holds a lock: the lines of a method that run inside a {@code synchronized} block (between the monitor
 * enter and exit of the class file), or any line of a {@code synchronized} method. ArchUnit does not record monitors,
 * so the class file is read once more ({@link ClassFiles}); a class file that cannot be read has no synchronized blocks (nothing is
 * exempted on a guess). The depth of locks held follows the jumps: code after an early exit from a block — the
 * {@code return} of {@code synchronized (jobs) { if (jobs.isEmpty()) return; … jobs.remove(0); }}, whose copy of the
 * monitor exit precedes the rest of the block in the class file — still holds the lock, since it is reached by a jump
 * from inside the block.
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
                    /** Whether the previous instruction never falls through (a return, throw, goto, switch). */
                    private boolean unreachable;
                    /** The lock depth at each jump target and exception handler seen so far. */
                    private final Map<Label, Integer> depthAt = new HashMap<>();
                    /** The handlers of the try ranges starting at a label, whose depth is the depth where the range starts. */
                    private final Map<Label, List<Label>> handlersFrom = new HashMap<>();

                    @Override
                    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                        handlersFrom.computeIfAbsent(start, label -> new ArrayList<>()).add(handler);
                    }

                    @Override
                    public void visitLabel(Label label) {
                        // code after an early exit from the block (a return inside it) is reached by a jump from inside it
                        Integer known = depthAt.get(label);
                        if (unreachable && known != null) {
                            depth = known;
                        }
                        unreachable = false;
                        for (Label handler : handlersFrom.getOrDefault(label, List.of())) {
                            depthAt.putIfAbsent(handler, depth);
                        }
                    }

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
                        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN || opcode == Opcodes.ATHROW) {
                            unreachable = true;
                        }
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        depthAt.putIfAbsent(label, depth);
                        if (depth > 0) {
                            locked.add(line);
                        }
                        unreachable = opcode == Opcodes.GOTO;
                    }

                    @Override
                    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                        jumpsTo(dflt, labels);
                    }

                    @Override
                    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                        jumpsTo(dflt, labels);
                    }

                    private void jumpsTo(Label dflt, Label[] labels) {
                        depthAt.putIfAbsent(dflt, depth);
                        for (Label label : labels) {
                            depthAt.putIfAbsent(label, depth);
                        }
                        if (depth > 0) {
                            locked.add(line);
                        }
                        unreachable = true;
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
