package dev.archrules.precision;

/**
 * What a judgement refers to: a rule id and a stable key. Several findings may share one (the same key at
 * several places); a judgement covers them all.
 *
 * @param ruleId the rule id
 * @param key    the stable key, line breaks written as {@code \n}
 */
record FindingId(String ruleId, String key) implements Comparable<FindingId> {

    static FindingId of(Finding finding) {
        return new FindingId(finding.ruleId(), Finding.oneLine(finding.key()));
    }

    @Override
    public int compareTo(FindingId other) {
        int byRule = ruleId.compareTo(other.ruleId);
        return byRule != 0 ? byRule : key.compareTo(other.key);
    }

    @Override
    public String toString() {
        return ruleId + " | " + key;
    }
}
