/**
 * What the rules and users see of source analysis: the run-scoped
 * {@link dev.archrules.core.source.SourceIndex} of per-file facts, {@link dev.archrules.core.source.SourceSettings},
 * the problems of files that could not be read, and the pre-filters rules declare. The engine is in
 * {@code source.internal}.
 */
package dev.archrules.core.source;
