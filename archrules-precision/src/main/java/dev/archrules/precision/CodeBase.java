package dev.archrules.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One code base of the precision corpus: a line of {@code corpus.txt},
 * {@code name | groupId:artifactId:version | basePackage | what it is}, where the base package is
 * {@code infer} when the command infers it (as a new user would run it). The coordinates may be followed by arguments
 * for the Maven run that resolves the code base, each a user property ({@code -DGRAPH-PROVIDER=none}) or a profile of
 * {@code corpus/pom.xml} ({@code -Pcalcite-fork-to-upstream}): for a code base whose own POM asks for artifacts Central
 * does not serve. They change only what is downloaded, never how the checklist runs, and the summary shows them.
 *
 * @param name        short name, used for the judgement and output files
 * @param groupId     Maven group id
 * @param artifactId  Maven artifact id
 * @param version     Maven version
 * @param basePackage the base package passed to the command, empty when the command infers it
 * @param description what the code base is, in a few words
 * @param resolution  arguments of the Maven run that resolves it ({@code -D…}, {@code -P…}), usually none
 */
record CodeBase(String name, String groupId, String artifactId, String version, Optional<String> basePackage,
                String description, List<String> resolution) {

    CodeBase(String name, String groupId, String artifactId, String version, Optional<String> basePackage, String description) {
        this(name, groupId, artifactId, version, basePackage, description, List.of());
    }

    /** The word of the base-package column that lets the command infer the base package. */
    static final String INFER = "infer";

    String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** The coordinates and, where there are any, the arguments that resolve it, as the corpus line writes them. */
    String coordinatesAsResolved() {
        return resolution.isEmpty() ? coordinates() : coordinates() + " " + String.join(" ", resolution);
    }

    /** Reads the corpus file; malformed lines fail with {@code file:line}. */
    static List<CodeBase> readCorpus(Path file) throws IOException {
        return parseCorpus(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<CodeBase> parseCorpus(String fileName, List<String> lines) {
        List<CodeBase> corpus = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ":" + (i + 1) + ": ";
            String[] fields = line.split("\\s*\\|\\s*", 4);
            String[] coordinates = fields.length == 4 ? fields[1].split("\\s+") : new String[] {""};
            String[] gav = fields.length == 4 ? coordinates[0].split(":") : new String[0];
            List<String> resolution = List.of(coordinates).subList(1, coordinates.length);
            if (resolution.stream().anyMatch(argument -> !argument.matches("-[DP]\\S+"))) {
                problems.add(where + "after the coordinates only Maven arguments -Dproperty=value or -Pprofile, found '"
                        + String.join(" ", resolution) + "'");
                continue;
            }
            if (fields.length != 4 || gav.length != 3 || fields[0].isEmpty() || fields[2].isEmpty()) {
                problems.add(where + "expected 'name | groupId:artifactId:version | basePackage|infer | description'");
                continue;
            }
            if (!fields[0].matches("[a-z0-9][a-z0-9.-]*")) {
                problems.add(where + "name '" + fields[0] + "' must be lower-case letters, digits, '.' and '-'");
                continue;
            }
            if (!names.add(fields[0])) {
                problems.add(where + "duplicate name '" + fields[0] + "'");
                continue;
            }
            Optional<String> base = fields[2].equals(INFER) ? Optional.empty() : Optional.of(fields[2]);
            corpus.add(new CodeBase(fields[0], gav[0], gav[1], gav[2], base, fields[3], resolution));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return corpus;
    }
}
