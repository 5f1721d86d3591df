package dev.archrules.core.report;

import java.util.ArrayList;
import java.util.List;

/** The per-rule table every report starts with: rule, new, baselined, fixed, total. */
final class RuleTable {

    static final List<String> HEADINGS = List.of("rule", "new", "baselined", "fixed", "total");

    private RuleTable() {
    }

    /** One row per rule, then a row of sums named "all rules". */
    static List<List<String>> rows(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (RuleResult rule : model.rules()) {
            rows.add(List.of(rule.rule().id(), String.valueOf(rule.newCount()), String.valueOf(rule.baselinedCount()),
                    String.valueOf(rule.fixedCount()), String.valueOf(rule.total())));
        }
        rows.add(List.of("all rules", String.valueOf(model.newCount()), String.valueOf(model.baselinedCount()),
                String.valueOf(model.fixedCount()), String.valueOf(model.newCount() + model.baselinedCount())));
        return rows;
    }

    /** The table as JSON objects ({@code rule, new, baselined, fixed, total}), for the JSON and SARIF reports. */
    static List<Object> json(ReportModel model) {
        List<Object> table = new ArrayList<>();
        for (List<String> row : rows(model)) {
            table.add(Json.object(HEADINGS.get(0), row.get(0),
                    HEADINGS.get(1), Integer.valueOf(row.get(1)),
                    HEADINGS.get(2), Integer.valueOf(row.get(2)),
                    HEADINGS.get(3), Integer.valueOf(row.get(3)),
                    HEADINGS.get(4), Integer.valueOf(row.get(4))));
        }
        return table;
    }
}
