package dev.archrules.core;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistSettingTest {

    /** A value for every setting that changes a default checklist, as a settings file writes it. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("archrules.modules", "a.b.(*).."),
            Map.entry("archrules.rolePackages", "repository=..store.., controller=..pages.."),
            Map.entry("archrules.exclude", "a.b.legacy..,a.b.Main"),
            Map.entry("archrules.excludeMatching", ".*Generated.*"),
            Map.entry("archrules.includeGenerated", "true"),
            Map.entry("archrules.rules.disabled", "controllers.single-responsibility,packages.no-cycles"),
            Map.entry("archrules.maxEndpointsPerController", "8"),
            Map.entry("archrules.maxCollaboratorsPerController", "6"),
            Map.entry("archrules.maxStatementsPerHandler", "20"),
            Map.entry("archrules.maxBranchesPerHandler", "4"),
            Map.entry("archrules.minSequentialRemoteCalls", "4"),
            Map.entry("archrules.maxRequestHops", "7"),
            Map.entry("archrules.allowedEndpoints", "docs.acme.com/,api.acme.com/v1"),
            Map.entry("archrules.sources", "src/main/java"),
            Map.entry("archrules.sources.charset", "ISO-8859-1"),
            Map.entry("archrules.sources.cache", "build/facts"),
            Map.entry("archrules.results.cache", "off"),
            Map.entry("archrules.baseline.file", "config/baseline.txt"),
            Map.entry("archrules.baseline.neverBaselined", "packages.no-cycles"),
            Map.entry("archrules.reports.dir", "build/archrules"),
            Map.entry("archrules.reports.formats", "markdown,sarif"),
            Map.entry("archrules.reports.sourceUrl", "https://git.acme.com/shop/blob/main/{path}#L{line}"),
            Map.entry("archrules.allowIncomplete", "true"),
            Map.entry("archrules.import.maxClassFileSize", "1000000"),
            Map.entry("archrules.import.maxCompressionRatio", "50"),
            Map.entry("archrules.import.maxArchiveEntries", "500"),
            Map.entry("archrules.severity", "controllers.thin-handlers=warning, packages.no-cycles=note"),
            Map.entry("archrules.failOn", "warning"));

    @Test
    void every_setting_has_a_unique_key_and_option_and_calls_a_public_method_of_the_checklist() {
        List<ChecklistSetting<?>> all = ChecklistSetting.all();

        assertThat(all).extracting(ChecklistSetting::key).doesNotHaveDuplicates().allMatch(key -> key.startsWith("archrules."))
                .doesNotContain(ChecklistProperties.BASE_PACKAGE);
        assertThat(all).extracting(ChecklistSetting::option).doesNotHaveDuplicates().allMatch(option -> option.startsWith("--"));
        List<String> methods = Arrays.stream(BackendChecklist.class.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).map(Method::getName).toList();
        assertThat(all).extracting(ChecklistSetting::method).allMatch(methods::contains);
    }

    @Test
    void every_setting_is_read_from_a_settings_file_and_changes_the_checklist() {
        assertThat(SAMPLES.keySet()).as("a sample value per setting")
                .containsExactlyInAnyOrderElementsOf(ChecklistSetting.all().stream().map(ChecklistSetting::key).toList());
        String defaults = BackendChecklist.forBasePackage("a.b").toString();
        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            ChecklistProperties file = ChecklistProperties.parse("p", "archrules.basePackage=a.b\n" + setting.key() + "=" + SAMPLES.get(setting.key()) + "\n");

            assertThat(file.get(setting)).as(setting.key()).isPresent();
            assertThat(file.toChecklist().toString()).as(setting.key()).isNotEqualTo(defaults);
        }
    }

    @Test
    void the_java_api_and_the_settings_file_configure_the_same_checklist() {
        BackendChecklist fluent = BackendChecklist.forBasePackage("a.b")
                .withModules("a.b.(*)..")
                .withConventions(conventions -> conventions.withRolePackages(dev.archrules.core.model.Role.REPOSITORY, "..store..")
                        .withRolePackages(dev.archrules.core.model.Role.CONTROLLER, "..pages.."))
                .excluding("a.b.legacy..", "a.b.Main")
                .excludingMatching(".*Generated.*")
                .includingGenerated(true)
                .withoutRules("controllers.single-responsibility", "packages.no-cycles")
                .withMaxEndpointsPerController(8)
                .withMaxCollaboratorsPerController(6)
                .withMaxStatementsPerHandler(20)
                .withMaxBranchesPerHandler(4)
                .withMinSequentialRemoteCalls(4)
                .withMaxRequestHops(7)
                .withAllowedEndpoints("docs.acme.com/", "api.acme.com/v1")
                .withSourceRoots(Path.of("src/main/java"))
                .withSourceCharset(java.nio.charset.StandardCharsets.ISO_8859_1)
                .withSourceCache(Path.of("build/facts"))
                .withoutResultsCache()
                .withBaseline(Path.of("config/baseline.txt"))
                .withNeverBaselined("packages.no-cycles")
                .withReports(dev.archrules.core.report.Reports.into(Path.of("build/archrules"))
                        .withFormats(dev.archrules.core.report.ReportFormat.MARKDOWN, dev.archrules.core.report.ReportFormat.SARIF)
                        .withSourceUrl("https://git.acme.com/shop/blob/main/{path}#L{line}"))
                .withAllowIncomplete(true)
                .withMaxClassFileSize(1_000_000)
                .withMaxCompressionRatio(50)
                .withMaxArchiveEntries(500)
                .withSeverity("controllers.thin-handlers", dev.archrules.core.model.Severity.WARNING)
                .withSeverity("packages.no-cycles", dev.archrules.core.model.Severity.NOTE)
                .withFailOn(dev.archrules.core.model.Severity.WARNING);
        String file = "archrules.basePackage=a.b\n" + SAMPLES.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .sorted().collect(Collectors.joining("\n"));

        assertThat(ChecklistProperties.parse("p", file).toChecklist().toString()).isEqualTo(fluent.toString());
    }

    @Test
    void a_switch_reads_true_or_false_and_nothing_else() {
        assertThat(ChecklistProperties.parse("p", "archrules.allowIncomplete=false\n").get(ChecklistSetting.ALLOW_INCOMPLETE)).contains(false);
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.allowIncomplete=yes\n").toChecklist())
                .hasMessage("p:2: archrules.allowIncomplete must be true or false but is 'yes'");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.import.maxClassFileSize=0\n").toChecklist())
                .hasMessage("p:2: archrules.import.maxClassFileSize must be at least 1 but is 0");
    }

    @Test
    void values_the_checklist_refuses_fail_with_file_and_line() {
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.sources.charset=klingon\n").toChecklist())
                .hasMessage("p:2: unknown charset 'klingon'; e.g. UTF-8, ISO-8859-1, windows-1252");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\n\narchrules.sources=no/such/dir\n").toChecklist())
                .hasMessage("p:3: source root 'no/such/dir' does not exist");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.baseline.neverBaselined=nope\n").toChecklist())
                .hasMessageStartingWith("p:2: unknown rule id 'nope'");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.rolePackages=dao=..dao..\n").toChecklist())
                .hasMessage("p:2: unknown role 'dao'; use controller, service, repository, client, configuration or entity");
        assertThatThrownBy(() -> ChecklistProperties.parse("p", "archrules.basePackage=a.b\narchrules.rolePackages=..dao..\n").toChecklist())
                .hasMessage("p:2: '..dao..' is not ROLE=PKG.., e.g. repository=..dao..");
    }

    @Test
    void the_settings_table_of_the_usage_guide_lists_every_setting_as_declared() throws Exception {
        String usage = Files.readString(Path.of("../docs/usage.md"));

        assertThat(usage).contains(table());
    }

    /** The rows docs/usage.md shows: key, option, Java API method and description, all from the table. */
    static String table() {
        return ChecklistSetting.all().stream()
                .map(setting -> "| `" + setting.key() + "` | `" + (setting.option() + " " + setting.label().replace("|", "\\|")).strip()
                        + "` | `" + setting.method() + "` | " + setting.description() + " |")
                .collect(Collectors.joining("\n"));
    }
}
