package dev.archrules.maven;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistSetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PomSettingsTest {

    @TempDir
    Path project;

    @Test
    void checklist_elements_are_the_settings_file_keys_without_the_prefix() {
        assertThat(PomSettings.names()).startsWith("basePackage", "modules", "rolePackages", "exclude", "excludeMatching")
                .contains("rules.disabled", "maxEndpointsPerController", "baseline.file", "reports.formats")
                .hasSize(ChecklistSetting.all().size() + 1);
    }

    @Test
    void values_read_as_in_archrules_properties_and_change_the_checklist_the_same_way() {
        Map<String, String> checklist = new LinkedHashMap<>();
        checklist.put("basePackage", " com.acme.shop ");
        checklist.put("maxEndpointsPerController", "8");
        checklist.put("rules.disabled", "packages.no-cycles, modules.no-cycles");
        checklist.put("baseline.file", "config/baseline.txt");
        PomSettings settings = PomSettings.of(checklist, project.resolve("pom.xml"));

        BackendChecklist configured = settings.applyTo(BackendChecklist.forBasePackage("com.acme.shop"));

        assertThat(settings.basePackage()).contains("com.acme.shop");
        assertThat(configured.definitions()).extracting(rule -> rule.id()).doesNotContain("packages.no-cycles", "modules.no-cycles");
        assertThat(configured.baseline()).hasValueSatisfying(baseline ->
                assertThat(baseline.file()).isEqualTo(project.toAbsolutePath().resolve("config/baseline.txt")));
        assertThat(configured.toString()).contains("maxEndpointsPerController=8");
    }

    @Test
    void an_unknown_element_fails_naming_the_pom_and_the_known_names() {
        Path pom = project.resolve("pom.xml");

        assertThatThrownBy(() -> PomSettings.of(Map.of("maxEndpoints", "8"), pom))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(pom + ": <checklist>: unknown setting <maxEndpoints>; known settings: "
                        + String.join(", ", PomSettings.names()));
    }

    @Test
    void a_malformed_value_fails_naming_the_pom_and_the_element() {
        Path pom = project.resolve("pom.xml");
        PomSettings settings = PomSettings.of(Map.of("maxBranchesPerHandler", "three"), pom);

        assertThatThrownBy(() -> settings.applyTo(BackendChecklist.forBasePackage("com.acme")))
                .hasMessage(pom + ": <checklist><maxBranchesPerHandler>: archrules.maxBranchesPerHandler must be a whole number but is 'three'");
        assertThatThrownBy(() -> PomSettings.of(Map.of("rules.disabled", "no.such-rule"), pom).applyTo(BackendChecklist.forBasePackage("com.acme")))
                .hasMessageStartingWith(pom + ": <checklist><rules.disabled>: unknown rule id 'no.such-rule'; known ids: ");
    }

    @Test
    void user_properties_use_the_full_keys_and_ignore_everything_else() {
        Properties properties = new Properties();
        properties.setProperty("archrules.basePackage", "com.acme.other");
        properties.setProperty("archrules.maxStatementsPerHandler", "x");
        properties.setProperty("archrules.skip", "true");
        properties.setProperty("archrules.baseline.mode", "prune");
        PomSettings settings = PomSettings.userProperties(properties, project);

        assertThat(settings.basePackage()).contains("com.acme.other");
        assertThatThrownBy(() -> settings.applyTo(BackendChecklist.forBasePackage("com.acme")))
                .hasMessage("-Darchrules.maxStatementsPerHandler: archrules.maxStatementsPerHandler must be a whole number but is 'x'");
    }

    @Test
    void the_parameter_table_of_the_plugin_guide_lists_every_setting_as_declared() throws Exception {
        String guide = Files.readString(Path.of("../docs/maven-plugin.md"));

        assertThat(guide).contains(table());
    }

    @Test
    void the_parameter_description_that_mvn_help_describe_shows_names_every_element() throws Exception {
        String mojo = Files.readString(Path.of("src/main/java/dev/archrules/maven/ChecklistMojo.java"));
        String javadoc = mojo.substring(mojo.indexOf("The checklist's settings"), mojo.indexOf("Map<String, String> checklist;"));

        assertThat(PomSettings.names()).allSatisfy(name -> assertThat(javadoc).contains("{@code <" + name + ">}"));
    }

    /** The rows docs/maven-plugin.md shows: element, -D property and meaning, all from the settings table. */
    static String table() {
        return ChecklistSetting.all().stream()
                .map(setting -> "| `<" + PomSettings.name(setting) + ">` | `-D" + setting.key() + "` | " + setting.description() + " |")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void severities_and_fail_on_of_the_plugin_configuration_set_the_checklist_and_name_a_bad_element() {
        Path pom = project.resolve("pom.xml");
        BackendChecklist base = BackendChecklist.forBasePackage("com.acme.shop");
        Map<String, String> severities = new LinkedHashMap<>();
        severities.put("controllers.thin-handlers", "warning");
        severities.put("packages.no-cycles", "NOTE");

        BackendChecklist configured = PomSettings.severities(base, severities, "warning", pom);

        assertThat(configured.severityOf("controllers.thin-handlers")).isEqualTo(dev.archrules.core.model.Severity.WARNING);
        assertThat(configured.severityOf("packages.no-cycles")).isEqualTo(dev.archrules.core.model.Severity.NOTE);
        assertThat(configured.failOn()).isEqualTo(dev.archrules.core.model.Severity.WARNING);
        assertThat(PomSettings.severities(base, null, null, pom).toString()).isEqualTo(base.toString());
        assertThatThrownBy(() -> PomSettings.severities(base, Map.of("controllers.nope", "warning"), null, pom))
                .hasMessageStartingWith(pom + ": <severities><controllers.nope>: unknown rule id 'controllers.nope'; known ids: ");
        assertThatThrownBy(() -> PomSettings.severities(base, Map.of("packages.no-cycles", "fatal"), null, pom))
                .hasMessage(pom + ": <severities><packages.no-cycles>: unknown severity 'fatal'; use error, warning or note");
        assertThatThrownBy(() -> PomSettings.severities(base, null, "never", pom))
                .hasMessage(pom + ": <failOn>: unknown severity 'never'; use error, warning or note");
    }

    @Test
    void the_checklist_element_takes_severity_and_fail_on_as_the_settings_file_does() {
        PomSettings settings = PomSettings.of(Map.of("severity", "packages.no-cycles=note", "failOn", "note"), project.resolve("pom.xml"));

        BackendChecklist configured = settings.applyTo(BackendChecklist.forBasePackage("com.acme.shop"));

        assertThat(configured.severityOf("packages.no-cycles")).isEqualTo(dev.archrules.core.model.Severity.NOTE);
        assertThat(configured.failOn()).isEqualTo(dev.archrules.core.model.Severity.NOTE);
    }
}
