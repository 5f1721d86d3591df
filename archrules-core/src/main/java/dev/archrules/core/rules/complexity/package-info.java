/**
 * {@code complexity.*} (R1–R6 of the checklist): complexity red flags a reviewer wants to see — several data stores,
 * request-reply over a queue, layers that only forward. Warnings by default: advice, not coupling failures.
 */
package dev.archrules.core.rules.complexity;
