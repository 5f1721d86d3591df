package dev.archrules.core.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Imports a fixture package once per JVM and evaluates the checklist on it. */
public final class Fixtures {

    private static final Map<String, JavaClasses> IMPORTS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    public static JavaClasses classes(String basePackage) {
        return IMPORTS.computeIfAbsent(basePackage, pkg -> new ClassFileImporter().importPackages(pkg));
    }

    public static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(classes(basePackage));
    }

    public static List<Violation> violations(String basePackage, String ruleId) {
        return evaluate(basePackage).violationsOf(ruleId);
    }
}
