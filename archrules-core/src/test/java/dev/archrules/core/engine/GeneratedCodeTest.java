package dev.archrules.core.engine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.ChecklistSetting;
import dev.archrules.core.model.Violation;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Generated code is left out by default and counted, on the fixtures in {@code dev.archrules.fixtures.generated}:
 * MapStruct's real processor output (its source in {@code target/generated-test-sources}, marked with the JDK's
 * SOURCE-retention {@code @Generated}), a controller as OpenAPI Generator writes it (jakarta's SOURCE-retention
 * {@code @Generated}), a QueryDSL-style query type, and members Lombok writes ({@code @lombok.Generated}, CLASS
 * retention). The trap: a hand-written controller whose name contains "Generated".
 */
class GeneratedCodeTest {

    private static final String FIXTURES = "dev.archrules.fixtures.generated";
    private static final String F = FIXTURES + ".";
    private static final String RULE = CoreRules.CONSTRUCTOR_INJECTION;

    private final JavaClasses classes = Fixtures.classes(FIXTURES);

    /** A class as Hibernate's bytecode enhancer leaves it: a {@code $$_hibernate_} member beside the class's own. */
    static final class Parser {
        public Integer apply(String text) {
            return Integer.valueOf(text);
        }

        public Object $$_hibernate_read_names() {
            return new java.util.ArrayList<String>();
        }
    }

    @Test
    void generated_classes_are_left_out_by_default_and_counted() {
        ChecklistResult result = BackendChecklist.forBasePackage(FIXTURES).evaluate(classes);

        assertThat(result.violationsOf(RULE))
                .extracting(Violation::ruleId, Violation::key, v -> v.location().toString())
                .containsExactly(tuple(RULE, F + "web.GeneratedReportController#orderService", "(GeneratedReportController.java:17)"));
        assertThat(result.generatedClasses()).isEqualTo(4);
        assertThat(result.analysedClasses()).isEqualTo(9);
        assertThat(result.report()).startsWith("archrules checklist: 1 violation of 1 rule in 1 class"
                + " (9 classes analysed, 4 generated classes left out, " + result.rules().size() + " rules checked)");
    }

    @Test
    void the_switch_includes_generated_classes() {
        BackendChecklist including = ChecklistSetting.INCLUDE_GENERATED.applyTo(BackendChecklist.forBasePackage(FIXTURES), true);

        ChecklistResult result = including.evaluate(classes);

        assertThat(result.violationsOf(RULE))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(
                        tuple(F + "mapping.CustomerMapperImpl#addressMapper", "(CustomerMapperImpl.java:27)"),
                        tuple(F + "openapi.OrdersApiController#orderService", "(OrdersApiController.java:19)"),
                        tuple(F + "web.GeneratedReportController#orderService", "(GeneratedReportController.java:17)"));
        assertThat(result.generatedClasses()).isZero();
        assertThat(result.analysedClasses()).isEqualTo(13);
        assertThat(including.toString()).endsWith(", including generated code]");
    }

    @Test
    void recognises_each_marker_and_location_but_not_a_name() {
        RuleContext context = BackendChecklist.forBasePackage(FIXTURES).context();
        GeneratedCode generated = context.generated();

        assertThat(classes.stream().filter(generated::isGenerated).map(JavaClass::getName).sorted())
                .containsExactly(F + "mapping.AddressMapperImpl", F + "mapping.CustomerMapperImpl",
                        F + "openapi.OrdersApiController", F + "querydsl.QCustomer");
        assertThat(context.sources().declaration(classes.get(F + "mapping.CustomerMapperImpl")))
                .hasValueSatisfying(declaration -> {
                    assertThat(declaration.inGeneratedSources()).isTrue();
                    assertThat(declaration.line()).isEqualTo(13);
                    assertThat(declaration.annotations()).contains("javax.annotation.processing.Generated",
                            "org.springframework.stereotype.Component");
                });
        assertThat(context.sources().declaration(classes.get(F + "web.GeneratedReportController")))
                .hasValueSatisfying(declaration -> assertThat(declaration.inGeneratedSources()).isFalse());
    }

