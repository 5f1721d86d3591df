package dev.archrules.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The BOM has no parent (it must not pass the parent's test-only versions on): its version is kept in step by hand, and checked here. */
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

    private static String version(String pom) {
        Matcher matcher = OWN_VERSION.matcher(pom);
        assertThat(matcher.find()).as("own version in %s", pom.substring(0, Math.min(200, pom.length()))).isTrue();
        return matcher.group(2);
    }
}
