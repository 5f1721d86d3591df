package dev.archrules.core;

import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.internal.io.EntryStore;
import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Flow;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.SourceLocation;
import dev.archrules.core.model.UnreadFile;
import dev.archrules.core.model.Violation;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.report.ModuleGraph;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.source.internal.SourceLocator;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.archrules.core.internal.io.EntryStore.count;
import static dev.archrules.core.internal.io.EntryStore.readString;
import static dev.archrules.core.internal.io.EntryStore.readStrings;
import static dev.archrules.core.internal.io.EntryStore.writeString;
import static dev.archrules.core.internal.io.EntryStore.writeStrings;

/**
 * The results cache: what the rules found on a whole run ({@link Evaluation}), kept on disk under the {@link RunKey} of
 * its inputs, so that a re-run of unchanged classes, class path, sources, settings, archrules build and JDK neither
 * imports nor evaluates. The entry points that own a whole run use it — the {@code archrules} command and the Maven
 * plugin; {@code check(JavaClasses)}, whose import has already happened, does not. The baseline is applied after the
 * cache, to the kept evaluation, so new, baselined and fixed are those of the run that reads it.
 *
 * <p>Entries live beside the source facts in {@code archrules-cache} (one {@link EntryStore}: the same checksums,
 * atomic writes, size bound and pruning). An entry that is truncated, corrupt, of another format, of another key, or
 * that does not fit the checklist that reads it (other rules, other settings) is ignored, deleted and rebuilt: never a
 * wrong result.
 */
public final class ResultsCache {

    /** Bumped whenever {@link Evaluation} or its encoding change. */
    static final int FORMAT = 1;
    private static final EntryStore.Kind RESULT = new EntryStore.Kind(0x41525253 /* "ARRS" */, FORMAT, (byte) 'R', ".result");
    private final EntryStore store;

    private ResultsCache(EntryStore store) {
        this.store = store;
    }

    /** The cache in {@code directory} (created when first written), pruned to its size limit when a JVM first opens it. */
    public static ResultsCache at(Path directory) {
        return new ResultsCache(EntryStore.at(directory, EntryStore.DEFAULT_MAX_BYTES));
    }

    /** No cache: every look-up misses, nothing is written. */
    public static ResultsCache off() {
        return new ResultsCache(EntryStore.none());
    }

    /**
     * The build directory ({@code target}, {@code build}) of the Maven or Gradle project whose classes folder is
     * {@code classes}: where its {@code archrules-cache} is by default. Empty for a jar or a folder of another layout.
     */
    public static Optional<Path> buildDirectoryOf(Path classes) {
        return SourceLocator.buildDirectoryOf(classes);
    }

    /** The directory, if the cache is on. */
    public Optional<Path> directory() {
        return store.directory();
    }

    /** Look-ups answered, missed, and entries found unreadable or unfit (and deleted), in this object's life. */
    public EntryStore.Counts counts() {
        return store.counts();
    }

    /**
     * The entry of {@code key}, if one is kept and readable: its notes (what the entry point needs to rebuild the
     * checklist, e.g. the preset and base package it chose) and, through {@link Hit#evaluationFor}, the evaluation.
     */
    public Optional<Hit> find(RunKey key) {
        return store.read(key.digest(), RESULT, in -> {
            Map<String, String> notes = readMap(in);
            String checklist = readString(in);
            return new Hit(key, notes, checklist, in.readAllBytes());
        });
    }

    /** Keeps what {@code checklist} found under {@code key}, with the entry point's notes; a failure to write is a miss next time. */
    public void keep(RunKey key, Map<String, String> notes, BackendChecklist checklist, Evaluation evaluation) {
        if (!store.enabled() || !Codec.encodable(evaluation)) {
            return;
        }
        store.write(key.digest(), RESULT, out -> {
            writeMap(out, notes);
            writeString(out, checklist.resultsDescription());
            Codec.write(out, evaluation);
        });
    }

    /** A kept entry, not yet matched with the checklist that reads it. */
    public final class Hit {

        private final RunKey key;
        private final Map<String, String> notes;
        private final String checklist;
        private final byte[] evaluation;

