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
