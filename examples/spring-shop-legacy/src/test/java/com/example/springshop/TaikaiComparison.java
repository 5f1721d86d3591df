package com.example.springshop;

import com.enofex.taikai.Taikai;
import com.enofex.taikai.TaikaiRule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.model.Violation;
import dev.archrules.spring.SpringChecklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * archrules' Spring preset and Taikai's overlapping Spring rules side by side on one import of this
 * legacy shop: what each reports, and the median time of alternating runs. Not a test; run on demand:
 *
 * <pre>mvn -B -q -pl examples/spring-shop-legacy -am -Pcompare -DskipTests verify</pre>
 */
public final class TaikaiComparison {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    private TaikaiComparison() {
    }

    public static void main(String[] args) {
        long importStart = System.nanoTime();
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(ShopApplication.class);
        double importMillis = (System.nanoTime() - importStart) / 1e6;

        BackendChecklist archrules = SpringChecklist.forApplication(ShopApplication.class);
        // Taikai 1.60.0's Spring rules that overlap the checklist, plus its cycle rule
        Taikai taikai = Taikai.builder()
                .namespace(ShopApplication.class.getPackageName())
                .spring(spring -> spring
                        .noAutowiredFields()
                        .controllers(controllers -> controllers.shouldNotDependOnOtherControllers())
                        .services(services -> services.shouldNotDependOnControllers())
                        .repositories(repositories -> repositories.shouldNotDependOnServices()))
                .java(java -> java.imports(imports -> imports.shouldHaveNoCycles()))
                .build();

        List<Double> archrulesTimes = new ArrayList<>();
        List<Double> taikaiTimes = new ArrayList<>();
        ChecklistResult archrulesResult = null;
        List<String> taikaiFindings = List.of();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            archrulesResult = archrules.evaluate(classes);
            double a = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            taikaiFindings = evaluate(taikai, classes);
            double t = (System.nanoTime() - start) / 1e6;
            if (run >= WARM_UP) {
                archrulesTimes.add(a);
                taikaiTimes.add(t);
            }
        }

        System.out.printf(Locale.ROOT, "%d classes imported once in %.0f ms (shared by both)%n", classes.size(), importMillis);
        System.out.printf(Locale.ROOT, "archrules Spring preset, %d rules: median %.1f ms over %d runs (alternating with Taikai, after %d warm-up runs)%n",
                archrules.definitions().size(), median(archrulesTimes), RUNS, WARM_UP);
        System.out.printf(Locale.ROOT, "Taikai 1.60.0, %d rules:           median %.1f ms%n", taikai.rules().size(), median(taikaiTimes));
        System.out.println();
        System.out.println("archrules found " + archrulesResult.violations().size() + " violations:");
        for (Violation violation : archrulesResult.violations()) {
            System.out.println("  " + violation.ruleId() + " | " + violation.key());
        }
        System.out.println();
        System.out.println("Taikai found:");
        taikaiFindings.forEach(line -> System.out.println("  " + line));
    }

    private static List<String> evaluate(Taikai taikai, JavaClasses classes) {
        List<String> findings = new ArrayList<>();
        for (TaikaiRule rule : taikai.rules()) {
            EvaluationResult result = rule.archRule().evaluate(classes);
            String name = rule.archRule().getDescription();
            if (!result.hasViolation()) {
                findings.add("PASS " + name);
            } else {
                findings.add("FAIL " + name);
                result.getFailureReport().getDetails().forEach(detail -> findings.add("    " + detail));
            }
        }
        return findings;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
