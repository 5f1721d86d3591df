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
        for (ReportModel.Rule rule : model.rules()) {
            rows.add(List.of(rule.rule().id(), String.valueOf(rule.newCount()), String.valueOf(rule.baselinedCount()),
                    String.valueOf(rule.fixedCount()), String.valueOf(rule.total())));
        }
        rows.add(List.of("all rules", String.valueOf(model.newCount()), String.valueOf(model.baselinedCount()),
                String.valueOf(model.fixedCount()), String.valueOf(model.newCount() + model.baselinedCount())));
        return rows;
    }
}
