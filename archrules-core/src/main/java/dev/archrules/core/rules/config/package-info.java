/**
 * {@code config.*} (C6): no hard-coded endpoints, no hard-coded credentials. Both read source text.
 */
package dev.archrules.core.rules.config;
