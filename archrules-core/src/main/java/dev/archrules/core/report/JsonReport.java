package dev.archrules.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model as JSON: {@code schemaVersion}, a summary, the per-rule table and every finding, in checklist
 * order and, per rule, new, baselined, fixed, each sorted by key and location, so equal runs give equal files.
 */
final class JsonReport {

    /** Raised when the structure changes incompatibly. */
    static final int SCHEMA_VERSION = 1;

    private JsonReport() {
    }

    /** What the import searched and every file it could not read, with the reason. */
    static Map<String, Object> completeness(ReportModel model) {
        return Json.object(
                "complete", !model.incomplete() && model.emptyCodeBase().isEmpty(),
                "searched", model.completeness().searched(),
                "incompleteAllowed", model.completeness().incompleteAllowed(),
                "message", model.emptyCodeBase().orElse(null),
                "unreadFiles", model.completeness().unreadFiles().stream()
                        .map(file -> (Object) Json.object("path", file.path(), "reason", file.reason())).toList());
    }

    /** The whole module map (uncapped) as data: nodes with their finding counts, edges with weight, rule ids, cut, baselined. */
    static Map<String, Object> moduleMap(ModuleMap map) {
        return Json.object(
                "nodes", map.nodes().stream().map(node -> (Object) Json.object(
                        "module", node.module(), "new", node.newFindings(), "baselined", node.baselinedFindings())).toList(),
                "edges", map.edges().stream().map(edge -> (Object) Json.object(
                        "from", edge.from(), "to", edge.to(), "weight", edge.weight(),
                        "ruleIds", List.copyOf(new java.util.TreeSet<>(edge.ruleIds())), "cut", edge.cut(), "baselined", edge.baselined())).toList());
    }

    /** A request flow as {@code note} and {@code calls} (from, to, method, location, kind). */
    private static Map<String, Object> flow(dev.archrules.core.model.Flow flow) {
        List<Object> calls = new ArrayList<>();
        flow.calls().forEach(call -> calls.add(Json.object("from", call.from(), "to", call.to(), "method", call.method(),
                "location", call.location(), "kind", call.kind().name().toLowerCase(java.util.Locale.ROOT))));
        return Json.object("note", flow.note(), "calls", calls);
    }

    static String render(ReportModel model, Locator locator) {
        List<Object> rules = new ArrayList<>();
        for (RuleResult rule : model.rules()) {
            List<Object> violations = new ArrayList<>();
            List<Object> fixed = new ArrayList<>();
            for (Finding finding : Finding.of(rule)) {
                finding.violation().ifPresent(v -> {
                    Map<String, Object> violation = Json.object(
                            "state", finding.state().label(),
                            "key", v.key(),
                            "message", v.message(),
                            "path", locator.path(v.location()),
                            "line", v.location().line(),
                            "className", v.location().className(),
                            "hint", v.hint(),
                            "grown", rule.triage().isGrown(v) && finding.state() == Finding.State.NEW);
                    if (!v.details().isEmpty()) {
                        violation.put("details", v.details());
                    }
                    if (!v.flow().isEmpty()) {
                        violation.put("flow", flow(v.flow()));
                    }
                    violations.add(violation);
                });
                finding.fixed().ifPresent(f -> fixed.add(Json.object(
                        "key", f.key(), "baselined", f.baselined(), "remaining", f.remaining())));
            }
            rules.add(Json.object(
                    "id", rule.rule().id(),
                    "severity", rule.severity().argument(),
                    "fails", rule.fails(model.failOn()),
                    "item", rule.rule().item().name(),
                    "title", rule.rule().title(),
                    "new", rule.newCount(),
                    "baselined", rule.baselinedCount(),
                    "fixed", rule.fixedCount(),
                    "total", rule.total(),
                    "violations", violations,
                    "fixedEntries", fixed,
                    "reportedElsewhere", rule.reportedElsewhere().stream()
                            .map(folded -> (Object) Json.object("key", folded.key(), "reportedBy", folded.ownerRuleId(),
                                    "reportedAs", folded.ownerKey())).toList()));
        }
        Map<String, Object> root = Json.object(
                "schemaVersion", SCHEMA_VERSION,
                "tool", "archrules",
                "summary", Json.object(
                        "new", model.newCount(),
                        "baselined", model.baselinedCount(),
                        "fixed", model.fixedCount(),
                        "newErrors", model.newCount(dev.archrules.core.model.Severity.ERROR),
                        "newWarnings", model.newCount(dev.archrules.core.model.Severity.WARNING),
                        "newNotes", model.newCount(dev.archrules.core.model.Severity.NOTE),
                        "failOn", model.failOn().argument(),
                        "analysedClasses", model.analysedClasses(),
                        "generatedClasses", model.generatedClasses(),
                        "incomplete", model.incomplete(),
                        "baselineUsed", model.baselineUsed(),
                        "line", model.summaryLine()),
                "completeness", completeness(model),
                "table", RuleTable.json(model),
                "rules", rules,
                "moduleMap", moduleMap(model.moduleMap()));
        return Json.write(root);
    }
}
