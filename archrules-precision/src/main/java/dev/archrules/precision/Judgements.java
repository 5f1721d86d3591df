package dev.archrules.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judgements of one code base, read from {@code judgements/<codebase>.txt}: one line per judged finding,
 * {@code ruleId | key | TRUE|FALSE|DEBATABLE | one-line reason}; blank lines and lines starting with {@code #}
 * are ignored. The key is everything between the rule id and the verdict, so a key may itself contain
 * {@code " | "}. Every malformed line is reported with {@code file:line}, all of them at once.
 */
final class Judgements {

    private static final String SEPARATOR = " | ";

    private final Map<FindingId, Judgement> byId;

    private Judgements(Map<FindingId, Judgement> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    static Judgements none() {
        return new Judgements(new LinkedHashMap<>());
    }

    /** Reads a judgement file; a missing file means nothing is judged yet. */
    static Judgements read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses the lines of a judgement file.
     *
     * @throws JudgementException naming {@code fileName:line} for every malformed or duplicate line
     */
    static Judgements parse(String fileName, List<String> lines) {
        Map<FindingId, Judgement> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ":" + (i + 1);
            // a line that starts or ends in "|" (rule id or reason left out) still has that field, empty
            String padded = (line.startsWith("| ") ? " " : "") + line + (line.endsWith(" |") ? " " : "");
            List<String> fields = Arrays.asList(padded.split(" \\| ", -1));
            int verdictAt = -1;
            for (int f = 2; f < fields.size(); f++) {
                if (isVerdict(fields.get(f).strip())) {
                    verdictAt = f;
                    break;
                }
            }
            if (verdictAt < 0) {
                problems.add(where + ": expected 'ruleId | key | TRUE|FALSE|DEBATABLE | reason', found '" + line + "'");
                continue;
            }
            String ruleId = fields.get(0).strip();
            String key = String.join(SEPARATOR, fields.subList(1, verdictAt)).strip();
            String reason = String.join(SEPARATOR, fields.subList(verdictAt + 1, fields.size())).strip();
            if (ruleId.isEmpty() || ruleId.contains(" ")) {
                problems.add(where + ": the rule id is missing or contains a space: '" + ruleId + "'");
                continue;
            }
            if (key.isEmpty()) {
                problems.add(where + ": the key is missing");
                continue;
            }
            if (reason.isEmpty()) {
                problems.add(where + ": the reason is missing; say in one line why the finding is "
                        + fields.get(verdictAt).strip());
                continue;
            }
            Judgement judgement = new Judgement(ruleId, key, Verdict.valueOf(fields.get(verdictAt).strip()), reason, where);
            Judgement earlier = byId.putIfAbsent(judgement.id(), judgement);
            if (earlier != null) {
                problems.add(where + ": '" + judgement.id() + "' is already judged at " + earlier.where());
            }
        }
        if (!problems.isEmpty()) {
            throw new JudgementException(problems);
        }
        return new Judgements(byId);
    }

    private static boolean isVerdict(String field) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** The judgement of a finding, if it was judged. */
    java.util.Optional<Judgement> of(FindingId id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    /** Every judgement, in file order. */
    java.util.Collection<Judgement> all() {
        return byId.values();
    }

    /** Malformed judgement lines, each named {@code file:line}. */
    static final class JudgementException extends IllegalArgumentException {

        private final List<String> problems;

        JudgementException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        /** Each problem, starting with {@code file:line:}. */
        List<String> problems() {
            return problems;
        }
    }
}
