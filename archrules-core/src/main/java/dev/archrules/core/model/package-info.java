/**
 * The values every room shares: {@link dev.archrules.core.model.Violation} (rule id, stable key, message,
 * location, hint), {@link dev.archrules.core.model.SourceLocation}, {@link dev.archrules.core.model.Role},
 * {@link dev.archrules.core.model.ChecklistItem} and the masking of secrets before anything is shown. Public API.
 */
package dev.archrules.core.model;
