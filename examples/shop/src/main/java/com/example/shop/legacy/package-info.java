/**
 * Code from before the shop was cut into modules, kept here <b>on purpose</b> to show what the
 * archrules checklist catches. Every class breaks one or two checklist items the way real legacy code
 * does; {@code ChecklistTest} asserts the exact violations and {@code ArchitectureTest} excludes this
 * package, the way a team excludes (or baselines) code it has not cleaned up yet.
 *
 * <p>Do not copy anything from here.
 */
package com.example.shop.legacy;
