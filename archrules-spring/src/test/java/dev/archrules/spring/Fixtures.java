package dev.archrules.spring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Imports a fixture package once per JVM and evaluates the Spring preset on it. */
final class Fixtures {

    static final String ROOT = "dev.archrules.spring.fixtures";

    private static final Map<String, JavaClasses> IMPORTS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    static JavaClasses classes(String fixture) {
        return IMPORTS.computeIfAbsent(fixture, name -> new ClassFileImporter().importPackages(ROOT + "." + name));
    }

    static ChecklistResult evaluate(String fixture) {
        return SpringChecklist.forBasePackage(ROOT + "." + fixture).evaluate(classes(fixture));
    }

    static List<Violation> violations(String fixture, String ruleId) {
        return evaluate(fixture).violationsOf(ruleId);
    }
}
