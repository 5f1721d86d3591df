package dev.archrules.core.internal.io;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
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
    private static final int ACC_ABSTRACT = 0x0400;

    public ClassFileHeader {
        interfaces = List.copyOf(interfaces);
        strings = List.copyOf(strings);
    }

    /** Whether the class file declares an interface or an abstract class. */
    public boolean isAbstract() {
        return (accessFlags & ACC_ABSTRACT) != 0;
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
        // one read of the whole (small) file; of the constant pool's texts only those the header needs are decoded
        byte[] bytes = classFile.readAllBytes();
        try {
            return read(bytes);
        } catch (IndexOutOfBoundsException e) {
            throw new EOFException("class file ends early");
        }
    }

    private static ClassFileHeader read(byte[] bytes) throws IOException {
        if (int32(bytes, 0) != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        int count = uint16(bytes, 8);
        int[] utf8Offsets = new int[count];
        int[] classNames = new int[count];
        List<Integer> stringIndexes = new ArrayList<>();
        int at = 10;
        for (int i = 1; i < count; i++) {
            int tag = bytes[at] & 0xFF;
            at++;
            switch (tag) {
                case 1 -> {
                    utf8Offsets[i] = at;
                    at += 2 + uint16(bytes, at);
                }
                case 7 -> {
                    classNames[i] = uint16(bytes, at);
                    at += 2;
                }
                case 8 -> {
                    stringIndexes.add(uint16(bytes, at));
                    at += 2;
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> at += 4;
                case 5, 6 -> {
                    at += 8;
                    i++;
                }
                case 16, 19, 20 -> at += 2;
                case 15 -> at += 3;
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int accessFlags = uint16(bytes, at);
        String superclass = className(uint16(bytes, at + 4), classNames, utf8Offsets, bytes);
        int interfaceCount = uint16(bytes, at + 6);
        at += 8;
        List<String> interfaces = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            String name = className(uint16(bytes, at + 2 * i), classNames, utf8Offsets, bytes);
            if (!name.isEmpty()) {
                interfaces.add(name);
            }
        }
        List<String> strings = new ArrayList<>(stringIndexes.size());
        for (int index : stringIndexes) {
            if (index > 0 && index < count && utf8Offsets[index] != 0) {
                strings.add(utf8(bytes, utf8Offsets[index]));
            }
        }
        return new ClassFileHeader(accessFlags, superclass, interfaces, strings);
    }

    private static String className(int classIndex, int[] classNames, int[] utf8Offsets, byte[] bytes) throws IOException {
        if (classIndex <= 0 || classIndex >= classNames.length) {
            return "";
        }
        int nameIndex = classNames[classIndex];
        if (nameIndex <= 0 || nameIndex >= utf8Offsets.length || utf8Offsets[nameIndex] == 0) {
            return "";
        }
        return utf8(bytes, utf8Offsets[nameIndex]).replace('/', '.');
    }

    /**
     * The constant pool text whose length field starts at {@code offset}, in the class file's modified UTF-8; a text
     * cut off by the end of the file throws {@link EOFException}, as every read past the end does.
     */
    private static String utf8(byte[] bytes, int offset) throws IOException {
        return new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset)).readUTF();
    }

    private static int uint16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    private static int int32(byte[] bytes, int offset) {
        return uint16(bytes, offset) << 16 | uint16(bytes, offset + 2);
    }
}
