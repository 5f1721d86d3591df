package dev.archrules.core.internal.types;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportedSupertypesTest {

    @Test
    void answers_as_archunit_does_for_every_class_and_every_name_of_an_import() {
        JavaClasses classes = new ClassFileImporter().importClasses(ArrayList.class, ConcurrentHashMap.class, TreeSet.class,
                String.class, Integer.class, Thread.class, RuntimeException.class, String[].class);
        List<String> names = Stream.concat(classes.stream().map(JavaClass::getName),
                Stream.of("java.lang.Object", "java.util.Collection", "java.lang.Runnable", "java.io.Serializable",
                        "java.lang.Comparable", "java.lang.Throwable", "java.util.Map", "no.such.Type")).distinct().toList();
        int compared = 0;
        for (JavaClass javaClass : classes) {
            for (String name : names) {
                assertThat(ImportedSupertypes.isAssignableTo(javaClass, name))
                        .as("%s assignable to %s", javaClass.getName(), name)
                        .isEqualTo(javaClass.isAssignableTo(name));
                compared++;
            }
        }
        // the pairs include both answers, so the comparison above can fail either way
        assertThat(compared).isGreaterThan(100);
        JavaClass list = classes.get(ArrayList.class);
        assertThat(ImportedSupertypes.isAssignableTo(list, "java.util.Collection")).isTrue();
        assertThat(ImportedSupertypes.isAssignableTo(list, "java.util.Map")).isFalse();
        assertThat(ImportedSupertypes.isAssignableTo(classes.get(RuntimeException.class), "java.lang.Throwable")).isTrue();
    }

    @Test
    void the_names_of_a_class_are_its_own_its_superclasses_and_all_its_interfaces() {
        JavaClass list = new ClassFileImporter().importClasses(ArrayList.class).get(ArrayList.class);

        Set<String> names = ImportedSupertypes.of(list);

        assertThat(names).contains("java.util.ArrayList", "java.util.AbstractList", "java.util.AbstractCollection",
                "java.lang.Object", "java.util.List", "java.util.Collection", "java.lang.Iterable", "java.util.RandomAccess");
        assertThat(ImportedSupertypes.of(list)).isSameAs(names);
    }
}
