/**
 * {@code state.stateless-singletons} (C8): no request-time writes to fields of objects one instance of
 * which serves all requests, and no global mutable statics.
 */
package dev.archrules.core.rules.state;
