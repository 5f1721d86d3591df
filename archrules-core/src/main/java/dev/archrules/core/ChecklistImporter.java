package dev.archrules.core;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.conventions.Conventions;
import dev.archrules.core.rules.CoreRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import archrules recommends: ArchUnit's {@link ClassFileImporter}, but importing from the class path
 * only what the checklist reads about types outside the import.
 *
 * <p>A default ArchUnit import resolves every type the imported classes refer to from the class path — one
 * full class import per library type, then their supertypes, annotations, generic signatures and enclosing
 * types in turn. The rules need much less of it. Given the code base's packages ({@link #withBasePackage}, or
 * the packages passed to {@link #importPackages}; {@link BackendChecklist#importer()} sets both), this import
 * imports fully only
 * <ul>
 *   <li>types of those packages that are not part of the import (sibling modules' jars: their roles matter),</li>
 *   <li>annotation types, so that meta-annotations decide roles as before,</li>
 *   <li>the library types the rules recognise by supertype ({@link dev.archrules.core.conventions.Conventions#typesOfInterest()},
 *       {@link dev.archrules.core.engine.ChecklistRule#typesOfInterest()}: data-access and HTTP client APIs, role
 *       supertypes, collections, loggers, …) and every subtype of them, found by reading the class files'
 *       headers rather than importing them;</li>
 * </ul>
 * every other referenced type stays a bare name (ArchUnit's stub), which is all the rules read of it. The types of
 * interest are a speed hint, one catalogue for all rules: a rule that asks
 * {@link dev.archrules.core.engine.RuleContext#isAssignableTo} about a library type nobody declared is answered from
 * the class files' headers instead (see {@link dev.archrules.core.engine.TypeHierarchy}). Generic
 * signature types, enclosing types and permitted subclasses are followed one step only. Without known packages
 * (e.g. {@link #importLocations} on a plain importer), every referenced type is imported as ArchUnit would.
 *
 * <p>What the rules find is the same as through a default import: equivalence tests compare the violations on
 * every fixture, the examples and a synthetic code base, and the benchmark on keycloak. Other ArchUnit rules
 * run on these classes see bare library types: use a default import for rules that ask library types for
 * their members or supertypes.
 *
 * <p>The settings are applied with {@link ArchConfiguration#withThreadLocalScope}: they hold for the import
 * on the calling thread only and are gone afterwards; ArchUnit's global configuration and other threads are
 * untouched. Settings the user made (in {@code archunit.properties}, or in a thread-local scope around this
 * import) win: a configured {@code classResolver} or {@code resolveMissingDependenciesFromClassPath=false} is
 * used as configured, and so are the iteration limits of {@code import.dependencyResolutionProcess}. (ArchUnit
 * does not nest thread-local scopes: after this import the caller's own scope, if any, is gone.)
 *
 * <p>Unlike a plain ArchUnit import, this one does not drop what it cannot read without a word: it lists the class
 * files of the locations itself ({@code ClassFileInventory}), refuses archive entries above the {@link ImportLimits},
 * imports the rest (a directory with an unreadable sub-directory included) and says, in the {@link ClassImport} of
 * the {@code importAndAudit…} methods, which files it could not read and why.
 */
public final class ChecklistImporter {

    /** The ArchUnit properties this import sets, thread-locally, on top of the user's configuration. */
    static final Map<String, String> PROPERTIES = Map.of(
            "import.dependencyResolutionProcess.maxIterationsForGenericSignatureTypes", "1",
            "import.dependencyResolutionProcess.maxIterationsForEnclosingTypes", "1",
            "import.dependencyResolutionProcess.maxIterationsForPermittedSubclasses", "1");

    private final ImportOption[] options;
    private final List<String> basePackages;
    /** Empty: the default core checklist's types, computed only if an import needs them. */
    private final Optional<Set<String>> typesOfInterest;
    private final ImportLimits limits;

    private ChecklistImporter(ImportOption[] options, List<String> basePackages, Optional<Set<String>> typesOfInterest,
                              ImportLimits limits) {
        this.options = options.clone();
        this.basePackages = List.copyOf(basePackages);
        this.typesOfInterest = typesOfInterest.map(Set::copyOf);
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The recommended import of production classes (tests left out, as {@link BackendChecklist#importClasses()} does). */
    public static ChecklistImporter productionClasses() {
        return withOptions(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    /** The recommended import with the given import options instead. */
    public static ChecklistImporter withOptions(ImportOption... options) {
        return new ChecklistImporter(options, List.of(), Optional.empty(), ImportLimits.defaults());
    }

    /** A copy with these import options instead of the current ones (none: test classes included). */
    public ChecklistImporter withImportOptions(ImportOption... importOptions) {
        return new ChecklistImporter(importOptions, basePackages, typesOfInterest, limits);
    }

    /**
     * A copy that knows the code base's root package (e.g. {@code com.acme.shop}): types of that package are
     * imported fully wherever they come from, other library types only when the rules need them.
     */
    public ChecklistImporter withBasePackage(String basePackage) {
        return new ChecklistImporter(options, List.of(Objects.requireNonNull(basePackage, "basePackage")), typesOfInterest, limits);
    }

    /**
     * A copy that imports these library types (binary names, or packages written {@code com.acme..}) and their
     * subtypes fully, instead of the default core checklist's; {@link BackendChecklist#importer()} passes its
     * conventions' and rules' types.
     */
    public ChecklistImporter withTypesOfInterest(Collection<String> types) {
        return new ChecklistImporter(options, basePackages, Optional.of(new TreeSet<>(types)), limits);
    }

    /** A copy that refuses class files and archive entries above these limits (default {@link ImportLimits#defaults()}). */
    public ChecklistImporter withLimits(ImportLimits importLimits) {
        return new ChecklistImporter(options, basePackages, typesOfInterest, Objects.requireNonNull(importLimits, "importLimits"));
    }

    /** Imports the packages (and sub-packages) from the class path; they are the code base's packages unless {@link #withBasePackage} says otherwise. */
    public JavaClasses importPackages(String... packages) {
        return importAndAuditPackages(packages).classes();
    }

    /** {@link #importPackages}, with the files it could not read. */
    public ClassImport importAndAuditPackages(String... packages) {
        List<String> codeBase = basePackages.isEmpty() ? List.of(packages) : basePackages;
        Set<Location> locations = new LinkedHashSet<>();
        Arrays.stream(packages).forEach(pkg -> locations.addAll(Locations.ofPackage(pkg)));
        String searched = Arrays.stream(packages).map(pkg -> pkg.isEmpty() ? "every package" : "package " + pkg)
                .collect(Collectors.joining(", ")) + " on the class path";
        return audited(codeBase, locations, searched);
    }

    /** Imports the classes from the class path. */
    public JavaClasses importClasses(Class<?>... classes) {
        Set<Location> locations = new LinkedHashSet<>();
        Arrays.stream(classes).forEach(type -> locations.addAll(Locations.ofClass(type)));
        return audited(basePackages, locations, "classes " + Arrays.stream(classes).map(Class::getName).toList()).classes();
    }

    /** Imports the class folders or class files under the paths. */
    public JavaClasses importPaths(Path... paths) {
        return importAndAuditLocations(Arrays.stream(paths).map(Location::of).toList()).classes();
    }

    /** Imports the locations ({@code Location.of(jarFile)}, {@code Location.of(path)}, …). */
    public JavaClasses importLocations(Collection<Location> locations) {
        return importAndAuditLocations(locations).classes();
    }

    /** {@link #importLocations}, with the files it could not read. */
    public ClassImport importAndAuditLocations(Collection<Location> locations) {
        return audited(basePackages, locations, locations.stream().map(location -> ClassFileInventory.key(location.asURI()))
                .collect(Collectors.joining(", ")));
    }

    /** Lists the class files, refuses what is above the limits, imports the rest and says what it could not read. */
    private ClassImport audited(List<String> codeBase, Collection<Location> locations, String searched) {
        ClassFileInventory inventory = ClassFileInventory.scan(locations, List.of(options), limits);
        List<ImportOption> guarded = new ArrayList<>(List.of(options));
        guarded.add(inventory.excludingRefused());
        JavaClasses classes = scoped(codeBase, importer -> importer.withImportOptions(guarded).importLocations(inventory.importable()));
        return new ClassImport(classes, new ImportCompleteness(searched, inventory.unreadAfter(classes), false));
    }

    private static Set<String> coreTypesOfInterest() {
        Set<String> types = new TreeSet<>(Conventions.defaults().typesOfInterest());
        CoreRules.all().forEach(rule -> types.addAll(rule.typesOfInterest()));
        return types;
    }

    private JavaClasses scoped(List<String> codeBase, Function<ClassFileImporter, JavaClasses> importing) {
        // ArchUnit's thread-local scope starts from the global configuration: carry over what the caller set
        ArchConfiguration caller = ArchConfiguration.get();
        Map<String, String> callerSettings = new HashMap<>();
        PROPERTIES.keySet().stream().filter(caller::containsProperty).forEach(key -> callerSettings.put(key, caller.getProperty(key)));
        boolean resolve = caller.resolveMissingDependenciesFromClassPath();
        Optional<String> callerResolver = caller.getClassResolver();
        List<String> callerResolverArguments = caller.getClassResolverArguments();
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            PROPERTIES.forEach((property, value) -> configuration.setProperty(property, callerSettings.getOrDefault(property, value)));
            configuration.setResolveMissingDependenciesFromClassPath(resolve);
            if (callerResolver.isPresent()) {
                configuration.setProperty("classResolver", callerResolver.get());
                configuration.setClassResolverArguments(callerResolverArguments.toArray(String[]::new));
            } else if (resolve && !codeBase.isEmpty() && !codeBase.contains("")) {
                configuration.setClassResolver(SelectiveClassResolver.class);
                TypeSelection selection = TypeSelection.of(codeBase, typesOfInterest.orElseGet(ChecklistImporter::coreTypesOfInterest));
                configuration.setClassResolverArguments(selection.arguments().toArray(String[]::new));
            }
            return importing.apply(new ClassFileImporter());
        });
    }
}
