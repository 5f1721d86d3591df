package dev.archrules.precision;

/**
 * One line of a judgement file: {@code ruleId | key | TRUE|FALSE|DEBATABLE | one-line reason}.
 *
 * @param ruleId  the rule id of the finding
 * @param key     the finding's stable key
 * @param verdict the verdict
 * @param reason  why, in one line
 * @param where   {@code file:line} of the judgement, for messages
 */
record Judgement(String ruleId, String key, Verdict verdict, String reason, String where) {

    /** The identity of the judged finding: rule id and key. */
    FindingId id() {
        return new FindingId(ruleId, key);
    }
}
