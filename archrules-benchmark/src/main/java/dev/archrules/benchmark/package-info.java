/**
 * The benchmark (on demand, docs/performance.md): the checklist's cost against plain ArchUnit imports
 * and Taikai on a real code base and on synthetic corpora of growing size, with a fingerprint of the findings.
 */
package dev.archrules.benchmark;
