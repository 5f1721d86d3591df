/**
 * Internal: per-class answers about the imported type hierarchy and annotations, remembered for the classes of
 * an import so the rules ask ArchUnit once per class instead of once per question. Not API: may change in any
 * release.
 */
package dev.archrules.core.internal.types;
