package com.acme.shop;

import dev.archrules.core.BackendChecklist;
import org.junit.jupiter.api.Test;

// as in the README: all rules on one import
class ArchitectureTest {

    @Test
    void backend_checklist() {
        BackendChecklist checklist = BackendChecklist.forBasePackage("com.acme.shop");
        checklist.check(checklist.importClasses());
    }
}
