package dev.archrules.core.report;

import dev.archrules.core.model.Severity;

import java.util.List;

/**
 * GitHub-flavoured Markdown: the per-rule table (with each rule's severity), new violations with {@code file:line}
 * (grouped under Errors, Warnings and Notes when they are not all errors), baselined and fixed ones in collapsible sections, each list cut at a limit with the count of what was left out.
 * Text from code is escaped, so it cannot open HTML or Markdown constructs.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(ReportModel model, Locator locator, int limit) {
        StringBuilder out = new StringBuilder("## archrules checklist\n\n");
        out.append("**").append(Escape.markdown(model.summaryLine())).append("** — ").append(model.analysedLine()).append("\n\n");
        completeness(model, limit, out);
        out.append("| ").append(String.join(" | ", RuleTable.HEADINGS)).append(" |\n|---|---|---:|---:|---:|---:|\n");
        for (RuleTable.Row row : RuleTable.rows(model)) {
            out.append("| ").append(row.sums() ? "**" + row.rule() + "**" : "`" + row.rule() + "`").append(" | ").append(row.severity());
            row.counts().forEach(cell -> out.append(" | ").append(cell));
            out.append(" |\n");
        }
        moduleMap(model, out);
        List<Finding> fresh = Finding.inState(model, Finding.State.NEW);
        out.append("\n### New violations (").append(fresh.size()).append(")\n\n");
        if (fresh.isEmpty()) {
            out.append("None.\n");
        }
        if (fresh.stream().allMatch(finding -> finding.rule().severity() == Severity.ERROR)) {
            list(fresh, locator, limit, out);
        } else {
            for (Severity severity : Severity.values()) {
                List<Finding> group = fresh.stream().filter(finding -> finding.rule().severity() == severity).toList();
                if (!group.isEmpty()) {
                    String name = severity.argument().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + severity.argument().substring(1) + "s";
                    out.append("\n#### ").append(name).append(" (").append(group.size()).append(")")
                            .append(severity.fails(model.failOn()) ? "" : " — reported, not failing (failOn=" + model.failOn().argument() + ")")
                            .append("\n\n");
                    list(group, locator, limit, out);
                }
            }
        }
        section("Baselined violations", Finding.inState(model, Finding.State.BASELINED), locator, limit, out);
        section("Fixed since the baseline", Finding.inState(model, Finding.State.FIXED), locator, limit, out);
        return out.toString();
    }

    private static void completeness(ReportModel model, int limit, StringBuilder out) {
        model.emptyCodeBase().ifPresent(sentence -> out.append("> **").append(Escape.markdown(sentence)).append("**\n\n"));
        if (model.incomplete()) {
            List<String> lines = model.completenessLines();
            out.append("> **").append(Escape.markdown(lines.get(model.emptyCodeBase().isPresent() ? 1 : 0))).append("**\n\n");
            List<dev.archrules.core.model.UnreadFile> files = model.completeness().unreadFiles();
            files.stream().limit(limit).forEach(file -> out.append("- `").append(file.path().replace("`", "'")).append("`: ")
                    .append(Escape.markdown(file.reason())).append('\n'));
            if (files.size() > limit) {
                out.append("- … and ").append(files.size() - limit).append(" more (see archrules.json)\n");
            }
            out.append('\n');
        }
    }

    /** The module map as a Mermaid flowchart (GitHub draws it), with the note of what the caps left out; nothing without modules. */
    private static void moduleMap(ReportModel model, StringBuilder out) {
        ModuleMap map = model.drawnModuleMap();
        if (map.nodes().isEmpty()) {
            return;
        }
        out.append("\n### Module map\n\n")
                .append("Edges: class dependencies between modules; red: the rule ids a new finding breaks there; dashed: a cut a cycle finding suggests.\n\n")
                .append("```mermaid\n").append(map.mermaid()).append("```\n");
        if (!map.leftOut().isEmpty()) {
            out.append("\n").append(Escape.markdown(map.leftOut())).append(" (see archrules.json for the whole map)\n");
        }
    }

    private static void section(String title, List<Finding> findings, Locator locator, int limit, StringBuilder out) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("\n<details><summary>").append(title).append(" (").append(findings.size()).append(")</summary>\n\n");
        list(findings, locator, limit, out);
        out.append("\n</details>\n");
    }

    private static void list(List<Finding> findings, Locator locator, int limit, StringBuilder out) {
        findings.stream().limit(limit).forEach(finding -> {
            out.append("- `").append(finding.rule().rule().id()).append("` ");
            String where = finding.where(locator);
            if (!where.isEmpty()) {
                out.append("`").append(where.replace("`", "'")).append("` ");
            }
            out.append(Escape.markdown(finding.text())).append('\n');
        });
        if (findings.size() > limit) {
            out.append("- … and ").append(findings.size() - limit).append(" more (").append(findings.size())
                    .append(" in all; see archrules.html or archrules.json)\n");
        }
    }
}
