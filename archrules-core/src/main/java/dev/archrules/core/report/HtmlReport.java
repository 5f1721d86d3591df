package dev.archrules.core.report;

import dev.archrules.core.model.Violation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One self-contained page: no external resources, a Content-Security-Policy that lets only the page's
 * own inline script run (by hash), every string from code escaped, each rule's and finding's severity, and filters
 * by rule, severity, state and package. The filters can be preset through the URL fragment, e.g. {@code archrules.html#state=new&rule=modules.no-cycles}.
 */
final class HtmlReport {

    static final String SCRIPT = """
            (function () {
              var names = ['rule', 'severity', 'state', 'package'];
              var selects = {};
              names.forEach(function (name) { selects[name] = document.getElementById('filter-' + name); });
              function apply() {
                var shown = 0;
                document.querySelectorAll('#findings tbody tr').forEach(function (row) {
                  var visible = names.every(function (name) {
                    var wanted = selects[name].value;
                    return wanted === '' || row.getAttribute('data-' + name) === wanted;
                  });
                  row.hidden = !visible;
                  if (visible) { shown++; }
                });
                document.getElementById('shown').textContent = String(shown);
              }
              var preset = new URLSearchParams(window.location.hash.slice(1));
              names.forEach(function (name) {
                if (preset.has(name)) { selects[name].value = preset.get(name); }
                selects[name].addEventListener('change', apply);
              });
              apply();
              document.body.setAttribute('data-ready', 'true');
            })();
            """;

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + sha256(SCRIPT) + "'";

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            td.n { text-align: right; }
            tr[data-state=new] td:first-child { color: #b00; font-weight: bold; }
            tr[data-state=fixed] td:first-child { color: #070; }
            code { font-size: 90%; }
            """;

    private HtmlReport() {
    }

    static String render(ReportModel model, Locator locator) {
        List<Finding> findings = Finding.all(model);
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>archrules checklist</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>archrules checklist</h1>\n<p id=\"summary\">").append(Escape.html(model.summaryLine()))
                .append(" — ").append(model.analysedLine()).append("</p>\n");
        if (!model.completenessLines().isEmpty()) {
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
        out.append("<table id=\"rules\">\n<thead><tr>");
        RuleTable.HEADINGS.forEach(heading -> out.append("<th>").append(heading).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (RuleTable.Row row : RuleTable.rows(model)) {
            out.append("<tr><td>").append(Escape.html(row.rule())).append("</td><td>").append(row.severity()).append("</td>");
            row.counts().forEach(cell -> out.append("<td class=\"n\">").append(cell).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<form id=\"filters\">\n");
        select("rule", model.rules().stream().map(rule -> rule.rule().id()).toList(), out);
        select("severity", model.rules().stream().map(rule -> rule.severity().argument()).distinct().toList(), out);
        select("state", List.of("new", "baselined", "fixed"), out);
        Set<String> packages = new TreeSet<>();
        findings.forEach(finding -> packages.add(finding.packageName()));
        packages.remove("");
        select("package", List.copyOf(packages), out);
        out.append("<span><span id=\"shown\">").append(findings.size()).append("</span> of ").append(findings.size())
                .append(" shown</span>\n</form>\n");
        out.append("<table id=\"findings\">\n<thead><tr><th>state</th><th>severity</th><th>rule</th><th>where</th><th>violation</th><th>fix</th></tr></thead>\n<tbody>\n");
        for (Finding finding : findings) {
            out.append("<tr data-rule=\"").append(Escape.html(finding.rule().rule().id()))
                    .append("\" data-severity=\"").append(finding.rule().severity().argument())
                    .append("\" data-state=\"").append(finding.state().label())
                    .append("\" data-package=\"").append(Escape.html(finding.packageName())).append("\">")
                    .append("<td>").append(finding.state().label()).append("</td>")
                    .append("<td>").append(finding.rule().severity().argument()).append("</td>")
                    .append("<td>").append(Escape.html(finding.rule().rule().id())).append("</td>")
                    .append("<td><code>").append(Escape.html(finding.where(locator))).append("</code></td>")
                    .append("<td>").append(Escape.html(finding.text())).append(details(finding)).append("</td>")
                    .append("<td>").append(Escape.html(finding.violation().map(v -> v.hint()).orElse(""))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
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
    private static String details(Finding finding) {
        List<String> details = finding.violation().map(Violation::details).orElse(List.of());
        if (details.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<details><summary>").append(details.size()).append(" details</summary><ul>");
        details.forEach(line -> out.append("<li>").append(Escape.html(line)).append("</li>"));
        return out.append("</ul></details>").toString();
    }
}