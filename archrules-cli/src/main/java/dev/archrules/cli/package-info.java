/**
 * The {@code archrules} command: {@code check}, {@code baseline init|prune|accept}, {@code rules}; the
 * options come from the settings table of {@code archrules-core}. Not a library API: use the command line.
 */
package dev.archrules.cli;
