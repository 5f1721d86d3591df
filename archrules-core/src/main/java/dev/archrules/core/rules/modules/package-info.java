/**
 * {@code modules.own-their-data} (C4): a module reads only its own repositories and entities; wiring
 * is not use. ({@code modules.no-cycles} shares the cycle algorithm in {@code rules.packages}.)
 */
package dev.archrules.core.rules.modules;
