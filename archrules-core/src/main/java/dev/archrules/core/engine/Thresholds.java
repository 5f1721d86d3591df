package dev.archrules.core.engine;

/**
 * Limits of the size rules.
 *
 * @param maxEndpointsPerController     handler methods a controller may declare ({@code controllers.single-responsibility})
 * @param maxCollaboratorsPerController injected collaborators a controller may have ({@code controllers.single-responsibility})
 * @param maxStatementsPerHandler       statements of logic a handler method may have, nested ones included, besides request
 *                                      mapping, guard clauses, exception translation, building the answer, logging and work on
 *                                      the HTTP exchange ({@code controllers.thin-handlers})
 * @param maxBranchesPerHandler         decisions a handler method may make: branches on domain state, loops, arithmetic, stream
 *                                      filters and sorts, data-access and client calls ({@code controllers.thin-handlers})
 * @param minSequentialRemoteCalls      remote calls one after another on a handler's call path from which the path is reported
 *                                      ({@code complexity.no-sequential-remote-calls})
 * @param maxRequestHops                classes of the code base a request may pass through before data access or a remote call
 *                                      ({@code complexity.request-hops})
 */
public record Thresholds(int maxEndpointsPerController, int maxCollaboratorsPerController, int maxStatementsPerHandler,
                         int maxBranchesPerHandler, int minSequentialRemoteCalls, int maxRequestHops) {

    public Thresholds {
        if (maxEndpointsPerController < 1) {
            throw new IllegalArgumentException("maxEndpointsPerController must be at least 1 but was " + maxEndpointsPerController);
        }
        if (maxCollaboratorsPerController < 0) {
            throw new IllegalArgumentException("maxCollaboratorsPerController must not be negative but was " + maxCollaboratorsPerController);
        }
        if (maxStatementsPerHandler < 1) {
            throw new IllegalArgumentException("maxStatementsPerHandler must be at least 1 but was " + maxStatementsPerHandler);
        }
        if (maxBranchesPerHandler < 0) {
            throw new IllegalArgumentException("maxBranchesPerHandler must not be negative but was " + maxBranchesPerHandler);
        }
        if (minSequentialRemoteCalls < 2) {
            throw new IllegalArgumentException("minSequentialRemoteCalls must be at least 2 but was " + minSequentialRemoteCalls);
        }
        if (maxRequestHops < 1) {
            throw new IllegalArgumentException("maxRequestHops must be at least 1 but was " + maxRequestHops);
        }
    }

    /** The size limits with the default call-path limits (3 remote calls in sequence, 5 hops). */
    public Thresholds(int maxEndpointsPerController, int maxCollaboratorsPerController, int maxStatementsPerHandler,
                      int maxBranchesPerHandler) {
        this(maxEndpointsPerController, maxCollaboratorsPerController, maxStatementsPerHandler, maxBranchesPerHandler, 3, 5);
    }

    /** The endpoint and collaborator limits with the default handler limits. */
    public Thresholds(int maxEndpointsPerController, int maxCollaboratorsPerController) {
        this(maxEndpointsPerController, maxCollaboratorsPerController, 12, 3);
    }

    /**
     * 10 resource paths and 5 collaborators per controller; 12 statements of logic and 3 decisions per handler method;
     * a handler's path reported from 3 remote calls in sequence and above 5 hops.
     */
    public static Thresholds defaults() {
        return new Thresholds(10, 5, 12, 3, 3, 5);
    }

    public Thresholds withMaxEndpointsPerController(int limit) {
        return new Thresholds(limit, maxCollaboratorsPerController, maxStatementsPerHandler, maxBranchesPerHandler, minSequentialRemoteCalls, maxRequestHops);
    }

    public Thresholds withMaxCollaboratorsPerController(int limit) {
        return new Thresholds(maxEndpointsPerController, limit, maxStatementsPerHandler, maxBranchesPerHandler, minSequentialRemoteCalls, maxRequestHops);
    }

    public Thresholds withMaxStatementsPerHandler(int limit) {
        return new Thresholds(maxEndpointsPerController, maxCollaboratorsPerController, limit, maxBranchesPerHandler, minSequentialRemoteCalls, maxRequestHops);
    }

    public Thresholds withMaxBranchesPerHandler(int limit) {
        return new Thresholds(maxEndpointsPerController, maxCollaboratorsPerController, maxStatementsPerHandler, limit, minSequentialRemoteCalls, maxRequestHops);
    }

    public Thresholds withMinSequentialRemoteCalls(int limit) {
        return new Thresholds(maxEndpointsPerController, maxCollaboratorsPerController, maxStatementsPerHandler, maxBranchesPerHandler, limit, maxRequestHops);
    }

    public Thresholds withMaxRequestHops(int limit) {
        return new Thresholds(maxEndpointsPerController, maxCollaboratorsPerController, maxStatementsPerHandler, maxBranchesPerHandler, minSequentialRemoteCalls, limit);
    }
}
