/**
 * {@code data-access.*} (C1): persistence APIs and SQL only in repositories; schema migrations hold SQL
 * by design.
 */
package dev.archrules.core.rules.dataaccess;
