package dev.archrules.core.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two masking styles, both kept on purpose: what a rule shows of a value, and what reports show of a violation. */
class MaskingTest {

    @Test
    void a_rule_shows_the_first_and_last_two_characters_of_a_long_value_and_nothing_of_a_short_one() {
        assertThat(Masking.maskValue("hunter2secret")).isEqualTo("hu****et");
        assertThat(Masking.maskValue("12345678")).isEqualTo("12****78");
        assertThat(Masking.maskValue("hunter2")).isEqualTo("****");
    }

    @Test
    void reports_mask_every_quoted_literal_of_a_credential_violation_including_the_partly_masked_value() {
        Violation found = new Violation("config.no-hardcoded-credentials", "a.Db#password @1a2b3c4d",
                "Class <a.Db> hard-codes a credential in <password>: password = \"hu****et\" in (Db.java:7)",
                SourceLocation.of("a.Db", 7), "read 'password' from the environment");

        Violation shown = Masking.mask(found);

        assertThat(shown.message()).isEqualTo("Class <a.Db> hard-codes a credential in <password>: password = \"****\" in (Db.java:7)");
        assertThat(shown.hint()).isEqualTo("read '****' from the environment");
        assertThat(shown.key()).isEqualTo(Masking.maskKey(found.ruleId(), found.key())).isEqualTo(found.key());
        assertThat(Masking.maskKey("config.no-hardcoded-credentials", "a.B#x \"v\"")).isEqualTo("a.B#x \"****\"");
        assertThat(Masking.maskKey("controllers.no-data-access", "a.B#x \"v\"")).isEqualTo("a.B#x \"v\"");
    }
}