    @Test
    void asking_whether_a_source_declaration_is_marked_answers_as_the_declaration_does() {
        // the answer skips reading declarations of files that do not name the annotation; it must not differ
        dev.archrules.core.source.SourceIndex sources = BackendChecklist.forBasePackage(FIXTURES).context().sources();
        java.util.Set<String> markers = java.util.Set.of("javax.annotation.processing.Generated", "jakarta.annotation.Generated");

        for (JavaClass javaClass : classes) {
            boolean declared = sources.declaration(javaClass)
                    .map(declaration -> declaration.inGeneratedSources() || declaration.annotations().stream().anyMatch(markers::contains))
                    .orElse(false);
            assertThat(sources.isMarkedInSource(javaClass, markers)).as(javaClass.getName()).isEqualTo(declared);
        }
        assertThat(classes.stream().filter(javaClass -> sources.isMarkedInSource(javaClass, markers)).map(JavaClass::getName).sorted())
                .containsExactly(F + "mapping.AddressMapperImpl", F + "mapping.CustomerMapperImpl",
                        F + "openapi.OrdersApiController", F + "querydsl.QCustomer");
        // the trap names "Generated" in its class name only: read, and not marked
        assertThat(sources.isMarkedInSource(classes.get(F + "web.GeneratedReportController"), markers)).isFalse();
        // a marker written in no file: only the files in a folder of generated sources are marked
        assertThat(classes.stream().filter(javaClass -> sources.isMarkedInSource(javaClass, java.util.Set.of("com.acme.Written")))
                .map(JavaClass::getName).sorted())
                .containsExactly(F + "mapping.AddressMapperImpl", F + "mapping.CustomerMapperImpl");
    }

    @Test
    void members_lombok_writes_are_generated_the_hand_written_ones_are_not() {
        GeneratedCode generated = BackendChecklist.forBasePackage(FIXTURES).context().generated();
        JavaClass service = classes.get(F + "lombok.LombokOrderService");

        assertThat(generated.isGenerated(service)).isFalse();
        assertThat(generated.isGenerated(service.getMethod("getOrderService"))).isTrue();
        assertThat(generated.isGenerated(service.getConstructor(classes.get(F + "service.OrderService").reflect()))).isTrue();
        assertThat(generated.isGenerated(service.getMethod("describe", long.class))).isFalse();
        assertThat(generated.isGenerated(service.getField("orderService"))).isFalse();
    }

    @Test
    void the_dependencies_not_from_synthetic_members_are_those_no_synthetic_member_causes() {
        // the member Hibernate's enhancer would add depends on ArrayList; the answer is remembered per class
        JavaClasses all = new com.tngtech.archunit.core.importer.ClassFileImporter().importClasses(Parser.class, GeneratedCodeTest.class);
        int synthetic = 0;
        for (JavaClass javaClass : all) {
            java.util.List<com.tngtech.archunit.core.domain.Dependency> expected = javaClass.getDirectDependenciesFromSelf().stream()
                    .filter(dependency -> !GeneratedCode.isFromSynthetic(dependency)).toList();
            synthetic += javaClass.getDirectDependenciesFromSelf().size() - expected.size();
            // the enhancer's member creates an ArrayList: that call is not the class's own dependency
            assertThat(GeneratedCode.dependenciesNotFromSynthetic(javaClass)).noneMatch(dependency -> dependency.getTargetClass().getName().equals("java.util.ArrayList"));
            assertThat(GeneratedCode.dependenciesNotFromSynthetic(javaClass)).as(javaClass.getName()).containsExactlyElementsOf(expected);
            assertThat(GeneratedCode.dependenciesNotFromSynthetic(javaClass)).as(javaClass.getName()).containsExactlyElementsOf(expected);
        }
        assertThat(synthetic).as("dependencies from synthetic members among the fixtures").isPositive();
    }

    /**
     * protoc's outer class of a {@code .proto} file, without {@code @Generated} (protoc 2.x): it and its nested message
     * classes are generated, their static descriptors no team's state; a hand-written descriptor cache with a static
     * {@code getDescriptor()} but no {@code registerAllExtensions} is the team's code and still reported.
     */
    @Test
    void protocs_outer_classes_and_their_messages_are_generated() {
        String fixtures = "dev.archrules.fixtures.protoc";
        JavaClasses protoc = Fixtures.classes(fixtures);
        GeneratedCode generated = BackendChecklist.forBasePackage(fixtures).context().generated();

        assertThat(protoc.stream().filter(generated::isGenerated).map(JavaClass::getName).sorted())
                .containsExactly(fixtures + ".JournalProtos", fixtures + ".JournalProtos$JournalMessage");
        assertThat(BackendChecklist.forBasePackage(fixtures).evaluate(protoc).violationsOf(CoreRules.STATELESS_SINGLETONS))
                .extracting(Violation::key, v -> v.location().toString())
                .containsExactly(tuple(fixtures + ".DescriptorCache#descriptor", "(DescriptorCache.java:20)"));
    }
}
