package dev.archrules.core.source.internal;

import dev.archrules.core.source.SourceFacts;
import dev.archrules.core.source.SourceProblem;

import java.util.Optional;

/**
 * The outcome of parsing one file version: its facts, or the problem that kept it from being analysed.
 *
 * @param facts   the facts, empty if there is a problem
 * @param problem the problem, empty if there are facts
 */
public record Parsed(Optional<SourceFacts> facts, Optional<SourceProblem> problem) {

    static Parsed of(SourceFacts facts) {
        return new Parsed(Optional.of(facts), Optional.empty());
    }

    static Parsed failed(SourceProblem problem) {
        return new Parsed(Optional.empty(), Optional.of(problem));
    }
}
