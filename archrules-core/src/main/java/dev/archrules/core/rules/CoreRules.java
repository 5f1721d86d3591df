package dev.archrules.core.rules;

import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.rules.complexity.NoPassThroughLayers;
import dev.archrules.core.rules.complexity.NoRequestReplyOverMessaging;
import dev.archrules.core.rules.complexity.NoSequentialRemoteCalls;
import dev.archrules.core.rules.complexity.RequestHops;
import dev.archrules.core.rules.complexity.SingleDatasource;
import dev.archrules.core.rules.config.NoHardcodedCredentials;
import dev.archrules.core.rules.config.NoHardcodedEndpoints;
import dev.archrules.core.rules.controllers.NoDataAccess;
import dev.archrules.core.rules.controllers.SingleResponsibility;
import dev.archrules.core.rules.controllers.ThinHandlers;
import dev.archrules.core.rules.dataaccess.PersistenceApiOnlyInRepositories;
import dev.archrules.core.rules.dataaccess.SqlOnlyInRepositories;
import dev.archrules.core.rules.di.ConstructorInjection;
import dev.archrules.core.rules.di.NoDirectInstantiation;
import dev.archrules.core.rules.integration.HttpClientsInClientAdapters;
import dev.archrules.core.rules.layers.DependencyDirection;
import dev.archrules.core.rules.layers.RepositoriesBehindInterfaces;
import dev.archrules.core.rules.modules.OwnTheirData;
import dev.archrules.core.rules.packages.NoCycles;
import dev.archrules.core.rules.reliability.NoRemoteCallsInTransactions;
import dev.archrules.core.rules.state.StatelessSingletons;

import java.util.List;

/**
 * The rules of the {@code core} preset, by stable id. Each id is a contract: baselines and reports
 * refer to it, and it never changes.
 */
public final class CoreRules {

    /** C1: data-access APIs only in repositories. */
    public static final String PERSISTENCE_API_ONLY_IN_REPOSITORIES = PersistenceApiOnlyInRepositories.ID;
    /** C1: SQL text (literals, constants, query annotations) only in repositories. */
    public static final String SQL_ONLY_IN_REPOSITORIES = SqlOnlyInRepositories.ID;
    /** C2: controllers use neither repositories nor data-access APIs. */
    public static final String CONTROLLERS_NO_DATA_ACCESS = NoDataAccess.ID;
    /** C2: handler methods with few statements and branches. */
    public static final String CONTROLLERS_THIN_HANDLERS = ThinHandlers.ID;
    /** C3: controllers with few endpoints and collaborators. */
    public static final String CONTROLLERS_SINGLE_RESPONSIBILITY = SingleResponsibility.ID;
    /** C4: modules use only their own repositories and entities. */
    public static final String MODULES_OWN_THEIR_DATA = OwnTheirData.ID;
    /** C5: HTTP client APIs only in client adapters, used through interfaces. */
    public static final String HTTP_CLIENTS_IN_CLIENT_ADAPTERS = HttpClientsInClientAdapters.ID;
    /** C6: no hard-coded URLs, JDBC URLs, hosts and IP addresses outside configuration. */
    public static final String NO_HARDCODED_ENDPOINTS = NoHardcodedEndpoints.ID;
    /** C6: no hard-coded passwords, tokens, keys. */
    public static final String NO_HARDCODED_CREDENTIALS = NoHardcodedCredentials.ID;
    /** C7: no cycles between packages. */
    public static final String PACKAGES_NO_CYCLES = NoCycles.PACKAGES_ID;
    /** C7: no cycles between modules. */
    public static final String MODULES_NO_CYCLES = NoCycles.MODULES_ID;
    /** C8: no mutable state in singletons, no mutable statics. */
    public static final String STATELESS_SINGLETONS = StatelessSingletons.ID;
    /** C9: constructor injection only. */
    public static final String CONSTRUCTOR_INJECTION = ConstructorInjection.ID;
    /** C9: no {@code new} of collaborators, no service locators. */
    public static final String NO_DIRECT_INSTANTIATION = NoDirectInstantiation.ID;
    /** C10: layers depend downward only. */
    public static final String LAYERS_DEPENDENCY_DIRECTION = DependencyDirection.ID;
    /** P1 (warning): services depend on repository interfaces, not on the implementing classes. */
    public static final String LAYERS_REPOSITORIES_BEHIND_INTERFACES = RepositoriesBehindInterfaces.ID;
    /** P5: no remote calls (HTTP, messages, mail) inside a database transaction, also through the methods it calls. */
    public static final String NO_REMOTE_CALLS_IN_TRANSACTIONS = NoRemoteCallsInTransactions.ID;
    /** R1 (warning): one data store unless the data cannot live together. */
    public static final String SINGLE_DATASOURCE = SingleDatasource.ID;
    /** R2 (warning): no synchronous request and reply over a message queue. */
    public static final String NO_REQUEST_REPLY_OVER_MESSAGING = NoRequestReplyOverMessaging.ID;
    /** R3 (warning): no request handler path making several remote calls one after another. */
    public static final String NO_SEQUENTIAL_REMOTE_CALLS = NoSequentialRemoteCalls.ID;
    /** R5 (warning): no classes or single-implementation interfaces that only forward to one repository or client. */
    public static final String NO_PASS_THROUGH_LAYERS = NoPassThroughLayers.ID;
    /** D1 (note): requests that pass through more classes than the limit before their data or remote call. */
    public static final String REQUEST_HOPS = RequestHops.ID;

    private CoreRules() {
    }

    /** All rules of the core preset, in checklist order. */
    public static List<ChecklistRule> all() {
        return List.of(
                new PersistenceApiOnlyInRepositories(),
                new SqlOnlyInRepositories(),
                new NoDataAccess(),
                new ThinHandlers(),
                new SingleResponsibility(),
                new OwnTheirData(),
                new HttpClientsInClientAdapters(),
                new NoHardcodedEndpoints(),
                new NoHardcodedCredentials(),
                NoCycles.packages(),
                NoCycles.modules(),
                new StatelessSingletons(),
                new ConstructorInjection(),
                new NoDirectInstantiation(),
                new DependencyDirection(),
                new RepositoriesBehindInterfaces(),
                new NoRemoteCallsInTransactions(),
                new SingleDatasource(),
                new NoRequestReplyOverMessaging(),
                new NoSequentialRemoteCalls(),
                new NoPassThroughLayers(),
                new RequestHops());
    }
}
