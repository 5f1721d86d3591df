package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.Exclusions;
import dev.archrules.core.conventions.ModuleLayout;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run's scope answers once per class what the test of base package, exclusions and generated code answers, asked
 * again or by several threads at once, on the generated-code fixtures (generated classes, a package-info, exclusions by
 * class, package and regular expression).
 */
class ClassScopeTest {

    private static final String FIXTURES = "dev.archrules.fixtures.generated";

    private final JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES, "dev.archrules.fixtures.roles");

    @Test
    void answers_as_the_test_it_remembers_whoever_asks() throws Exception {
        Exclusions exclusions = Exclusions.none().withClasses(FIXTURES + ".web.GeneratedReportController")
                .withPackages(FIXTURES + ".mapping..").withRegexes(".*\\.Q[A-Z]\\w*");
        for (Exclusions asked : List.of(Exclusions.none(), exclusions, exclusions.includingGenerated(true))) {
            RuleContext context = new RuleContext(FIXTURES, Conventions.defaults(), ModuleLayout.inferred(FIXTURES), Thresholds.defaults(), asked);
            List<Boolean> expected = classes.stream().map(javaClass -> expected(javaClass, context)).toList();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Boolean>>> answers = new ArrayList<>();
                for (int thread = 0; thread < 8; thread++) {
                    answers.add(threads.submit(() -> classes.stream().map(context::inScope).toList()));
                }
                for (Future<List<Boolean>> answer : answers) {
                    assertThat(answer.get()).isEqualTo(expected);
                }
            } finally {
                threads.shutdown();
            }
            assertThat(classes.stream().map(context::inScope).toList()).isEqualTo(expected);
            assertThat(classes.stream().map(context.withModules(ModuleLayout.inferred(FIXTURES))::inScope).toList()).isEqualTo(expected);
            assertThat(expected).contains(true, false);
        }
    }

    @Test
    void a_context_takes_only_a_scope_of_its_own_settings() {
        RuleContext context = RuleContext.forBasePackage(FIXTURES);
        ClassScope other = new ClassScope("dev.archrules", context.exclusions(), context.generated());

        assertThatThrownBy(() -> new RuleContext(context.basePackage(), context.conventions(), context.modules(), context.thresholds(),
                context.exclusions(), context.sources(), context.allowedEndpoints(), context.roles(), context.types(), context.generated(), other))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The test the scope remembers, written out. */
    private static boolean expected(JavaClass javaClass, RuleContext context) {
        String name = javaClass.getName();
        if (javaClass.getSimpleName().equals("package-info") || name.endsWith(".package-info")) {
            return false;
        }
        String base = context.basePackage();
        boolean inBase = name.startsWith(base) && (name.length() == base.length() || name.charAt(base.length()) == '.');
        return inBase && !context.exclusions().excludes(javaClass)
                && (context.exclusions().includesGenerated() || !context.generated().isGenerated(javaClass));
    }
}
