package dev.archrules.cli;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistSetting;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.Map;

/**
 * The options of {@code check} (and the baseline commands) that set the checklist: one per {@link ChecklistSetting},
 * derived from that table (name, label, type, description) instead of declared again, and applied through it, so a
 * command-line option and the {@code archrules.properties} key of the same setting change the checklist the same way.
 */
final class SettingOptions implements CommandLine.IModelTransformer {

    /** Where the table's options go in the usage help: after --preset, --base-package and --config. */
    static final int FIRST_ORDER = 10;

    /** What the command does when an option is not given, beyond the setting's own default. */
    private static final Map<ChecklistSetting<?>, String> COMMAND_DEFAULTS = Map.of(
            ChecklistSetting.BASELINE_FILE, "Default: " + ChecklistSetting.BASELINE_FILE.key() + " from the settings, else"
                    + " src/test/resources/archrules-baseline.txt in the project when it exists.");

    @Override
    public CommandSpec transform(CommandSpec spec) {
        int order = FIRST_ORDER;
        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            OptionSpec.Builder option = OptionSpec.builder(setting.option())
                    .paramLabel(setting.label().isEmpty() ? setting.option() : setting.label())
                    .description(description(setting))
                    .order(order++);
            if (setting.kind().isList()) {
                option.type(List.class).auxiliaryTypes(setting.kind().elementType()).splitRegex(",");
            } else {
                option.type(setting.kind().elementType());
                if (setting.kind() == ChecklistSetting.Kind.FLAG) {
                    option.arity("0..1"); // --include-generated alone, or with =true / =false
                }
            }
            spec.addOption(option.build());
        }
        return spec;
    }

    /** The setting's description, the command's default if it has its own, and the key of the settings file. */
    private static String[] description(ChecklistSetting<?> setting) {
        String commandDefault = COMMAND_DEFAULTS.containsKey(setting) ? " " + COMMAND_DEFAULTS.get(setting) : "";
        return new String[]{setting.description() + commandDefault, "Settings file: " + setting.key()};
    }

    /** {@code checklist} with every setting given on the command line applied, in the table's order. */
    static BackendChecklist applyTo(BackendChecklist checklist, CommandSpec spec) {
        BackendChecklist result = checklist;
        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            Object value = spec.findOption(setting.option()).getValue();
            // an option not given is null: it leaves the settings file's value alone
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                result = apply(setting, result, value);
            }
        }
        return result;
    }

    /**
     * The value picocli converted is of the setting's type: the option was declared from the setting's kind. A value the
     * checklist refuses fails naming the option, e.g. {@code --severity: unknown severity 'fatal'; …}.
     */
    @SuppressWarnings("unchecked")
    private static <T> BackendChecklist apply(ChecklistSetting<T> setting, BackendChecklist checklist, Object value) {
        try {
            return setting.applyTo(checklist, (T) value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting.option() + ": " + e.getMessage(), e);
        }
    }
}
