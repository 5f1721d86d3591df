package dev.archrules.core.source.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.source.Prefilter;
import dev.archrules.core.source.SourceSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file must show, in its text or its class files, to be parsed for a literal rule. */
class AdmissionTest {

    /** Texts starting with {@code select}. */
    private static final Prefilter SELECTS = text -> text.strip().toLowerCase(Locale.ROOT).startsWith("select");
    /** Names with {@code PASSWORD}, constants only if their value is not empty. */
    private static final Prefilter PASSWORDS = new Prefilter() {
        @Override
        public boolean admitsValue(String text) {
            return false;
        }

        @Override
        public boolean admitsBoundName(String name) {
            return name.toUpperCase(Locale.ROOT).contains("PASSWORD");
        }

        @Override
        public boolean admitsConstant(String name, String value) {
            return admitsBoundName(name) && !value.isEmpty();
        }
    };

    @TempDir
    Path root;
    private final SourceCache cache = new SourceCache();

    @AfterEach
    void close() {
        cache.close();
    }

    private Admission admission(Path... roots) {
        SourceSettings settings = SourceSettings.defaults().withDetectedRoots(false).withRoots(roots);
        return new Admission(settings, cache, new SourceLocator(settings, cache, problem -> { }));
    }

    private SourceFile write(String name, String code) throws IOException {
        Files.createDirectories(root.resolve("shop"));
        Path file = Files.writeString(root.resolve("shop/" + name + ".java"), code);
        return SourceFile.inDirectory(file, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void a_text_is_admitted_by_its_values_not_by_comments_or_annotations() throws IOException {
        SourceFile query = write("Orders", "package shop;\nclass Orders { String sql = \"select id from orders\"; }\n");
        SourceFile commented = write("Notes", "package shop;\n// \"select 1\"\n@Deprecated(since = \"select 2\")\nclass Notes { String s = \"hello\"; }\n");
        Admission admission = admission(root);

        assertThat(admission.admitsText(query, SELECTS)).isTrue();
        assertThat(admission.admitsText(commented, SELECTS)).isFalse();
    }

    @Test
    void a_used_constant_is_admitted_only_if_a_file_of_its_owner_assigns_it_an_admitted_value() throws IOException {
        SourceFile defaults = write("Defaults", "package shop;\nclass Defaults {\n  static final String PASSWORD = \"hunter22\";\n"
                + "  static final String EMPTY_PASSWORD = \"\";\n}\n");
        SourceFile login = write("Login", "package shop;\nclass Login { void login() { send(Defaults.PASSWORD); } }\n");
        SourceFile blank = write("Blank", "package shop;\nclass Blank { void login() { send(Defaults.EMPTY_PASSWORD); } }\n");
        SourceFile library = write("Library", "package shop;\nimport lib.Keys;\nclass Library { void login() { send(Keys.PASSWORD); } }\n");
        Admission admission = admission(root);

        assertThat(admission.admitsText(login, PASSWORDS)).isTrue();
        assertThat(admission.admitsText(blank, PASSWORDS)).as("the value decides where the declaration shows it").isFalse();
        assertThat(admission.admitsText(library, PASSWORDS)).as("an owner without source resolves nothing").isFalse();
        assertThat(admission.admitsText(defaults, PASSWORDS)).as("a constant declaration is no binding").isFalse();
        assertThat(admission.assigns(defaults, "PASSWORD")).isTrue();
        assertThat(admission.assigns(login, "PASSWORD")).isFalse();
    }

    @Test
    void an_unreadable_file_is_admitted_so_that_its_parse_reports_why() throws IOException {
        Files.createDirectories(root.resolve("shop"));
        Path latin1 = Files.write(root.resolve("shop/Cafe.java"), "class Cafe { String s = \"caf\u00e9\"; }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(admission(root).admitsText(SourceFile.inDirectory(latin1, java.nio.charset.StandardCharsets.UTF_8), SELECTS)).isTrue();
    }

    @Test
    void the_class_files_of_a_class_and_its_anonymous_classes_hold_inlined_constants() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.archrules.fixtures.source.sqlconstants", "dev.archrules.fixtures.source.endpointtraps");
        JavaClass nightlyJob = classes.get("dev.archrules.fixtures.source.sqlconstants.NightlyJob");
        JavaClass reportFormat = classes.get("dev.archrules.fixtures.source.endpointtraps.ReportFormat");
        Admission admission = admission(Paths.get("src/test/java").toAbsolutePath());

        assertThat(admission.admitsClassFiles(nightlyJob, SELECTS)).as("NightlyJob$1 holds the inlined statement").isTrue();
        assertThat(admission.admitsClassFiles(reportFormat, SELECTS)).isFalse();
    }

    @Test
    void local_and_anonymous_class_files_belong_to_their_class_but_member_classes_do_not() {
        assertThat(ClassFileStrings.isLocalClassFile("Outer$1.class", "Outer$")).isTrue();
        assertThat(ClassFileStrings.isLocalClassFile("Outer$2Local.class", "Outer$")).isTrue();
        assertThat(ClassFileStrings.isLocalClassFile("Outer$1$Inner.class", "Outer$")).isTrue();
        assertThat(ClassFileStrings.isLocalClassFile("Outer$Inner.class", "Outer$")).isFalse();
        assertThat(ClassFileStrings.isLocalClassFile("Outer$.class", "Outer$")).isFalse();
    }
}
