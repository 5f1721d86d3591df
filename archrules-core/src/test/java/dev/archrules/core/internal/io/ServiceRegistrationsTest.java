package dev.archrules.core.internal.io;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Providers registered in {@code META-INF/services} beside the class file, in a class directory and in a jar. */
class ServiceRegistrationsTest {

    private static final String PLUGINS = "dev.archrules.fixtures.instantiation.plugins.";

    @Test
    void a_provider_registered_in_its_class_directory_is_found_comments_and_all() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.archrules.fixtures.instantiation.plugins");

        assertThat(ServiceRegistrations.isRegisteredProvider(classes.get(PLUGINS + "DatabaseLockPlugin"))).isTrue();
        assertThat(ServiceRegistrations.isRegisteredProvider(classes.get(PLUGINS + "AuditLockPlugin"))).isTrue();
        assertThat(ServiceRegistrations.isRegisteredProvider(classes.get(PLUGINS + "UnregisteredLockPlugin"))).isFalse();
        assertThat(ServiceRegistrations.isRegisteredProvider(classes.get(PLUGINS + "LockPlugin"))).isFalse();
    }

    @Test
    void a_provider_registered_in_its_jar_is_found() throws ClassNotFoundException {
        // JUnit's engine registers itself as a TestEngine in the jar it ships in; the importer is not registered anywhere
        JavaClasses classes = new ClassFileImporter().importClasses(
                Class.forName("org.junit.jupiter.engine.JupiterTestEngine"), ClassFileImporter.class);

        assertThat(ServiceRegistrations.isRegisteredProvider(classes.get("org.junit.jupiter.engine.JupiterTestEngine"))).isTrue();
        assertThat(ServiceRegistrations.isRegisteredProvider(classes.get(ClassFileImporter.class))).isFalse();
    }
}
