package dev.archrules.spring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
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

    /** The violations of one rule evaluated on its own (in a whole run, a fact another rule owns is reported there). */
    static List<Violation> violations(String fixture, String ruleId) {
        BackendChecklist checklist = SpringChecklist.forBasePackage(ROOT + "." + fixture);
        String[] others = checklist.definitions().stream().map(rule -> rule.id()).filter(id -> !id.equals(ruleId)).toArray(String[]::new);
        return checklist.withoutRules(others).evaluate(classes(fixture)).violationsOf(ruleId);
    }
}
