package dev.archrules.core.rules;

import com.tngtech.archunit.ArchConfiguration;
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

    /**
     * Imports a fixture package without resolving what it refers to from the class path, as a dependency-reduced build
     * is measured: library types are bare names, without supertypes or annotations.
     */
    public static JavaClasses classesWithoutClassPath(String basePackage) {
        return IMPORTS.computeIfAbsent("unresolved:" + basePackage, key -> {
            ArchConfiguration configuration = ArchConfiguration.get();
            boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
            configuration.setResolveMissingDependenciesFromClassPath(false);
            try {
                return new ClassFileImporter().importPackages(basePackage);
            } finally {
                configuration.setResolveMissingDependenciesFromClassPath(resolving);
            }
        });
    }

    /** The violations of one rule evaluated on its own ({@link #violations}) on {@link #classesWithoutClassPath}. */
    public static List<Violation> violationsWithoutClassPath(String basePackage, String ruleId) {
        return violationsOf(basePackage, ruleId, classesWithoutClassPath(basePackage));
    }

    public static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(classes(basePackage));
    }

    /**
     * The violations of one rule evaluated on its own, as a rule's test wants them: in a whole checklist run a fact
     * another rule owns is reported there instead ({@code ChecklistRule#subsumes()}).
     */
    public static List<Violation> violations(String basePackage, String ruleId) {
        return violationsOf(basePackage, ruleId, classes(basePackage));
    }

    private static List<Violation> violationsOf(String basePackage, String ruleId, JavaClasses classes) {
        BackendChecklist checklist = BackendChecklist.forBasePackage(basePackage);
        String[] others = checklist.definitions().stream().map(rule -> rule.id()).filter(id -> !id.equals(ruleId)).toArray(String[]::new);
        return checklist.withoutRules(others).evaluate(classes).violationsOf(ruleId);
    }
}
