/**
 * Spring's vocabulary: the conventions the preset starts from and the
 * {@link dev.archrules.spring.conventions.SpringTerms} teams can extend.
 */
package dev.archrules.spring.conventions;
