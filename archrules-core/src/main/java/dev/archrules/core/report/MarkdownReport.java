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
        scorecard(model, out);
        out.append("| ").append(String.join(" | ", RuleTable.HEADINGS)).append(" |\n|---|---|---:|---:|---:|---:|\n");
        for (RuleTable.Row row : RuleTable.rows(model)) {
            out.append("| ").append(row.sums() ? "**" + row.rule() + "**" : "`" + row.rule() + "`").append(" | ").append(row.severity());
            row.counts().forEach(cell -> out.append(" | ").append(cell));
            out.append(" |\n");
        }
        moduleMap(model, out);
        pictures(model, out);
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

    /** How many tangles and request flows of new findings the report draws; the rest are in the HTML report. */
    static final int PICTURES_SHOWN = 5;

    /** The checklist scorecard: each item the run checks, pass, fail or reported, with its counts. */
    private static void scorecard(ReportModel model, StringBuilder out) {
        out.append("| checklist item | status | new | baselined | fixed |\n|---|---|---:|---:|---:|\n");
        for (Scorecard.Line line : Scorecard.lines(model)) {
            String status = switch (line.status()) {
                case FAIL -> "❌ fail";
                case REPORTED -> "⚠️ reported";
                case PASS -> "✅ pass";
            };
            out.append("| ").append(Escape.markdown(line.title())).append(" | ").append(status).append(" | ").append(line.newCount())
                    .append(" | ").append(line.baselined()).append(" | ").append(line.fixed()).append(" |\n");
        }
        out.append('\n');
    }

    /**
     * The tangles (suggested cuts dashed) and request flows of the first {@value #PICTURES_SHOWN} new findings that have
     * one, as Mermaid blocks, and how many more the HTML report draws.
     */
    private static void pictures(ReportModel model, StringBuilder out) {
        List<String> blocks = new java.util.ArrayList<>();
        for (Finding finding : Finding.inState(model, Finding.State.NEW)) {
            dev.archrules.core.model.Violation violation = finding.violation().orElseThrow();
            String id = finding.rule().rule().id();
            ModuleMap tangle = Pictures.tangle(id, violation);
            if (!tangle.nodes().isEmpty()) {
                blocks.add("**`" + id + "`** `" + violation.key().replace("`", "'") + "` — suggested cuts dashed\n\n```mermaid\n"
                        + tangle.mermaid() + "```\n");
            } else if (!violation.flow().calls().isEmpty()) {
                blocks.add("**`" + id + "`** `" + violation.key().replace("`", "'") + "`\n\n```mermaid\n"
                        + SequenceDiagram.mermaid(violation.flow()) + "```\n");
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        out.append("\n### Tangles and request flows\n\n");
        blocks.stream().limit(PICTURES_SHOWN).forEach(block -> out.append(block).append('\n'));
        if (blocks.size() > PICTURES_SHOWN) {
            out.append("… and ").append(blocks.size() - PICTURES_SHOWN).append(" more (see archrules.html)\n");
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
