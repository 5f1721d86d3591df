package dev.archrules.core.report;

import dev.archrules.core.model.ChecklistItem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist scorecard the Markdown and HTML reports open with: per checklist item the run checked, whether it
 * passes and how many new, baselined and fixed findings its rules have; and the items no rule of the run checks.
 */
final class Scorecard {

    /** How an item fares: its new findings fail the run, are only reported (below failOn), or it has none. */
    enum Status {
        FAIL("fail"), REPORTED("reported"), PASS("pass");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One checklist item.
     *
     * @param item      the item
     * @param rules     the results of its rules in the run, in report order
     * @param status    fail when a rule's new findings fail the run, reported when it has new findings below failOn, else pass
     * @param newCount  new findings of its rules
     * @param baselined baselined findings
     * @param fixed     fixed occurrences
     */
    record Line(ChecklistItem item, List<RuleResult> rules, Status status, int newCount, int baselined, int fixed) {

        /**
         * {@code C4 Services (modules) don't directly access each other's databases}; for an item checked by other items'
         * rules, which: {@code P3 Favour dependency injection (by the rules of C9)}.
         */
        String title() {
            List<String> others = rules.stream().map(rule -> rule.rule().item()).filter(other -> other != item).distinct().sorted()
                    .map(ChecklistItem::name).toList();
            return item.name() + " " + item.title() + (others.isEmpty() ? "" : " (by the rules of " + String.join(", ", others) + ")");
        }
    }

    /**
     * The patterns to favour that other items' rules check (docs/rules.md, "The checklist, item by item"): P2 by the rules
     * that keep logic and data access out of handlers, P3 by C9's rules, P4 by C6's.
     */
    private static final Map<ChecklistItem, java.util.function.Predicate<RuleResult>> CHECKED_BY_OTHERS = Map.of(
            ChecklistItem.P2, rule -> java.util.Set.of("controllers.no-data-access", "controllers.thin-handlers", "layers.dependency-direction",
                    "spring.repositories-only-in-services").contains(rule.rule().id()),
            ChecklistItem.P3, rule -> rule.rule().item() == ChecklistItem.C9,
            ChecklistItem.P4, rule -> rule.rule().item() == ChecklistItem.C6);

    private Scorecard() {
    }

    /**
     * One line per item with at least one rule in the run, in checklist order; P2, P3 and P4 with the rules of other
     * items that check them.
     */
    static List<Line> lines(ReportModel model) {
        Map<ChecklistItem, List<RuleResult>> byItem = new EnumMap<>(ChecklistItem.class);
        model.rules().forEach(rule -> byItem.computeIfAbsent(rule.rule().item(), item -> new ArrayList<>()).add(rule));
        CHECKED_BY_OTHERS.forEach((item, checks) -> model.rules().stream().filter(checks)
                .forEach(rule -> byItem.computeIfAbsent(item, key -> new ArrayList<>()).add(rule)));
        List<Line> lines = new ArrayList<>();
        byItem.forEach((item, rules) -> {
            int fresh = rules.stream().mapToInt(RuleResult::newCount).sum();
            Status status = rules.stream().anyMatch(model::fails) ? Status.FAIL : fresh > 0 ? Status.REPORTED : Status.PASS;
            lines.add(new Line(item, List.copyOf(rules), status, fresh, rules.stream().mapToInt(RuleResult::baselinedCount).sum(),
                    rules.stream().mapToInt(RuleResult::fixedCount).sum()));
        });
        return lines;
    }

    /** The items no rule of the run checks (R4 and R6 cannot be judged from code; others when their rules are left out). */
    static List<ChecklistItem> unchecked(ReportModel model) {
        List<ChecklistItem> items = new ArrayList<>(List.of(ChecklistItem.values()));
        lines(model).forEach(line -> items.remove(line.item()));
        return items;
    }

    /** Why an item is not checked: R4 and R6 cannot be judged from code, other items had their rules left out. */
    static String whyUnchecked(ChecklistItem item) {
        return item == ChecklistItem.R4 || item == ChecklistItem.R6 ? "cannot be judged from code" : "its rules are not in this run";
    }
}
