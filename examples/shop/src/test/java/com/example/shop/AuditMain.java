package com.example.shop;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;

/**
 * Prints the checklist report for the whole shop, legacy package included: where the code base stands
 * today. Run it with {@code mvn -Paudit -DskipTests verify}.
 *
 * <p>It is an audit, not a gate: it always exits normally, whatever it finds ({@link ArchitectureTest}
 * is the gate). It lives in the test sources so that archrules stays a test dependency and the audit
 * is not itself part of the classes it analyses.
 */
public final class AuditMain {

    private AuditMain() {
    }

    public static void main(String[] args) {
        ChecklistResult result = BackendChecklist.forBasePackage("com.example.shop").evaluate();
        System.out.println(result.report());
    }
}
