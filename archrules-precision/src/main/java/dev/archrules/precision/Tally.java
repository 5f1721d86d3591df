package dev.archrules.precision;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The counts of one rule on one code base (or summed over several): what was reported, sampled and judged,
 * the verdicts of the judged findings still reported, the judged-TRUE findings no longer reported (lost
 * recall) and the sampled findings nobody judged yet.
 *
 * @param findings        findings reported (every occurrence)
 * @param distinct        distinct findings (rule id and key): what is sampled and judged
 * @param folded          distinct findings another rule's finding reports (named there): not sampled, not judged
 *                        here, not lost
 * @param sampled         distinct findings in the sample
 * @param trueCount       judged TRUE and still reported
 * @param falseCount      judged FALSE and still reported
 * @param debatable       judged DEBATABLE and still reported
 * @param lostTrue        judged TRUE but no longer reported
 * @param goneOther       judged FALSE or DEBATABLE and no longer reported (fixed false positives)
 * @param unjudgedSampled sampled findings without a judgement
 */
record Tally(int findings, int distinct, int folded, int sampled, int trueCount, int falseCount, int debatable,
             List<Judgement> lostTrue, int goneOther, List<FindingId> unjudgedSampled) {

    Tally {
        lostTrue = List.copyOf(lostTrue);
        unjudgedSampled = List.copyOf(unjudgedSampled);
    }

    static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, List.of(), 0, List.of());

    /** Judged findings that are still reported. */
    int judged() {
        return trueCount + falseCount + debatable;
    }

    /** TRUE among judged findings still reported (DEBATABLE is not true); empty when nothing is judged. */
    OptionalDouble precision() {
        return judged() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) trueCount / judged());
    }

    /** The precision as a percentage with no decimals, or {@code –} when nothing is judged. */
    String precisionText() {
        OptionalDouble precision = precision();
        return precision.isPresent() ? Math.round(precision.getAsDouble() * 100) + " %" : "–";
    }

    Tally plus(Tally other) {
        List<Judgement> lost = new ArrayList<>(lostTrue);
        lost.addAll(other.lostTrue);
        List<FindingId> unjudged = new ArrayList<>(unjudgedSampled);
        unjudged.addAll(other.unjudgedSampled);
        return new Tally(findings + other.findings, distinct + other.distinct, folded + other.folded, sampled + other.sampled,
                trueCount + other.trueCount, falseCount + other.falseCount, debatable + other.debatable,
                lost, goneOther + other.goneOther, unjudged);
    }
}
