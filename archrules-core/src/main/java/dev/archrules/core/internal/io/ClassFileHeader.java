package dev.archrules.core.internal.io;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the start of a class file says about its type — access flags, superclass, interfaces and the string
 * constants of its constant pool — read without parsing fields, methods or code. Reading a header costs a
 * fraction of a full ArchUnit import of the class, which is why the recommended import uses it to decide
 * which library types are worth importing.
 *
 * @param accessFlags the class's access flags ({@code ACC_ANNOTATION} = {@code 0x2000}, {@code ACC_INTERFACE} = {@code 0x200})
 * @param superclass  the binary name of the superclass ({@code java.lang.Object} for interfaces), empty for {@code Object} itself
 * @param interfaces  the binary names of the directly implemented or extended interfaces
 * @param strings     the values of the {@code CONSTANT_String} entries (string literals and inlined constants)
 */
public record ClassFileHeader(int accessFlags, String superclass, List<String> interfaces, List<String> strings) {

    private static final int ACC_ANNOTATION = 0x2000;

    public ClassFileHeader {
        interfaces = List.copyOf(interfaces);
        strings = List.copyOf(strings);
    }

    /** Whether the class file declares an annotation type. */
    public boolean isAnnotation() {
        return (accessFlags & ACC_ANNOTATION) != 0;
    }

    /** The superclass (if any) and the interfaces, by binary name. */
    public List<String> supertypes() {
        List<String> supertypes = new ArrayList<>(interfaces.size() + 1);
        if (!superclass.isEmpty()) {
            supertypes.add(superclass);
        }
        supertypes.addAll(interfaces);
        return supertypes;
    }

    /**
     * Reads the header of the class file {@code classFile} (the stream is not closed).
     *
     * @throws IOException if the stream is not a class file or ends early
     */
    public static ClassFileHeader read(InputStream classFile) throws IOException {
        // one read of the whole (small) file: the fields below are read byte by byte
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile.readAllBytes()));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8 -> stringIndexes.add(in.readUnsignedShort());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int accessFlags = in.readUnsignedShort();
        in.readUnsignedShort();
        String superclass = className(in.readUnsignedShort(), classNames, utf8);
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            String name = className(in.readUnsignedShort(), classNames, utf8);
            if (!name.isEmpty()) {
                interfaces.add(name);
            }
        }
        List<String> strings = new ArrayList<>(stringIndexes.size());
        for (int index : stringIndexes) {
            if (index > 0 && index < count && utf8[index] != null) {
                strings.add(utf8[index]);
            }
        }
        return new ClassFileHeader(accessFlags, superclass, interfaces, strings);
    }

    private static String className(int classIndex, int[] classNames, String[] utf8) {
        if (classIndex <= 0 || classIndex >= classNames.length) {
            return "";
        }
        String internal = utf8[classNames[classIndex]];
        return internal == null ? "" : internal.replace('/', '.');
    }
}
