/**
 * Internal: atomic file writes and class-file header reading shared by baselines, reports and the
 * import. Not API: may change in any release.
 */
package dev.archrules.core.internal.io;
