package dev.archrules.cli;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.report.ConsoleReport;
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
    void classes_that_share_only_one_segment_need_an_explicit_base_package() {
        assertThatThrownBy(() -> CheckCommand.commonPackage(new ClassFileImporter().importClasses(org.junit.jupiter.api.Test.class,
                org.assertj.core.api.Assertions.class)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("cannot tell the base package: the classes share only 'org' (org.assertj: 1, org.junit: 1 classes);"
                        + " pass --base-package");
    }

    @Test
    void classes_the_class_path_holds_too_are_patched_library_classes_and_do_not_widen_the_base_package() throws Exception {
        var classes = new ClassFileImporter().importClasses(CheckCommand.class, Packages.class, org.assertj.core.api.Assertions.class);
        java.net.URL assertj = org.assertj.core.api.Assertions.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(CheckCommand.patchedCopies(classes, java.util.List.of(assertj))).containsExactly("org.assertj.core.api.Assertions");
        assertThat(CheckCommand.patchedCopies(classes, java.util.List.of())).isEmpty();

        StringWriter err = new StringWriter();
        assertThat(CheckCommand.commonPackage(classes, java.util.Set.of("org.assertj.core.api.Assertions"), new PrintWriter(err, true)))
                .isEqualTo("dev.archrules.cli");
        assertThat(err.toString()).isEqualTo("archrules: base package dev.archrules.cli inferred without the classes the class path"
                + " holds too (patched library classes): org.assertj.core.api.Assertions" + System.lineSeparator());
        // a class path that repeats the code base holds every class: then none is a patched copy
        StringWriter quiet = new StringWriter();
        assertThat(CheckCommand.commonPackage(new ClassFileImporter().importClasses(CheckCommand.class, Packages.class),
                java.util.Set.of(CheckCommand.class.getName(), Packages.class.getName()), new PrintWriter(quiet, true)))
                .isEqualTo("dev.archrules.cli");
        assertThat(quiet.toString()).isEmpty();
        // without knowing the copy, the classes share nothing
        assertThatThrownBy(() -> CheckCommand.commonPackage(classes)).hasMessageStartingWith("cannot tell the base package: the classes share no package");
    }

    @Test
    void the_terminal_chooses_the_coloured_or_the_plain_console_report() {
        // what the colours look like is pinned by ConsoleReportTest in archrules-core
        assertThat(new Terminal(false).report()).isSameAs(ConsoleReport.plain());
        assertThat(new Terminal(true).report()).isSameAs(ConsoleReport.coloured());
        assertThat(Terminal.detect(true).report().colours()).isFalse();
    }

    @Test
    void help_lists_the_exit_codes() {
        StringWriter out = new StringWriter();
        int exit = Archrules.run(new String[]{"check", "--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Exit codes:", "0   no new violations", "1   new violations found",
                "2   bad input, unreadable or unwritable file, incomplete run, no classes",
                "3   internal error (run with --debug for the stack trace)");
    }
}
