package dev.archrules.core.internal.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassFileHeaderTest {

    /** A class with a string constant of its own and an inlined one. */
    static final class WithStrings {
        static final String INLINED = "jdbc:postgresql://db/shop";

        String query() {
            return "SELECT * FROM orders WHERE url = '" + INLINED + "'";
        }

        String beyondAscii() {
            return "Grüße \u20ac \uD83D\uDE00 nul\u0000end";
        }
    }

    @Test
    void reads_superclass_and_interfaces_of_a_jdk_class() throws IOException {
        ClassFileHeader header = read(ArrayList.class);

        assertThat(header.superclass()).isEqualTo("java.util.AbstractList");
        assertThat(header.interfaces()).containsExactly("java.util.List", "java.util.RandomAccess", "java.lang.Cloneable", "java.io.Serializable");
        assertThat(header.supertypes()).startsWith("java.util.AbstractList");
        assertThat(header.isAnnotation()).isFalse();
    }

    @Test
    void tells_annotation_types_and_the_root_class_apart() throws IOException {
        assertThat(read(Deprecated.class).isAnnotation()).isTrue();
        assertThat(read(Deprecated.class).interfaces()).containsExactly("java.lang.annotation.Annotation");
        assertThat(read(Object.class).superclass()).isEmpty();
        assertThat(read(Object.class).supertypes()).isEmpty();
    }

    @Test
    void reads_the_string_constants() throws IOException {
        assertThat(read(WithStrings.class).strings())
                .contains("jdbc:postgresql://db/shop", "SELECT * FROM orders WHERE url = 'jdbc:postgresql://db/shop'");
    }

    @Test
    void decodes_the_class_files_modified_utf8_exactly() throws IOException {
        // modified UTF-8: two bytes for NUL, surrogate pairs as two three-byte sequences
        assertThat(read(WithStrings.class).strings()).contains("Grüße \u20ac \uD83D\uDE00 nul\u0000end");
    }

    @Test
    void rejects_a_class_file_cut_anywhere_in_the_header() throws IOException {
        byte[] whole;
        try (InputStream in = WithStrings.class.getClassLoader().getResourceAsStream(WithStrings.class.getName().replace('.', '/') + ".class")) {
            whole = in.readAllBytes();
        }
        int headerEnd = 0;
        for (int length = 10; length < whole.length; length++) {
            try {
                ClassFileHeader.read(new ByteArrayInputStream(java.util.Arrays.copyOf(whole, length)));
                headerEnd = length;
                break;
            } catch (IOException cut) {
                assertThat(cut).isInstanceOf(java.io.EOFException.class);
            }
        }
        // every shorter prefix was refused as ending early; the shortest one read gives the whole file's header
        assertThat(headerEnd).isGreaterThan(10);
        assertThat(ClassFileHeader.read(new ByteArrayInputStream(java.util.Arrays.copyOf(whole, headerEnd))))
                .isEqualTo(ClassFileHeader.read(new ByteArrayInputStream(whole)));
    }

    @Test
    void rejects_what_is_not_a_class_file() {
        assertThatThrownBy(() -> ClassFileHeader.read(new ByteArrayInputStream("package a;".getBytes())))
                .isInstanceOf(IOException.class).hasMessage("not a class file");
        assertThatThrownBy(() -> ClassFileHeader.read(new ByteArrayInputStream(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0})))
                .isInstanceOf(IOException.class);
    }

    private static ClassFileHeader read(Class<?> type) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return ClassFileHeader.read(in);
        }
    }
}
