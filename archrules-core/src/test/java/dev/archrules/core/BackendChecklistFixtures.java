package dev.archrules.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.archrules.core.rules.CoreRules;

/** The data-access fixtures and the checklist whose bytecode violations {@link BaselineAdoptionTest#INITIAL} lists. */
final class BackendChecklistFixtures {

    static final String PACKAGE = "dev.archrules.fixtures.dataaccess";
    static final JavaClasses CLASSES = new ClassFileImporter().importPackages(PACKAGE);
    static final BackendChecklist DATA_ACCESS = BackendChecklist.forBasePackage(PACKAGE)
            .withModules(PACKAGE + ".(*)..")
            .withoutRules(CoreRules.SQL_ONLY_IN_REPOSITORIES, CoreRules.NO_HARDCODED_ENDPOINTS,
                    CoreRules.NO_HARDCODED_CREDENTIALS, CoreRules.CONTROLLERS_THIN_HANDLERS,
                    // the rules of the checklist's complexity and pattern items find nothing in these fixtures: the tests of
                    // baselines, severities and reports built on them count the coupling rules only
                    CoreRules.LAYERS_REPOSITORIES_BEHIND_INTERFACES, CoreRules.NO_REMOTE_CALLS_IN_TRANSACTIONS,
                    CoreRules.SINGLE_DATASOURCE, CoreRules.NO_REQUEST_REPLY_OVER_MESSAGING, CoreRules.NO_SEQUENTIAL_REMOTE_CALLS,
                    CoreRules.NO_PASS_THROUGH_LAYERS, CoreRules.REQUEST_HOPS);

    private BackendChecklistFixtures() {
    }
}
