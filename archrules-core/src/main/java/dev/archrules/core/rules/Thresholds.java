package dev.archrules.core.rules;

/**
 * Limits of the size rules.
 *
 * @param maxEndpointsPerController     handler methods a controller may declare ({@code controllers.single-responsibility})
 * @param maxCollaboratorsPerController injected collaborators a controller may have ({@code controllers.single-responsibility})
 */
public record Thresholds(int maxEndpointsPerController, int maxCollaboratorsPerController) {

    public Thresholds {
        if (maxEndpointsPerController < 1) {
            throw new IllegalArgumentException("maxEndpointsPerController must be at least 1 but was " + maxEndpointsPerController);
        }
        if (maxCollaboratorsPerController < 0) {
            throw new IllegalArgumentException("maxCollaboratorsPerController must not be negative but was " + maxCollaboratorsPerController);
        }
    }

    /** 10 endpoints and 5 collaborators per controller. */
    public static Thresholds defaults() {
        return new Thresholds(10, 5);
    }

    public Thresholds withMaxEndpointsPerController(int limit) {
        return new Thresholds(limit, maxCollaboratorsPerController);
    }

    public Thresholds withMaxCollaboratorsPerController(int limit) {
        return new Thresholds(maxEndpointsPerController, limit);
    }
}
