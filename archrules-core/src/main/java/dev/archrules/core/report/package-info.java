/**
 * The five report renderers (console, Markdown, HTML, JSON, SARIF) over one
 * {@link dev.archrules.core.report.ReportModel}, and the per-rule outcome
 * {@link dev.archrules.core.report.RuleResult}. Public API for reading results; renderers are chosen through
 * {@link dev.archrules.core.report.ReportFormat}.
 */
package dev.archrules.core.report;
