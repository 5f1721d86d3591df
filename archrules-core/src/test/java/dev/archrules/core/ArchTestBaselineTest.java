package dev.archrules.core;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archrules.core.BaselineAdoptionTest.INITIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code @ArchTest} style ({@code checklist.rule(id)}, {@code checklist.rules()}) honours the checklist's baseline
 * exactly as {@code check()} does: baselined violations pass, new ones fail, stale entries fail on CI, writing modes are
 * refused loudly.
 */
class ArchTestBaselineTest {

    private static final String FIXTURES = "dev.archrules.fixtures.dataaccess";
    private static final String ORDER_CONTROLLER_JDBC = "controllers.no-data-access | " + FIXTURES + ".web.OrderController -> org.springframework.jdbc.core.JdbcTemplate | 1\n";
    private static final BackendChecklist CHECKLIST = BackendChecklistFixtures.DATA_ACCESS;

    @TempDir
    Path dir;

    private Path baseline(String text) throws IOException {
        return Files.writeString(dir.resolve("archrules-baseline.txt"), text);
    }

    private static BackendChecklist local(Path file) {
        return CHECKLIST.withBaseline(Baseline.at(file).inMode(BaselineMode.CHECK).onCi(false));
    }

    @Test
    void a_rule_passes_on_baselined_violations_that_fail_it_without_the_baseline() throws IOException {
        Path file = baseline(INITIAL);

        assertThatCode(() -> local(file).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CHECKLIST.rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("was violated (2 times)");
    }

    @Test
    void a_rule_fails_only_on_the_violation_missing_from_the_baseline() throws IOException {
        Path file = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, ""));

        assertThatThrownBy(() -> local(file).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Rule 'controllers.no-data-access: controllers should not access repositories or data-access APIs")
                .hasMessageContaining("was violated (1 times)")
                .hasMessageContaining("Controller <" + FIXTURES + ".web.OrderController> uses data-access API <org.springframework.jdbc.core.JdbcTemplate>")
                .hasMessageNotContaining("CustomerController");
    }

    @Test
    void all_rules_and_their_composite_honour_the_baseline() throws IOException {
        Path file = baseline(INITIAL);

        assertThat(local(file).rules()).hasSize(CHECKLIST.rules().size())
                .allSatisfy(rule -> assertThatCode(() -> rule.check(BackendChecklistFixtures.CLASSES)).doesNotThrowAnyException());
        ArchRule all = CompositeArchRule.of(local(file).rules());
        assertThatCode(() -> all.check(BackendChecklistFixtures.CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void because_and_as_keep_the_baseline() throws IOException {
        Path file = baseline(INITIAL);
        ArchRule renamed = local(file).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).because("we said so").as("no data access in controllers");

        assertThat(renamed.getDescription()).isEqualTo("no data access in controllers");
        assertThatCode(() -> renamed.check(BackendChecklistFixtures.CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void a_stale_entry_of_the_rule_fails_on_ci_and_only_warns_locally() throws IOException {
        Path file = baseline(INITIAL + "controllers.no-data-access | gone.Web -> gone.Repo | 2\n");

        assertThatCode(() -> local(file).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CHECKLIST.withBaseline(Baseline.at(file).inMode(BaselineMode.CHECK).onCi(true))
                .rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("controllers.no-data-access: stale baseline entry 'gone.Web -> gone.Repo': 2 accepted, 0 left (" + file
                        + ") — remove it with mvn test -Darchrules.baseline.mode=prune");
    }

    @Test
    void a_never_baselined_rule_fails_whatever_the_file_says() throws IOException {
        Path file = baseline(INITIAL.replace(ORDER_CONTROLLER_JDBC, "").replaceAll("(?m)^controllers\\.no-data-access.*\\n", ""));

        assertThatThrownBy(() -> local(file).withNeverBaselined(CoreRules.CONTROLLERS_NO_DATA_ACCESS)
                .rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(AssertionError.class).hasMessageContaining("was violated (2 times)");
    }

    @Test
    void a_writing_mode_is_refused_loudly_with_what_to_run_instead() throws IOException {
        Path file = baseline(INITIAL);
        ArchRule rule = CHECKLIST.withBaseline(Baseline.at(file).inMode(BaselineMode.ACCEPT)).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);

        assertThatThrownBy(() -> rule.check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("archrules baseline mode 'accept' writes " + file + " from the violations of every rule at once, which the single rule"
                        + " controllers.no-data-access (@ArchTest) cannot do; run mvn test -Darchrules.baseline.mode=accept on a test that calls"
                        + " checklist.check(…) (see docs/baseline.md), or leave the mode at 'check'");
        assertThat(Files.readString(file)).isEqualTo(INITIAL);
    }

    @Test
    void a_missing_baseline_fails_the_rule_with_the_command_that_creates_it() {
        Path file = dir.resolve("archrules-baseline.txt");

        assertThatThrownBy(() -> local(file).rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS).check(BackendChecklistFixtures.CLASSES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("archrules baseline " + file + " does not exist; create it from the current violations with mvn test -Darchrules.baseline.mode=init");
    }
}
