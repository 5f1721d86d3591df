/**
 * Role detection as data: the {@link dev.archrules.core.conventions.Vocabulary} of framework names
 * ({@link dev.archrules.core.conventions.Term}s a team can extend), the ordered tiers of the
 * {@link dev.archrules.core.conventions.RoleDetector}, module layouts (configured or inferred) and exclusions.
 * Public API: teams adjust conventions through {@code BackendChecklist#withConventions}.
 */
package dev.archrules.core.conventions;
