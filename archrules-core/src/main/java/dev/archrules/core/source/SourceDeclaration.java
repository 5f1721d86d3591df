package dev.archrules.core.source;

import java.util.Set;

/**
 * Where a class is declared in its source file, and what marks it there: what the rules need to leave generated code
 * out and to give a line where bytecode has none (an interface, an annotation type).
 *
 * @param path               where the file was read from (a path, or {@code jar!/entry})
 * @param inGeneratedSources whether the file lies in a folder of generated sources ({@code target/generated-sources},
 *                           {@code target/generated-test-sources}, {@code build/generated})
 * @param line               the 1-based line of the declaration ({@code class}, {@code interface}, … keyword), or
 *                           {@code 0} if the file does not declare the class by that name
 * @param annotations        the annotations on the declaration of the class and of the classes it is nested in,
 *                           each by every fully qualified name it can have (as written, through the single-type
 *                           imports, the imports on demand and the file's package)
 */
public record SourceDeclaration(String path, boolean inGeneratedSources, int line, Set<String> annotations) {

    public SourceDeclaration {
        annotations = Set.copyOf(annotations);
    }

    /** Whether a file at this path (a path, or {@code jar!/entry}) lies in a folder of generated sources. */
    public static boolean isGeneratedSourcesPath(String path) {
        String normalised = path.replace('\\', '/');
        return normalised.contains("/generated-sources/") || normalised.contains("/generated-test-sources/")
                || normalised.contains("/build/generated/");
    }
}
