package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.fixtures.roles.ApiController;
import dev.archrules.fixtures.roles.ShipmentsApi;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationsTest {

    /** Two annotations annotated with each other: a meta-annotation cycle the search must end in. */
    @Retention(RetentionPolicy.RUNTIME)
    @Second
    @interface First {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @First
    @interface Second {
    }

    @First
    static class InACycle {
    }

    /** Annotated directly and through a composed annotation: the direct one is found first. */
    @ApiController
    @RestController
    static class BothWays {
    }

    /** Two stereotypes that both lead to {@code @Component}: the search runs from both. */
    @Controller
    @Repository
    static class TwoStereotypes {
    }

    private final JavaClasses classes = new ClassFileImporter().importClasses(ShipmentsApi.class, ApiController.class,
            RestController.class, Controller.class, Component.class, InACycle.class, First.class, Second.class, BothWays.class,
            TwoStereotypes.class, Repository.class);

    @Test
    void finds_an_annotation_through_meta_annotations_at_any_depth() {
        JavaClass shipments = classes.get(ShipmentsApi.class);

        Optional<JavaAnnotation<?>> restController = Annotations.find(shipments, Set.of(RestController.class.getName()));
        Optional<JavaAnnotation<?>> component = Annotations.find(shipments, Set.of(Component.class.getName()));

        assertThat(restController).map(annotation -> ((JavaClass) annotation.getOwner()).getName()).contains(ApiController.class.getName());
        // @RestController is @Controller, which is @Component: two levels below the team's own annotation
        assertThat(component).map(annotation -> ((JavaClass) annotation.getOwner()).getName()).contains(Controller.class.getName());
        assertThat(Annotations.hasAny(shipments, Set.of(Repository.class.getName()))).isFalse();
        assertThat(Annotations.hasAny(shipments, Set.of())).isFalse();
    }

    @Test
    void a_direct_annotation_comes_before_a_meta_annotation_of_the_same_type() {
        Optional<JavaAnnotation<?>> found = Annotations.find(classes.get(BothWays.class), Set.of(RestController.class.getName()));

        assertThat(found).map(annotation -> ((JavaClass) annotation.getOwner()).getName()).contains(BothWays.class.getName());
        assertThat(Annotations.explain(classes.get(BothWays.class), Set.of(RestController.class.getName())))
                .contains("@" + RestController.class.getName());
        assertThat(Annotations.explain(classes.get(ShipmentsApi.class), Set.of(RestController.class.getName())))
                .contains("@" + ApiController.class.getName() + " (meta-annotated with @" + RestController.class.getName() + ")");
    }

    @Test
    void ends_in_a_meta_annotation_cycle() {
        JavaClass inACycle = classes.get(InACycle.class);

        assertThat(Annotations.hasAny(inACycle, Set.of(Second.class.getName()))).isTrue();
        assertThat(Annotations.hasAny(inACycle, Set.of(Component.class.getName()))).isFalse();
        // asked twice: the second answer comes from what the first remembered
        assertThat(Annotations.find(inACycle, Set.of(Second.class.getName())).map(annotation -> annotation.getRawType().getName()))
                .contains(Second.class.getName());
    }

    @Test
    void answers_as_the_breadth_first_search_from_all_direct_annotations_asked_again_and_as_a_list() {
        JavaClasses roles = new ClassFileImporter().importPackages("dev.archrules.fixtures.roles", "org.springframework.stereotype",
                "org.springframework.web.bind.annotation", "jakarta.ws.rs", "jakarta.inject");
        List<Set<String>> questions = List.of(Set.of(Component.class.getName()), Set.of(Controller.class.getName()),
                Set.of(RestController.class.getName(), Repository.class.getName()), Set.of(Repository.class.getName()),
                Set.of(Second.class.getName()), Set.of("java.lang.annotation.Documented"));
        int found = 0;
        for (JavaClasses imported : List.of(roles, classes)) {
            for (JavaClass javaClass : imported) {
                for (Set<String> names : questions) {
                    Optional<JavaAnnotation<?>> expected = searchFromAll(javaClass, names);
                    for (int ask = 0; ask < 2; ask++) {
                        assertThat(Annotations.find(javaClass, names)).as(javaClass.getName() + " " + names).isEqualTo(expected);
                    }
                    assertThat(Annotations.find(javaClass, List.copyOf(names))).as(javaClass.getName() + " " + names).isEqualTo(expected);
                    found += expected.isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(found).isGreaterThan(10);
        // both stereotypes lead to @Component at the same depth: the search from both finds it on whichever ArchUnit lists first
        assertThat(Annotations.find(classes.get(TwoStereotypes.class), Set.of(Component.class.getName())))
                .map(annotation -> ((JavaClass) annotation.getOwner()).getName()).get()
                .isIn(Controller.class.getName(), Repository.class.getName());
    }

    /** The search as it was before answers were remembered: breadth-first from all direct annotations, nearest first. */
    private static Optional<JavaAnnotation<?>> searchFromAll(JavaClass element, Set<String> names) {
        for (JavaAnnotation<?> annotation : element.getAnnotations()) {
            if (names.contains(annotation.getRawType().getName())) {
                return Optional.of(annotation);
            }
        }
        Deque<JavaAnnotation<?>> queue = new ArrayDeque<>(element.getAnnotations());
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            JavaAnnotation<?> annotation = queue.removeFirst();
            JavaClass type = annotation.getRawType();
            if (names.contains(type.getName())) {
                return Optional.of(annotation);
            }
            if (seen.add(type.getName()) && !type.getName().startsWith("java.lang.annotation.")) {
                queue.addAll(type.getAnnotations());
            }
        }
        return Optional.empty();
    }
}
