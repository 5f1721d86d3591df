package dev.archrules.core.recognize;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Type;
import dev.archrules.core.internal.io.ClassFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a call site passes and what becomes of its result, read from the class file ({@link ClassFiles}), which ArchUnit
 * does not record: whether an argument is a string literal (or an inlined constant), a static field, a local variable or
 * a value computed on the spot ({@code getBean(entry.getKey())}), whether the result is cast ({@code (DataSource)
 * getBean(name)}) or thrown away. Arguments are told only when they are pushed by single instructions (a literal, a
 * variable, a field): the instructions before a call are walked back one argument at a time, and the first one that is
 * not such a push is the computation of that argument — what came before it is not known. Asked only for the calls a
 * rule has found to report (and the look-ups of service-locator holders, asked once per caller), which are few: the
 * sites are kept per call, weakly. A class file that cannot be read gives no answer.
 */
public final class CallSites {

    private CallSites() {
    }

    /** What an argument is. */
    public enum Kind {
        /** A string literal, or a constant javac inlined ({@code static final String}): its {@link Argument#value()}. */
        LITERAL,
        /** A static field, {@link Argument#value()} {@code owner.name} (binary owner name). */
        STATIC_FIELD,
        /** An instance field, {@link Argument#value()} {@code owner.name}. */
        INSTANCE_FIELD,
        /** A local variable or parameter, assigned a string literal nowhere in the method. */
        LOCAL,
        /** A local variable or parameter the method assigns a string literal somewhere: perhaps a fixed value. */
        LOCAL_WITH_LITERAL,
        /** A class literal ({@code Foo.class}), {@link Argument#value()} its binary name. */
        CLASS_LITERAL,
        /** A value computed on the spot: a call's result, an array element, a concatenation. */
        COMPUTED,
        /** Anything else ({@code null}, a number), or not known. */
        OTHER
    }

    /** One argument of a call site. */
    public record Argument(Kind kind, String value) {
    }

    /**
     * One call site.
     *
     * @param arguments  its arguments in order ({@link Kind#OTHER} where not known)
     * @param castTo     the binary name of the type its result is cast to right away, or {@code null}
     * @param discarded  whether its result is thrown away ({@code context.getBean("x");} as a statement)
     */
    public record Site(List<Argument> arguments, String castTo, boolean discarded) {
    }

    /**
     * The sites of {@code call}: every instruction on its line of its class file that calls its target (one line may call
     * it more than once); empty when the class file cannot be read or none matches.
     */
    public static List<Site> of(JavaCall<?> call) {
        return SITES.computeIfAbsent(call, CallSites::read);
    }

