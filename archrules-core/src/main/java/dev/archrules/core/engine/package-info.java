/**
 * The engine API for rule authors: {@link dev.archrules.core.engine.ChecklistRule} and its
 * {@link dev.archrules.core.engine.RuleInfo}, the one base class {@link dev.archrules.core.engine.PerClassRule},
 * {@link dev.archrules.core.engine.SourceRule} for rules that read source text, and the
 * {@link dev.archrules.core.engine.RuleContext} every rule gets (roles, modules, thresholds, sources, types).
 */
package dev.archrules.core.engine;
