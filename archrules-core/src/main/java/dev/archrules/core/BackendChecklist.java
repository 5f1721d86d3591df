package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineException;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.conventions.Exclusions;
import dev.archrules.core.conventions.ModuleLayout;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.model.Severity;
import dev.archrules.core.report.ReportFormat;
import dev.archrules.core.report.Reports;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.engine.EndpointAllowList;
import dev.archrules.core.engine.RuleContext;
import dev.archrules.core.engine.Thresholds;
import dev.archrules.core.source.SourceIndex;
import dev.archrules.core.source.SourceSettings;
import dev.archrules.core.source.internal.RunSourceIndex;
import dev.archrules.core.source.internal.SourceCache;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The backend coupling checklist for one code base: the rules of a preset, configured once and
 * evaluated on one import of the classes.
 *
 * <pre>{@code
 * BackendChecklist checklist = BackendChecklist.forBasePackage("com.acme.shop")
 *         .withModules("com.acme.shop.(*)..")
 *         .withMaxEndpointsPerController(8)
 *         .excluding("com.acme.shop.legacy..");
 *
 * // one test for all rules, every violation of every rule reported at once:
 * checklist.check(checklist.importClasses());
 *
 * // or one ArchUnit rule per @ArchTest field:
 * @ArchTest static final ArchRule noDataAccess = checklist.rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);
 * }</pre>
 *
 * Instances are immutable; every {@code with…} returns a copy. A checklist is configuration: {@code evaluate},
 * {@code run} and {@code check} hand it to a {@code ChecklistRun} for one evaluation. The settings that also have a
 * key in {@code archrules.properties} and an option of the {@code archrules} command are the table of
 * {@link ChecklistSetting#all()}.
 *
 * <p>Longer than most files (about 400 lines) on purpose: it is the documented public configuration surface, one
 * short {@code with…} method per setting, each with its Javadoc; the evaluation lives in {@code ChecklistRun}.
 */
public final class BackendChecklist {

    private final String basePackage;
    private final Conventions conventions;
    private final Optional<ModuleLayout> modules;
    private final Thresholds thresholds;
    private final Exclusions exclusions;
    private final Map<String, ChecklistRule> rules;
    private final Set<String> disabled;
    private final Adoption adoption;
    private final SourceSettings sources;
    private final EndpointAllowList allowedEndpoints;
    private final Imports imports;

    /**
     * How the classes are imported: the limits on what is read, whether an incomplete import may pass, and whether the
     * entry points that own a whole run (the command, the Maven plugin) may skip the import of unchanged inputs through
     * the results cache (in {@code resultsCacheDirectory}, else their build directory's {@code archrules-cache}).
     */
    private record Imports(ImportLimits limits, boolean allowIncomplete, boolean resultsCache, Optional<Path> resultsCacheDirectory) {

        Imports with(ImportLimits newLimits, boolean newAllowIncomplete) {
            return new Imports(newLimits, newAllowIncomplete, resultsCache, resultsCacheDirectory);
        }
    }

    /**
     * How the checklist is adopted on existing code: its baseline, rules that may not be baselined, its reports, the
     * severities set per rule (others keep their default) and from which severity on a new violation fails.
     */
    private record Adoption(Optional<Baseline> baseline, Set<String> neverBaselined, Optional<Reports> reports,
                            Map<String, Severity> severities, Severity failOn) {

        Adoption withBaseline(Optional<Baseline> newBaseline) {
            return new Adoption(newBaseline, neverBaselined, reports, severities, failOn);
        }

        Adoption withNeverBaselined(Set<String> newNeverBaselined) {
            return new Adoption(baseline, newNeverBaselined, reports, severities, failOn);
        }

        Adoption withReports(Optional<Reports> newReports) {
            return new Adoption(baseline, neverBaselined, newReports, severities, failOn);
        }

        Adoption withSeverities(Map<String, Severity> newSeverities, Severity newFailOn) {
            return new Adoption(baseline, neverBaselined, reports, Map.copyOf(newSeverities), newFailOn);
        }
    }

    private BackendChecklist(String basePackage, Conventions conventions, Optional<ModuleLayout> modules,
                             Thresholds thresholds, Exclusions exclusions, Map<String, ChecklistRule> rules,
                             Set<String> disabled, Adoption adoption, SourceSettings sources,
                             EndpointAllowList allowedEndpoints, Imports imports) {
        this.basePackage = basePackage;
        this.conventions = conventions;
        this.modules = modules;
        this.thresholds = thresholds;
        this.exclusions = exclusions;
        this.rules = rules;
        this.disabled = disabled;
        this.adoption = adoption;
        this.sources = sources;
        this.allowedEndpoints = allowedEndpoints;
        this.imports = imports;
    }

    /**
     * The core checklist for the code base under {@code basePackage} (e.g. {@code com.acme.shop}), with
     * default conventions, modules {@linkplain ModuleLayout#inferred(String) inferred} from its packages
     * (package-by-feature, a nested root, or package-by-layer: no modules), default thresholds and no exclusions.
     */
    public static BackendChecklist forBasePackage(String basePackage) {
        Objects.requireNonNull(basePackage, "basePackage");
        if (!basePackage.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
            throw new IllegalArgumentException("'" + basePackage + "' is not a package name; pass the root package of the code base, e.g. com.acme.shop");
        }
        Map<String, ChecklistRule> rules = new LinkedHashMap<>();
        CoreRules.all().forEach(rule -> rules.put(rule.id(), rule));
        return new BackendChecklist(basePackage, Conventions.defaults(), Optional.empty(), Thresholds.defaults(),
                Exclusions.none(), rules, Set.of(), new Adoption(Optional.empty(), Set.of(), Optional.empty(), Map.of(), Severity.ERROR),
                SourceSettings.defaults(), EndpointAllowList.defaults(), new Imports(ImportLimits.defaults(), false, true, Optional.empty()));
    }

    /** A copy with these conventions instead of the defaults. */
    public BackendChecklist withConventions(Conventions conventions) {
        return new BackendChecklist(basePackage, Objects.requireNonNull(conventions, "conventions"), modules, thresholds,
                exclusions, rules, disabled, adoption, sources, allowedEndpoints, imports);
    }

    /** A copy with the current conventions changed, e.g. {@code c -> c.withRoleSuffixes(Role.SERVICE, "Facade")}. */
    public BackendChecklist withConventions(UnaryOperator<Conventions> change) {
        return withConventions(change.apply(conventions));
    }

    /** A copy whose modules are the capture groups of an ArchUnit package pattern, e.g. {@code com.acme.(*)..}. */
    public BackendChecklist withModules(String packagePattern) {
        return withModules(ModuleLayout.byPattern(packagePattern));
    }

    /** A copy with this module layout. */
    public BackendChecklist withModules(ModuleLayout layout) {
        return new BackendChecklist(basePackage, conventions, Optional.of(Objects.requireNonNull(layout, "layout")),
                thresholds, exclusions, rules, disabled, adoption, sources, allowedEndpoints, imports);
    }

    /** A copy in which a controller may declare at most {@code limit} endpoints (default 10). */
    public BackendChecklist withMaxEndpointsPerController(int limit) {
        return withThresholds(thresholds.withMaxEndpointsPerController(limit));
    }

    /** A copy in which a controller may have at most {@code limit} injected collaborators (default 5). */
    public BackendChecklist withMaxCollaboratorsPerController(int limit) {
        return withThresholds(thresholds.withMaxCollaboratorsPerController(limit));
    }

    /** A copy in which a handler method may have at most {@code limit} statements (default 12). */
    public BackendChecklist withMaxStatementsPerHandler(int limit) {
        return withThresholds(thresholds.withMaxStatementsPerHandler(limit));
    }

    /** A copy in which a handler method may have at most {@code limit} branches (default 3). */
    public BackendChecklist withMaxBranchesPerHandler(int limit) {
        return withThresholds(thresholds.withMaxBranchesPerHandler(limit));
    }

    /**
     * A copy in which a handler's call path is reported by {@code complexity.no-sequential-remote-calls} from {@code limit}
     * remote calls one after another (default 3).
     */
    public BackendChecklist withMinSequentialRemoteCalls(int limit) {
        return withThresholds(thresholds.withMinSequentialRemoteCalls(limit));
    }

    /**
     * A copy in which a request may pass through at most {@code limit} classes before data access or a remote call
     * ({@code complexity.request-hops}, default 5).
     */
    public BackendChecklist withMaxRequestHops(int limit) {
        return withThresholds(thresholds.withMaxRequestHops(limit));
    }

    /**
     * A copy whose source rules look for {@code .java} files in these roots (directories or
     * {@code -sources.jar} files) before the roots detected from where the classes were loaded.
     */
    public BackendChecklist withSourceRoots(Path... roots) {
        return withSourceSettings(sources.withRoots(roots));
    }

    /** A copy that reads source files in this encoding (default UTF-8). */
    public BackendChecklist withSourceCharset(Charset charset) {
        return withSourceSettings(sources.withCharset(charset));
    }

    /**
     * A copy that keeps the facts of parsed source files between runs in {@code directory}, instead of
     * {@code archrules-cache} in the build directory of the classes' project ({@code target/archrules-cache} for
     * Maven, {@code build/archrules-cache} for Gradle; none for classes from jars). The cache is keyed by each file's
     * text and the archrules build: a re-run parses only the files that changed, and finds the same violations.
     */
    public BackendChecklist withSourceCache(Path directory) {
        return withSourceSettings(sources.withCacheDirectory(directory));
    }

    /** A copy that keeps no source facts on disk: every run in a fresh JVM parses the files it needs again. */
    public BackendChecklist withoutSourceCache() {
        return withSourceSettings(sources.withCache(false));
    }

    /** A copy with these source settings. */
    public BackendChecklist withSourceSettings(SourceSettings settings) {
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, rules, disabled, adoption,
                Objects.requireNonNull(settings, "settings"), allowedEndpoints, imports);
    }

    /**
     * A copy in which {@code config.no-hardcoded-endpoints} also accepts URLs whose {@code host/path}
     * starts with one of these prefixes, e.g. {@code "docs.acme.com/"}, or, written {@code "*.acme.com/"},
     * whose host is {@code acme.com} or under it.
     */
    public BackendChecklist withAllowedEndpoints(String... hostAndPathPrefixes) {
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, rules, disabled, adoption,
                sources, allowedEndpoints.with(hostAndPathPrefixes), imports);
    }

    /**
     * A copy that lets a run pass ({@code allow}) although some class files could not be read — truncated, too new
     * for ArchUnit, unreadable, or above the {@linkplain ImportLimits import limits} — or some source files the source
     * rules needed could not be read or parsed, or a source root does not exist. They are still listed in the
     * result and every report, and the baseline is never pruned, nor entries reported fixed, on such a run. By
     * default an incomplete run fails: a rule cannot fail on a class it did not see.
     */
    public BackendChecklist withAllowIncomplete(boolean allow) {
        return withImports(imports.with(imports.limits(), allow));
    }

    /** A copy that reads class files and jar entries of at most {@code bytes} bytes (default 16 MiB); larger ones are unread. */
    public BackendChecklist withMaxClassFileSize(int bytes) {
        return withImportLimits(imports.limits().withMaxClassFileSize(bytes));
    }

    /** A copy that reads jar entries inflating at most {@code ratio} times their compressed size (default 100). */
    public BackendChecklist withMaxCompressionRatio(int ratio) {
        return withImportLimits(imports.limits().withMaxCompressionRatio(ratio));
    }

    /** A copy that reads at most {@code entries} class files from one jar (default 100,000); a jar with more is unread. */
    public BackendChecklist withMaxArchiveEntries(int entries) {
        return withImportLimits(imports.limits().withMaxArchiveEntries(entries));
    }

    /** A copy with these import limits. */
    public BackendChecklist withImportLimits(ImportLimits limits) {
        return withImports(imports.with(Objects.requireNonNull(limits, "limits"), imports.allowIncomplete()));
    }

    /**
     * A copy whose runs through the {@code archrules} command and the Maven plugin keep their results in {@code directory}
     * instead of {@code archrules-cache} in the build directory ({@code target/archrules-cache}; none for classes from
     * jars): a re-run whose classes, class path, sources, settings, archrules build and JDK are all unchanged then neither
     * imports nor evaluates, and reports exactly what the first run found (the baseline is applied afresh). See
     * {@link ResultsCache}; {@link #check(JavaClasses)}, whose import has already happened, does not use it.
     */
    public BackendChecklist withResultsCache(Path directory) {
        return withImports(new Imports(imports.limits(), imports.allowIncomplete(), true,
                Optional.of(directory.toAbsolutePath().normalize())));
    }

    /** A copy whose runs through the command and the Maven plugin never reuse results: every run imports and evaluates. */
    public BackendChecklist withoutResultsCache() {
        return withImports(new Imports(imports.limits(), imports.allowIncomplete(), false, Optional.empty()));
    }

    /**
     * Where the command and the Maven plugin keep the results of this checklist's runs: the directory set by
     * {@link #withResultsCache(Path)}, else {@code buildDirectory}'s {@code archrules-cache} when there is one; empty when
     * the results cache is {@linkplain #withoutResultsCache() off}.
     */
    public Optional<Path> resultsCacheDirectory(Optional<Path> buildDirectory) {
        if (!imports.resultsCache()) {
            return Optional.empty();
        }
        return imports.resultsCacheDirectory().or(() -> buildDirectory.map(build -> build.resolve("archrules-cache")));
    }

    /** How the source rules find and read source files: the roots set, detection, charset, limits and the facts cache. */
    public SourceSettings sourceSettings() {
        return sources;
    }

    /** The limits the import of this checklist applies to class files and jars. */
    public ImportLimits importLimits() {
        return imports.limits();
    }

    private BackendChecklist withImports(Imports newImports) {
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, rules, disabled, adoption, sources,
                allowedEndpoints, newImports);
    }

    /** A copy with these thresholds. */
    public BackendChecklist withThresholds(Thresholds thresholds) {
        return new BackendChecklist(basePackage, conventions, modules, Objects.requireNonNull(thresholds, "thresholds"),
                exclusions, rules, disabled, adoption, sources, allowedEndpoints, imports);
    }

    /**
     * A copy that ignores these classes: entries ending in {@code ..} are ArchUnit package patterns
     * ({@code com.acme.legacy..}), others are fully qualified class names (nested classes included).
     */
    public BackendChecklist excluding(String... classesOrPackages) {
        Exclusions more = exclusions;
        for (String entry : classesOrPackages) {
            Objects.requireNonNull(entry, "exclusion");
            more = entry.contains("..") ? more.withPackages(entry) : more.withClasses(entry);
        }
        return withExclusions(more);
    }

    /** A copy that ignores classes whose fully qualified name matches one of these regular expressions. */
    public BackendChecklist excludingMatching(String... regexes) {
        return withExclusions(exclusions.withRegexes(regexes));
    }

    /**
     * A copy that analyses generated code like the team's own ({@code true}) or leaves it out ({@code false}, the
     * default): classes marked {@code @Generated} (javax, jakarta, Lombok, Spring AOT, …; the names are the term
     * {@code Term.GENERATED_ANNOTATIONS}) or compiled from generated sources. How many were left out is in the report.
     */
    public BackendChecklist includingGenerated(boolean include) {
        return withExclusions(exclusions.includingGenerated(include));
    }

    private BackendChecklist withExclusions(Exclusions exclusions) {
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, rules, disabled, adoption, sources, allowedEndpoints, imports);
    }

    /** A copy with these rules switched off, by id; an unknown id fails with the list of known ids. */
    public BackendChecklist withoutRules(String... ruleIds) {
        Set<String> more = new LinkedHashSet<>(disabled);
        for (String id : ruleIds) {
            requireKnown(id);
            more.add(id);
        }
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, rules, Set.copyOf(more), adoption, sources, allowedEndpoints, imports);
    }

    /** A copy with further rules (e.g. a framework preset's); a rule with an id already present replaces it. */
    public BackendChecklist withRules(Collection<? extends ChecklistRule> moreRules) {
        Map<String, ChecklistRule> all = new LinkedHashMap<>(rules);
        moreRules.forEach(rule -> all.put(rule.id(), rule));
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, all, disabled, adoption, sources, allowedEndpoints, imports);
    }

    /**
     * A copy that accepts the violations listed in this baseline file: {@link #check(JavaClasses)}, and the
     * {@code @ArchTest} rules of {@link #rule(String)} and {@link #rules()}, then fail only on new ones. The mode comes
     * from {@code -Darchrules.baseline.mode} (default {@code check}); see {@link Baseline}.
     */
    public BackendChecklist withBaseline(Path file) {
        return withBaseline(Baseline.at(file));
    }

    /** A copy that uses this baseline, e.g. {@code Baseline.at(path).inMode(BaselineMode.PRUNE)}. */
    public BackendChecklist withBaseline(Baseline baseline) {
        return withAdoption(adoption.withBaseline(Optional.of(Objects.requireNonNull(baseline, "baseline"))));
    }

    /**
     * A copy in which violations of these rules are always new, whatever the baseline says, and may not be
     * recorded in it (e.g. {@code packages.no-cycles} for a team that allows no new debt there at all).
     */
    public BackendChecklist withNeverBaselined(String... ruleIds) {
        Set<String> more = new LinkedHashSet<>(adoption.neverBaselined());
        for (String id : ruleIds) {
            requireKnown(id);
            more.add(id);
        }
        return withAdoption(adoption.withNeverBaselined(Set.copyOf(more)));
    }

    /** A copy whose {@link #check(JavaClasses)} writes every report format into {@code target/archrules/}. */
    public BackendChecklist withReports() {
        return withReports(Reports.intoDefaultDirectory());
    }

    /** A copy whose {@link #check(JavaClasses)} writes these formats (all if none are named) into {@code directory}. */
    public BackendChecklist withReports(Path directory, ReportFormat... formats) {
        Reports reports = Reports.into(directory);
        return withReports(formats.length == 0 ? reports : reports.withFormats(formats));
    }

    /** A copy whose {@link #check(JavaClasses)} writes reports as configured here. */
    public BackendChecklist withReports(Reports reports) {
        return withAdoption(adoption.withReports(Optional.of(Objects.requireNonNull(reports, "reports"))));
    }

    /** A copy that writes no reports (e.g. to switch off the reports a settings file asks for). */
    public BackendChecklist withoutReports() {
        return withAdoption(adoption.withReports(Optional.empty()));
    }

    /**
     * A copy in which the rule {@code ruleId} has this severity instead of its default: {@link Severity#ERROR} fails the
     * run, {@link Severity#WARNING} and {@link Severity#NOTE} are reported and fail only with a lower
     * {@link #withFailOn failOn}. Severity is not part of a violation's key: its baseline entries stay as they are. An
     * unknown id fails with the list of known ids.
     */
    public BackendChecklist withSeverity(String ruleId, Severity severity) {
        requireKnown(ruleId);
        Map<String, Severity> more = new LinkedHashMap<>(adoption.severities());
        more.put(ruleId, Objects.requireNonNull(severity, "severity"));
        return withAdoption(adoption.withSeverities(more, adoption.failOn()));
    }

    /**
     * A copy whose runs fail on new violations of rules of this severity or a higher one (default
     * {@link Severity#ERROR}: new warnings and notes are reported but pass; {@link Severity#WARNING}: warnings fail too).
     * It decides {@link #check()}, the {@code @ArchTest} rules of {@link #rule(String)} and {@link #rules()}, and
     * {@link ChecklistResult#failed()}, so the command's exit code and the Maven plugin's verdict too.
     */
    public BackendChecklist withFailOn(Severity failOn) {
        return withAdoption(adoption.withSeverities(adoption.severities(), Objects.requireNonNull(failOn, "failOn")));
    }

    /** The severity of the rule {@code ruleId} in this checklist: what {@link #withSeverity} set, else the rule's default. */
    public Severity severityOf(String ruleId) {
        return Optional.ofNullable(adoption.severities().get(ruleId)).orElseGet(() -> requireKnown(ruleId).severity());
    }

    /** From which severity on a new violation fails a run of this checklist (default {@link Severity#ERROR}). */
    public Severity failOn() {
        return adoption.failOn();
    }

    /** The baseline {@link #check(JavaClasses)} and {@link #run(JavaClasses)} sort violations by, if one is set. */
    public Optional<Baseline> baseline() {
        return adoption.baseline();
    }

    /** The reports {@link #check(JavaClasses)} and {@link #run(JavaClasses)} write, if they write any. */
    public Optional<Reports> reports() {
        return adoption.reports();
    }

    private BackendChecklist withAdoption(Adoption newAdoption) {
        return new BackendChecklist(basePackage, conventions, modules, thresholds, exclusions, rules, disabled, newAdoption, sources, allowedEndpoints, imports);
    }

    /** The settings the rules see, with a new {@link SourceIndex} for one run. */
    public RuleContext context() {
        return new RuleContext(basePackage, conventions,
                modules.orElseGet(() -> ModuleLayout.inferred(basePackage)), thresholds, exclusions,
                RunSourceIndex.create(sources, SourceCache.shared()), allowedEndpoints);
    }

    /** The enabled rule definitions, in checklist order. */
    public List<ChecklistRule> definitions() {
        return rules.values().stream().filter(rule -> !disabled.contains(rule.id())).toList();
    }

    /**
     * The enabled rules as plain ArchUnit rules, in checklist order; with a {@linkplain #withBaseline(Baseline) baseline}
     * each honours it like {@link #rule(String)}.
     */
    public List<ArchRule> rules() {
        RuleContext context = context();
        return definitions().stream().map(rule -> archRule(rule, context)).toList();
    }

    /**
     * One rule as a plain ArchUnit rule, by id; an unknown id fails with the list of known ids. With a
     * {@linkplain #withBaseline(Baseline) baseline} the rule honours it as {@link #check(JavaClasses)} does, so an
     * {@code @ArchTest} field fails only on new violations (and, on CI, on the rule's stale entries); it reads the
     * baseline at each evaluation, never writes it, and refuses the writing modes ({@code init}, {@code prune},
     * {@code accept}) with a message, because those need all rules in one run.
     */
    public ArchRule rule(String ruleId) {
        return archRule(requireKnown(ruleId), context());
    }

    private ArchRule archRule(ChecklistRule rule, RuleContext context) {
        ArchRule plain = new ImportAwareRule(rule.toArchRule(context), context.roles());
        ArchRule baselined = adoption.baseline()
                .<ArchRule>map(baseline -> new BaselinedRule(plain, rule.id(), baseline, rules.keySet(), adoption.neverBaselined(),
                        owners(rule.id())))
                .orElse(plain);
        Severity severity = severityOf(rule.id());
        return severity.fails(adoption.failOn()) ? baselined : new ReportedRule(baselined, rule.id(), severity, adoption.failOn());
    }

    /** The rules of this checklist that own some of the facts {@code ruleId} finds (one fact, one report). */
    private Set<String> owners(String ruleId) {
        return rules.values().stream().filter(owner -> owner.subsumes().contains(ruleId)).map(ChecklistRule::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private ChecklistRule requireKnown(String ruleId) {
        ChecklistRule rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id '" + ruleId + "'; known ids: " + String.join(", ", rules.keySet()));
        }
        return rule;
    }

    /**
     * Imports the production classes of the base package from the class path, once, for all rules, through
     * the {@linkplain ChecklistImporter recommended import} (what the rules find is the same as through a
     * default {@code ClassFileImporter}, at less cost). Test classes are left out (Maven and Gradle output
     * folders); classes of the base package inside jars (e.g. sibling modules) are included.
     */
    public JavaClasses importClasses() {
        return importer().importPackages(basePackage);
    }

    /**
     * The {@linkplain ChecklistImporter recommended import} set up for this checklist: production classes, the
     * base package as the code base, and the library types this checklist's conventions and enabled rules
     * recognise by supertype. Use it to import other locations, e.g.
     * {@code checklist.importer().importLocations(List.of(Location.of(jarFile)))}.
     */
    public ChecklistImporter importer() {
        Set<String> types = new TreeSet<>(conventions.typesOfInterest());
        definitions().forEach(rule -> types.addAll(rule.typesOfInterest()));
        return ChecklistImporter.productionClasses().withBasePackage(basePackage).withTypesOfInterest(types)
                .withLimits(imports.limits());
    }

    /**
     * {@link #importClasses()}, with what the import searched and every class file it could not read: what
     * {@link #check()} checks. Pass it to {@link #check(ClassImport)} to keep that knowledge; a plain
     * {@code JavaClasses} only lets {@link #check(JavaClasses)} look again at the folders and jars the classes came from.
     */
    public ClassImport importCodeBase() {
        return importer().importAndAuditPackages(basePackage);
    }

    /** Evaluates every enabled rule on one import of the base package. */
    public ChecklistResult evaluate() {
        return evaluate(importCodeBase());
    }

    /** {@link #evaluate(JavaClasses)} on an audited import: its unread files make the result incomplete. */
    public ChecklistResult evaluate(ClassImport imported) {
        return newRun().evaluate(allowing(imported));
    }

    /**
     * Evaluates every enabled rule on {@code classes} and, with a baseline, sorts the violations into new and
     * baselined and finds the fixed entries. Reads the baseline but never writes anything.
     *
     * @throws BaselineException     if the baseline file is corrupt
     * @throws IllegalStateException if the baseline file is missing (outside {@code init} mode)
     */
    public ChecklistResult evaluate(JavaClasses classes) {
        return evaluate(audited(classes));
    }

    /**
     * Classes imported by the caller, audited after the fact: the base package's class files in the directories and
     * jars the classes came from that cannot be read (truncated, too new, unreadable, above the limits).
     */
    private ClassImport audited(JavaClasses classes) {
        return new ClassImport(classes, new ImportCompleteness("", ClassFileInventory.audit(classes, basePackage, imports.limits()), false));
    }

    private ClassImport allowing(ClassImport imported) {
        return new ClassImport(imported.classes(), imported.completeness().allowingIncomplete(imports.allowIncomplete()));
    }

    /**
     * Evaluates every enabled rule on {@code classes}, applies the baseline mode (writing the baseline only in
     * {@code prune}, {@code accept} and {@code init}), writes the configured reports, prints the summary line
     * ({@code N new (E errors, W warnings) · M baselined · K fixed}) and fails with one {@link AssertionError} that lists every new
     * violation of every rule, grouped by rule with counts, when a rule of severity {@link #withFailOn failOn} or higher
     * has one; new violations of rules below it (warnings and notes by default) are printed, not failed. Without a
     * baseline every violation is new. With one,
     * stale entries fail too when on CI in {@code check} mode. A class file of the base package that cannot be read
     * in the folders and jars the classes came from makes the run incomplete: it fails, listing the files, unless
     * {@link #withAllowIncomplete allowed}; no class of the base package at all fails too. Reports are best effort: report
     * files that cannot be written give a warning on {@code System.err} naming the directory and why, and change neither
     * outcome.
     */
    public void check(JavaClasses classes) {
        check(audited(classes));
    }

    /**
     * {@link #check(JavaClasses)} on an audited import ({@link #importCodeBase()}): fails on new violations, on an
     * incomplete import unless allowed (listing every file not read and why) and on no class of the base package.
     */
    public void check(ClassImport imported) {
        ChecklistResult outcome = run(imported);
        System.out.println(outcome.console());
        outcome.reportFailure().ifPresent(failure -> System.err.println("archrules: " + failure.warning()));
        if (outcome.failed()) {
            throw new AssertionError(outcome.report());
        }
        if (outcome.hasNewViolations()) {
            // new warnings or notes below failOn: reported, not failed
            System.out.println(outcome.report());
        }
    }

    /**
     * Evaluates every enabled rule on {@code classes}, applies the baseline mode (only {@code prune},
     * {@code accept} and {@code init} write the baseline) and writes the configured reports, without
     * failing: what {@link #check(JavaClasses)} does before it decides, for tools that decide themselves
     * (the {@code archrules} command).
     */
    public ChecklistResult run(JavaClasses classes) {
        return run(audited(classes));
    }

    /** {@link #run(JavaClasses)} on an audited import: its unread files make the result incomplete. */
    public ChecklistResult run(ClassImport imported) {
        return newRun().run(allowing(imported));
    }

    /**
     * What the rules find on an audited import, before the baseline: {@link #run(Evaluation)} of it is
     * {@link #run(ClassImport)}. For entry points that keep it in the {@linkplain ResultsCache results cache}.
     */
    public Evaluation evaluation(ClassImport imported) {
        return newRun().evaluation(allowing(imported));
    }

    /** {@link #evaluation(ClassImport)} of classes imported by the caller, audited as {@link #run(JavaClasses)} audits them. */
    public Evaluation evaluation(JavaClasses classes) {
        return evaluation(audited(classes));
    }

    /**
     * {@link #run(ClassImport)} on what the rules found on an earlier import of the same inputs (kept by the
     * {@linkplain ResultsCache results cache}): the baseline of this run applied to it, its mode and its reports as on
     * an import. The evaluation must come from a checklist configured like this one (its rules are checked).
     *
     * @throws IllegalArgumentException if the evaluation holds other rules than this checklist's enabled ones
     */
    public ChecklistResult run(Evaluation evaluation) {
        List<String> expected = definitions().stream().map(ChecklistRule::id).toList();
        List<String> found = evaluation.result().rules().stream().map(rule -> rule.rule().id()).toList();
        if (!expected.equals(found)) {
            throw new IllegalArgumentException("the evaluation holds the rules " + found + ", this checklist runs " + expected);
        }
        return newRun().run(evaluation);
    }

    /** One evaluation of this configuration, with a new source index. */
    private ChecklistRun newRun() {
        return new ChecklistRun(definitions(), context(), rules.keySet(), adoption.baseline(), adoption.neverBaselined(),
                adoption.reports(), this::severityOf, adoption.failOn());
    }

    /** Imports the base package and {@linkplain #check(ClassImport) checks} it, failing if the import is incomplete or empty. */
    public void check() {
        check(importCodeBase());
    }

    /** Every setting: the base package, the enabled rules and whatever differs between two differently configured checklists. */
    /** The role packages of the conventions ({@code withRolePackages}, {@code archrules.rolePackages}), for {@link #toString()}. */
    private String rolePackages() {
        java.util.Map<String, java.util.Set<String>> packages = new java.util.TreeMap<>();
        for (dev.archrules.core.model.Role role : dev.archrules.core.model.Role.values()) {
            java.util.Set<String> patterns = new TreeSet<>(conventions.vocabulary().role(role).packages());
            if (!patterns.isEmpty()) {
                packages.put(role.displayName(), patterns);
            }
        }
        return packages.isEmpty() ? "" : ", rolePackages=" + packages;
    }

    @Override
    public String toString() {
        return describe(true);
    }

    /**
     * What decides the rules' findings, for the results cache to check that an evaluation it kept was made by a checklist
     * configured like the one reading it: every setting of {@link #toString()} but the baseline, the rules never baselined
     * and the reports, which are applied after the cache.
     */
    String resultsDescription() {
        return describe(false);
    }

    private String describe(boolean adoptionToo) {
        return "BackendChecklist[" + basePackage + ", rules=" + definitions().stream().map(ChecklistRule::id).toList()
                + (exclusions.isEmpty() ? "" : ", excluding " + exclusions)
                + (exclusions.includesGenerated() ? ", including generated code" : "")
                + (adoptionToo ? adoption.baseline().map(baseline -> ", " + baseline).orElse("") : "")
                + modules.map(layout -> ", modules=" + layout).orElse("")
                + rolePackages()
                + (thresholds.equals(Thresholds.defaults()) ? "" : ", " + thresholds)
                + (sources.equals(SourceSettings.defaults()) ? "" : ", " + sources)
                + (allowedEndpoints.toString().equals(EndpointAllowList.defaults().toString()) ? "" : ", allowed " + allowedEndpoints)
                + (!adoptionToo || adoption.neverBaselined().isEmpty() ? "" : ", neverBaselined=" + new TreeSet<>(adoption.neverBaselined()))
                + (adoption.severities().isEmpty() ? "" : ", severities=" + new java.util.TreeMap<>(adoption.severities()))
                + (adoption.failOn() == Severity.ERROR ? "" : ", failOn=" + adoption.failOn().argument())
                + (adoptionToo ? adoption.reports().map(reports -> ", " + reports).orElse("") : "")
                + (imports.allowIncomplete() ? ", incomplete import allowed" : "")
                + (imports.limits().equals(ImportLimits.defaults()) ? "" : ", " + imports.limits())
                + (imports.resultsCache() ? imports.resultsCacheDirectory().map(dir -> ", results cache " + dir).orElse("") : ", no results cache") + "]";
    }
}
