/**
 * {@code controllers.*} (C2, C3): no data access in controllers, thin handlers, one responsibility
 * per controller.
 */
package dev.archrules.core.rules.controllers;
