package com.example.springshop;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.spring.SpringChecklist;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain JUnit (6) {@code @Test} way, which needs no ArchUnit engine at all. */
class ChecklistTest {

    private static final BackendChecklist CHECKLIST = SpringChecklist.forApplication(ShopApplication.class);

    @Test
    void the_shop_passes_every_core_and_spring_rule_with_no_exclusions() {
        ChecklistResult result = CHECKLIST.evaluate(CHECKLIST.importClasses());

        assertThat(result.violations()).isEmpty();
        assertThat(result.rules()).hasSize(28);
        // nothing passed for lack of something to check: every rule found classes in its scope
        assertThat(result.rules()).allSatisfy(rule -> assertThat(rule.note()).as(rule.rule().id()).isEmpty());
    }
}