    private static final java.util.Map<JavaCall<?>, List<Site>> SITES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static List<Site> read(JavaCall<?> call) {
        String owner = internalName(call.getTargetOwner());
        String name = call.getName();
        int argumentCount = call.getTarget().getRawParameterTypes().size();
        int line = call.getLineNumber();
        List<Site> sites = new ArrayList<>();
        ClassFiles.accept(call.getOriginOwner(), new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature, String[] exceptions) {
                return new Recorder() {
                    @Override
                    public void visitEnd() {
                        for (int i = 0; i < instructions.size(); i++) {
                            Insn insn = instructions.get(i);
                            if (insn.line == line && insn.isCall() && insn.owner.equals(owner) && insn.name.equals(name)
                                    && Type.getArgumentTypes(insn.descriptor).length == argumentCount) {
                                sites.add(site(instructions, i, argumentCount, Type.getReturnType(insn.descriptor)));
                            }
                        }
                    }
                };
            }
        });
        return List.copyOf(sites);
    }

    /**
     * Whether {@code call} creates its object around the creating object itself and nothing else
     * ({@code new ProtocolTranslator(this)}): the constructor takes one argument, and at every site of the call on its line
     * that argument is pushed by {@code aload 0} in an instance method or constructor, which is {@code this}. False when the
     * class file cannot be read, the call is made in a lambda's body, or any site passes something else.
     */
    public static boolean passesOnlyItsCreator(JavaConstructorCall call) {
        JavaCodeUnit origin = call.getOrigin();
        if (origin.getModifiers().contains(JavaModifier.STATIC) || call.isDeclaredInLambda()
                || call.getTarget().getRawParameterTypes().size() != 1) {
            return false;
        }
        String owner = internalName(call.getTargetOwner());
        int line = call.getLineNumber();
        int[] sites = new int[2]; // [0]: sites passing this, [1]: other sites
        List<Insn> instructions = instructionsOf(origin);
        for (int i = 0; i < instructions.size(); i++) {
            Insn insn = instructions.get(i);
            if (insn.line == line && insn.opcode == Opcodes.INVOKESPECIAL && insn.owner.equals(owner)
                    && insn.name.equals("<init>") && Type.getArgumentTypes(insn.descriptor).length == 1) {
                Insn before = i > 0 ? instructions.get(i - 1) : null;
                sites[before != null && before.opcode == Opcodes.ALOAD && before.variable == 0 ? 0 : 1]++;
            }
        }
        return sites[0] > 0 && sites[1] == 0;
    }

    /**
     * The string literals a method or constructor pushes, in order, constants javac inlined included
     * ({@code static final String}), wherever they go — an argument, a format pattern, a varargs element. Empty when the
     * class file cannot be read.
     */
    public static List<String> stringLiterals(JavaCodeUnit codeUnit) {
        return instructionsOf(codeUnit).stream().filter(insn -> insn.opcode == Opcodes.LDC && insn.string != null)
                .map(Insn::string).toList();
    }

    /** The instructions of one method or constructor, from its class file; empty when the class file cannot be read. */
    private static List<Insn> instructionsOf(JavaCodeUnit codeUnit) {
        String name = codeUnit.isConstructor() ? "<init>" : codeUnit.getName();
        String descriptor = codeUnit.getDescriptor();
        List<Insn> found = new ArrayList<>();
        ClassFiles.accept(codeUnit.getOwner(), new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String methodName, String methodDescriptor, String signature, String[] exceptions) {
                if (!methodName.equals(name) || !methodDescriptor.equals(descriptor)) {
                    return null;
                }
                return new Recorder() {
                    @Override
                    public void visitEnd() {
                        found.addAll(instructions);
                    }
                };
            }
        });
        return found;
    }

    /** The value of the static field {@code owner.name} when only its class's initializer assigns it, from a string literal. */
    public static Optional<String> constantValue(JavaClass owner, String field) {
        String internal = internalName(owner);
        String[] value = new String[1];
        boolean[] assignedElsewhere = new boolean[1];
        boolean read = ClassFiles.accept(owner, new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature, String[] exceptions) {
                boolean initializer = methodName.equals("<clinit>");
                return new Recorder() {
                    @Override
                    public void visitEnd() {
                        for (int i = 0; i < instructions.size(); i++) {
                            Insn insn = instructions.get(i);
                            if (insn.opcode == Opcodes.PUTSTATIC && insn.owner.equals(internal) && insn.name.equals(field)) {
                                Insn before = i > 0 ? instructions.get(i - 1) : null;
                                if (initializer && value[0] == null && before != null && before.opcode == Opcodes.LDC && before.string != null) {
                                    value[0] = before.string;
                                } else {
                                    assignedElsewhere[0] = true;
                                }
                            }
                        }
                    }
                };
            }
        });
        return read && !assignedElsewhere[0] ? Optional.ofNullable(value[0]) : Optional.empty();
    }

    private static Site site(List<Insn> instructions, int callIndex, int argumentCount, Type returnType) {
        Argument[] arguments = new Argument[argumentCount];
        int position = argumentCount - 1;
        int i = callIndex - 1;
        while (position >= 0 && i >= 0) {
            Insn insn = instructions.get(i);
            if (insn.opcode == Opcodes.CHECKCAST) {
                i--;
                continue;
            }
            Argument argument = push(instructions, i);
            if (argument == null) {
                arguments[position--] = new Argument(Kind.COMPUTED, null);
                break;
            }
            arguments[position--] = argument;
            // an instance field is read off the object pushed before it: this, most often
            i -= argument.kind() == Kind.INSTANCE_FIELD ? 2 : 1;
        }
        List<Argument> list = new ArrayList<>();
        for (Argument argument : arguments) {
            list.add(argument == null ? new Argument(Kind.OTHER, null) : argument);
        }
        Insn after = callIndex + 1 < instructions.size() ? instructions.get(callIndex + 1) : null;
        String castTo = after != null && after.opcode == Opcodes.CHECKCAST ? after.owner.replace('/', '.') : null;
        boolean discarded = returnType.getSort() != Type.VOID && after != null && (after.opcode == Opcodes.POP || after.opcode == Opcodes.POP2);
        return new Site(List.copyOf(list), castTo, discarded);
    }

    /** The argument the instruction at {@code i} pushes by itself, or {@code null} when it computes a value. */
    private static Argument push(List<Insn> instructions, int i) {
        Insn insn = instructions.get(i);
        switch (insn.opcode) {
            case Opcodes.LDC:
                return insn.string != null ? new Argument(Kind.LITERAL, insn.string)
                        : insn.type != null ? new Argument(Kind.CLASS_LITERAL, insn.type) : new Argument(Kind.OTHER, null);
            case Opcodes.GETSTATIC:
                return new Argument(Kind.STATIC_FIELD, insn.owner.replace('/', '.') + "." + insn.name);
            case Opcodes.GETFIELD:
                return i > 0 && instructions.get(i - 1).opcode == Opcodes.ALOAD
                        ? new Argument(Kind.INSTANCE_FIELD, insn.owner.replace('/', '.') + "." + insn.name) : null;
            case Opcodes.ALOAD:
                return new Argument(assignedLiteral(instructions, insn.variable) ? Kind.LOCAL_WITH_LITERAL : Kind.LOCAL, null);
            case Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD, Opcodes.DLOAD, Opcodes.ACONST_NULL, Opcodes.ICONST_M1,
                 Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2, Opcodes.ICONST_3, Opcodes.ICONST_4, Opcodes.ICONST_5,
                 Opcodes.BIPUSH, Opcodes.SIPUSH:
                return new Argument(Kind.OTHER, null);
            default:
                return null;
        }
    }

    /** Whether the method stores a string literal into local variable {@code variable} anywhere. */
    private static boolean assignedLiteral(List<Insn> instructions, int variable) {
        for (int i = 1; i < instructions.size(); i++) {
            Insn insn = instructions.get(i);
            if (insn.opcode == Opcodes.ASTORE && insn.variable == variable) {
                Insn before = instructions.get(i - 1);
                if (before.opcode == Opcodes.LDC && before.string != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String internalName(JavaClass javaClass) {
        return javaClass.getName().replace('.', '/');
    }

    /** One instruction, as much of it as is needed here. */
    private record Insn(int opcode, int line, String owner, String name, String descriptor, String string, String type, int variable) {

        boolean isCall() {
            return opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE || opcode == Opcodes.INVOKESTATIC
                    || opcode == Opcodes.INVOKESPECIAL;
        }
    }

    /** Records the instructions of one method, with their lines (labels, frames and line entries left out). */
    private abstract static class Recorder extends MethodVisitor {

        final List<Insn> instructions = new ArrayList<>();
        private int line;

        Recorder() {
            super(Opcodes.ASM9);
        }

        private void add(int opcode, String owner, String name, String descriptor, String string, String type, int variable) {
            instructions.add(new Insn(opcode, line, owner, name, descriptor, string, type, variable));
        }

        @Override
        public void visitLineNumber(int number, Label start) {
            line = number;
        }

        @Override
        public void visitInsn(int opcode) {
            add(opcode, null, null, null, null, null, -1);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            add(opcode, null, null, null, null, null, -1);
        }

        @Override
        public void visitVarInsn(int opcode, int variable) {
            add(opcode, null, null, null, null, null, variable);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            add(opcode, type, null, null, null, null, -1);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            add(opcode, owner, name, descriptor, null, null, -1);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            add(opcode, owner, name, descriptor, null, null, -1);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle bootstrap,
                                           Object... arguments) {
            add(Opcodes.INVOKEDYNAMIC, null, name, descriptor, null, null, -1);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            add(opcode, null, null, null, null, null, -1);
        }

        @Override
        public void visitLdcInsn(Object value) {
            add(Opcodes.LDC, null, null, null, value instanceof String text ? text : null,
                    value instanceof Type type && type.getSort() == Type.OBJECT ? type.getClassName() : null, -1);
        }

        @Override
        public void visitIincInsn(int variable, int increment) {
            add(Opcodes.IINC, null, null, null, null, null, variable);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            add(Opcodes.TABLESWITCH, null, null, null, null, null, -1);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            add(Opcodes.LOOKUPSWITCH, null, null, null, null, null, -1);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            add(Opcodes.MULTIANEWARRAY, null, null, descriptor, null, null, -1);
        }
    }
}
