package dev.archrules.core.engine;

import com.tngtech.archunit.lang.ConditionEvent;
import dev.archrules.core.model.Violation;

import java.util.List;
import java.util.Objects;

/**
 * The ArchUnit event behind every archrules violation. It carries the structured {@link Violation}
 * as its corresponding object, so {@code EvaluationResult.handleViolations} hands the data to code
 * (baselines, reports) while ArchUnit's own failure report prints the message.
 */
public final class ViolationEvent implements ConditionEvent {

    private final Violation violation;
    private final boolean isViolation;

    public ViolationEvent(Violation violation) {
        this(violation, true);
    }

    private ViolationEvent(Violation violation, boolean isViolation) {
        this.violation = Objects.requireNonNull(violation, "violation");
        this.isViolation = isViolation;
    }

    /** The structured violation. */
    public Violation violation() {
        return violation;
    }

    @Override
    public boolean isViolation() {
        return isViolation;
    }

    @Override
    public ConditionEvent invert() {
        return new ViolationEvent(violation, !isViolation);
    }

    @Override
    public List<String> getDescriptionLines() {
        return List.of(violation.message());
    }

    @Override
    public void handleWith(Handler handler) {
        handler.handle(List.of(violation), violation.message());
    }

    @Override
    public String toString() {
        return violation.message();
    }
}
