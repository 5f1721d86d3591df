package dev.archrules.benchmark;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.model.Violation;
import dev.archrules.spring.SpringChecklist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Spring synthetic backend of 500 classes (50 units in 5 modules, compiled against the real Spring jars)
 * yields exactly its seeded violations, one seed of each kind and the module cycle, through a default import
 * and through the recommended import; Taikai's overlapping Spring rules find the three they can see.
 */
class SpringSyntheticCorpusTest {

    @TempDir
    static Path work;

    private static Path classes;

    @BeforeAll
    static void generate() throws Exception {
        classes = SpringSyntheticCorpus.prepare(work, 500);
    }

    @Test
    void the_spring_preset_finds_exactly_the_seeded_violations_through_either_import() throws Exception {
        BackendChecklist checklist = SpringChecklist.forBasePackage(SpringSyntheticCorpus.BASE_PACKAGE);

        List<Violation> viaDefault = checklist.evaluate(new ClassFileImporter().importPath(classes)).violations();
        List<Violation> viaRecommended = checklist.evaluate(checklist.importer().withImportOptions().importPaths(classes)).violations();

        assertThat(viaRecommended).containsExactlyInAnyOrderElementsOf(viaDefault);
        assertThat(viaDefault).extracting(Violation::ruleId, Violation::key).containsExactlyInAnyOrder(
                // unit 0: a controller injected with a repository (one fact, one report: it also breaks
                // spring.repositories-only-in-services, named in the message)
                tuple("controllers.no-data-access", "synth.m0.web.Order0Controller -> synth.m0.repository.Order0Repository"),
                // unit 5: SQL on a JdbcTemplate in a service
                tuple("data-access.persistence-api-only-in-repositories", "synth.m0.service.Order5Service -> org.springframework.jdbc.core.JdbcTemplate"),
                tuple("data-access.sql-only-in-repositories", "synth.m0.service.Order5Service#countAll @a82418a1"),
                // unit 10: new RestTemplate() and a hard-coded URL in a service
                tuple("integration.http-clients-in-client-adapters", "synth.m1.service.Order10Service -> org.springframework.web.client.RestTemplate"),
                tuple("di.no-direct-instantiation", "synth.m1.service.Order10Service -> new org.springframework.web.client.RestTemplate"),
                tuple("config.no-hardcoded-endpoints", "synth.m1.service.Order10Service#charge @0291ae21"),
                // unit 15: an @Autowired field
                tuple("di.constructor-injection", "synth.m1.service.Order15Service#counts"),
                // unit 20: a service depending on a controller (its package joins the package cycle below)
                tuple("layers.dependency-direction", "synth.m2.service.Order20Service -> synth.m2.web.Order20Controller"),
                // unit 25: one setting read with @Value by a service and its controller
                tuple("spring.value-only-in-configuration", "synth.m2.service.Order25Service -> ${orders.page-size:20}"),
                tuple("spring.value-only-in-configuration", "synth.m2.web.Order25Controller -> ${orders.page-size:50}"),
                // unit 30: @Transactional on a handler
                tuple("spring.transactions-not-in-controllers", "synth.m3.web.Order30Controller#place"),
                // unit 35: a handler returning the entity
                tuple("spring.no-entities-in-web-api", "synth.m3.web.Order35Controller#entity -> synth.m3.domain.Order35"),
                // unit 40: a service calling its own @Transactional method
                tuple("spring.no-self-invocation-of-proxied-methods", "synth.m4.service.Order40Service#archiveQuietly -> synth.m4.service.Order40Service#archive"),
                // unit 45: getBean (also breaks di.no-direct-instantiation, named in the message)
                tuple("spring.no-bean-lookup", "synth.m4.service.Order45Service -> org.springframework.context.ApplicationContext#getBean"),
                // the module cycle m0 -> m1 -> … -> m4 -> m0: the package tangle of the modules' service packages seen from
                // afar, reported once by packages.no-cycles (naming modules.no-cycles)
                tuple("packages.no-cycles", "synth.m0.service, synth.m1.service, synth.m2.service, synth.m2.web, synth.m3.service, synth.m4.service"));
        assertThat(Files.readString(classes.getParent().getParent().resolve("compiled"))).isEqualTo("11 seeded violations\n");
    }

    /** Building a Taikai sets ArchUnit's archRule.failOnEmptyShould for the whole JVM; give the other tests ArchUnit's defaults back. */
    @AfterAll
    static void resetArchUnitConfiguration() {
        ArchConfiguration.get().reset();
    }

    @Test
    void taikais_overlapping_spring_rules_find_the_field_injection_the_service_on_a_controller_and_the_module_cycle() {
        JavaClasses imported = new ClassFileImporter().importPath(classes);

        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, ArchRule> rule : TaikaiRules.overlapping(TaikaiRules.SPRING, SpringSyntheticCorpus.BASE_PACKAGE).entrySet()) {
            rule.getValue().evaluate(imported).getFailureReport().getDetails()
                    .forEach(detail -> failing.add(rule.getKey() + " | " + detail.lines().findFirst().orElseThrow()));
        }

        assertThat(failing).containsExactlyInAnyOrder(
                "taikai.spring.no-autowired-fields | Field <synth.m1.service.Order15Service.counts> is annotated with"
                        + " org.springframework.beans.factory.annotation.Autowired in (Order15Service.java:0)",
                "taikai.spring.services-not-on-controllers | Method <synth.m2.service.Order20Service.route(synth.m2.web.Order20Controller)>"
                        + " has parameter of type <synth.m2.web.Order20Controller> in (Order20Service.java:0)",
                "taikai.java.no-cycles | Cycle detected: Slice m0 -> ");
    }
}
