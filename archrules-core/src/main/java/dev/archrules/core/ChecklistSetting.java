package dev.archrules.core;

import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.model.Role;
import dev.archrules.core.model.Severity;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.Reports;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a {@link BackendChecklist}, declared once: its key in {@code archrules.properties}, its option of
 * the {@code archrules} command, how its text reads, the {@code with…} method of the Java API it calls and what it
 * means. {@link ChecklistProperties} reads the keys of {@link #all()}, the command derives its options from it and
 * the settings table of {@code docs/usage.md} is checked against it, so the three ways to configure a checklist
 * cannot drift apart: a new setting is one more constant here.
 *
 * <p>The base package is not in the table: it is what a checklist is for ({@code forBasePackage}), not a change
 * to one; it has the key {@code archrules.basePackage} and the option {@code --base-package}.
 *
 * @param <T> the type of the value: {@code String}, {@code Integer}, {@code Path}, {@code Boolean}, or a {@code List} of
 *            {@code String} or {@code Path} (see {@link Kind})
 */
public final class ChecklistSetting<T> {

    /** How a setting's text reads: one value or a comma-separated list, of text, whole numbers or paths, or a switch. */
    public enum Kind {
        /** Text, as written. */
        TEXT(String.class, false),
        /** A whole number. */
        NUMBER(Integer.class, false),
        /** A file or directory; relative to the settings file's directory, or to the working directory for the command. */
        PATH(Path.class, false),
        /** Comma-separated (or, on the command line, repeated) text. */
        TEXT_LIST(String.class, true),
        /** Comma-separated (or repeated) files or directories, relative as for {@link #PATH}. */
        PATH_LIST(Path.class, true),
        /** {@code true} or {@code false}; on the command line a flag without a value. */
        FLAG(Boolean.class, false);

        private final Class<?> elementType;
        private final boolean list;

        Kind(Class<?> elementType, boolean list) {
            this.elementType = elementType;
            this.list = list;
        }

        /** The type of one value: {@code String}, {@code Integer}, {@code Path} or {@code Boolean}. */
        public Class<?> elementType() {
            return elementType;
        }

        /** Whether the setting takes a list, its value then being a {@code List} of {@link #elementType()}. */
        public boolean isList() {
            return list;
        }
    }

    /** How a value changes a checklist; {@code directory} is where a relative default (e.g. of the reports) lives. */
    @FunctionalInterface
    interface Application<T> {
        BackendChecklist apply(BackendChecklist checklist, T value, Path directory);
    }

    /** {@link BackendChecklist#withModules(String)}. */
    public static final ChecklistSetting<String> MODULES = new ChecklistSetting<>("archrules.modules", "--modules", "PATTERN",
            Kind.TEXT, "withModules", "Module pattern with a capture group, e.g. com.acme.(*).. (default: inferred from the packages — by feature, a nested root, features inside layers, or by layer: no modules).",
            (checklist, pattern, directory) -> checklist.withModules(pattern));

    /** {@link Conventions#withRolePackages(Role, String...)} through {@link BackendChecklist#withConventions(java.util.function.UnaryOperator)}. */
    public static final ChecklistSetting<List<String>> ROLE_PACKAGES = new ChecklistSetting<>("archrules.rolePackages", "--role-packages",
            "ROLE=PKG..", Kind.TEXT_LIST, "withConventions", "Package patterns whose classes have a role, e.g. controller=..web..,"
                    + " repository=..dao..: for code organised by layer whose classes carry no role annotation or suffix"
                    + " (roles: controller, service, repository, client, configuration, entity).",
            (checklist, entries, directory) -> {
                BackendChecklist result = checklist;
                for (String entry : entries) {
                    int equals = entry.indexOf('=');
                    if (equals <= 0 || equals == entry.length() - 1) {
                        throw new IllegalArgumentException("'" + entry + "' is not ROLE=PKG.., e.g. repository=..dao..");
                    }
                    Role role = role(entry.substring(0, equals).strip());
                    String pattern = entry.substring(equals + 1).strip();
                    result = result.withConventions(conventions -> conventions.withRolePackages(role, pattern));
                }
                return result;
            });

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.displayName().equals(name.toLowerCase(java.util.Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + name + "'; use controller, service, repository, client,"
                        + " configuration or entity"));
    }

    /** {@link BackendChecklist#excluding(String...)}. */
    public static final ChecklistSetting<List<String>> EXCLUDE = new ChecklistSetting<>("archrules.exclude", "--exclude", "CLASS|PKG..",
            Kind.TEXT_LIST, "excluding", "Classes (fully qualified) or package patterns (ending in ..) to leave alone.",
            (checklist, entries, directory) -> checklist.excluding(entries.toArray(String[]::new)));

    /** {@link BackendChecklist#excludingMatching(String...)}. */
    public static final ChecklistSetting<List<String>> EXCLUDE_MATCHING = new ChecklistSetting<>("archrules.excludeMatching",
            "--exclude-matching", "REGEX", Kind.TEXT_LIST, "excludingMatching", "Regular expressions over class names to leave alone.",
            (checklist, regexes, directory) -> checklist.excludingMatching(regexes.toArray(String[]::new)));

    /** {@link BackendChecklist#includingGenerated(boolean)}. */
    public static final ChecklistSetting<Boolean> INCLUDE_GENERATED = new ChecklistSetting<>("archrules.includeGenerated",
            "--include-generated", "true|false", Kind.FLAG, "includingGenerated",
            "Analyse generated code (@Generated classes, generated-sources) too (default: left out, and counted in the report).",
            (checklist, include, directory) -> checklist.includingGenerated(include));

    /** {@link BackendChecklist#withoutRules(String...)}. */
    public static final ChecklistSetting<List<String>> DISABLED_RULES = new ChecklistSetting<>("archrules.rules.disabled", "--disable",
            "RULE_ID", Kind.TEXT_LIST, "withoutRules", "Rules to switch off, by id (see 'archrules rules').",
            (checklist, ids, directory) -> checklist.withoutRules(ids.toArray(String[]::new)));

    /** {@link BackendChecklist#withMaxEndpointsPerController(int)}. */
    public static final ChecklistSetting<Integer> MAX_ENDPOINTS = new ChecklistSetting<>("archrules.maxEndpointsPerController",
            "--max-endpoints", "N", Kind.NUMBER, "withMaxEndpointsPerController", "Resource paths a controller may serve; the HTTP methods on one path count once (default 10).",
            (checklist, limit, directory) -> checklist.withMaxEndpointsPerController(limit));

    /** {@link BackendChecklist#withMaxCollaboratorsPerController(int)}. */
    public static final ChecklistSetting<Integer> MAX_COLLABORATORS = new ChecklistSetting<>("archrules.maxCollaboratorsPerController",
            "--max-collaborators", "N", Kind.NUMBER, "withMaxCollaboratorsPerController",
            "Injected collaborators a controller may have (default 5).",
            (checklist, limit, directory) -> checklist.withMaxCollaboratorsPerController(limit));

    /** {@link BackendChecklist#withMaxStatementsPerHandler(int)}. */
    public static final ChecklistSetting<Integer> MAX_STATEMENTS = new ChecklistSetting<>("archrules.maxStatementsPerHandler",
            "--max-statements", "N", Kind.NUMBER, "withMaxStatementsPerHandler", "Statements of logic a handler method may have, request mapping and plumbing aside (default 12).",
            (checklist, limit, directory) -> checklist.withMaxStatementsPerHandler(limit));

    /** {@link BackendChecklist#withMaxBranchesPerHandler(int)}. */
    public static final ChecklistSetting<Integer> MAX_BRANCHES = new ChecklistSetting<>("archrules.maxBranchesPerHandler",
            "--max-branches", "N", Kind.NUMBER, "withMaxBranchesPerHandler", "Decisions a handler method may make: branches on domain state, loops, arithmetic, data-access and client calls (default 3).",
            (checklist, limit, directory) -> checklist.withMaxBranchesPerHandler(limit));

    /** {@link BackendChecklist#withMinSequentialRemoteCalls(int)}. */
    public static final ChecklistSetting<Integer> MIN_SEQUENTIAL_REMOTE_CALLS = new ChecklistSetting<>("archrules.minSequentialRemoteCalls",
            "--min-sequential-remote-calls", "N", Kind.NUMBER, "withMinSequentialRemoteCalls",
            "Remote calls one after another on a request handler's call path from which complexity.no-sequential-remote-calls reports it (default 3).",
            (checklist, limit, directory) -> checklist.withMinSequentialRemoteCalls(limit));

    /** {@link BackendChecklist#withMaxRequestHops(int)}. */
    public static final ChecklistSetting<Integer> MAX_REQUEST_HOPS = new ChecklistSetting<>("archrules.maxRequestHops",
            "--max-request-hops", "N", Kind.NUMBER, "withMaxRequestHops",
            "Classes a request may pass through before data access or a remote call (complexity.request-hops, default 5).",
            (checklist, limit, directory) -> checklist.withMaxRequestHops(limit));

    /** {@link BackendChecklist#withAllowedEndpoints(String...)}. */
    public static final ChecklistSetting<List<String>> ALLOWED_ENDPOINTS = new ChecklistSetting<>("archrules.allowedEndpoints",
            "--allowed-endpoints", "HOST/PATH", Kind.TEXT_LIST, "withAllowedEndpoints",
            "URL prefixes (host and path, e.g. docs.acme.com/) that config.no-hardcoded-endpoints accepts.",
            (checklist, prefixes, directory) -> checklist.withAllowedEndpoints(prefixes.toArray(String[]::new)));

    /** {@link BackendChecklist#withSourceRoots(Path...)}. */
    public static final ChecklistSetting<List<Path>> SOURCES = new ChecklistSetting<>("archrules.sources", "--sources", "DIR|JAR",
            Kind.PATH_LIST, "withSourceRoots", "Source roots (directories or -sources.jar) for the source rules, searched before those"
                    + " detected beside the classes (src/main/java of a project, NAME-sources.jar beside NAME.jar).",
            (checklist, roots, directory) -> {
                for (Path root : roots) {
                    if (!Files.exists(root)) {
                        throw new IllegalArgumentException("source root '" + root + "' does not exist");
                    }
                }
                return checklist.withSourceRoots(roots.toArray(Path[]::new));
            });

    /** {@link BackendChecklist#withSourceCharset(Charset)}. */
    public static final ChecklistSetting<String> SOURCE_CHARSET = new ChecklistSetting<>("archrules.sources.charset", "--source-charset",
            "CHARSET", Kind.TEXT, "withSourceCharset", "Encoding of the source files (default UTF-8).",
            (checklist, name, directory) -> checklist.withSourceCharset(charset(name)));

    /** {@link BackendChecklist#withSourceCache(Path)} and {@link BackendChecklist#withoutSourceCache()}. */
    public static final ChecklistSetting<String> SOURCE_CACHE = new ChecklistSetting<>("archrules.sources.cache", "--source-cache",
            "DIR|off", Kind.TEXT, "withSourceCache", "Where the facts of parsed source files are kept between runs, or off"
                    + " (default: archrules-cache in the build directory of the classes' project, none for classes from jars).",
            (checklist, value, directory) -> value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false")
                    ? checklist.withoutSourceCache()
                    : checklist.withSourceCache(directory.resolve(value)));

    /** {@link BackendChecklist#withResultsCache(Path)}, {@link BackendChecklist#withoutResultsCache()}. */
    public static final ChecklistSetting<String> RESULTS_CACHE = new ChecklistSetting<>("archrules.results.cache", "--results-cache",
            "DIR|off", Kind.TEXT, "withResultsCache", "Where the command and the Maven plugin keep the results of a run, so that a re-run"
                    + " of unchanged classes, class path, sources and settings neither imports nor evaluates, or off (default:"
                    + " archrules-cache in the build directory of the project, none for classes from jars).",
            (checklist, value, directory) -> value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false")
                    ? checklist.withoutResultsCache()
                    : checklist.withResultsCache(directory.resolve(value)));

    /** {@link BackendChecklist#withBaseline(Path)}. */
    public static final ChecklistSetting<Path> BASELINE_FILE = new ChecklistSetting<>("archrules.baseline.file", "--baseline", "FILE",
            Kind.PATH, "withBaseline", "Baseline file of accepted violations: with one, only violations not in it fail.",
            (checklist, file, directory) -> checklist.withBaseline(file));

    /** {@link BackendChecklist#withNeverBaselined(String...)}. */
    public static final ChecklistSetting<List<String>> NEVER_BASELINED = new ChecklistSetting<>("archrules.baseline.neverBaselined",
            "--never-baselined", "RULE_ID", Kind.TEXT_LIST, "withNeverBaselined",
            "Rules whose violations are always new, whatever the baseline says.",
            (checklist, ids, directory) -> checklist.withNeverBaselined(ids.toArray(String[]::new)));

    /** {@link BackendChecklist#withReports(Path, ReportFormat...)}: the directory. */
    public static final ChecklistSetting<Path> REPORTS_DIR = new ChecklistSetting<>("archrules.reports.dir", "--reports", "DIR",
            Kind.PATH, "withReports", "Directory for the report files (default: target/archrules).",
            (checklist, dir, directory) -> checklist.withReports(reportsInto(checklist.reports(), dir)));

    /** {@link BackendChecklist#withReports(Path, ReportFormat...)}: the formats. */
    public static final ChecklistSetting<List<String>> REPORTS_FORMATS = new ChecklistSetting<>("archrules.reports.formats", "--format",
            "FORMAT", Kind.TEXT_LIST, "withReports", "Report formats: markdown, html, json, sarif, sarif-new (default: all of these); mermaid, svg:"
                    + " the module map alone (only when named).",
            (checklist, formats, directory) -> checklist.withReports(reportsAs(checklist.reports(), formats, directory)));

    /** {@link Reports#withSourceUrl(String)}. */
    public static final ChecklistSetting<String> REPORTS_SOURCE_URL = new ChecklistSetting<>("archrules.reports.sourceUrl", "--source-url",
            "URL", Kind.TEXT, "withReports", "Link each location of the HTML report to this URL, {path} and {line} filled in, e.g."
                    + " https://github.com/acme/shop/blob/main/{path}#L{line} (default: a link to the file relative to the report).",
            (checklist, url, directory) -> checklist.withReports(checklist.reports()
                    .orElseGet(() -> Reports.into(directory.resolve(Reports.DEFAULT_DIRECTORY))).withSourceUrl(url)));

    /** {@link BackendChecklist#withAllowIncomplete(boolean)}. */
    public static final ChecklistSetting<Boolean> ALLOW_INCOMPLETE = new ChecklistSetting<>("archrules.allowIncomplete",
            "--allow-incomplete", "true|false", Kind.FLAG, "withAllowIncomplete", "Let a run pass although some class or source files could"
                    + " not be read (truncated, too new, unreadable, above a limit, not parsable); they are still listed, and the baseline is never pruned"
                    + " on such a run (default: an incomplete run fails).",
            (checklist, allow, directory) -> checklist.withAllowIncomplete(allow));

    /** {@link BackendChecklist#withMaxClassFileSize(int)}. */
    public static final ChecklistSetting<Integer> MAX_CLASS_FILE_SIZE = new ChecklistSetting<>("archrules.import.maxClassFileSize",
            "--max-class-file-size", "BYTES", Kind.NUMBER, "withMaxClassFileSize",
            "Largest class file or jar entry read, in bytes; larger ones are listed as unread (default 16777216, 16 MiB).",
            (checklist, bytes, directory) -> checklist.withMaxClassFileSize(bytes));

    /** {@link BackendChecklist#withMaxCompressionRatio(int)}. */
    public static final ChecklistSetting<Integer> MAX_COMPRESSION_RATIO = new ChecklistSetting<>("archrules.import.maxCompressionRatio",
            "--max-compression-ratio", "N", Kind.NUMBER, "withMaxCompressionRatio",
            "Largest ratio of inflated to compressed size of a jar entry; above it the entry is listed as unread (default 100).",
            (checklist, ratio, directory) -> checklist.withMaxCompressionRatio(ratio));

    /** {@link BackendChecklist#withMaxArchiveEntries(int)}. */
    public static final ChecklistSetting<Integer> MAX_ARCHIVE_ENTRIES = new ChecklistSetting<>("archrules.import.maxArchiveEntries",
            "--max-archive-entries", "N", Kind.NUMBER, "withMaxArchiveEntries",
            "Most class files read from one jar; a jar with more is listed as unread (default 100000).",
            (checklist, entries, directory) -> checklist.withMaxArchiveEntries(entries));

    /** {@link BackendChecklist#withSeverity(String, Severity)}, for each {@code RULE=LEVEL}. */
    public static final ChecklistSetting<List<String>> SEVERITY = new ChecklistSetting<>("archrules.severity", "--severity",
            "RULE=LEVEL", Kind.TEXT_LIST, "withSeverity", "Severity of a rule instead of its default: error (fails the run), warning or"
                    + " note (reported; fail only with a lower failOn), e.g. spring.value-only-in-configuration=note. In the settings"
                    + " file also one key per rule: archrules.severity.RULE=LEVEL.",
            (checklist, entries, directory) -> {
                BackendChecklist result = checklist;
                for (String entry : entries) {
                    int equals = entry.lastIndexOf('=');
                    if (equals <= 0 || equals == entry.length() - 1) {
                        throw new IllegalArgumentException("'" + entry + "' is not RULE=LEVEL, e.g. spring.value-only-in-configuration=warning");
                    }
                    result = result.withSeverity(entry.substring(0, equals).strip(), Severity.parse(entry.substring(equals + 1)));
                }
                return result;
            });

    /** {@link BackendChecklist#withFailOn(Severity)}. */
    public static final ChecklistSetting<String> FAIL_ON = new ChecklistSetting<>("archrules.failOn", "--fail-on", "error|warning|note",
            Kind.TEXT, "withFailOn", "New violations of rules of this severity or a higher one fail the run, the exit code and @ArchTest"
                    + " (default error: new warnings and notes are reported and pass).",
            (checklist, level, directory) -> checklist.withFailOn(Severity.parse(level)));

    private static final List<ChecklistSetting<?>> ALL = List.of(MODULES, ROLE_PACKAGES, EXCLUDE, EXCLUDE_MATCHING, INCLUDE_GENERATED, DISABLED_RULES,
            MAX_ENDPOINTS, MAX_COLLABORATORS, MAX_STATEMENTS, MAX_BRANCHES, MIN_SEQUENTIAL_REMOTE_CALLS, MAX_REQUEST_HOPS, ALLOWED_ENDPOINTS, SOURCES, SOURCE_CHARSET, SOURCE_CACHE, RESULTS_CACHE,
            BASELINE_FILE, NEVER_BASELINED, REPORTS_DIR, REPORTS_FORMATS, REPORTS_SOURCE_URL, ALLOW_INCOMPLETE, MAX_CLASS_FILE_SIZE,
            MAX_COMPRESSION_RATIO, MAX_ARCHIVE_ENTRIES, SEVERITY, FAIL_ON);

    /**
     * The settings applied after the rules: the reports, the baseline (sorted against the rules' findings after the
     * results cache) and the results cache itself. A run's {@link RunKey} leaves them out, so that changing them does not
     * miss the cache.
     */
    public static List<ChecklistSetting<?>> appliedAfterTheRules() {
        return List.of(REPORTS_DIR, REPORTS_FORMATS, REPORTS_SOURCE_URL, BASELINE_FILE, NEVER_BASELINED, RESULTS_CACHE);
    }

    private final String key;
    private final String option;
    private final String label;
    private final Kind kind;
    private final String method;
    private final String description;
    private final Application<T> application;

    private ChecklistSetting(String key, String option, String label, Kind kind, String method, String description,
                             Application<T> application) {
        this.key = key;
        this.option = option;
        this.label = label;
        this.kind = kind;
        this.method = method;
        this.description = description;
        this.application = application;
    }

    /** Every setting, in the order they are applied (a settings file's, then the command line's). */
    public static List<ChecklistSetting<?>> all() {
        return ALL;
    }

    /** The key in {@code archrules.properties}, e.g. {@code archrules.modules}. */
    public String key() {
        return key;
    }

    /** The option of the {@code archrules} command, e.g. {@code --modules}. */
    public String option() {
        return option;
    }

    /** What the value is called in usage help, e.g. {@code PATTERN}. */
    public String label() {
        return label;
    }

    /** How the value reads. */
    public Kind kind() {
        return kind;
    }

    /** The {@link BackendChecklist} method the setting calls, e.g. {@code withModules}. */
    public String method() {
        return method;
    }

    /** What the setting means, one or two sentences, for usage help and the documentation. */
    public String description() {
        return description;
    }

    /**
     * {@code checklist} with this setting set to {@code value}, relative paths being relative to the working directory.
     *
     * @throws IllegalArgumentException if the value is not accepted (e.g. an unknown rule id), saying why
     */
    public BackendChecklist applyTo(BackendChecklist checklist, T value) {
        return applyTo(checklist, value, Path.of(""));
    }

    BackendChecklist applyTo(BackendChecklist checklist, T value, Path directory) {
        return application.apply(Objects.requireNonNull(checklist, "checklist"), Objects.requireNonNull(value, "value"), directory);
    }

    /**
     * The value of {@code text}, e.g. from a settings file; relative paths resolved against {@code directory}. Empty
     * when the text (or every element of a list) is blank: the setting is then left as it is.
     *
     * Public for tools that take the settings from elsewhere (the Maven plugin's {@code <checklist>}).
     *
     * @throws IllegalArgumentException if a number is not a whole number
     */
    @SuppressWarnings("unchecked")
    public Optional<T> read(String text, Path directory) {
        if (kind.isList()) {
            List<Object> elements = Arrays.stream(text.split(",")).map(String::strip).filter(element -> !element.isEmpty())
                    .map(element -> element(element, directory)).toList();
            return elements.isEmpty() ? Optional.empty() : Optional.of((T) elements);
        }
        String value = text.strip();
        return value.isEmpty() ? Optional.empty() : Optional.of((T) element(value, directory));
    }

    private Object element(String text, Path directory) {
        if (kind.elementType() == Boolean.class) {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(key + " must be true or false but is '" + text + "'");
            }
            return Boolean.parseBoolean(text);
        }
        if (kind.elementType() == Integer.class) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number but is '" + text + "'");
            }
        }
        return kind.elementType() == Path.class ? directory.resolve(text) : text;
    }

    /** {@code current} reports (or every report format) into {@code dir}. */
    static Reports reportsInto(Optional<Reports> current, Path dir) {
        return current.map(previous -> previous.withDirectory(dir)).orElseGet(() -> Reports.into(dir));
    }

    /** {@code current} reports (or reports into the default directory below {@code directory}) in these formats. */
    static Reports reportsAs(Optional<Reports> current, List<String> formats, Path directory) {
        ReportFormat[] parsed = formats.stream().map(ReportFormat::parse).toArray(ReportFormat[]::new);
        return current.orElseGet(() -> Reports.into(directory.resolve(Reports.DEFAULT_DIRECTORY))).withFormats(parsed);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown charset '" + name + "'; e.g. UTF-8, ISO-8859-1, windows-1252");
        }
    }

    @Override
    public String toString() {
        return key + " / " + option;
    }
}
