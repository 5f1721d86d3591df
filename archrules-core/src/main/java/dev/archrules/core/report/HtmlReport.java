package dev.archrules.core.report;

import dev.archrules.core.model.ChecklistItem;
import dev.archrules.core.model.Violation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One self-contained page a team reads: the checklist scorecard (each item passes or fails, with its new, baselined and
 * fixed counts), the module map as an inline SVG (a click on a module or a dependency filters the findings), then the
 * findings grouped by checklist item and rule, each rule with its rationale and fix, each finding with its location
 * linked to the source, its fix hint, its details, and the picture of its request flow or package tangle.
 *
 * <p>No external resources, a Content-Security-Policy that lets only the page's own inline script run (by hash), every
 * string from code escaped; messages wrap (no sideways scrolling at 1,280 px) and class names are shortened, the full name
 * on hover. The filters (rule, severity, state, package, and module or dependency of the map) can be preset through the
 * URL fragment, e.g. {@code archrules.html#state=new&rule=modules.no-cycles} or {@code #module=billing}.
 */
final class HtmlReport {

    static final String SCRIPT = """
            (function () {
              var names = ['rule', 'severity', 'state', 'package'];
              var selects = {};
              var onMap = null;
              names.forEach(function (name) { selects[name] = document.getElementById('filter-' + name); });
              function placed(item) {
                if (onMap === null) { return true; }
                if (onMap.kind === 'module') { return item.getAttribute('data-module') === onMap.value; }
                return (item.getAttribute('data-edges') || '').split('|').indexOf(onMap.value) >= 0;
              }
              function apply() {
                var shown = 0;
                document.querySelectorAll('li.finding').forEach(function (item) {
                  var visible = placed(item) && names.every(function (name) {
                    var wanted = selects[name].value;
                    return wanted === '' || item.getAttribute('data-' + name) === wanted;
                  });
                  item.hidden = !visible;
                  if (visible) { shown++; }
                });
                document.querySelectorAll('article.rule, section.item').forEach(function (group) {
                  group.hidden = group.querySelector('li.finding:not([hidden])') === null;
                });
                document.querySelectorAll('#map .node, #map .edge').forEach(function (shape) {
                  var value = shape.classList.contains('node') ? shape.getAttribute('data-module')
                      : shape.getAttribute('data-from') + ' -> ' + shape.getAttribute('data-to');
                  shape.classList.toggle('selected', onMap !== null && onMap.value === value);
                });
                document.getElementById('map-filter').textContent = onMap === null ? '' : onMap.kind + ' ' + onMap.value;
                document.getElementById('shown').textContent = String(shown);
              }
              function choose(kind, value) {
                onMap = onMap !== null && onMap.kind === kind && onMap.value === value ? null : { kind: kind, value: value };
                apply();
              }
              document.querySelectorAll('#map .node').forEach(function (node) {
                var pick = function () { choose('module', node.getAttribute('data-module')); };
                node.addEventListener('click', pick);
                node.addEventListener('keydown', function (event) { if (event.key === 'Enter') { pick(); } });
              });
              document.querySelectorAll('#map .edge').forEach(function (edge) {
                edge.addEventListener('click', function () {
                  choose('dependency', edge.getAttribute('data-from') + ' -> ' + edge.getAttribute('data-to'));
                });
              });
              document.getElementById('clear').addEventListener('click', function () {
                onMap = null;
                names.forEach(function (name) { selects[name].value = ''; });
                apply();
              });
              var preset = new URLSearchParams(window.location.hash.slice(1));
              names.forEach(function (name) {
                if (preset.has(name)) { selects[name].value = preset.get(name); }
                selects[name].addEventListener('change', apply);
              });
              if (preset.has('module')) { onMap = { kind: 'module', value: preset.get('module') }; }
              if (preset.has('edge')) { onMap = { kind: 'dependency', value: preset.get('edge') }; }
              apply();
              document.body.setAttribute('data-ready', 'true');
            })();
            """;

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + sha256(SCRIPT) + "'";

    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em auto; padding: 0 1.5em; max-width: 1200px; color: #222; }
            h1 { margin-bottom: .2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; } h3 { margin: 1em 0 .3em; font-size: 1.05em; }
            table { border-collapse: collapse; margin: .6em 0; max-width: 100%; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            td.n { text-align: right; }
            .status-fail { color: #b00; font-weight: bold; } .status-reported { color: #a60; font-weight: bold; } .status-pass { color: #070; }
            .map { overflow: hidden; } .map svg { max-width: 100%; height: auto; }
            #map .node, #map .edge { cursor: pointer; }
            #map .selected rect { stroke: #06c; stroke-width: 3; } #map .selected path { stroke: #06c; }
            #filters { position: sticky; top: 0; background: #fff; padding: .4em 0; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap; gap: .3em 1em; align-items: center; }
            select { max-width: 16em; }
            .why { color: #444; margin: .2em 0; } .fix { margin: .2em 0 .5em; }
            ol.findings { padding-left: 1.4em; }
            li.finding { margin: .5em 0; overflow-wrap: anywhere; }
            .state { display: inline-block; min-width: 5.5em; font-size: 85%; font-weight: bold; }
            li[data-state=new] .state { color: #b00; } li[data-state=baselined] .state { color: #a60; } li[data-state=fixed] .state { color: #070; }
            .where { font-family: ui-monospace, monospace; font-size: 90%; margin-right: .4em; }
            .hint { color: #555; font-size: 92%; margin: .15em 0 0; }
            abbr { text-decoration: none; border-bottom: 1px dotted #999; }
            code { font-size: 90%; overflow-wrap: anywhere; }
            details > summary { cursor: pointer; color: #333; }
            .picture svg { max-width: 100%; height: auto; }
            """;

    /** A qualified class name in a message: two or more lower-case package parts, then the type name. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.$])((?:[a-z_][a-z0-9_]*\\.){2,})([A-Z][\\w$]*)");

    private HtmlReport() {
    }

    static String render(ReportModel model, Locator locator) {
        List<Finding> findings = Finding.all(model);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>archrules checklist</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>archrules checklist</h1>\n<p id=\"summary\">").append(Escape.html(model.summaryLine()))
                .append(" — ").append(model.analysedLine()).append("</p>\n");
        completeness(model, out);
        scorecard(model, out);
        ruleTable(model, out);
        moduleMap(model, out);
        filters(model, findings, out);
        out.append("<section id=\"findings\">\n");
        ChecklistItem current = null;
        // numbers the pictures, so that every SVG's ids are unique on the page
        int[] pictures = {0};
        for (RuleResult rule : model.rules().stream().sorted(java.util.Comparator.comparing(r -> r.rule().item())).toList()) {
            List<Finding> ofRule = Finding.of(rule);
            if (ofRule.isEmpty()) {
                continue;
            }
            if (rule.rule().item() != current) {
                out.append(current == null ? "" : "</section>\n");
                current = rule.rule().item();
                out.append("<section class=\"item\" id=\"item-").append(current.name()).append("\">\n<h2>").append(current.name())
                        .append(" — ").append(Escape.html(current.title())).append("</h2>\n");
            }
            rule(rule, ofRule, model, locator, pictures, out);
        }
        out.append(current == null ? "<p>No findings.</p>\n" : "</section>\n");
        out.append("</section>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void completeness(ReportModel model, StringBuilder out) {
        if (model.completenessLines().isEmpty()) {
            return;
        }
        out.append("<section id=\"completeness\">\n");
        model.emptyCodeBase().ifPresent(sentence -> out.append("<p><strong>").append(Escape.html(sentence)).append("</strong></p>\n"));
        if (model.incomplete()) {
            out.append("<p><strong>").append(Escape.html(model.completenessLines().get(model.emptyCodeBase().isPresent() ? 1 : 0)))
                    .append("</strong></p>\n<ul id=\"unread\">\n");
            model.completeness().unreadFiles().forEach(file -> out.append("<li><code>").append(Escape.html(file.path()))
                    .append("</code>: ").append(Escape.html(file.reason())).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static void scorecard(ReportModel model, StringBuilder out) {
        out.append("<section id=\"scorecard\">\n<h2>Checklist</h2>\n<table>\n<thead><tr><th>item</th><th>status</th><th>rules</th>")
                .append("<th>new</th><th>baselined</th><th>fixed</th></tr></thead>\n<tbody>\n");
        for (Scorecard.Line line : Scorecard.lines(model)) {
            String title = Escape.html(line.title());
            // P2–P4 are checked by other items' rules, whose findings are under those items
            boolean linked = line.rules().stream().anyMatch(rule -> rule.rule().item() == line.item() && !Finding.of(rule).isEmpty());
            out.append("<tr data-item=\"").append(line.item().name()).append("\"><td>")
                    .append(linked ? "<a href=\"#item-" + line.item().name() + "\">" + title + "</a>" : title)
                    .append("</td><td class=\"status-").append(line.status().label()).append("\">").append(line.status().label())
                    .append("</td><td class=\"n\">").append(line.rules().size())
                    .append("</td><td class=\"n\">").append(line.newCount())
                    .append("</td><td class=\"n\">").append(line.baselined())
                    .append("</td><td class=\"n\">").append(line.fixed()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        List<ChecklistItem> unchecked = Scorecard.unchecked(model);
        if (!unchecked.isEmpty()) {
            out.append("<p id=\"unchecked\">Not checked by this run: ")
                    .append(Escape.html(String.join("; ", unchecked.stream()
                            .map(item -> item.name() + " " + item.title() + " (" + Scorecard.whyUnchecked(item) + ")").toList())))
                    .append(".</p>\n");
        }
        out.append("</section>\n");
    }

    private static void ruleTable(ReportModel model, StringBuilder out) {
        out.append("<details id=\"per-rule\"><summary>Per rule</summary>\n<table id=\"rules\">\n<thead><tr>");
        RuleTable.HEADINGS.forEach(heading -> out.append("<th>").append(heading).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (RuleTable.Row row : RuleTable.rows(model)) {
            out.append("<tr><td>").append(Escape.html(row.rule())).append("</td><td>").append(row.severity()).append("</td>");
            row.counts().forEach(cell -> out.append("<td class=\"n\">").append(cell).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n");
    }

    private static void moduleMap(ReportModel model, StringBuilder out) {
        ModuleMap map = model.drawnModuleMap();
        if (map.nodes().isEmpty()) {
            return;
        }
        out.append("<section id=\"map\">\n<h2>Module map</h2>\n<p>Arrows: class dependencies between modules, labelled with their count. ")
                .append("Red: a new finding's rule ids; amber: baselined ones; dashed: a cut a cycle finding suggests; grey: clean. ")
                .append("Click a module or an arrow to show its findings only; click it again to show all.</p>\n<div class=\"map\">")
                .append(SvgMap.svg(map)).append("</div>\n</section>\n");
    }

    private static void filters(ReportModel model, List<Finding> findings, StringBuilder out) {
        out.append("<form id=\"filters\">\n");
        select("rule", model.rules().stream().map(rule -> rule.rule().id()).toList(), out);
        select("severity", model.rules().stream().map(rule -> rule.severity().argument()).distinct().toList(), out);
        select("state", List.of("new", "baselined", "fixed"), out);
        Set<String> packages = new TreeSet<>();
        findings.forEach(finding -> packages.add(finding.packageName()));
        packages.remove("");
        select("package", List.copyOf(packages), out);
        out.append("<output id=\"map-filter\"></output> <button id=\"clear\" type=\"button\">show all</button>\n")
                .append("<span><span id=\"shown\">").append(findings.size()).append("</span> of ").append(findings.size())
                .append(" shown</span>\n</form>\n");
    }

    private static void rule(RuleResult rule, List<Finding> findings, ReportModel model, Locator locator, int[] pictures,
                             StringBuilder out) {
        String id = Escape.html(rule.rule().id());
        out.append("<article class=\"rule\" data-rule=\"").append(id).append("\">\n<h3><code>").append(id).append("</code> · ")
                .append(rule.severity().argument()).append(" · ").append(rule.newCount()).append(" new, ").append(rule.baselinedCount())
                .append(" baselined, ").append(rule.fixedCount()).append(" fixed</h3>\n<p class=\"why\">")
                .append(Escape.html(rule.rule().title())).append(": ").append(Escape.html(rule.rule().rationale()))
                .append("</p>\n<p class=\"fix\"><strong>Fix:</strong> ").append(Escape.html(rule.rule().info().fix()))
                .append("</p>\n<ol class=\"findings\">\n");
        findings.forEach(finding -> finding(finding, model.moduleMap(), locator, pictures, out));
        out.append("</ol>\n</article>\n");
    }

    private static void finding(Finding finding, ModuleMap map, Locator locator, int[] pictures, StringBuilder out) {
        ModuleMap.Placement placement = map.placement(finding.rule().rule().id(), finding.key());
        out.append("<li class=\"finding\" data-rule=\"").append(Escape.html(finding.rule().rule().id()))
                .append("\" data-severity=\"").append(finding.rule().severity().argument())
                .append("\" data-state=\"").append(finding.state().label())
                .append("\" data-package=\"").append(Escape.html(finding.packageName()))
                .append("\" data-module=\"").append(Escape.html(placement.module()))
                .append("\" data-edges=\"").append(Escape.html(String.join("|", placement.edges()))).append("\">")
                .append("<span class=\"state\">").append(finding.state().label()).append("</span> ");
        finding.violation().ifPresent(violation -> {
            String path = locator.pathAndLine(violation.location());
            String file = path.substring(path.lastIndexOf('/') + 1);
            out.append("<a class=\"where\" href=\"").append(Escape.html(locator.href(violation.location()))).append("\" title=\"")
                    .append(Escape.html(path)).append("\">").append(Escape.html(file)).append("</a> ");
        });
        out.append("<span class=\"message\">").append(shortened(finding.text())).append("</span>");
        finding.violation().ifPresent(violation -> {
            out.append("<p class=\"hint\"><strong>Fix:</strong> ").append(shortened(violation.hint())).append("</p>");
            pictures(finding, violation, pictures, out);
            details(violation, out);
        });
        out.append("</li>\n");
    }

    /** The package tangle of a cycle finding, and the request flow of a call-path finding, as pictures. */
    private static void pictures(Finding finding, Violation violation, int[] pictures, StringBuilder out) {
        ModuleMap tangle = Pictures.tangle(finding.rule().rule().id(), violation);
        if (!tangle.nodes().isEmpty()) {
            out.append("<details class=\"picture\" open><summary>the tangle, suggested cuts dashed</summary>")
                    .append(SvgMap.svg(tangle, "picture" + pictures[0]++)).append("</details>");
        }
        if (!violation.flow().calls().isEmpty()) {
            out.append("<details class=\"picture\" open><summary>the request flow</summary>")
                    .append(SequenceDiagram.svg(violation.flow(), "picture" + pictures[0]++)).append("</details>");
        }
    }

    /** Text from code, escaped, each qualified class name shortened to its simple name with the full name on hover. */
    static String shortened(String text) {
        Matcher names = QUALIFIED.matcher(Escape.html(text));
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement("<abbr title=\"" + names.group(1) + names.group(2) + "\">"
                    + names.group(2) + "</abbr>"));
        }
        return names.appendTail(out).toString();
    }

    private static void select(String name, List<String> values, StringBuilder out) {
        out.append("<label>").append(name).append(" <select id=\"filter-").append(name).append("\"><option value=\"\">all</option>");
        values.forEach(value -> out.append("<option value=\"").append(Escape.html(value)).append("\">").append(Escape.html(value)).append("</option>"));
        out.append("</select></label>\n");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The details of a violation (every edge of a tangle, …) as a collapsed list under its message. */
    private static void details(Violation violation, StringBuilder out) {
        List<String> details = violation.details();
        if (details.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(details);
        out.append("<details><summary>").append(lines.size()).append(" details</summary><ul>");
        lines.forEach(line -> out.append("<li>").append(Escape.html(line)).append("</li>"));
        out.append("</ul></details>");
    }
}
