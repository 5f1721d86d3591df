package dev.archrules.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md names, for every case of bad input or fault, the test that proves it. This test keeps the
 * catalogue honest: every case names at least one test, every named test exists, and there are at least 60 cases.
 */
class ReliabilityCatalogueTest {

    private static final Path CATALOGUE = Path.of("../docs/reliability.md");
    /** Test sources of every module whose tests the catalogue may name. */
    private static final List<Path> TEST_ROOTS = List.of(Path.of("src/test/java"), Path.of("../archrules-core/src/test/java"),
            Path.of("../archrules-spring/src/test/java"));
    private static final Pattern CASE_ROW = Pattern.compile("^\\| ([A-Z]\\d+[a-z]?(?:–[A-Z]\\d+)?) \\|.*\\|([^|]*)\\|\\s*$");
    private static final Pattern NAMED_TEST = Pattern.compile("`(\\w+)\\.(\\w+)`");

    record Case(String id, List<String> tests) {
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CATALOGUE)) {
            Matcher row = CASE_ROW.matcher(line);
            if (row.matches()) {
                List<String> tests = new ArrayList<>();
                Matcher named = NAMED_TEST.matcher(row.group(2));
                while (named.find()) {
                    tests.add(named.group(1) + "." + named.group(2));
                }
                cases.add(new Case(row.group(1), tests));
            }
        }
        return cases;
    }

    @Test
    void the_catalogue_has_at_least_60_cases_with_unique_ids_each_naming_a_test() throws IOException {
        List<Case> cases = cases();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Set<String> ids = new HashSet<>();
        assertThat(cases).allSatisfy(entry -> {
            assertThat(ids.add(entry.id())).as("case id %s is unique", entry.id()).isTrue();
            assertThat(entry.tests()).as("case %s names a test", entry.id()).isNotEmpty();
        });
    }

    @Test
    void every_test_the_catalogue_names_exists() throws IOException {
        for (Case entry : cases()) {
            for (String test : entry.tests()) {
                String type = test.substring(0, test.indexOf('.'));
                String method = test.substring(test.indexOf('.') + 1);
                Optional<Path> source = testSource(type);
                assertThat(source).as("case %s: test class %s", entry.id(), type).isPresent();
                assertThat(Files.readString(source.get())).as("case %s: %s", entry.id(), test)
                        .containsPattern("void " + method + "\\(");
            }
        }
    }

    private static Optional<Path> testSource(String type) {
        for (Path root : TEST_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                Optional<Path> found = files.filter(file -> file.getFileName().toString().equals(type + ".java")).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
