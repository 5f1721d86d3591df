package dev.archrules.core.engine;

import dev.archrules.core.BackendChecklist;
import dev.archrules.core.ChecklistResult;
import dev.archrules.core.rules.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every source rule shares: keys without line numbers, messages ending with the location. */
class SourceRuleTest {

    private static final String SQL = "dev.archrules.fixtures.source.sql";

    private static final String ENDPOINTS = "dev.archrules.fixtures.source.endpoints";

    private static final String CREDENTIALS = "dev.archrules.fixtures.source.credentials";

    private static final String HANDLERS = "dev.archrules.fixtures.source.handlers";

    private static ChecklistResult evaluate(String basePackage) {
        return BackendChecklist.forBasePackage(basePackage).evaluate(Fixtures.classes(basePackage));
    }

    @Test
    void keys_do_not_contain_line_numbers_and_messages_end_with_the_location() {
        for (String pkg : List.of(SQL, ENDPOINTS, CREDENTIALS, HANDLERS)) {
            assertThat(evaluate(pkg).violations()).allSatisfy(v -> {
                assertThat(v.key()).doesNotContain(".java:");
                assertThat(v.message()).endsWith(v.location().toString());
            });
        }
    }
}
