package dev.archrules.core.engine;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.TimerTask;

import static org.assertj.core.api.Assertions.assertThat;

class TypeHierarchyTest {

    /** Extends a library class that implements Runnable: the import below keeps TimerTask a bare name. */
    static class Reminder extends TimerTask {
        @Override
        public void run() {
        }
    }

    @Test
    void sees_past_a_library_type_the_import_kept_as_a_bare_name() {
        JavaClass reminder = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importClasses(Reminder.class).get(Reminder.class);
        });
        TypeHierarchy types = TypeHierarchy.of(TypeHierarchyTest.class.getClassLoader());

        // ArchUnit stops at the bare TimerTask; the hierarchy reads on from its class file
        assertThat(reminder.isAssignableTo(Runnable.class)).isFalse();
        assertThat(types.isAssignableTo(reminder, Runnable.class.getName())).isTrue();
        assertThat(types.isAssignableTo(reminder, TimerTask.class.getName())).isTrue();
        assertThat(types.isAssignableTo(reminder, Reminder.class.getName())).isTrue();
        assertThat(types.isAssignableTo(reminder, "java.util.Collection")).isFalse();
        // asked again, answered from what the first question remembered
        assertThat(types.isAssignableTo(reminder, Runnable.class.getName())).isTrue();
    }

    @Test
    void answers_as_archunit_does_where_the_import_has_the_whole_hierarchy() {
        JavaClass reminder = new ClassFileImporter().importClasses(Reminder.class, TimerTask.class, Runnable.class).get(Reminder.class);
        TypeHierarchy types = TypeHierarchy.of(TypeHierarchyTest.class.getClassLoader());

        for (String name : new String[]{Runnable.class.getName(), TimerTask.class.getName(), Object.class.getName(), "java.util.Map"}) {
            assertThat(types.isAssignableTo(reminder, name)).as(name).isEqualTo(reminder.isAssignableTo(name));
        }
    }
}
