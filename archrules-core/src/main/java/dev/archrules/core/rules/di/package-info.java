/**
 * {@code di.*} (C9): constructor injection, no direct instantiation or look-up of collaborators.
 */
package dev.archrules.core.rules.di;
