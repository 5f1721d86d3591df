/**
 * Internal: the source engine — locating source roots and jars, admission (pre-filters over text and
 * class-file constants), parsing with JavaParser into facts, the facts cache and its worker pool. Not API: may change
 * in any release.
 */
package dev.archrules.core.source.internal;
