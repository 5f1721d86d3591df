package dev.archrules.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a team depends on: the BOM (no parent, so that the parent's test-only versions stay out of a team's build; its
 * version is kept in step by hand, and checked here), the release metadata, and the README's snippet, which the
 * integration test {@code readme-test-dependency} builds as a fresh project.
 */
class ReleaseMetadataTest {

    private static final Pattern OWN_VERSION = Pattern.compile(
            "<artifactId>(archrules-parent|archrules-bom)</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void the_bom_has_the_version_of_the_build_and_manages_every_published_artifact() throws Exception {
        String parent = Files.readString(Path.of("../pom.xml"));
        String bom = Files.readString(Path.of("../archrules-bom/pom.xml"));

        assertThat(version(bom)).isEqualTo(version(parent));
        assertThat(bom).contains("<artifactId>archrules-core</artifactId>", "<artifactId>archrules-spring</artifactId>",
                "<artifactId>archrules-maven-plugin</artifactId>").doesNotContain("<parent>");
    }

    @Test
    void the_parent_carries_what_a_release_needs() throws Exception {
        String parent = Files.readString(Path.of("../pom.xml"));

        assertThat(parent).contains("<url>", "<licenses>", "<developers>", "<scm", "<description>", "maven-source-plugin",
                "maven-javadoc-plugin");
    }

    @Test
    void the_readme_shows_the_dependency_and_test_that_the_fresh_project_of_the_integration_tests_uses() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String itPom = Files.readString(Path.of("src/it/readme-test-dependency/pom.xml"));
        String itTest = Files.readString(Path.of("src/it/readme-test-dependency/src/test/java/com/acme/shop/ArchitectureTest.java"));
        String snippet = itPom.substring(itPom.indexOf("<!-- README snippet: begin -->\n") + "<!-- README snippet: begin -->\n".length(),
                itPom.indexOf("    <!-- README snippet: end -->"));

        assertThat(readme).contains("mvn -B install -DskipTests -DskipITs")
                .contains("```xml\n" + snippet.replace("@project.version@", version(Files.readString(Path.of("../pom.xml")))) + "```");
        assertThat(itTest).contains("""
                class ArchitectureTest {

                    @Test
                    void backend_checklist() {
                        BackendChecklist checklist = BackendChecklist.forBasePackage("com.acme.shop");
                        checklist.check(checklist.importClasses());
                    }
                }""");
        assertThat(readme).contains("    @Test\n    void backend_checklist() {\n"
                + "        BackendChecklist checklist = BackendChecklist.forBasePackage(\"com.acme.shop\");\n"
                + "        checklist.check(checklist.importClasses());\n    }");
    }

    /** The Spring Boot 4 / JUnit 6 project of the integration tests uses the same snippet and test as the JUnit 5 one. */
    @Test
    void the_spring_boot_4_project_of_the_integration_tests_uses_the_readme_snippet_and_test_too() throws Exception {
        String marker = "<!-- README snippet: begin -->\n";
        String junit5 = Files.readString(Path.of("src/it/readme-test-dependency/pom.xml"));
        String junit6 = Files.readString(Path.of("src/it/readme-junit6-spring-boot-4/pom.xml"));
        String end = "    <!-- README snippet: end -->";

        assertThat(junit6.substring(junit6.indexOf(marker), junit6.indexOf(end)))
                .isEqualTo(junit5.substring(junit5.indexOf(marker), junit5.indexOf(end)));
        assertThat(Files.readString(Path.of("src/it/readme-junit6-spring-boot-4/src/test/java/com/acme/shop/ArchitectureTest.java")))
                .isEqualTo(Files.readString(Path.of("src/it/readme-test-dependency/src/test/java/com/acme/shop/ArchitectureTest.java")));
        assertThat(Files.readString(Path.of("../README.md"))).contains("`archunit-junit6` (`1.5.1`)");
    }

    private static String version(String pom) {
        Matcher matcher = OWN_VERSION.matcher(pom);
        assertThat(matcher.find()).as("own version in %s", pom.substring(0, Math.min(200, pom.length()))).isTrue();
        return matcher.group(2);
    }
}
