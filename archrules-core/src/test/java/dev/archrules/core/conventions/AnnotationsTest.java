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

    private final JavaClasses classes = new ClassFileImporter().importClasses(ShipmentsApi.class, ApiController.class,
            RestController.class, Controller.class, Component.class, InACycle.class, First.class, Second.class, BothWays.class);

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
}
