/**
 * {@code reliability.*} (P5 of the checklist): side effects decoupled from the main request flow — no remote call
 * inside a database transaction.
 */
package dev.archrules.core.rules.reliability;
