/**
 * The public API for teams: {@link dev.archrules.core.BackendChecklist} (configure the checklist, then
 * {@code check}, {@code evaluate} or use its rules with {@code @ArchTest}), its result, the recommended importer and
 * the settings table ({@link dev.archrules.core.ChecklistSetting}) behind the Java API, {@code archrules.properties}
 * and the command's options.
 */
package dev.archrules.core;
