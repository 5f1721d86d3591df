package com.example.springshop;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.spring.SpringChecklist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archunit-junit5 way on Spring Boot 3 / JUnit 5: ArchUnit imports the classes once and caches
 * them for every {@code @ArchTest}. On this legacy code every rule must fail; a clean code base would
 * declare {@code @ArchTest static final ArchRule x = CHECKLIST.rule(id)} fields instead (see
 * spring-shop-clean).
 */
@AnalyzeClasses(packagesOf = ShopApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final BackendChecklist CHECKLIST = SpringChecklist.forApplication(ShopApplication.class);

    @ArchTest
    static void every_rule_of_the_spring_preset_catches_the_legacy_code(JavaClasses classes) {
        for (ChecklistRule rule : CHECKLIST.definitions()) {
            assertThat(CHECKLIST.rule(rule.id()).evaluate(classes).hasViolation()).as(rule.id()).isTrue();
        }
    }
}
