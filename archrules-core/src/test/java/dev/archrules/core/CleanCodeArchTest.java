package dev.archrules.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.CoreRules;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first way to use the checklist: one {@code @ArchTest} per rule with archunit-junit5. Every rule
 * passes on the clean fixture code base, and every core rule has its field here.
 */
@AnalyzeClasses(packages = "dev.archrules.fixtures.clean", importOptions = ImportOption.DoNotIncludeJars.class)
class CleanCodeArchTest {

    static final BackendChecklist CHECKLIST = BackendChecklist.forBasePackage("dev.archrules.fixtures.clean");

    @ArchTest
    static final ArchRule persistenceApiOnlyInRepositories = CHECKLIST.rule(CoreRules.PERSISTENCE_API_ONLY_IN_REPOSITORIES);
    @ArchTest
    static final ArchRule sqlOnlyInRepositories = CHECKLIST.rule(CoreRules.SQL_ONLY_IN_REPOSITORIES);
    @ArchTest
    static final ArchRule controllersNoDataAccess = CHECKLIST.rule(CoreRules.CONTROLLERS_NO_DATA_ACCESS);
    @ArchTest
    static final ArchRule controllersThinHandlers = CHECKLIST.rule(CoreRules.CONTROLLERS_THIN_HANDLERS);
    @ArchTest
    static final ArchRule controllersSingleResponsibility = CHECKLIST.rule(CoreRules.CONTROLLERS_SINGLE_RESPONSIBILITY);
    @ArchTest
    static final ArchRule modulesOwnTheirData = CHECKLIST.rule(CoreRules.MODULES_OWN_THEIR_DATA);
    @ArchTest
    static final ArchRule httpClientsInClientAdapters = CHECKLIST.rule(CoreRules.HTTP_CLIENTS_IN_CLIENT_ADAPTERS);
    @ArchTest
    static final ArchRule noHardcodedEndpoints = CHECKLIST.rule(CoreRules.NO_HARDCODED_ENDPOINTS);
    @ArchTest
    static final ArchRule noHardcodedCredentials = CHECKLIST.rule(CoreRules.NO_HARDCODED_CREDENTIALS);
    @ArchTest
    static final ArchRule packagesNoCycles = CHECKLIST.rule(CoreRules.PACKAGES_NO_CYCLES);
    @ArchTest
    static final ArchRule modulesNoCycles = CHECKLIST.rule(CoreRules.MODULES_NO_CYCLES);
    @ArchTest
    static final ArchRule statelessSingletons = CHECKLIST.rule(CoreRules.STATELESS_SINGLETONS);
    @ArchTest
    static final ArchRule constructorInjection = CHECKLIST.rule(CoreRules.CONSTRUCTOR_INJECTION);
    @ArchTest
    static final ArchRule noDirectInstantiation = CHECKLIST.rule(CoreRules.NO_DIRECT_INSTANTIATION);
    @ArchTest
    static final ArchRule layersDependencyDirection = CHECKLIST.rule(CoreRules.LAYERS_DEPENDENCY_DIRECTION);
    @ArchTest
    static final ArchRule layersRepositoriesBehindInterfaces = CHECKLIST.rule(CoreRules.LAYERS_REPOSITORIES_BEHIND_INTERFACES);
    @ArchTest
    static final ArchRule noRemoteCallsInTransactions = CHECKLIST.rule(CoreRules.NO_REMOTE_CALLS_IN_TRANSACTIONS);
    @ArchTest
    static final ArchRule singleDatasource = CHECKLIST.rule(CoreRules.SINGLE_DATASOURCE);
    @ArchTest
    static final ArchRule noRequestReplyOverMessaging = CHECKLIST.rule(CoreRules.NO_REQUEST_REPLY_OVER_MESSAGING);
    @ArchTest
    static final ArchRule noSequentialRemoteCalls = CHECKLIST.rule(CoreRules.NO_SEQUENTIAL_REMOTE_CALLS);
    @ArchTest
    static final ArchRule noPassThroughLayers = CHECKLIST.rule(CoreRules.NO_PASS_THROUGH_LAYERS);
    @ArchTest
    static final ArchRule requestHops = CHECKLIST.rule(CoreRules.REQUEST_HOPS);

    @Test
    void every_core_rule_is_checked_here() {
        Set<String> checked = new TreeSet<>();
        for (Field field : CleanCodeArchTest.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ArchTest.class)) {
                try {
                    checked.add(((ArchRule) field.get(null)).getDescription().split(":", 2)[0]);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertThat(checked).containsExactlyInAnyOrderElementsOf(CoreRules.all().stream().map(ChecklistRule::id).toList());
    }
}
