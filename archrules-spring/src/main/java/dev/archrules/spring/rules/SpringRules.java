package dev.archrules.spring.rules;

import dev.archrules.core.engine.ChecklistRule;

import java.util.List;

/**
 * The rules of the {@code spring} preset, by stable id. Each id is a contract: baselines and reports
 * refer to it, and it never changes.
 */
public final class SpringRules {

    /** C6: {@code @Value} only in configuration classes. */
    public static final String VALUE_ONLY_IN_CONFIGURATION = ValueOnlyInConfiguration.ID;
    /** C10: no {@code @Transactional} on controllers. */
    public static final String TRANSACTIONS_NOT_IN_CONTROLLERS = TransactionsNotInControllers.ID;
    /** C2/C4: handler methods neither accept nor return entities. */
    public static final String NO_ENTITIES_IN_WEB_API = NoEntitiesInWebApi.ID;
    /** C2: repositories are injected into services only. */
    public static final String REPOSITORIES_ONLY_IN_SERVICES = RepositoriesOnlyInServices.ID;
    /** C10: no {@code this.} calls to proxied ({@code @Transactional}, {@code @Async}, …) methods. */
    public static final String NO_SELF_INVOCATION_OF_PROXIED_METHODS = NoSelfInvocationOfProxiedMethods.ID;
    /** C9: no {@code getBean} outside configuration. */
    public static final String NO_BEAN_LOOKUP = NoBeanLookup.ID;

    private SpringRules() {
    }

    /** All rules of the spring preset, in checklist order. */
    public static List<ChecklistRule> all() {
        return List.of(
                new NoEntitiesInWebApi(),
                new RepositoriesOnlyInServices(),
                new ValueOnlyInConfiguration(),
                new NoBeanLookup(),
                new TransactionsNotInControllers(),
                new NoSelfInvocationOfProxiedMethods());
    }
}
