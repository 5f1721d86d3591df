package dev.archrules.maven;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistSetting;
import dev.archrules.core.model.Severity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Checklist settings given to Maven rather than in {@code archrules.properties}: the {@code <checklist>} element of
 * the plugin's configuration, whose element names are the keys of the settings file without the {@code archrules.}
 * prefix ({@code <modules>}, {@code <maxEndpointsPerController>}, {@code <baseline.file>}), and {@code -Darchrules.*}
 * user properties with the full keys. Both are read through the table of {@link ChecklistSetting#all()}, so a value
 * means here exactly what it means in the file and on the command line; nothing is declared again.
 */
final class PomSettings {

    /** The prefix of every key of {@code archrules.properties}. */
    static final String PREFIX = "archrules.";

    /** The base package's name: not a setting of the table but what a checklist is for. */
    static final String BASE_PACKAGE = "basePackage";

    /** Where the values come from, for messages: the POM's {@code <checklist>} or {@code -D}. */
    private final String source;
    /** How a setting's name reads where it was given: {@code <name>} or {@code -Darchrules.name}. */
    private final UnaryOperator<String> spelling;
    private final Path directory;
    private final Map<String, String> values;

    private PomSettings(String source, UnaryOperator<String> spelling, Path directory, Map<String, String> values) {
        this.source = source;
        this.spelling = spelling;
        this.directory = directory;
        this.values = values;
    }

    /** The name of a setting in {@code <checklist>}: its key without the prefix, e.g. {@code maxEndpointsPerController}. */
    static String name(ChecklistSetting<?> setting) {
        return setting.key().substring(PREFIX.length());
    }

    /** Every name {@code <checklist>} accepts: the base package, then the table's, in its order. */
    static List<String> names() {
        return Stream.concat(Stream.of(BASE_PACKAGE), ChecklistSetting.all().stream().map(PomSettings::name)).toList();
    }

    /**
     * The {@code <checklist>} of the POM at {@code pom}; relative paths are relative to its directory.
     *
     * @throws IllegalArgumentException naming the POM if an element is not a setting
     */
    static PomSettings of(Map<String, String> checklist, Path pom) {
        Map<String, String> values = new LinkedHashMap<>();
        String source = pom + ": <checklist>";
        if (checklist != null) {
            checklist.forEach((name, value) -> {
                if (!names().contains(name)) {
                    throw new IllegalArgumentException(source + ": unknown setting <" + name + ">; known settings: "
                            + String.join(", ", names()));
                }
                values.put(name, value == null ? "" : value);
            });
        }
        return new PomSettings(source, name -> "<" + name + ">", pom.toAbsolutePath().getParent(), values);
    }

    /** The {@code -Darchrules.*} user properties that are settings; relative paths are relative to {@code basedir}. */
    static PomSettings userProperties(Properties properties, Path basedir) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names()) {
            String value = properties.getProperty(PREFIX + name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return new PomSettings("", name -> "-D" + PREFIX + name, basedir, values);
    }

    /** The base package these settings give, if any. */
    Optional<String> basePackage() {
        return Optional.ofNullable(values.get(BASE_PACKAGE)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * {@code checklist} with every setting given here applied, in the table's order; lists add to what the checklist
     * has, single values replace it.
     *
     * @throws IllegalArgumentException naming where the value came from if the checklist does not accept it
     */
    BackendChecklist applyTo(BackendChecklist checklist) {
        BackendChecklist result = checklist;
        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            result = apply(setting, result);
        }
        return result;
    }

    private <T> BackendChecklist apply(ChecklistSetting<T> setting, BackendChecklist checklist) {
        String text = values.get(name(setting));
        if (text == null) {
            return checklist;
        }
        try {
            Optional<T> value = setting.read(text, directory);
            return value.isEmpty() ? checklist : setting.applyTo(checklist, value.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + spelling.apply(name(setting)) + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code checklist} with the plugin's {@code <severities>} (rule id → {@code error|warning|note}) and {@code <failOn>}
     * applied; either may be {@code null} (not configured).
     *
     * @throws IllegalArgumentException naming the POM and the element if a rule id or level is unknown
     */
    static BackendChecklist severities(BackendChecklist checklist, Map<String, String> severities, String failOn, Path pom) {
        BackendChecklist result = checklist;
        if (severities != null) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(severities).entrySet()) {
                try {
                    result = result.withSeverity(entry.getKey(), Severity.parse(entry.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(pom + ": <severities><" + entry.getKey() + ">: " + e.getMessage(), e);
                }
            }
        }
        if (failOn != null && !failOn.isBlank()) {
            try {
                result = result.withFailOn(Severity.parse(failOn));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(pom + ": <failOn>: " + e.getMessage(), e);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return source + values;
    }
}
