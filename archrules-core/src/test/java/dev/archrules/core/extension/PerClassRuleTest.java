package dev.archrules.core.extension;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.PerClassRule;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.RuleInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A rule defined outside archrules-core (in another package) on the public {@link PerClassRule} base. */
class PerClassRuleTest {

    /** Every controller is reported once, so the test sees exactly what the base class does with a violation. */
    static final class EveryController extends PerClassRule {

        EveryController() {
            super(new RuleInfo("team.every-controller", ChecklistItem.C2, "controllers are listed", "a test rule", "nothing to fix"));
        }

        @Override
        protected DescribedPredicate<JavaClass> classesToCheck(RuleContext context) {
            return DescribedPredicate.describe("controllers", javaClass -> context.hasRole(javaClass, Role.CONTROLLER));
        }

        @Override
        protected void checkClass(JavaClass javaClass, RuleContext context, Consumer<Violation> violations) {
            violations.accept(newViolation(stableName(javaClass), "Controller <" + javaClass.getName() + "> is listed",
                    locationOf(javaClass), "none"));
        }
    }

    private static final String LAYERS = "dev.archrules.fixtures.layers";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(LAYERS);

    @Test
    void a_rule_on_the_public_base_class_reports_structured_violations_limited_to_the_code_base() {
        BackendChecklist checklist = BackendChecklist.forBasePackage(LAYERS)
                .excluding(LAYERS + ".AdminController")
                .withRules(List.of(new EveryController()));

        ChecklistResult result = checklist.evaluate(CLASSES);

        assertThat(result.violationsOf("team.every-controller"))
                .extracting(Violation::key, v -> v.location().fileName())
                .containsExactlyInAnyOrder(
                        tuple(LAYERS + ".BaseController", "BaseController.java"),
                        tuple(LAYERS + ".OrderController", "OrderController.java"));
        assertThat(result.violationsOf("team.every-controller")).allSatisfy(violation -> {
            assertThat(violation.location().line()).isPositive();
            assertThat(violation.message()).endsWith(violation.location().toString());
        });
        assertThat(checklist.rule("team.every-controller").getDescription())
                .isEqualTo("team.every-controller: controllers are listed, because a test rule; nothing to fix");
    }
}
