/**
 * {@code packages.no-cycles} and {@code modules.no-cycles} (C7): one algorithm, reported once per tangle.
 */
package dev.archrules.core.rules.packages;
