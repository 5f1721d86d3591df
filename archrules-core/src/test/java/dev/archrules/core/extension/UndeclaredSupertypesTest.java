package dev.archrules.core.extension;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import dev.archrules.fixtures.hierarchy.NightlyCleanup;
import dev.archrules.fixtures.hierarchy.ReportWriter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code typesOfInterest} is a speed hint: a rule that declares nothing still finds the subtypes of a library type
 * through the recommended import, which keeps undeclared library types as bare names.
 */
class UndeclaredSupertypesTest {

    private static final String HIERARCHY = "dev.archrules.fixtures.hierarchy";

    /** Reports every class that is a {@code Runnable}; declares no types of interest. */
    static final class NoHandMadeTasks extends PerClassRule {

        NoHandMadeTasks() {
            super(new RuleInfo("team.no-hand-made-tasks", ChecklistItem.C9, "work should be scheduled, not hand-made",
                    "a test rule", "submit the work to the injected executor"));
        }

        @Override
        protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
            return DescribedPredicate.describe("classes", javaClass -> true);
        }

        @Override
        protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
            if (context.isAssignableTo(javaClass, "java.lang.Runnable")) {
                violations.accept(newViolation(stableName(javaClass), "Class <" + javaClass.getName() + "> is a Runnable",
                        locationOf(javaClass), "submit it to the executor"));
            }
        }
    }

    private final BackendChecklist checklist = BackendChecklist.forBasePackage(HIERARCHY).withRules(List.of(new NoHandMadeTasks()));
    private final JavaClasses recommended = checklist.importer().withImportOptions().importPackages(HIERARCHY);

    @Test
    void the_rule_declares_nothing_and_the_recommended_import_keeps_the_library_superclass_bare() {
        assertThat(new NoHandMadeTasks().typesOfInterest()).isEmpty();
        JavaClass cleanup = recommended.get(NightlyCleanup.class);
        // what ArchUnit alone answers through this import: TimerTask is a bare name, so Runnable is out of sight
        assertThat(cleanup.getRawSuperclass().orElseThrow().isFullyImported()).isFalse();
        assertThat(cleanup.isAssignableTo(Runnable.class.getName())).isFalse();
    }

    @Test
    void a_rule_that_declares_no_types_of_interest_still_finds_the_subtype_of_a_library_type() {
        assertThat(checklist.evaluate(recommended).violationsOf("team.no-hand-made-tasks"))
                .extracting(Violation::ruleId, Violation::key)
                .containsExactly(tuple("team.no-hand-made-tasks", HIERARCHY + ".NightlyCleanup"));
    }

    @Test
    void library_types_kept_bare_are_answered_from_the_class_path() {
        RuleContext context = checklist.context();
        JavaClass writer = recommended.get(ReportWriter.class).getField("out").getRawType();

        assertThat(writer.isFullyImported()).isFalse();
        assertThat(context.isAssignableTo(writer, "java.io.Flushable")).isTrue();
        assertThat(context.isAssignableTo(writer, "java.io.Writer")).isTrue();
        assertThat(context.isAssignableTo(writer, "java.lang.Runnable")).isFalse();
        assertThat(context.isAssignableTo(recommended.get(ReportWriter.class), "java.io.Flushable")).isFalse();
    }
}
