/**
 * The core rules: {@link dev.archrules.core.rules.CoreRules} is the catalogue of their ids, and each
 * sub-package holds one id group ({@code controllers}, {@code dataaccess}, {@code modules}, {@code packages},
 * {@code integration}, {@code config}, {@code state}, {@code di}, {@code layers}), each rule's class named after its id.
 */
package dev.archrules.core.rules;
