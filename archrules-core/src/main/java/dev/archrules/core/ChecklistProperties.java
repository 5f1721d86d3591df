package dev.archrules.core;

import dev.archrules.core.report.Reports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checklist settings kept in a project file, {@code archrules.properties}, so that the tests and the
 * {@code archrules} command read the same configuration:
 *
 * <pre>
 * archrules.basePackage=com.acme.shop
 * archrules.modules=com.acme.shop.(*)..
 * archrules.exclude=com.acme.shop.legacy.., com.acme.shop.Main
 * archrules.excludeMatching=.*Generated.*
 * archrules.rules.disabled=controllers.single-responsibility
 * archrules.maxEndpointsPerController=8
 * archrules.maxCollaboratorsPerController=6
 * archrules.baseline.file=src/test/resources/archrules-baseline.txt
 * archrules.baseline.neverBaselined=packages.no-cycles
 * archrules.reports.dir=target/archrules
 * archrules.reports.formats=markdown, html, json, sarif, sarif-new
 * archrules.severity.spring.value-only-in-configuration=note
 * archrules.failOn=warning
 * </pre>
 *
 * Besides the base package, every key is one of {@link ChecklistSetting#all()} (the table in {@code docs/usage.md}), or
 * {@code archrules.severity.RULE} for one rule's severity (the one-key-per-rule form of {@code archrules.severity}).
 * Lists are comma-separated; relative paths are relative to the directory of the file. Unknown {@code archrules.*}
 * keys and malformed values fail with the file and line to fix.
 */
public final class ChecklistProperties {

    /** The conventional file name, looked up in a project's root directory. */
    public static final String FILE_NAME = "archrules.properties";

    static final String BASE_PACKAGE = "archrules.basePackage";

    /** The prefix of the one-key-per-rule form of {@link ChecklistSetting#SEVERITY}: {@code archrules.severity.RULE=LEVEL}. */
    static final String SEVERITY_PREFIX = ChecklistSetting.SEVERITY.key() + ".";

    /** The base package's key and every key of {@link ChecklistSetting#all()}. */
    private static final Set<String> KNOWN = known();

    private final Path directory;
    private final String source;
    private final String text;
    private final Map<String, String> values;

    private ChecklistProperties(Path directory, String source, String text, Map<String, String> values) {
        this.directory = directory;
        this.source = source;
        this.text = text;
        this.values = values;
    }

    /** The settings file in {@code directory}, if there is one. */
    public static Optional<Path> find(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Reads a settings file; fails with the file and line on unknown keys. */
    public static ChecklistProperties read(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            return parse(directory, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": settings file not found");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read settings file: " + e.getMessage(), e);
        }
    }

    /** Parses settings text; {@code source} names it in error messages; relative paths are relative to the working directory. */
    public static ChecklistProperties parse(String source, String text) {
        return parse(Path.of(""), source, text);
    }

    private static ChecklistProperties parse(Path directory, String source, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": malformed properties: " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        ChecklistProperties settings = new ChecklistProperties(directory, source, text, values);
        for (String key : values.keySet()) {
            if (key.startsWith("archrules.") && !KNOWN.contains(key) && !key.startsWith(SEVERITY_PREFIX)) {
                throw settings.error(key, "unknown setting '" + key + "'; known settings: " + String.join(", ", KNOWN));
            }
        }
        return settings;
    }

    /** The base package, if the file sets one. */
    public Optional<String> basePackage() {
        return value(BASE_PACKAGE);
    }

    /** A raw setting, e.g. one a tool built on archrules defines under its own prefix. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isEmpty());
    }

    /** The checklist for the base package the file sets, configured by the file. */
    public BackendChecklist toChecklist() {
        String basePackage = basePackage().orElseThrow(() -> new IllegalArgumentException(
                source + ": no " + BASE_PACKAGE + "; add a line such as " + BASE_PACKAGE + "=com.acme.shop"));
        return applyTo(guard(BASE_PACKAGE, () -> BackendChecklist.forBasePackage(basePackage)));
    }

    /**
     * {@code checklist} with every setting of this file applied (the base package excepted), in the order of
     * {@link ChecklistSetting#all()}; a value the checklist does not accept fails with the file and line.
     */
    public BackendChecklist applyTo(BackendChecklist checklist) {
        BackendChecklist result = Objects.requireNonNull(checklist, "checklist");
        for (ChecklistSetting<?> setting : ChecklistSetting.all()) {
            result = apply(setting, result);
        }
        return result;
    }

    private <T> BackendChecklist apply(ChecklistSetting<T> setting, BackendChecklist checklist) {
        Optional<T> value = get(setting);
        BackendChecklist result = value.isEmpty() ? checklist : guard(setting.key(), () -> setting.applyTo(checklist, value.get(), directory));
        if (setting == ChecklistSetting.SEVERITY) {
            // archrules.severity.RULE=LEVEL: each key applied on its own, so that an error names its line
            for (Map.Entry<String, String> entry : values.entrySet()) {
                if (entry.getKey().startsWith(SEVERITY_PREFIX)) {
                    String rule = entry.getKey().substring(SEVERITY_PREFIX.length());
                    BackendChecklist before = result;
                    result = guard(entry.getKey(), () -> ChecklistSetting.SEVERITY.applyTo(before, List.of(rule + "=" + entry.getValue()), directory));
                }
            }
        }
        return result;
    }

    /**
     * The value this file gives {@code setting}, if any; relative paths resolved against the directory of the file.
     *
     * @throws IllegalArgumentException naming the file and line if the value is malformed (e.g. not a whole number)
     */
    public <T> Optional<T> get(ChecklistSetting<T> setting) {
        return value(setting.key()).flatMap(text -> guard(setting.key(), () -> setting.read(text, directory)));
    }

    /** The baseline file the settings name, resolved against the directory of the settings file. */
    public Optional<Path> baselineFile() {
        return get(ChecklistSetting.BASELINE_FILE);
    }

    /** The reports the settings ask for: {@code archrules.reports.dir} (resolved like the baseline), formats and source URL. */
    public Optional<Reports> reports() {
        Optional<Reports> reports = get(ChecklistSetting.REPORTS_DIR).map(dir -> ChecklistSetting.reportsInto(Optional.empty(), dir));
        Optional<List<String>> formats = get(ChecklistSetting.REPORTS_FORMATS);
        if (formats.isPresent()) {
            Optional<Reports> into = reports;
            reports = Optional.of(guard(ChecklistSetting.REPORTS_FORMATS.key(),
                    () -> ChecklistSetting.reportsAs(into, formats.get(), directory)));
        }
        Optional<String> sourceUrl = get(ChecklistSetting.REPORTS_SOURCE_URL);
        if (sourceUrl.isPresent()) {
            Optional<Reports> linked = reports;
            reports = Optional.of(guard(ChecklistSetting.REPORTS_SOURCE_URL.key(), () -> linked
                    .orElseGet(() -> Reports.into(directory.resolve(Reports.DEFAULT_DIRECTORY))).withSourceUrl(sourceUrl.get())));
        }
        return reports;
    }

    private <T> T guard(String key, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw error(key, e.getMessage());
        }
    }

    private static Set<String> known() {
        Set<String> keys = new TreeSet<>();
        keys.add(BASE_PACKAGE);
        ChecklistSetting.all().forEach(setting -> keys.add(setting.key()));
        return Collections.unmodifiableSet(keys);
    }

    /** An error naming the file and the line of {@code key}. */
    private IllegalArgumentException error(String key, String message) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("^[=:].*|^$")) {
                return new IllegalArgumentException(source + ":" + (i + 1) + ": " + message);
            }
        }
        return new IllegalArgumentException(source + ": " + message);
    }

    @Override
    public String toString() {
        return source + " " + values;
    }
}
