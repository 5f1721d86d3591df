package dev.archrules.precision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The report of a precision run as Markdown: the corpus as run, the totals per rule across the corpus, then
 * per code base the table per rule, the judged-TRUE findings that disappeared and the unjudged sample.
 * Holds nothing that changes between equal runs (no times, no dates), so summaries can be diffed.
 */
final class Summary {

    /** What the harness learnt about one code base's run. */
    record Run(CodeBase codeBase, String basePackage, String preset, int classes, int sourceFiles,
               int analysedClasses, int classPathEntries, SortedMap<String, Tally> tallies, String changeSinceBaselineRun) {

        Tally total() {
            return tallies.values().stream().reduce(Tally.EMPTY, Tally::plus);
        }
    }

    /**
     * Said of a code base whose class path resolved to nothing (a published POM stripped of its dependencies, such as
     * maven-shade's dependency-reduced POM): the rules then see no framework type the classes name, so its figures
     * measure a weaker run than the code base's own build would give.
     */
    static final String EMPTY_CLASS_PATH = "**Class path empty**: no dependency resolved (a dependency-reduced POM?); the rules "
            + "see none of the framework types the classes name, so these figures are of a weaker run than in the code base's own build.";

    private Summary() {
    }

    static String render(List<Run> runs, String seed, int perRule) {
        StringBuilder out = new StringBuilder();
        out.append("# Precision of the checklist on the corpus\n\n");
        out.append("Sample: per rule and code base at most ").append(perRule)
                .append(" distinct findings (rule id + key), drawn with seed `").append(seed).append("`. ")
                .append("Precision = TRUE / judged findings still reported (DEBATABLE does not count as true). ")
                .append("Lost TRUE = judged TRUE but no longer reported. ")
                .append("Folded = found by the rule but reported in another rule's finding, which names it (one fact, one report): ")
                .append("not sampled or judged under this rule, not in its precision, not lost.\n\n");

        out.append("## Corpus as run\n\n");
        out.append("| code base | coordinates | base package | preset | classes | source files | analysed | class path | findings | distinct | since baseline-run |\n");
        out.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Run run : runs) {
            Tally total = run.total();
            out.append("| ").append(run.codeBase().name()).append(" | `").append(run.codeBase().coordinatesAsResolved()).append("` | `")
                    .append(run.basePackage()).append("` | ").append(run.preset()).append(" | ").append(run.classes())
                    .append(" | ").append(run.sourceFiles()).append(" | ").append(run.analysedClasses()).append(" | ")
                    .append(run.classPathEntries() == 0 ? "**empty**" : run.classPathEntries() + " jars").append(" | ")
                    .append(total.findings()).append(" | ").append(total.distinct()).append(" | ")
                    .append(run.changeSinceBaselineRun()).append(" |\n");
        }

        SortedMap<String, Tally> perRuleTotals = new TreeMap<>();
        for (Run run : runs) {
            run.tallies().forEach((rule, tally) -> perRuleTotals.merge(rule, tally, Tally::plus));
        }
        out.append("\n## Per rule, all code bases\n\n");
        table(out, perRuleTotals);

        for (Run run : runs) {
            out.append("\n## ").append(run.codeBase().name()).append("\n\n");
            out.append(run.codeBase().description()).append(" — base package `").append(run.basePackage())
                    .append("`, preset ").append(run.preset()).append(".\n\n");
            if (run.classPathEntries() == 0) {
                out.append(EMPTY_CLASS_PATH).append("\n\n");
            }
            table(out, run.tallies());
            List<Judgement> lost = new ArrayList<>(run.total().lostTrue());
            if (!lost.isEmpty()) {
                out.append("\nJudged TRUE, no longer reported (lost recall):\n\n");
                for (Judgement judgement : lost) {
                    out.append("- `").append(judgement.id()).append("` (").append(judgement.where()).append(")\n");
                }
            }
            int unjudged = run.total().unjudgedSampled().size();
            if (unjudged > 0) {
                out.append("\n").append(unjudged).append(" sampled findings are not judged yet: see `")
                        .append(run.codeBase().name()).append(".to-judge.txt`.\n");
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Map<String, Tally> tallies) {
        out.append("| rule | findings | distinct | folded | sampled | judged | TRUE | FALSE | DEBATABLE | precision | lost TRUE | unjudged sampled |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Tally all = Tally.EMPTY;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            row(out, "`" + entry.getKey() + "`", entry.getValue());
            all = all.plus(entry.getValue());
        }
        row(out, "**all rules**", all);
    }

    private static void row(StringBuilder out, String name, Tally t) {
        out.append("| ").append(name).append(" | ").append(t.findings()).append(" | ").append(t.distinct()).append(" | ")
                .append(t.folded()).append(" | ").append(t.sampled()).append(" | ").append(t.judged()).append(" | ").append(t.trueCount()).append(" | ")
                .append(t.falseCount()).append(" | ").append(t.debatable()).append(" | ").append(t.precisionText())
                .append(" | ").append(t.lostTrue().size()).append(" | ").append(t.unjudgedSampled().size()).append(" |\n");
    }
}
