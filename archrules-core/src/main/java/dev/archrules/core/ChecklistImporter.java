package dev.archrules.core;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The import archrules recommends: ArchUnit's {@link ClassFileImporter}, but resolving from the class path
 * only what the checklist reads about types outside the import.
 *
 * <p>A default ArchUnit import follows the generic signatures, enclosing types and permitted subclasses of
 * every type it resolves, transitively, through the whole class path; on a large code base with its
 * dependencies that is most of the import's time and memory. The rules need less: the supertypes and
 * (meta-)annotations of the types the imported classes use (a field of a {@code JdbcTemplate} subclass, a
 * Spring stereotype, a Spring Data {@code Repository} or {@code HttpServlet} supertype). So this import keeps
 * ArchUnit's defaults for member types, accessed types, supertypes and annotation types and resolves generic
 * signature types, enclosing types and permitted subclasses one step only (the types the imported classes
 * name, not what those name in turn). {@code ChecklistImporterEquivalenceTest} proves that the violations
 * are the same as through a default import. The saving is small on the corpora measured so far (about the
 * cost of a default import on keycloak, see {@code docs/performance.md}): most of a default import's
 * resolution work is the member and accessed types, whose supertypes the rules do need. Switching
 * resolution off altogether is much cheaper but loses findings, so it is not what archrules recommends.
 *
 * <p>The settings are applied with {@link ArchConfiguration#withThreadLocalScope}: they hold for the import
 * on the calling thread only and are gone afterwards; ArchUnit's global configuration and other threads are
 * untouched. A setting the user made in {@code archunit.properties} for
 * {@code resolveMissingDependenciesFromClassPath=false} is respected (the import then resolves nothing).
 */
public final class ChecklistImporter {

    /** The ArchUnit properties this import sets, thread-locally, on top of the user's configuration. */
    static final Map<String, String> PROPERTIES = Map.of(
            "import.dependencyResolutionProcess.maxIterationsForGenericSignatureTypes", "1",
            "import.dependencyResolutionProcess.maxIterationsForEnclosingTypes", "1",
            "import.dependencyResolutionProcess.maxIterationsForPermittedSubclasses", "1");

    private final ImportOption[] options;

    private ChecklistImporter(ImportOption... options) {
        this.options = options.clone();
    }

    /** The recommended import of production classes (tests left out, as {@link BackendChecklist#importClasses()} does). */
    public static ChecklistImporter productionClasses() {
        return new ChecklistImporter(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    /** The recommended import with the given import options instead. */
    public static ChecklistImporter withOptions(ImportOption... options) {
        return new ChecklistImporter(options);
    }

    /** Imports the packages (and sub-packages) from the class path. */
    public JavaClasses importPackages(String... packages) {
        return scoped(importer -> importer.importPackages(packages));
    }

    /** Imports the classes from the class path. */
    public JavaClasses importClasses(Class<?>... classes) {
        return scoped(importer -> importer.importClasses(classes));
    }

    /** Imports the class folders or class files under the paths. */
    public JavaClasses importPaths(Path... paths) {
        return scoped(importer -> importer.importPaths(paths));
    }

    /** Imports the locations ({@code Location.of(jarFile)}, {@code Location.of(path)}, …). */
    public JavaClasses importLocations(Collection<Location> locations) {
        return scoped(importer -> importer.importLocations(locations));
    }

    private JavaClasses scoped(Function<ClassFileImporter, JavaClasses> importing) {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            PROPERTIES.forEach((key, value) -> {
                if (!configuration.containsProperty(key)) {
                    configuration.setProperty(key, value);
                }
            });
            return importing.apply(new ClassFileImporter().withImportOptions(List.of(options)));
        });
    }
}
