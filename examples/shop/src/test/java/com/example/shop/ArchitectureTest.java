package com.example.shop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.rules.CoreRules;

/**
 * The shop's architecture tests as a team writes them: one ArchUnit rule per checklist rule, each
 * reported as its own test. The legacy package is excluded until it is cleaned up; see
 * {@link ChecklistTest} for what it violates.
 */
@AnalyzeClasses(packages = "com.example.shop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage("com.example.shop")
            .excluding("com.example.shop.legacy..");

    @ArchTest
    static final ArchRule persistence_api_only_in_repositories = CHECKLIST.rule(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);

    @ArchTest
    static final ArchRule sql_only_in_repositories = CHECKLIST.rule(CoreRules.SQL_ONLY_IN_REPOSITORIES);

    @ArchTest
    static final ArchRule controllers_do_not_access_data = CHECKLIST.rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);

    @ArchTest
    static final ArchRule handlers_are_thin = CHECKLIST.rule(CoreRules.CONTROLLERS_THIN_HANDLERS);

    @ArchTest
    static final ArchRule controllers_have_a_single_responsibility = CHECKLIST.rule(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);

    @ArchTest
    static final ArchRule modules_own_their_data = CHECKLIST.rule(CoreRules.MODULES_OWN_THEIR_DATA);

    @ArchTest
    static final ArchRule http_clients_only_in_client_adapters = CHECKLIST.rule(CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);

    @ArchTest
    static final ArchRule no_hardcoded_endpoints = CHECKLIST.rule(CoreRules.NO_HARDCODED_ENDPOINTS);

    @ArchTest
    static final ArchRule no_hardcoded_credentials = CHECKLIST.rule(CoreRules.NO_HARDCODED_CREDENTIALS);

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = CHECKLIST.rule(CoreRules.PACKAGES_NO_CYCLES);

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = CHECKLIST.rule(CoreRules.MODULES_NO_CYCLES);

    @ArchTest
    static final ArchRule singletons_are_stateless = CHECKLIST.rule(CoreRules.STATELESS_SINGLETONS);

    @ArchTest
    static final ArchRule dependencies_are_injected_through_constructors = CHECKLIST.rule(CoreRules.CONSTRUCTOR_INJECTION);

    @ArchTest
    static final ArchRule collaborators_are_not_created_directly = CHECKLIST.rule(CoreRules.NO_DIRECT_INSTANTIATION);

    @ArchTest
    static final ArchRule layers_depend_downward_only = CHECKLIST.rule(CoreRules.LAYERS_DEPENDENCY_DIRECTION);
}
