package dev.archrules.core;

import dev.archrules.core.model.FoldedFinding;

import java.util.List;
import java.util.Objects;

/**
 * What a checklist's rules found on one import, before the baseline: every rule's violations, notes and counts, the
 * files not read, the module graph, and the findings one rule reports for another (one fact, one report). A
 * {@link BackendChecklist#run(Evaluation)} sorts it against the baseline of that run and writes the reports, exactly as
 * a run on the import does; the {@linkplain ResultsCache results cache} keeps it, so that a re-run of unchanged inputs
 * neither imports nor evaluates.
 */
public final class Evaluation {

    private final ChecklistResult result;
    private final List<FoldedFinding> folded;

    Evaluation(ChecklistResult result, List<FoldedFinding> folded) {
        if (result.baseline().isPresent() || result.reportFailure().isPresent()) {
            throw new IllegalArgumentException("an evaluation is the result before the baseline and the reports");
        }
        this.result = result;
        this.folded = List.copyOf(folded);
    }

    /** The result of the rules, without baseline: every violation new. */
    public ChecklistResult result() {
        return result;
    }

    /** The occurrences a rule found and the rule owning the fact reports, for the baseline to match under either id. */
    List<FoldedFinding> folded() {
        return folded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evaluation evaluation && result.equals(evaluation.result) && folded.equals(evaluation.folded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, folded);
    }

    @Override
    public String toString() {
        return "Evaluation[" + result.rules().size() + " rules, " + result.violations().size() + " violations]";
    }
}
