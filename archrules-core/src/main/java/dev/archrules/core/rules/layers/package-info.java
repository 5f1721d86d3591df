/**
 * {@code layers.*} (C10): dependencies point from controllers to services to repositories, never back.
 */
package dev.archrules.core.rules.layers;
