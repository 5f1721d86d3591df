/**
 * {@code integration.*} (C5): HTTP clients only in client adapters, used through interfaces.
 */
package dev.archrules.core.rules.integration;
