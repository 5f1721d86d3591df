package dev.archrules.core.source.internal;

import dev.archrules.core.source.SourceFacts;
import dev.archrules.core.source.SourceProblem;

import java.util.Optional;

/**
 * The outcome of parsing one file version: its facts, or the problem that kept it from being analysed.
 *
 * @param facts     the facts, empty if there is a problem
 * @param problem   the problem, empty if there are facts
 * @param fromStore whether the facts were read from the {@link FactStore} instead of parsed
 */
public record Parsed(Optional<SourceFacts> facts, Optional<SourceProblem> problem, boolean fromStore) {

    static Parsed of(SourceFacts facts) {
        return new Parsed(Optional.of(facts), Optional.empty(), false);
    }

    static Parsed stored(SourceFacts facts) {
        return new Parsed(Optional.of(facts), Optional.empty(), true);
    }

    static Parsed failed(SourceProblem problem) {
        return new Parsed(Optional.empty(), Optional.of(problem), false);
    }
}
