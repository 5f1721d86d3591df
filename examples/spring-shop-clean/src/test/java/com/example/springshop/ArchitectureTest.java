package com.example.springshop;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.rules.CoreRules;
import dev.archrules.spring.SpringChecklist;
import dev.archrules.spring.rules.SpringRules;

/**
 * The archunit-junit6 way on Spring Boot 4 / JUnit 6 (archunit-junit5 does not run on JUnit 6): one
 * {@code @ArchTest} per rule, each reported as its own test, plus the whole checklist as one test. Same
 * annotations and packages as archunit-junit5; only the artifact differs.
 */
@AnalyzeClasses(packagesOf = ShopApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final BackendChecklist CHECKLIST = SpringChecklist.forApplication(ShopApplication.class);

    @ArchTest
    static final ArchRule no_entities_in_the_web_api = CHECKLIST.rule(SpringRules.NO_ENTITIES_IN_WEB_API);

    @ArchTest
    static final ArchRule repositories_only_in_services = CHECKLIST.rule(SpringRules.REPOSITORIES_ONLY_IN_SERVICES);

    @ArchTest
    static final ArchRule value_only_in_configuration = CHECKLIST.rule(SpringRules.VALUE_ONLY_IN_CONFIGURATION);

    @ArchTest
    static final ArchRule no_bean_lookup = CHECKLIST.rule(SpringRules.NO_BEAN_LOOKUP);

    @ArchTest
    static final ArchRule no_transactions_in_controllers = CHECKLIST.rule(SpringRules.TRANSACTIONS_NOT_IN_CONTROLLERS);

    @ArchTest
    static final ArchRule no_self_invocation_of_proxied_methods = CHECKLIST.rule(SpringRules.NO_SELF_INVOCATION_OF_PROXIED_METHODS);

    @ArchTest
    static final ArchRule modules_own_their_data = CHECKLIST.rule(CoreRules.MODULES_OWN_THEIR_DATA);

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = CHECKLIST.rule(CoreRules.MODULES_NO_CYCLES);

    /** Every rule, core and Spring, on ArchUnit's cached import. */
    @ArchTest
    static void the_whole_checklist(JavaClasses classes) {
        CHECKLIST.check(classes);
    }
}
