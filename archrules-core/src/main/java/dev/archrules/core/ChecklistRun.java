package dev.archrules.core;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.archrules.core.baseline.Baseline;
import dev.archrules.core.baseline.BaselineMode;
import dev.archrules.core.baseline.Triage;
import dev.archrules.core.model.ImportCompleteness;
import dev.archrules.core.model.Severity;
import dev.archrules.core.model.Violation;
import dev.archrules.core.internal.io.FileProblems;
import dev.archrules.core.engine.Locations;
import dev.archrules.core.report.ModuleGraph;
import dev.archrules.core.report.ReportFailure;
import dev.archrules.core.report.Reports;
import dev.archrules.core.report.RuleResult;
import dev.archrules.core.source.SourceProblem;
import dev.archrules.core.engine.ChecklistRule;
import dev.archrules.core.engine.RuleContext;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One evaluation of a {@link BackendChecklist} on one import of the classes: what {@code evaluate}, {@code run}
 * and {@code check} do once the checklist is configured. The rules that read sources run last, their files parsed
 * ahead on the source index's workers while the other rules run; each rule's violations are sorted
 * ({@link #VIOLATION_ORDER}); with a baseline they are sorted into new and baselined.
 *
 * <p>A run is used once: its {@link RuleContext} carries the source index of this one evaluation.
 *
 * <p>A run on an incomplete import (class files that could not be read) or on no class of the code base at all
 * cannot tell a fixed violation from one it did not see: it reports no baseline entry as fixed, and refuses to write
 * the baseline in {@code prune} mode (and in {@code init} and {@code accept} unless the incomplete run is allowed).
 */
final class ChecklistRun {

    /** The order of violations within a rule: by key, then class, line and message (rule id first for mixed lists). */
    static final Comparator<Violation> VIOLATION_ORDER = Comparator.comparing(Violation::ruleId)
            .thenComparing(Violation::key)
            .thenComparing(v -> v.location().className())
            .thenComparingInt(v -> v.location().line())
            .thenComparing(Violation::message);

    private final List<ChecklistRule> enabled;
    private final RuleContext context;
    private final Set<String> knownRuleIds;
    private final Optional<Baseline> baseline;
    private final Set<String> neverBaselined;
    private final Optional<Reports> reports;
    private final Function<String, Severity> severities;
    private final Severity failOn;

    /**
     * @param enabled        the enabled rules, in checklist order (the order of the result)
     * @param context        the settings the rules see, with a new source index for this run
     * @param knownRuleIds   every rule id of the checklist, disabled ones included (their baseline entries are not stale)
     * @param baseline       the baseline to sort violations by, if any
     * @param neverBaselined rules whose violations are always new
     * @param reports        the reports {@link #run} writes, if any
     * @param severities     the severity of each enabled rule, by id
     * @param failOn         from which severity on a new violation fails the run
     */
    ChecklistRun(List<ChecklistRule> enabled, RuleContext context, Set<String> knownRuleIds, Optional<Baseline> baseline,
                 Set<String> neverBaselined, Optional<Reports> reports, Function<String, Severity> severities, Severity failOn) {
        this.enabled = List.copyOf(enabled);
        this.context = context;
        this.knownRuleIds = Set.copyOf(knownRuleIds);
        this.baseline = baseline;
        this.neverBaselined = Set.copyOf(neverBaselined);
        this.reports = reports;
        this.severities = severities;
        this.failOn = failOn;
    }

    /** Evaluates every enabled rule on the imported classes and assesses the violations against the baseline; writes nothing. */
    ChecklistResult evaluate(ClassImport imported) {
        return assess(evaluation(imported));
    }

    /**
     * What the rules found on the imported classes, before any baseline: what the results cache keeps, so that a re-run of
     * unchanged inputs {@linkplain #assess assesses} it against the baseline of that run without importing again.
     */
    Evaluation evaluation(ClassImport imported) {
        JavaClasses classes = imported.classes();
        // an inferred module layout is inferred once for this import, and its description says what was inferred
        RuleContext context = this.context.withModules(this.context.modules().resolvedFor(classes));
        // and so are its layer packages: from the imported classes, not the library classes that complete the import
        context.roles().learnImport(classes);
        CompletableFuture<Void> parsing = parseAhead(classes, context);
        Map<String, RuleResult> resultsById = new LinkedHashMap<>();
        // rules that read sources last: their files are parsed on the other cores while the others run
        List<ChecklistRule> order = new ArrayList<>(enabled);
        order.sort(Comparator.comparing(ChecklistRule::readsSources));
        for (ChecklistRule rule : order) {
            if (rule.readsSources()) {
                parsing.join();
            }
            resultsById.put(rule.id(), evaluate(rule, classes, context));
        }
        // one fact, one report: a fact two rules found under the same key is reported by the rule that owns it
        OneFactOneReport oneReport = OneFactOneReport.fold(enabled.stream().map(rule -> resultsById.get(rule.id())).toList());
        List<RuleResult> results = oneReport.results();
        int analysed = (int) classes.stream().filter(context::inScope).count();
        int generated = (int) classes.stream().filter(context::leftOutAsGenerated).count();
        ImportCompleteness given = imported.completeness();
        String searched = "base package '" + context.basePackage() + "' in "
                + (given.searched().isEmpty() ? classes.size() + " imported classes" : given.searched());
        // a source file the source rules could not read hides what they would have found in it, as an unread class file does
        List<SourceProblem> sourceProblems = context.sources().problems();
        ImportCompleteness completeness = new ImportCompleteness(searched, given.unreadFiles(), given.incompleteAllowed())
                .withUnread(sourceProblems.stream().flatMap(problem -> problem.unreadFile().stream()).toList());
        ChecklistResult result = new ChecklistResult(results, analysed, Optional.empty(), sourceProblems, generated,
                completeness, Optional.empty(), failOn, moduleGraph(classes, context));
        return new Evaluation(result, oneReport.folded());
    }

    /** The evaluation sorted against the baseline, if there is one: new, baselined and fixed (none fixed on a blind run). */
    ChecklistResult assess(Evaluation evaluation) {
        ChecklistResult result = evaluation.result();
        boolean sawEverything = !result.completeness().incomplete() && result.analysedClasses() > 0;
        Map<String, List<Violation>> violationsByRule = new LinkedHashMap<>();
        result.rules().forEach(rule -> violationsByRule.put(rule.rule().id(), rule.violations()));
        return baseline
                .map(assessing -> assessing.assess(violationsByRule, evaluation.folded(), knownRuleIds, neverBaselined))
                .map(assessment -> result.with(sawEverything ? assessment : withoutFixed(assessment)))
                .orElse(result);
    }

    /**
     * The modules of the code base and their dependencies, for the module map: per pair of modules, how many distinct
     * top-level classes of one depend on top-level classes of the other (classes in scope only).
     */
    static ModuleGraph moduleGraph(JavaClasses classes, RuleContext context) {
        Map<String, String> moduleOfClass = new HashMap<>();
        for (JavaClass javaClass : classes) {
            if (context.inScope(javaClass)) {
                context.modules().moduleOf(javaClass).ifPresent(module -> moduleOfClass.put(javaClass.getName(), module));
            }
        }
        Map<String, Map<String, Set<String>>> pairs = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            String from = moduleOfClass.get(javaClass.getName());
            if (from == null) {
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = moduleOfClass.get(dependency.getTargetClass().getName());
                if (to != null && !to.equals(from)) {
                    pairs.computeIfAbsent(from, key -> new TreeMap<>()).computeIfAbsent(to, key -> new HashSet<>())
                            .add(Locations.topLevelName(javaClass) + " -> " + Locations.topLevelName(dependency.getTargetClass()));
                }
            }
        }
        Map<String, Map<String, Integer>> weights = new TreeMap<>();
        pairs.forEach((from, targets) -> targets.forEach((to, classPairs) ->
                weights.computeIfAbsent(from, key -> new TreeMap<>()).put(to, classPairs.size())));
        return new ModuleGraph(new TreeSet<>(moduleOfClass.values()).stream().toList(), weights, moduleOfClass);
    }

    /** The assessment without fixed entries: on an incomplete import a missing violation may be one the rules did not see. */
    private static Baseline.Assessment withoutFixed(Baseline.Assessment assessment) {
        Map<String, Triage> triages = new LinkedHashMap<>();
        assessment.byRule().forEach((ruleId, triage) ->
                triages.put(ruleId, new Triage(triage.newViolations(), triage.baselined(), List.of(), triage.grownKeys())));
        return new Baseline.Assessment(assessment.baseline(), assessment.mode(), assessment.violationsByRule(), assessment.knownRuleIds(),
                assessment.neverBaselined(), triages, assessment.changes(), assessment.folded());
    }

    /**
     * {@link #evaluate}, then the baseline mode applied (writing only outside {@code check}) and the reports written; a
     * report that cannot be written is noted in the result ({@link ChecklistResult#reportFailure()}), not thrown.
     */
    ChecklistResult run(ClassImport imported) {
        return run(evaluation(imported));
    }

    /** {@link #run(ClassImport)} on what the rules found, e.g. kept by the results cache: baseline, mode and reports as ever. */
    ChecklistResult run(Evaluation evaluation) {
        ChecklistResult evaluated = assess(evaluation);
        ChecklistResult outcome = evaluated.baseline()
                .filter(assessment -> assessment.mode() != BaselineMode.CHECK)
                .map(assessment -> evaluated.with(refuseIfBlind(evaluated, assessment).write()))
                .orElse(evaluated);
        if (reports.isEmpty()) {
            return outcome;
        }
        try {
            reports.get().write(outcome.reportModel());
            return outcome;
        } catch (UncheckedIOException e) {
            // reports are best effort, the verdict is not: the run's result stands, with the failure to warn about
            return outcome.with(new ReportFailure(reports.get().directory(), FileProblems.reason(e.getCause())));
        }
    }

    /**
     * The assessment, if its mode may write on what this run saw: {@code prune} never on an incomplete import or on no
     * classes at all (it would delete entries of classes it did not see); {@code init} and {@code accept} not on no
     * classes, nor on an incomplete import unless allowed.
     *
     * @throws IllegalStateException naming the baseline, the mode and the files not read; nothing is written
     */
    private static Baseline.Assessment refuseIfBlind(ChecklistResult evaluated, Baseline.Assessment assessment) {
        ImportCompleteness completeness = evaluated.completeness();
        String refused = "archrules baseline " + assessment.baseline().file() + " (" + assessment.mode().argument() + "): refused, nothing written — ";
        if (evaluated.emptyCodeBase()) {
            throw new IllegalStateException(refused + "no classes to check: nothing found for " + completeness.searched()
                    + "; check the base package and that the code is compiled");
        }
        boolean blind = assessment.mode() == BaselineMode.PRUNE ? completeness.incomplete() : completeness.failsRun();
        if (blind) {
            throw new IllegalStateException(refused + "the import is incomplete"
                    + (assessment.mode() == BaselineMode.PRUNE ? ", and prune would remove entries of classes it did not see: " : ": ")
                    + completeness.describe() + System.lineSeparator() + "Make these files readable (rebuild the project) and run again.");
        }
        return assessment;
    }

    private RuleResult evaluate(ChecklistRule rule, JavaClasses classes, RuleContext context) {
        int[] checked = {-1};
        EvaluationResult evaluation = rule.toArchRule(context, size -> checked[0] = size).evaluate(classes);
        List<Violation> violations = new ArrayList<>();
        evaluation.handleViolations((Collection<Violation> found, String message) -> violations.addAll(found));
        violations.sort(VIOLATION_ORDER);
        DescribedPredicate<JavaClass> scope = rule.scope(context);
        // the classes ArchUnit handed the rule are its scope: testing every class again (rule-specific recognisers
        // included) only to count them cost 6-8 % of the rules' main-thread CPU; counted here only if the rule cannot tell
        long inScope = checked[0] >= 0 ? checked[0] : classes.stream().filter(scope::test).count();
        return new RuleResult(rule, List.copyOf(violations), (int) inScope, scope.getDescription())
                .withSeverity(severities.apply(rule.id()));
    }

    /**
     * Starts, on a background thread, the source work of the enabled rules that read sources (their files are
     * parsed on the source index's workers), so that it overlaps the other rules.
     */
    private CompletableFuture<Void> parseAhead(JavaClasses classes, RuleContext context) {
        List<ChecklistRule> readers = enabled.stream().filter(ChecklistRule::readsSources).toList();
        if (readers.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> readers.forEach(rule -> rule.parseAhead(classes, context)), task -> {
            Thread thread = new Thread(task, "archrules-parse-ahead");
            thread.setDaemon(true);
            thread.start();
        }).exceptionally(failure -> null); // only a head start: the source rules parse what is missing and report its problems
    }
}