        private Hit(RunKey key, Map<String, String> notes, String checklist, byte[] evaluation) {
            this.key = key;
            this.notes = Map.copyOf(notes);
            this.checklist = checklist;
            this.evaluation = evaluation;
        }

        /** What the entry point noted when it kept the entry. */
        public Map<String, String> notes() {
            return notes;
        }

        /**
         * The kept evaluation, if it was made by a checklist configured like {@code reader} (the same rules and settings);
         * otherwise, or if it does not decode, the entry is deleted and this is empty (a miss: run afresh).
         */
        public Optional<Evaluation> evaluationFor(BackendChecklist reader) {
            if (!checklist.equals(reader.resultsDescription())) {
                store.discard(key.digest(), RESULT);
                return Optional.empty();
            }
            Map<String, ChecklistRule> rules = new LinkedHashMap<>();
            reader.definitions().forEach(rule -> rules.put(rule.id(), rule));
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(evaluation));
                Evaluation decoded = Codec.read(in, rules);
                if (in.available() != 0) {
                    throw new IOException("trailing bytes");
                }
                return Optional.of(decoded);
            } catch (IOException | RuntimeException e) {
                store.discard(key.digest(), RESULT);
                return Optional.empty();
            }
        }
    }

    @Override
    public String toString() {
        return store.enabled() ? "results cache " + store.directory().orElseThrow() : "no results cache";
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        Map<String, String> sorted = new TreeMap<>(map);
        out.writeInt(sorted.size());
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            writeString(out, entry.getKey());
            writeString(out, entry.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int size = count(in);
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            map.put(readString(in), readString(in));
        }
        return map;
    }

    /** The encoding of an evaluation: explicit, versioned by {@link #FORMAT}, no Java serialisation. */
    static final class Codec {

        private Codec() {
        }

        /** Whether the evaluation is one a run produced: every rule's violations all new, nothing triaged yet. */
        static boolean encodable(Evaluation evaluation) {
            return evaluation.result().rules().stream().allMatch(rule -> rule.triage().equals(Triage.allNew(rule.violations())));
        }

        static void write(DataOutputStream out, Evaluation evaluation) throws IOException {
            ChecklistResult result = evaluation.result();
            out.writeInt(result.rules().size());
            for (RuleResult rule : result.rules()) {
                writeString(out, rule.rule().id());
                out.writeInt(rule.classesInScope());
                writeString(out, rule.scopeDescription());
                writeString(out, rule.severity().name());
                out.writeInt(rule.violations().size());
                for (Violation violation : rule.violations()) {
                    writeViolation(out, violation);
                }
                writeFolded(out, rule.reportedElsewhere());
            }
            out.writeInt(result.analysedClasses());
            out.writeInt(result.sourceProblems().size());
            for (SourceProblem problem : result.sourceProblems()) {
                writeString(out, problem.kind().name());
                writeString(out, problem.path());
                writeString(out, problem.message());
            }
            out.writeInt(result.generatedClasses());
            ImportCompleteness completeness = result.completeness();
            writeString(out, completeness.searched());
            out.writeInt(completeness.unreadFiles().size());
            for (UnreadFile file : completeness.unreadFiles()) {
                writeString(out, file.path());
                writeString(out, file.reason());
            }
            out.writeBoolean(completeness.incompleteAllowed());
            writeString(out, result.failOn().name());
            ModuleGraph graph = result.moduleGraph();
            writeStrings(out, graph.modules());
            out.writeInt(graph.weights().size());
            for (Map.Entry<String, Map<String, Integer>> from : graph.weights().entrySet()) {
                writeString(out, from.getKey());
                Map<String, Integer> targets = new TreeMap<>(from.getValue());
                out.writeInt(targets.size());
                for (Map.Entry<String, Integer> to : targets.entrySet()) {
                    writeString(out, to.getKey());
                    out.writeInt(to.getValue());
                }
            }
            writeMap(out, graph.moduleOfClass());
            writeFolded(out, evaluation.folded());
        }

        static Evaluation read(DataInputStream in, Map<String, ChecklistRule> rules) throws IOException {
            int ruleCount = count(in);
            List<RuleResult> results = new ArrayList<>(ruleCount);
            for (int i = 0; i < ruleCount; i++) {
                String id = readString(in);
                ChecklistRule rule = rules.get(id);
                if (rule == null) {
                    throw new IOException("rule " + id + " is not in the checklist");
                }
                int inScope = in.readInt();
                String scope = readString(in);
                Severity severity = Severity.valueOf(readString(in));
                int violationCount = count(in);
                List<Violation> violations = new ArrayList<>(violationCount);
                for (int v = 0; v < violationCount; v++) {
                    violations.add(readViolation(in));
                }
                results.add(new RuleResult(rule, violations, inScope, scope).withReportedElsewhere(readFolded(in)).withSeverity(severity));
            }
            int analysed = in.readInt();
            int problemCount = count(in);
            List<SourceProblem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(new SourceProblem(SourceProblem.Kind.valueOf(readString(in)), readString(in), readString(in)));
            }
            int generated = in.readInt();
            String searched = readString(in);
            int unreadCount = count(in);
            List<UnreadFile> unread = new ArrayList<>(unreadCount);
            for (int i = 0; i < unreadCount; i++) {
                unread.add(new UnreadFile(readString(in), readString(in)));
            }
            ImportCompleteness completeness = new ImportCompleteness(searched, unread, in.readBoolean());
            Severity failOn = Severity.valueOf(readString(in));
            List<String> modules = readStrings(in);
            int fromCount = count(in);
            Map<String, Map<String, Integer>> weights = new TreeMap<>();
            for (int i = 0; i < fromCount; i++) {
                String from = readString(in);
                int toCount = count(in);
                Map<String, Integer> targets = new TreeMap<>();
                for (int t = 0; t < toCount; t++) {
                    targets.put(readString(in), in.readInt());
                }
                weights.put(from, targets);
            }
            ModuleGraph graph = new ModuleGraph(modules, weights, readMap(in));
            ChecklistResult result = new ChecklistResult(results, analysed, Optional.empty(), problems, generated, completeness,
                    Optional.empty(), failOn, graph);
            return new Evaluation(result, readFolded(in));
        }

        private static void writeViolation(DataOutputStream out, Violation violation) throws IOException {
            writeString(out, violation.ruleId());
            writeString(out, violation.key());
            writeString(out, violation.message());
            SourceLocation location = violation.location();
            writeString(out, location.className());
            writeString(out, location.fileName());
            out.writeInt(location.line());
            writeString(out, violation.hint());
            writeStrings(out, violation.details());
            Flow flow = violation.flow();
            out.writeInt(flow.calls().size());
            for (Flow.Call call : flow.calls()) {
                writeString(out, call.from());
                writeString(out, call.to());
                writeString(out, call.method());
                writeString(out, call.location());
                writeString(out, call.kind().name());
            }
            writeString(out, flow.note());
            writeMap(out, violation.sameFactAs());
        }

        private static Violation readViolation(DataInputStream in) throws IOException {
            String ruleId = readString(in);
            String key = readString(in);
            String message = readString(in);
            SourceLocation location = new SourceLocation(readString(in), readString(in), in.readInt());
            String hint = readString(in);
            List<String> details = readStrings(in);
            int callCount = count(in);
            List<Flow.Call> calls = new ArrayList<>(callCount);
            for (int i = 0; i < callCount; i++) {
                calls.add(new Flow.Call(readString(in), readString(in), readString(in), readString(in), Flow.Kind.valueOf(readString(in))));
            }
            String note = readString(in);
            Flow flow = calls.isEmpty() && note.isEmpty() ? Flow.NONE : new Flow(calls, note);
            return new Violation(ruleId, key, message, location, hint, details, flow, readMap(in));
        }

        private static void writeFolded(DataOutputStream out, List<FoldedFinding> folded) throws IOException {
            out.writeInt(folded.size());
            for (FoldedFinding finding : folded) {
                writeString(out, finding.ruleId());
                writeString(out, finding.key());
                writeString(out, finding.ownerRuleId());
                writeString(out, finding.ownerKey());
            }
        }

        private static List<FoldedFinding> readFolded(DataInputStream in) throws IOException {
            int size = count(in);
            List<FoldedFinding> folded = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                folded.add(new FoldedFinding(readString(in), readString(in), readString(in), readString(in)));
            }
            return folded;
        }
    }
}
