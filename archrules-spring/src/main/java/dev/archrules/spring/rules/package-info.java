/**
 * The {@code spring.*} rules (catalogue: {@link dev.archrules.spring.rules.SpringRules}): transactions,
 * proxies, bean look-ups, entities in the web API, configuration values, repositories only in services.
 */
package dev.archrules.spring.rules;
