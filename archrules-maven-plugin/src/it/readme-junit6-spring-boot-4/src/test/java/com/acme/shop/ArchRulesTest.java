package com.acme.shop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.rules.CoreRules;

// the README's @ArchTest style, on archunit-junit6 as the README says for Spring Boot 4
@AnalyzeClasses(packages = "com.acme.shop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchRulesTest {

    static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage("com.acme.shop");

    @ArchTest static final ArchRule noDataAccessInControllers = CHECKLIST.rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);
}
