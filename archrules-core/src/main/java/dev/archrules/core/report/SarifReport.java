package dev.archrules.core.report;

import dev.archrules.core.baseline.EntryId;
import dev.archrules.core.model.Violation;
import dev.archrules.core.engine.ChecklistRule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run, the checklist's rules as {@code tool.driver.rules} (id, name, descriptions, help, and the
 * rule's severity in the run as {@code defaultConfiguration.level}: {@code error}, {@code warning} or {@code note}),
 * each result at its rule's severity as {@code level} (a fixed entry at {@code note}), its fingerprint from rule id and
 * key only (a changed severity is the same result),
 * and per violation a result with a repo-relative location and a {@code baselineState}: {@code new},
 * {@code updated} (one more occurrence of a baselined key), {@code unchanged} (baselined, reported as an
 * accepted external suppression) or {@code absent} (fixed). In new-only mode just the new and updated
 * results, which is what GitHub code scanning should alert on.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The archrules version, from the build ({@code archrules.properties}). */
    static final String VERSION = version();

    private SarifReport() {
    }

    static String render(ReportModel model, Locator locator, boolean newOnly) {
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (RuleResult rule : model.rules()) {
            index.put(rule.rule().id(), rules.size());
            rules.add(descriptor(rule));
        }
        List<Object> results = new ArrayList<>();
        Map<EntryId, Integer> occurrences = new HashMap<>();
        for (Finding finding : Finding.all(model)) {
            if (newOnly && finding.state() != Finding.State.NEW) {
                continue;
            }
            String ruleId = finding.rule().rule().id();
            EntryId identity = new EntryId(ruleId, finding.key());
            int occurrence = occurrences.merge(identity, 1, Integer::sum);
            Map<String, Object> result = Json.object(
                    "ruleId", ruleId,
                    "ruleIndex", index.get(ruleId),
                    "level", finding.state() == Finding.State.FIXED ? "note" : finding.rule().severity().argument(),
                    "message", Json.object("text", finding.text()),
                    "locations", finding.violation().map(v -> List.<Object>of(location(v, locator))).orElse(null),
                    "partialFingerprints", Json.object("archrulesKey/v1", fingerprint(identity) + ":" + occurrence),
                    "baselineState", model.baselineUsed() && !newOnly ? baselineState(finding) : null,
                    "suppressions", finding.state() == Finding.State.BASELINED ? List.<Object>of(Json.object(
                            "kind", "external",
                            "status", "accepted",
                            "justification", "accepted in the archrules baseline")) : null,
                    "properties", Json.object("key", finding.key()));
            results.add(result);
        }
        Map<String, Object> driver = Json.object(
                "name", "archrules",
                "version", VERSION,
                "rules", rules);
        return Json.write(Json.object(
                "$schema", SCHEMA,
                "version", "2.1.0",
                "runs", List.of(Json.object(
                        "tool", Json.object("driver", driver),
                        "columnKind", "utf16CodeUnits",
                        "results", results,
                        "invocations", List.of(invocation(model)),
                        "properties", Json.object("archrules", Json.object(
                                "summary", model.summaryLine(),
                                "completeness", JsonReport.completeness(model),
                                "table", RuleTable.json(model)))))));
    }

    /** The run's invocation: not successful when the import was incomplete or empty, with one notification per file not read. */
    private static Map<String, Object> invocation(ReportModel model) {
        List<Object> notifications = new ArrayList<>();
        model.emptyCodeBase().ifPresent(sentence -> notifications.add(Json.object("level", "error", "message", Json.object("text", sentence))));
        model.completeness().unreadFiles().forEach(file -> notifications.add(Json.object(
                "level", model.completeness().incompleteAllowed() ? "warning" : "error",
                "message", Json.object("text", "not read: " + file.message()),
                "locations", List.of(Json.object("physicalLocation", Json.object("artifactLocation", Json.object("uri", file.path())))))));
        return Json.object(
                "executionSuccessful", !model.incomplete() && model.emptyCodeBase().isEmpty(),
                "toolExecutionNotifications", notifications.isEmpty() ? null : notifications);
    }

    private static Map<String, Object> descriptor(RuleResult result) {
        ChecklistRule rule = result.rule();
        String help = rule.title() + " (" + rule.item() + ": " + rule.item().title() + ").\n\nWhy: " + rule.rationale()
                + ".\n\nFix: " + rule.fix() + ".";
        return Json.object(
                "id", rule.id(),
                "name", camelCase(rule.id()),
                "shortDescription", Json.object("text", rule.title()),
                "fullDescription", Json.object("text", rule.title() + ", because " + rule.rationale()),
                "help", Json.object("text", help, "markdown", "**" + Escape.markdown(rule.title()) + "** ("
                        + rule.item() + ": " + Escape.markdown(rule.item().title()) + ")\n\n**Why:** "
                        + Escape.markdown(rule.rationale()) + "\n\n**Fix:** " + Escape.markdown(rule.fix())),
                "defaultConfiguration", Json.object("level", result.severity().argument()),
                "properties", Json.object("tags", List.of("architecture", rule.item().name())));
    }

    private static Map<String, Object> location(Violation violation, Locator locator) {
        Map<String, Object> physical = Json.object(
                "artifactLocation", Json.object("uri", locator.path(violation.location())),
                "region", violation.location().line() > 0 ? Json.object("startLine", violation.location().line()) : null);
        return Json.object("physicalLocation", physical,
                "logicalLocations", List.of(Json.object("fullyQualifiedName", violation.location().className(), "kind", "type")));
    }

    private static String version() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = SarifReport.class.getResourceAsStream("archrules.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read archrules.properties", e);
        }
        String version = properties.getProperty("version", "");
        return version.isEmpty() || version.startsWith("$") ? "unknown" : version;
    }

    private static String baselineState(Finding finding) {
        return switch (finding.state()) {
            case NEW -> finding.rule().triage().isGrown(finding.violation().orElseThrow()) ? "updated" : "new";
            case BASELINED -> "unchanged";
            case FIXED -> "absent";
        };
    }

    /** {@code packages.no-cycles} becomes {@code PackagesNoCycles}: SARIF's name is an identifier-like label. */
    static String camelCase(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    /** The first 16 bytes of the SHA-256 of {@code ruleId | key}, in hex: stable across runs, reworded messages and moves. */
    private static String fingerprint(EntryId identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
