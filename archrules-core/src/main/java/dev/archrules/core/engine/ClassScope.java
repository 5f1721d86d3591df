package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.archrules.core.conventions.Exclusions;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which classes are the analysed code base in one run ({@link RuleContext#inScope}): inside the base package, not
 * excluded, and not generated unless generated code is included. Every rule asks this of every imported class, and
 * many ask again of the classes a class uses, so the answer is worked out once per class and remembered for as long as
 * this object lives — one run's {@link RuleContext}. Answers are kept by class name, as {@link GeneratedCode} keeps
 * its verdicts: they depend on nothing else, and no class is held, so a context kept by an ArchUnit rule does not hold
 * on to an import. Safe for the rules and the source workers to ask at the same time.
 */
public final class ClassScope {

    private final String basePackage;
    private final Exclusions exclusions;
    private final GeneratedCode generated;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    /** The scope of a code base under {@code basePackage} (empty: all packages), less the exclusions and generated code. */
    public ClassScope(String basePackage, Exclusions exclusions, GeneratedCode generated) {
        this.basePackage = Objects.requireNonNull(basePackage, "basePackage");
        this.exclusions = Objects.requireNonNull(exclusions, "exclusions");
        this.generated = Objects.requireNonNull(generated, "generated");
    }

    /** Whether this scope was made for these settings: a context checks that its scope is its own. */
    boolean isFor(String basePackage, Exclusions exclusions, GeneratedCode generated) {
        return this.basePackage.equals(basePackage) && this.exclusions == exclusions && this.generated == generated;
    }

    /** Whether {@code javaClass} is part of the analysed code base; see {@link RuleContext#inScope}. */
    public boolean contains(JavaClass javaClass) {
        String name = javaClass.getName();
        Boolean known = answers.get(name);
        if (known == null) {
            // worked out at most a few times if threads ask at once: the same answer each time
            known = inBaseAndNotExcluded(javaClass) && (exclusions.includesGenerated() || !generated.isGenerated(javaClass));
            answers.put(name, known);
        }
        return known;
    }

    /** Whether {@code javaClass} is a generated class the run leaves out: in the base package, not excluded otherwise. */
    public boolean leavesOutAsGenerated(JavaClass javaClass) {
        return !exclusions.includesGenerated() && inBaseAndNotExcluded(javaClass) && generated.isGenerated(javaClass);
    }

    private boolean inBaseAndNotExcluded(JavaClass javaClass) {
        String name = javaClass.getName();
        if (javaClass.getSimpleName().equals("package-info") || name.endsWith(".package-info")) {
            return false;
        }
        boolean inBase = basePackage.isEmpty()
                || name.startsWith(basePackage) && (name.length() == basePackage.length() || name.charAt(basePackage.length()) == '.');
        return inBase && !exclusions.excludes(javaClass);
    }
}
