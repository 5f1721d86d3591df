package dev.archrules.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ClassPathGapsTest {

    private static final JavaClasses COMMAND = new ClassFileImporter().importClasses(Archrules.class);

    @Test
    void framework_annotations_a_class_loader_cannot_read_are_named_and_the_platform_is_never_a_gap() throws Exception {
        try (URLClassLoader platformOnly = new URLClassLoader(new URL[0], null)) {
            assertThat(ClassPathGaps.of(COMMAND, platformOnly)).contains("picocli.CommandLine$Command")
                    .noneMatch(name -> name.startsWith("java."));
        }
        assertThat(ClassPathGaps.of(COMMAND, Archrules.class.getClassLoader())).isEmpty();
    }

    @Test
    void the_note_names_the_first_three_and_says_what_to_do() {
        assertThat(ClassPathGaps.note(new TreeSet<>())).isEmpty();
        assertThat(ClassPathGaps.note(new TreeSet<>(java.util.List.of("a.B", "c.D", "e.F", "g.H")))).contains(
                "archrules: note: 4 framework types the classes name are not on the class path (a.B, c.D, e.F, …); roles and handlers"
                        + " recognised through their meta-annotations or supertypes may be missed — pass the code base's dependencies with --classpath");
        assertThat(ClassPathGaps.note(new TreeSet<>(java.util.List.of("a.B")))).contains(
                "archrules: note: 1 framework type the classes name is not on the class path (a.B); roles and handlers"
                        + " recognised through their meta-annotations or supertypes may be missed — pass the code base's dependencies with --classpath");
    }
}
