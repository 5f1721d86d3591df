package dev.archrules.cli;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistProperties;
import dev.archrules.core.ChecklistSetting;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command's checklist options come from the table of settings and do what the settings file's keys do. */
class SettingOptionsTest {

    /** A value for every setting that changes a default checklist, as the settings file and the command line write it. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("archrules.modules", "a.b.(*).."),
            Map.entry("archrules.rolePackages", "repository=..store..,controller=..pages.."),
            Map.entry("archrules.exclude", "a.b.legacy..,a.b.Main"),
            Map.entry("archrules.excludeMatching", ".*Generated.*"),
            Map.entry("archrules.includeGenerated", "true"),
            Map.entry("archrules.rules.disabled", "controllers.single-responsibility,spring.no-bean-lookup"),
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
            Map.entry("archrules.results.cache", "build/results"),
            Map.entry("archrules.baseline.file", "config/baseline.txt"),
            Map.entry("archrules.baseline.neverBaselined", "packages.no-cycles"),
            Map.entry("archrules.reports.dir", "build/archrules"),
            Map.entry("archrules.reports.formats", "markdown,sarif"),
            Map.entry("archrules.reports.sourceUrl", "https://git.acme.com/shop/blob/main/{path}#L{line}"),
            Map.entry("archrules.allowIncomplete", "true"),
            Map.entry("archrules.import.maxClassFileSize", "1000000"),
            Map.entry("archrules.import.maxCompressionRatio", "50"),
            Map.entry("archrules.import.maxArchiveEntries", "500"),
            Map.entry("archrules.severity", "spring.value-only-in-configuration=error,packages.no-cycles=note"),
            Map.entry("archrules.failOn", "warning"));

    private static final List<Target> TARGETS = List.of(Target.resolve(Path.of("target/classes")));

    @Test
    void every_setting_is_an_option_of_check_and_of_the_baseline_commands() {
        CommandLine archrules = new CommandLine(new Archrules());
        List<CommandLine> commands = List.of(archrules.getSubcommands().get("check"),
                archrules.getSubcommands().get("baseline").getSubcommands().get("init"),
                archrules.getSubcommands().get("baseline").getSubcommands().get("prune"),
                archrules.getSubcommands().get("baseline").getSubcommands().get("accept"));

        for (CommandLine command : commands) {
            for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
                assertThat(command.getCommandSpec().findOption(setting.option())).as(command.getCommandName() + " " + setting.option())
                        .isNotNull()
                        .satisfies(option -> assertThat(option.description()).contains("Settings file: " + setting.key()));
            }
        }
    }

    @Test
    void an_option_configures_the_checklist_as_its_key_in_the_settings_file_does() {
        assertThat(SAMPLES.keySet()).as("a sample value per setting")
                .containsExactlyInAnyOrderElementsOf(ChecklistSetting.all().stream().map(ChecklistSetting::key).toList());
        String defaults = checklist(Optional.empty()).toString();
        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            String value = SAMPLES.get(setting.key());
            ChecklistProperties file = ChecklistProperties.parse("p", setting.key() + "=" + value + "\n");

            String fromFile = checklist(Optional.of(file)).toString();
            String fromOption = checklist(Optional.empty(), setting.option() + "=" + value).toString();

            assertThat(fromOption).as(setting.option()).isEqualTo(fromFile).isNotEqualTo(defaults);
        }
    }

    @Test
    void options_win_over_the_settings_file_and_lists_add_up() {
        ChecklistProperties file = ChecklistProperties.parse("p", "archrules.modules=a.b.(*)..\narchrules.exclude=a.b.legacy..\n");

        BackendChecklist both = checklist(Optional.of(file), "--modules=a.(*)..", "--exclude", "a.b.Main");

        assertThat(both.toString()).isEqualTo(checklist(Optional.empty(), "--modules=a.(*)..", "--exclude=a.b.legacy..,a.b.Main").toString());
    }

    @Test
    void no_reports_wins_over_reports_in_the_settings_file() {
        ChecklistProperties file = ChecklistProperties.parse("p", "archrules.reports.formats=sarif\n");

        assertThat(checklist(Optional.of(file), "--no-reports").reports()).isEmpty();
        assertThat(checklist(Optional.empty()).reports()).hasValueSatisfying(reports ->
                assertThat(reports.directory()).isEqualTo(Path.of("target", "archrules")));
    }

    @Test
    void a_value_the_checklist_refuses_fails_with_its_message() {
        assertThatThrownBy(() -> checklist(Optional.empty(), "--never-baselined=controllers.no-sql"))
                .hasMessageStartingWith("--never-baselined: unknown rule id 'controllers.no-sql'; known ids: ");
        assertThatThrownBy(() -> checklist(Optional.empty(), "--sources=no/such/dir"))
                .hasMessage("--sources: source root 'no/such/dir' does not exist");
    }

    @Test
    void the_command_guide_lists_every_option() throws Exception {
        String guide = Files.readString(Path.of("../docs/cli.md"));

        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            assertThat(guide).as(setting.option()).contains("`" + (setting.option() + " " + setting.label().replace("|", "\\|")).strip());
        }
    }

    /** The Spring preset's checklist for {@code a.b} that {@code archrules check} builds with these options. */
    private static BackendChecklist checklist(Optional<ChecklistProperties> settings, String... options) {
        CommandLine line = new CommandLine(new CheckCommand());
        line.parseArgs(options);
        CheckCommand command = line.getCommand();
        return command.checklist(CheckCommand.Preset.spring, "a.b", TARGETS, settings);
    }
}
