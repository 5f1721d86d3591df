package dev.archrules.core.conventions;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyTargetsTest {

    /** Many dependencies on a few classes: three calls on List, two on Map, a field and parameters of both. */
    static final class Tally {
        private final List<String> names = new ArrayList<>();

        int count(Map<String, Integer> counts, List<String> more) {
            names.addAll(more);
            names.add("x");
            counts.put("n", names.size());
            return counts.size();
        }
    }

    @Test
    void asks_about_each_target_once_and_answers_as_the_dependencies_do() {
        JavaClass tally = new ClassFileImporter().importClasses(Tally.class).get(Tally.class);
        List<String> asked = new ArrayList<>();

        boolean usesAMap = DependencyTargets.anyMatch(tally, target -> {
            asked.add(target.getName());
            return target.getName().equals("java.util.Map");
        });
        boolean usesASet = DependencyTargets.anyMatch(tally, target -> target.getName().equals("java.util.Set"));

        assertThat(usesAMap).isTrue();
        assertThat(usesASet).isFalse();
        assertThat(asked).doesNotHaveDuplicates().contains("java.util.Map");
        // the same answers as asking every dependency
        assertThat(tally.getDirectDependenciesFromSelf()).hasSizeGreaterThan(asked.size());
        assertThat(tally.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().getName().equals("java.util.Map"))).isTrue();
    }
}
