package dev.archrules.core.baseline;

import dev.archrules.core.model.FoldedFinding;
import dev.archrules.core.model.Violation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reviewed baseline file of accepted violations, and the mode a run uses it in.
 *
 * <pre>{@code
 * BackendChecklist.forBasePackage("com.acme").withBaseline(Baseline.at(Path.of("src/test/resources/archrules-baseline.txt")));
 * }</pre>
 *
 * The mode comes from {@link #inMode(BaselineMode)}, else from the system property
 * {@value BaselineMode#PROPERTY}, else {@link BaselineMode#CHECK}. Whether the run is on CI (stale entries
 * fail there) comes from {@link #onCi(boolean)}, else from the environment variable {@code CI=true}.
 * Instances are immutable.
 */
public final class Baseline {

    /** Where a baseline lives unless configured otherwise, relative to the module directory. */
    public static final Path DEFAULT_FILE = Path.of("src", "test", "resources", "archrules-baseline.txt");

    static final List<String> INIT_PREAMBLE = List.of(
            "# Accepted violations of the archrules checklist, one 'rule id | key | count' per line, sorted.",
            "# The build fails only on violations not listed here. Put a comment (ticket, owner) directly above an entry;",
            "# it is kept. Shrink with -D" + BaselineMode.PROPERTY + "=prune, record on purpose with =accept. See docs/baseline.md.");

    private final Path file;
    private final Optional<BaselineMode> mode;
    private final Optional<Boolean> ci;
    private final Function<String, String> properties;
    private final Function<String, String> environment;

    private Baseline(Path file, Optional<BaselineMode> mode, Optional<Boolean> ci,
                     Function<String, String> properties, Function<String, String> environment) {
        this.file = file;
        this.mode = mode;
        this.ci = ci;
        this.properties = properties;
        this.environment = environment;
    }

    /** The baseline in this file. */
    public static Baseline at(Path file) {
        return new Baseline(Objects.requireNonNull(file, "file"), Optional.empty(), Optional.empty(),
                System::getProperty, System::getenv);
    }

    /** The baseline at {@link #DEFAULT_FILE}. */
    public static Baseline atDefaultLocation() {
        return at(DEFAULT_FILE);
    }

    /** A copy that uses this mode whatever the system property says. */
    public Baseline inMode(BaselineMode newMode) {
        return new Baseline(file, Optional.of(Objects.requireNonNull(newMode, "mode")), ci, properties, environment);
    }

    /** A copy that treats the run as on CI (stale entries fail) or local (stale entries warn), whatever {@code CI} says. */
    public Baseline onCi(boolean onCi) {
        return new Baseline(file, mode, Optional.of(onCi), properties, environment);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The mode of this run: set in code, else from {@value BaselineMode#PROPERTY}, else {@code CHECK}. */
    public BaselineMode mode() {
        return mode.orElseGet(() -> Optional.ofNullable(properties.apply(BaselineMode.PROPERTY))
                .filter(value -> !value.isBlank())
                .map(BaselineMode::parse)
                .orElse(BaselineMode.CHECK));
    }

    /** Whether this run is on CI: set in code, else whether the environment variable {@code CI} is {@code true}. */
    public boolean onCi() {
        return ci.orElseGet(() -> "true".equalsIgnoreCase(environment.apply("CI")));
    }

    /**
     * Reads the baseline (never writes) and sorts each rule's violations against it.
     *
     * @param violationsByRule the violations of every evaluated rule, by rule id, in checklist order
     * @param knownRuleIds     the ids of every rule of the checklist, evaluated or switched off; other ids are orphaned
     * @param neverBaselined   ids of rules whose violations are always new
     * @throws BaselineException     if the file is corrupt (nothing is written)
     * @throws IllegalStateException if the file is missing (outside {@code init}) or exists in {@code init}
     */
    public Assessment assess(Map<String, List<Violation>> violationsByRule, Set<String> knownRuleIds, Set<String> neverBaselined) {
        return assess(violationsByRule, List.of(), knownRuleIds, neverBaselined);
    }

    /**
     * {@link #assess(Map, Set, Set)} for a run that reports some facts once for two rules: an entry accepted under
     * either rule's id matches the reported finding, and an entry of the rule that does not report the fact is not
     * fixed while the fact is still there.
     *
     * @param folded every occurrence a rule found and another rule reports, see {@link FoldedFinding}
     */
    public Assessment assess(Map<String, List<Violation>> violationsByRule, List<FoldedFinding> folded, Set<String> knownRuleIds,
                             Set<String> neverBaselined) {
        BaselineMode current = mode();
        List<BaselineEntry> entries;
        BaselineFile.requireFile(file);
        if (current == BaselineMode.INIT) {
            if (Files.exists(file)) {
                throw new IllegalStateException("archrules baseline " + file + " exists already; init only creates a new one — use "
                        + BaselineMode.ACCEPT.command() + " to record the current violations in it");
            }
            entries = List.of();
        } else {
            entries = BaselineFile.read(file, knownRuleIds, neverBaselined).entries();
        }
        return new Assessment(this, current, violationsByRule, knownRuleIds, neverBaselined,
                triage(violationsByRule, folded, entries, neverBaselined), List.of(), folded);
    }

    private static Map<String, Triage> triage(Map<String, List<Violation>> violationsByRule, List<FoldedFinding> folded,
                                              List<BaselineEntry> entries, Set<String> neverBaselined) {
        Map<String, List<BaselineEntry>> byRule = entries.stream()
                .collect(Collectors.groupingBy(BaselineEntry::ruleId, TreeMap::new, Collectors.toList()));
        Map<EntryId, Integer> counts = new TreeMap<>();
        entries.forEach(entry -> counts.put(entry.id(), entry.count()));
        // per rule: occurrences of its facts reported under another rule, and what the baseline accepts for the facts it
        // reports under another rule's id
        Map<String, Map<String, Integer>> seenElsewhere = new TreeMap<>();
        Map<String, Map<String, Integer>> acceptedElsewhere = new TreeMap<>();
        for (FoldedFinding finding : folded) {
            seenElsewhere.computeIfAbsent(finding.ruleId(), id -> new TreeMap<>()).merge(finding.key(), 1, Integer::sum);
            Integer accepted = counts.get(new EntryId(finding.ruleId(), finding.key()));
            if (accepted != null && !neverBaselined.contains(finding.ruleId())) {
                acceptedElsewhere.computeIfAbsent(finding.ownerRuleId(), id -> new TreeMap<>()).merge(finding.ownerKey(), accepted, Math::max);
            }
        }
        Map<String, Triage> triages = new LinkedHashMap<>();
        violationsByRule.forEach((ruleId, violations) -> triages.put(ruleId, neverBaselined.contains(ruleId)
                ? Triage.allNew(violations)
                : Triage.of(violations, byRule.getOrDefault(ruleId, List.of()), acceptedElsewhere.getOrDefault(ruleId, Map.of()),
                        seenElsewhere.getOrDefault(ruleId, Map.of()))));
        return triages;
    }

    /**
     * The baseline sorted against one run, and after {@link #write()} what the mode changed.
     *
     * @param baseline         the baseline
     * @param mode             the mode of the run
     * @param violationsByRule the violations of every evaluated rule, in checklist order
     * @param knownRuleIds     the ids of every rule of the checklist
     * @param neverBaselined   the ids of rules whose violations are always new
     * @param byRule           the triage of each evaluated rule, in checklist order
     * @param changes          what a write added, changed and removed, one per entry, in the order of the file; empty
     *                         before a write and in {@code check} mode
     * @param folded           every occurrence a rule found that another rule reports (one fact, one report); entries
     *                         of the first rule are kept for them by {@code prune} and {@code accept}, never added
     */
    public record Assessment(Baseline baseline, BaselineMode mode, Map<String, List<Violation>> violationsByRule,
                             Set<String> knownRuleIds, Set<String> neverBaselined, Map<String, Triage> byRule,
                             List<BaselineChange> changes, List<FoldedFinding> folded) {

        public Assessment {
            violationsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(violationsByRule));
            knownRuleIds = Set.copyOf(knownRuleIds);
            neverBaselined = Set.copyOf(neverBaselined);
            byRule = Collections.unmodifiableMap(new LinkedHashMap<>(byRule));
            changes = List.copyOf(changes);
            folded = List.copyOf(folded);
        }

        /** An assessment of a run in which every rule reports all it found. */
        public Assessment(Baseline baseline, BaselineMode mode, Map<String, List<Violation>> violationsByRule,
                          Set<String> knownRuleIds, Set<String> neverBaselined, Map<String, Triage> byRule,
                          List<BaselineChange> changes) {
            this(baseline, mode, violationsByRule, knownRuleIds, neverBaselined, byRule, changes, List.of());
        }

        /** Whether stale entries fail this run: in {@code check} mode on CI. */
        public boolean staleEntriesFail() {
            return mode == BaselineMode.CHECK && baseline.onCi();
        }

        /**
         * Writes the file as the mode says — nothing in {@code check}; fixed entries removed and counts
         * lowered in {@code prune}; the current violations recorded in {@code accept} and {@code init}
         * (entries of rules not evaluated in this run are kept) — and sorts the violations against the
         * written file.
         */
        public Assessment write() {
            if (mode == BaselineMode.CHECK) {
                return this;
            }
            BaselineFile.Change change = BaselineFile.update(baseline.file, knownRuleIds, neverBaselined, before -> Optional.of(
                    mode == BaselineMode.PRUNE ? prune(before.orElseThrow()) : record(before.orElseGet(() -> BaselineFile.Contents.empty(INIT_PREAMBLE)))));
            return new Assessment(baseline, mode, violationsByRule, knownRuleIds, neverBaselined,
                    triage(violationsByRule, folded, change.after(), neverBaselined), describe(change), folded);
        }

        private BaselineFile.Contents prune(BaselineFile.Contents contents) {
            Map<EntryId, Integer> current = counts();
            foldedCounts().forEach((id, count) -> current.merge(id, count, Integer::sum));
            List<BaselineEntry> kept = new ArrayList<>();
            for (BaselineEntry entry : contents.entries()) {
                if (!violationsByRule.containsKey(entry.ruleId())) {
                    kept.add(entry);
                } else {
                    int now = Math.min(entry.count(), current.getOrDefault(entry.id(), 0));
                    if (now > 0) {
                        kept.add(entry.withCount(now));
                    }
                }
            }
            return contents.withEntries(kept);
        }

        private BaselineFile.Contents record(BaselineFile.Contents contents) {
            Map<EntryId, BaselineEntry> existing = new LinkedHashMap<>();
            contents.entries().forEach(entry -> existing.put(entry.id(), entry));
            List<BaselineEntry> entries = new ArrayList<>(contents.entries().stream()
                    .filter(entry -> !violationsByRule.containsKey(entry.ruleId())).toList());
            counts().forEach((id, count) -> {
                BaselineEntry entry = existing.get(id);
                entries.add(entry != null ? entry.withCount(count) : BaselineEntry.of(id, count));
            });
            // an entry accepted under a rule that no longer reports the fact itself stays while the fact is there
            foldedCounts().forEach((id, count) -> {
                BaselineEntry entry = existing.get(id);
                if (entry != null) {
                    entries.add(entry.withCount(count));
                }
            });
            return contents.withEntries(entries);
        }

        /** Occurrences per entry id of the facts a rule found and another rule reports. */
        private Map<EntryId, Integer> foldedCounts() {
            Map<EntryId, Integer> counts = new TreeMap<>();
            folded.stream()
                    .filter(finding -> violationsByRule.containsKey(finding.ruleId()) && !neverBaselined.contains(finding.ruleId()))
                    .forEach(finding -> counts.merge(new EntryId(finding.ruleId(), finding.key()), 1, Integer::sum));
            return counts;
        }

        /** Occurrences per entry id of the baselinable rules evaluated in this run. */
        private Map<EntryId, Integer> counts() {
            Map<EntryId, Integer> counts = new TreeMap<>();
            violationsByRule.forEach((ruleId, violations) -> {
                if (!neverBaselined.contains(ruleId)) {
                    violations.forEach(v -> counts.merge(new EntryId(ruleId, v.key()), 1, Integer::sum));
                }
            });
            return counts;
        }

        private static List<BaselineChange> describe(BaselineFile.Change change) {
            Map<EntryId, BaselineEntry> before = new TreeMap<>();
            change.before().forEach(entry -> before.put(entry.id(), entry));
            Map<EntryId, BaselineEntry> after = new TreeMap<>();
            change.after().forEach(entry -> after.put(entry.id(), entry));
            List<BaselineChange> changes = new ArrayList<>();
            after.forEach((id, entry) -> {
                BaselineEntry old = before.get(id);
                if (old == null) {
                    changes.add(BaselineChange.added(entry));
                } else if (old.count() != entry.count()) {
                    changes.add(BaselineChange.changed(old, entry));
                }
            });
            before.forEach((id, entry) -> {
                if (!after.containsKey(id)) {
                    changes.add(BaselineChange.removed(entry));
                }
            });
            changes.sort(Comparator.naturalOrder());
            return changes;
        }
    }

    @Override
    public String toString() {
        return "Baseline[" + file + ", " + mode().argument() + (onCi() ? ", CI" : "") + "]";
    }

    /** For tests: a baseline that reads system properties and environment variables from these functions. */
    Baseline withLookups(Function<String, String> newProperties, Function<String, String> newEnvironment) {
        return new Baseline(file, mode, ci, newProperties, newEnvironment);
    }
}
