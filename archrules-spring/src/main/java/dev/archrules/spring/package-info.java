/**
 * The Spring preset for teams: {@link dev.archrules.spring.SpringChecklist} is the core checklist with
 * Spring's vocabulary and the {@code spring.*} rules. Public API.
 */
package dev.archrules.spring;
