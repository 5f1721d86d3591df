/**
 * Recognisers the rules share: SQL, endpoints and credentials in source text, and framework idioms
 * several rules must not misread (JAX-RS resources, names borrowed from an extension point, configuration-bound
 * defaults, wiring). Used by the rules; public so rules of other modules can use them too.
 */
package dev.archrules.core.recognize;
