package dev.archrules.core;

import dev.archrules.core.model.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistPropertiesTest {

    private static final String DATA_ACCESS = "dev.archrules.fixtures.dataaccess";

    @Test
    void a_settings_file_configures_the_same_checklist_as_the_fluent_api(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(ChecklistProperties.FILE_NAME), """
                # shared by the tests and the archrules command
                archrules.basePackage=dev.archrules.fixtures.dataaccess
                archrules.modules=dev.archrules.fixtures.(*)..
                archrules.exclude = dev.archrules.fixtures.dataaccess.web.OrderController, dev.archrules.fixtures.dataaccess.service..
                archrules.rules.disabled=controllers.single-responsibility
                archrules.maxCollaboratorsPerController=3
                """);

        BackendChecklist fromFile = ChecklistProperties.read(file).toChecklist();
        BackendChecklist fluent = BackendChecklist.forBasePackage(DATA_ACCESS)
                .withModules("dev.archrules.fixtures.(*)..")
                .excluding(DATA_ACCESS + ".web.OrderController", DATA_ACCESS + ".service..")
                .withoutRules("controllers.single-responsibility")
                .withMaxCollaboratorsPerController(3);

        assertThat(ChecklistProperties.find(dir)).contains(file);
        assertThat(fromFile.toString()).isEqualTo(fluent.toString());
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages(DATA_ACCESS);
        assertThat(fromFile.evaluate(classes).violations()).extracting(Violation::key)
                .containsExactlyElementsOf(fluent.evaluate(classes).violations().stream().map(Violation::key).toList())
                .containsExactly(DATA_ACCESS + ".web.CustomerController -> " + DATA_ACCESS + ".persistence.CustomerRepository");
    }

    @Test
    void unknown_keys_and_bad_values_fail_with_file_and_line() {
        assertThatThrownBy(() -> ChecklistProperties.parse("archrules.properties", "archrules.basePackage=a.b\n\narchrules.maxEndpoint=3\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("archrules.properties:3: unknown setting 'archrules.maxEndpoint'; known settings: ");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.maxEndpointsPerController=many\n").toChecklist())
                .hasMessage("p:2: archrules.maxEndpointsPerController must be a whole number but is 'many'");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.rules.disabled=nope\n").toChecklist())
                .hasMessageStartingWith("p:2: unknown rule id 'nope'");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.modules=a.b\n").toChecklist())
                .hasMessage("p: no archrules.basePackage; add a line such as archrules.basePackage=com.acme.shop");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a/b\n").toChecklist())
                .hasMessageStartingWith("p:1: 'a/b' is not a package name");
    }

    @Test
    void keys_of_other_archrules_features_and_foreign_keys_are_left_alone() {
        ChecklistProperties settings = ChecklistProperties.parse("p", "archrules.basePackage=a.b\nspring.main.banner-mode=off\n");

        assertThat(settings.basePackage()).contains("a.b");
        assertThat(settings.value("spring.main.banner-mode")).contains("off");
    }

    @Test
    void baseline_and_reports_are_resolved_against_the_settings_directory(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(ChecklistProperties.FILE_NAME), """
                archrules.basePackage=a.b
                archrules.baseline.file=config/baseline.txt
                archrules.reports.dir=build/reports/archrules
                archrules.reports.formats=md, sarif-new
                archrules.reports.sourceUrl=https://git.acme.com/shop/blob/main/{path}#L{line}
                """);

        ChecklistProperties settings = ChecklistProperties.read(file);

        assertThat(settings.baselineFile()).contains(dir.toAbsolutePath().resolve("config/baseline.txt"));
        assertThat(settings.reports()).hasValueSatisfying(reports -> {
            assertThat(reports.directory()).isEqualTo(dir.toAbsolutePath().resolve("build/reports/archrules"));
            assertThat(reports.formats()).containsExactlyInAnyOrder(dev.archrules.core.report.ReportFormat.MARKDOWN,
                    dev.archrules.core.report.ReportFormat.SARIF_NEW_ONLY);
            assertThat(reports.sourceUrl()).isEqualTo("https://git.acme.com/shop/blob/main/{path}#L{line}");
        });
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.reports.formats=pdf\n").reports())
                .hasMessage("p:1: unknown report format 'pdf'; known formats: markdown, html, json, sarif, sarif-new, mermaid, svg");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.reports.sourceUrl=https://git.acme.com/shop\n").reports())
                .hasMessage("p:1: source URL pattern 'https://git.acme.com/shop' has no {path}; e.g. https://github.com/acme/shop/blob/main/{path}#L{line}");
    }
}
