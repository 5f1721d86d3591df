/**
 * Baselines: the reviewed file of accepted violations ({@code rule id | key | count}), its modes
 * (check, init, prune, accept) and the triage of a run's violations into new, baselined and fixed. Public API.
 */
package dev.archrules.core.baseline;
