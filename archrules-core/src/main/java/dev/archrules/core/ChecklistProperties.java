package dev.archrules.core;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

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
 * </pre>
 *
 * Lists are comma-separated; relative paths are relative to the directory of the file. Unknown {@code archrules.*} keys and malformed values fail with the file
 * and line to fix.
 */
public final class ChecklistProperties {

    /** The conventional file name, looked up in a project's root directory. */
    public static final String FILE_NAME = "archrules.properties";

    static final String BASE_PACKAGE = "archrules.basePackage";
    static final String MODULES = "archrules.modules";
    static final String EXCLUDE = "archrules.exclude";
    static final String EXCLUDE_MATCHING = "archrules.excludeMatching";
    static final String DISABLED_RULES = "archrules.rules.disabled";
    static final String MAX_ENDPOINTS = "archrules.maxEndpointsPerController";
    static final String MAX_COLLABORATORS = "archrules.maxCollaboratorsPerController";
    static final String BASELINE_FILE = "archrules.baseline.file";
    static final String NEVER_BASELINED = "archrules.baseline.neverBaselined";
    static final String REPORTS_DIR = "archrules.reports.dir";
    static final String REPORTS_FORMATS = "archrules.reports.formats";

    private static final Set<String> KNOWN = Set.of(BASE_PACKAGE, MODULES, EXCLUDE, EXCLUDE_MATCHING, DISABLED_RULES,
            MAX_ENDPOINTS, MAX_COLLABORATORS, BASELINE_FILE, NEVER_BASELINED, REPORTS_DIR, REPORTS_FORMATS);

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
            if (key.startsWith("archrules.") && !KNOWN.contains(key)) {
                throw settings.error(key, "unknown setting '" + key + "'; known settings: " + String.join(", ", new java.util.TreeSet<>(KNOWN)));
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
        return applyTo(guard(BASE_PACKAGE, BackendChecklist::forBasePackage, basePackage));
    }

    /** {@code checklist} with every setting of this file applied (the base package excepted). */
    public BackendChecklist applyTo(BackendChecklist checklist) {
        BackendChecklist result = Objects.requireNonNull(checklist, "checklist");
        Optional<String> modules = value(MODULES);
        if (modules.isPresent()) {
            result = guard(MODULES, result::withModules, modules.get());
        }
        List<String> excluded = list(EXCLUDE);
        if (!excluded.isEmpty()) {
            result = guard(EXCLUDE, result::excluding, excluded.toArray(String[]::new));
        }
        List<String> regexes = list(EXCLUDE_MATCHING);
        if (!regexes.isEmpty()) {
            result = guard(EXCLUDE_MATCHING, result::excludingMatching, regexes.toArray(String[]::new));
        }
        List<String> disabled = list(DISABLED_RULES);
        if (!disabled.isEmpty()) {
            result = guard(DISABLED_RULES, result::withoutRules, disabled.toArray(String[]::new));
        }
        Optional<String> endpoints = value(MAX_ENDPOINTS);
        if (endpoints.isPresent()) {
            result = result.withMaxEndpointsPerController(number(MAX_ENDPOINTS, endpoints.get()));
        }
        Optional<String> collaborators = value(MAX_COLLABORATORS);
        if (collaborators.isPresent()) {
            result = result.withMaxCollaboratorsPerController(number(MAX_COLLABORATORS, collaborators.get()));
        }
        Optional<Path> baseline = baselineFile();
        if (baseline.isPresent()) {
            result = result.withBaseline(baseline.get());
        }
        List<String> neverBaselined = list(NEVER_BASELINED);
        if (!neverBaselined.isEmpty()) {
            result = guard(NEVER_BASELINED, result::withNeverBaselined, neverBaselined.toArray(String[]::new));
        }
        Optional<dev.archrules.core.report.Reports> reports = reports();
        if (reports.isPresent()) {
            result = result.withReports(reports.get());
        }
        return result;
    }

    /** The baseline file the settings name, resolved against the directory of the settings file. */
    public Optional<Path> baselineFile() {
        return value(BASELINE_FILE).map(directory::resolve);
    }

    /** The reports the settings ask for: {@code archrules.reports.dir} (resolved like the baseline) and formats. */
    public Optional<dev.archrules.core.report.Reports> reports() {
        Optional<String> dir = value(REPORTS_DIR);
        List<String> formats = list(REPORTS_FORMATS);
        if (dir.isEmpty() && formats.isEmpty()) {
            return Optional.empty();
        }
        dev.archrules.core.report.Reports reports = dev.archrules.core.report.Reports.into(
                directory.resolve(dir.orElse(dev.archrules.core.report.Reports.DEFAULT_DIRECTORY.toString())));
        if (!formats.isEmpty()) {
            List<dev.archrules.core.report.ReportFormat> parsed = new ArrayList<>();
            for (String format : formats) {
                try {
                    parsed.add(dev.archrules.core.report.ReportFormat.parse(format));
                } catch (IllegalArgumentException e) {
                    throw error(REPORTS_FORMATS, e.getMessage());
                }
            }
            reports = reports.withFormats(parsed.toArray(dev.archrules.core.report.ReportFormat[]::new));
        }
        return Optional.of(reports);
    }

    private List<String> list(String key) {
        return value(key).map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(key, key + " must be a whole number but is '" + value + "'");
        }
    }

    private <T> BackendChecklist guard(String key, java.util.function.Function<T, BackendChecklist> apply, T value) {
        try {
            return apply.apply(value);
        } catch (RuntimeException e) {
            throw error(key, e.getMessage());
        }
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
