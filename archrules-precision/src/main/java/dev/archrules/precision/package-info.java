/**
 * The precision harness (on demand, docs/precision.md): runs the command on a corpus of real code bases
 * from Maven Central, samples findings with a fixed seed and compares them with the committed judgements.
 */
package dev.archrules.precision;
