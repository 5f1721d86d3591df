package dev.archrules.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One finding of the checklist on a code base, as the command's JSON report gives it.
 *
 * @param ruleId  the rule id, e.g. {@code data-access.sql-only-in-repositories}
 * @param key     the stable key of the violation (what judgements refer to)
 * @param message the complete message
 * @param path    the source path of the violating class as the report names it
 * @param line    the line, 0 when unknown
 * @param reportedUnder the rule whose finding reports this one's fact (one fact, one report: the report lists it
 *                      under the rule's {@code reportedElsewhere}, naming that rule), empty when the rule reports it
 */
record Finding(String ruleId, String key, String message, String path, long line, String reportedUnder) {

    /** A finding the rule reports itself. */
    Finding(String ruleId, String key, String message, String path, long line) {
        this(ruleId, key, message, path, line, "");
    }

    /** Whether another rule's finding reports this fact, so it is no report of its own. */
    boolean folded() {
        return !reportedUnder.isEmpty();
    }

    /** Findings in the order of their findings-file lines: rule id, key, message, then location. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::key)
            .thenComparing(Finding::message)
            .thenComparing(Finding::path)
            .thenComparingLong(Finding::line);

    /** The line of the findings file: {@code ruleId | key | message}, line breaks of the message written as {@code \n}. */
    String findingsLine() {
        return ruleId + " | " + oneLine(key) + " | " + oneLine(message);
    }

    /** Where the finding is, {@code path:line}. */
    String location() {
        return line > 0 ? path + ":" + line : path;
    }

    static String oneLine(String text) {
        return text.replace("\r", "").replace("\n", "\\n");
    }

    /** Every violation of every rule of an {@code archrules.json} report, sorted by {@link #ORDER}. */
    static List<Finding> readJsonReport(Path report) throws IOException {
        Object document = JsonReader.parse(Files.readString(report, StandardCharsets.UTF_8));
        List<Finding> findings = new ArrayList<>();
        for (Object rule : list(map(document, report).get("rules"), report)) {
            Map<String, Object> ruleMap = map(rule, report);
            String ruleId = string(ruleMap.get("id"));
            for (Object violation : list(ruleMap.get("violations"), report)) {
                Map<String, Object> v = map(violation, report);
                Object line = v.get("line");
                findings.add(new Finding(ruleId, string(v.get("key")), string(v.get("message")), string(v.get("path")),
                        line instanceof Long number ? number : 0));
            }
            // one fact, one report: what the rule found and another rule reports (naming it) stands in the findings
            // file with the owner named instead of a message; it is counted as folded, not sampled or judged again
            Object elsewhere = ruleMap.get("reportedElsewhere");
            if (elsewhere instanceof List<?>) {
                for (Object folded : list(elsewhere, report)) {
                    Map<String, Object> f = map(folded, report);
                    String owner = string(f.get("reportedBy"));
                    findings.add(new Finding(ruleId, string(f.get("key")), "reported under " + owner, "", 0, owner));
                }
            }
        }
        findings.sort(ORDER);
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, Path report) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(report + ": expected a JSON object, found " + value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, Path report) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(report + ": expected a JSON array, found " + value);
    }

    private static String string(Object value) {
        return value == null || value == JsonReader.NULL ? "" : value.toString();
    }
}
