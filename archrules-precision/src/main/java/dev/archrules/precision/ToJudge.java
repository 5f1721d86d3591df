package dev.archrules.precision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <codebase>.to-judge.txt} file: the sampled findings not judged yet, per rule, each as the start
 * of a judgement line ({@code ruleId | key | }) followed by its message and source location(s) as comments.
 * Copy an entry into {@code judgements/<codebase>.txt}, complete it with the verdict and a reason, done.
 */
final class ToJudge {

    private ToJudge() {
    }

    static String render(String codeBase, Collection<Finding> findings, Map<String, List<FindingId>> sample,
                         Judgements judgements) {
        Map<FindingId, List<Finding>> byId = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byId.computeIfAbsent(FindingId.of(finding), id -> new ArrayList<>()).add(finding);
        }
        StringBuilder out = new StringBuilder();
        out.append("# ").append(codeBase).append(": sampled findings not judged yet.\n")
                .append("# Judge each in judgements/").append(codeBase)
                .append(".txt as 'ruleId | key | TRUE|FALSE|DEBATABLE | one-line reason'.\n");
        int open = 0;
        for (Map.Entry<String, List<FindingId>> rule : sample.entrySet()) {
            List<FindingId> unjudged = rule.getValue().stream().filter(id -> judgements.of(id).isEmpty()).toList();
            if (unjudged.isEmpty()) {
                continue;
            }
            long distinct = byId.keySet().stream().filter(id -> id.ruleId().equals(rule.getKey())).count();
            out.append("\n## ").append(rule.getKey()).append(": ").append(unjudged.size()).append(" to judge (")
                    .append(rule.getValue().size()).append(" sampled of ").append(distinct).append(" distinct findings)\n");
            for (FindingId id : unjudged) {
                out.append("\n").append(id).append(" | \n");
                for (Finding finding : byId.getOrDefault(id, List.of())) {
                    out.append("#   at ").append(finding.location()).append("\n");
                    out.append("#   ").append(Finding.oneLine(finding.message())).append("\n");
                }
                open++;
            }
        }
        if (open == 0) {
            out.append("\n# nothing left to judge in the sample\n");
        }
        return out.toString();
    }
}
