package dev.archrules.core.report;

import java.util.ArrayList;
import java.util.List;

/** The per-rule table every report starts with: rule, severity, new, baselined, fixed, total. */
final class RuleTable {

    static final List<String> HEADINGS = List.of("rule", "severity", "new", "baselined", "fixed", "total");

    private RuleTable() {
    }

    /**
     * One row of the table.
     *
     * @param rule      the rule id, or {@code all rules} for the sums
     * @param sums      whether this is the row of sums over all rules
     * @param severity  the rule's severity in the run ({@code error}, {@code warning}, {@code note}); empty for the sums
     * @param newCount  new violations
     * @param baselined baselined violations
     * @param fixed     fixed occurrences
     * @param total     new plus baselined
     */
    record Row(String rule, boolean sums, String severity, int newCount, int baselined, int fixed, int total) {

        /** The four counts in the order of {@link #HEADINGS}. */
        List<Integer> counts() {
            return List.of(newCount, baselined, fixed, total);
        }
    }

    /** One row per rule, then a row of sums named "all rules". */
    static List<Row> rows(ReportModel model) {
        List<Row> rows = new ArrayList<>();
        for (RuleResult rule : model.rules()) {
            rows.add(new Row(rule.rule().id(), false, rule.severity().argument(), rule.newCount(), rule.baselinedCount(), rule.fixedCount(),
                    rule.total()));
        }
        rows.add(new Row("all rules", true, "", model.newCount(), model.baselinedCount(), model.fixedCount(),
                model.newCount() + model.baselinedCount()));
        return rows;
    }

    /** The table as JSON objects ({@code rule, severity, new, baselined, fixed, total}), for the JSON and SARIF reports; no severity on the sums. */
    static List<Object> json(ReportModel model) {
        List<Object> table = new ArrayList<>();
        for (Row row : rows(model)) {
            table.add(Json.object(HEADINGS.get(0), row.rule(),
                    HEADINGS.get(1), row.sums() ? null : row.severity(),
                    HEADINGS.get(2), row.newCount(),
                    HEADINGS.get(3), row.baselined(),
                    HEADINGS.get(4), row.fixed(),
                    HEADINGS.get(5), row.total()));
        }
        return table;
    }
}
