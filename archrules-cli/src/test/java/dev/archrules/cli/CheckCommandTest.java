package dev.archrules.cli;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckCommandTest {

    @Test
    void the_base_package_is_the_common_package_of_the_classes() {
        var classes = new ClassFileImporter().importPackages("dev.archrules.cli");
        assertThat(classes.stream().map(c -> c.getName()).toList()).allMatch(n -> n.startsWith("dev.archrules.cli."));
        assertThat(CheckCommand.commonPackage(classes)).isEqualTo("dev.archrules.cli");
        assertThat(CheckCommand.commonPackage(new ClassFileImporter().importClasses(CheckCommand.class,
                dev.archrules.core.BackendChecklist.class, dev.archrules.core.rules.CoreRules.class)))
                .isEqualTo("dev.archrules");
    }

    @Test
    void classes_without_a_common_package_need_an_explicit_base_package() {
        assertThatThrownBy(() -> CheckCommand.commonPackage(new ClassFileImporter().importClasses(CheckCommand.class, String.class)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("cannot tell the base package: the classes share no package; pass --base-package");
    }

    @Test
    void colours_only_mark_the_summary_and_the_verdicts() {
        String report = "archrules checklist: 1 violation\n\n  FAIL a.b (C1) x\n  PASS c.d (C2) y\n    - msg";

        assertThat(new Terminal(false).colour(report)).isEqualTo(report);
        assertThat(new Terminal(true).colour(report)).isEqualTo("\u001B[1marchrules checklist: 1 violation\u001B[0m\n\n"
                + "  \u001B[31mFAIL\u001B[0m a.b (C1) x\n  \u001B[32mPASS\u001B[0m c.d (C2) y\n    - msg");
    }

    @Test
    void help_lists_the_exit_codes() {
        StringWriter out = new StringWriter();
        int exit = Archrules.run(new String[]{"check", "--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Exit codes:", "0   no violations", "1   violations found", "2   bad usage or input");
    }
}
