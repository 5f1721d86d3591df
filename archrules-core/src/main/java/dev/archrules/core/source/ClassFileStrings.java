package dev.archrules.core.source;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The string constants ({@code CONSTANT_String}) of a class file: every string literal the class uses,
 * including the values of constants of other classes that javac inlined. Reading them costs a fraction
 * of a parse and tells whether a class can use SQL or a URL even when its own source has no such literal.
 */
final class ClassFileStrings {

    private ClassFileStrings() {
    }

    static List<String> read(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> stringIndexes.add(in.readUnsignedShort());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> strings = new ArrayList<>(stringIndexes.size());
        for (int index : stringIndexes) {
            if (index > 0 && index < count && utf8[index] != null) {
                strings.add(utf8[index]);
            }
        }
        return strings;
    }
}
