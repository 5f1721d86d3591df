package dev.archrules.core.rules;

import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code layers.dependency-direction} (C10) on the layers fixtures. */
class LayersDependencyDirectionTest {

    @Test
    void layers_depend_downward_only_and_inheritance_does_not_count() {
        String fixtures = "dev.archrules.fixtures.layers";
        List<Violation> violations = Fixtures.violations(fixtures, CoreRules.LAYERS_DEPENDENCY_DIRECTION);

        assertThat(violations)
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(fixtures + ".AdminController -> " + fixtures + ".OrderController", "(AdminController.java:18)"),
                        tuple(fixtures + ".OrderRepository -> " + fixtures + ".PricingService", "(OrderRepository.java:16)"),
                        tuple(fixtures + ".OrderService -> " + fixtures + ".OrderController", "(OrderService.java:20)"));
        assertThat(violations.get(1).message()).startsWith("Repository <" + fixtures + ".OrderRepository> depends on service <"
                + fixtures + ".PricingService>: ");
    }
}
