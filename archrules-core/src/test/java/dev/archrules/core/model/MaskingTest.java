package dev.archrules.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One masking style in every output ({@code ****}); keys fingerprint the older {@code pa****rd} form, never shown. */
class MaskingTest {

    @Test
    void secrets_inside_connection_strings_and_urls_are_masked_whole() {
        assertThat(Masking.redact("jdbc:postgresql://h/db?user=a&password=s3cret")).isEqualTo("jdbc:postgresql://h/db?user=a&password=****");
        assertThat(Masking.redact("jdbc:sqlserver://h;user=sa;Password=Sup3rS3cret;encrypt=true"))
                .isEqualTo("jdbc:sqlserver://h;user=sa;Password=****;encrypt=true");
        assertThat(Masking.redact("mongodb://user:s3cret@host:27017/shop")).isEqualTo("mongodb://user:****@host:27017/shop");
        assertThat(Masking.redact("redis://:s3cret@cache:6379")).isEqualTo("redis://:****@cache:6379");
        assertThat(Masking.redact("jdbc:oracle:thin:scott/tiger@//db:1521/orcl")).isEqualTo("jdbc:oracle:thin:scott/****@//db:1521/orcl");
    }

    @Test
    void quoted_passwords_inside_sql_are_masked() {
        assertThat(Masking.redact("select id from users where user='x' and password='s3cret' and active"))
                .isEqualTo("select id from users where user='x' and password='****' and active");
        assertThat(Masking.redact("update users set pwd = 'it''s' where id = ?")).isEqualTo("update users set pwd = '****' where id = ?");
        assertThat(Masking.redact("ALTER USER shop WITH PASSWORD 's3cret'")).isEqualTo("ALTER USER shop WITH PASSWORD '****'");
        assertThat(Masking.redact("CREATE USER shop IDENTIFIED BY \"s3cret\"")).isEqualTo("CREATE USER shop IDENTIFIED BY \"****\"");
        assertThat(Masking.redact("insert into t (db_password) values (?) -- db_password='x'")).endsWith("db_password='****'");
    }

    @Test
    void texts_without_a_secret_are_returned_unchanged() {
        for (String text : new String[] {"select password from users where id = ?", "update users set password = ? where id = ?",
                "https://api.acme.com/v1/orders", "password", "where password = ''", "jdbc:postgresql://h/db?user=a"}) {
            assertThat(Masking.redact(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void keys_fingerprint_the_first_and_last_two_characters_of_a_long_secret_and_nothing_of_a_short_one() {
        assertThat(Masking.keyValue("hunter2secret")).isEqualTo("hu****et");
        assertThat(Masking.keyValue("12345678")).isEqualTo("12****78");
        assertThat(Masking.keyValue("hunter2")).isEqualTo("****");
        assertThat(Masking.keyText("amqp://shop:pa55word@broker password='hunter2secret'"))
                .isEqualTo("amqp://shop:pa****rd@broker password='hu****et'");
        assertThat(Masking.keyText("password=hu****et")).as("masking a key text twice changes nothing").isEqualTo("password=hu****et");
    }

    @Test
    void reports_mask_every_quoted_literal_of_a_credential_violation() {
        Violation found = new Violation("config.no-hardcoded-credentials", "a.Db#password @1a2b3c4d",
                "Class <a.Db> hard-codes a credential in <password>: password = \"hu****et\" in (Db.java:7)",
                SourceLocation.of("a.Db", 7), "read 'password' from the environment");

        Violation shown = Masking.mask(found);

        assertThat(shown.message()).isEqualTo("Class <a.Db> hard-codes a credential in <password>: password = \"****\" in (Db.java:7)");
        assertThat(shown.hint()).isEqualTo("read '****' from the environment");
        assertThat(shown.key()).isEqualTo(Masking.maskKey(found.ruleId(), found.key())).isEqualTo(found.key());
        assertThat(Masking.mask(shown)).as("a violation masked already is unchanged").isEqualTo(shown);
        assertThat(Masking.maskKey("config.no-hardcoded-credentials", "a.B#x \"v\"")).isEqualTo("a.B#x \"****\"");
        assertThat(Masking.maskKey("controllers.no-data-access", "a.B#x \"v\"")).isEqualTo("a.B#x \"v\"");
    }

    /** A guard against backtracking over a run of characters or recursion per character, not a speed measurement. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_text_of_60000_characters_is_masked_without_a_quadratic_scan_or_a_stack_overflow() {
        String letters = "a".repeat(60_000);
        String quoted = "x".repeat(60_000);

        assertThat(Masking.redact(letters)).isEqualTo(letters);
        assertThat(Masking.redact("https://host/" + letters)).isEqualTo("https://host/" + letters);
        assertThat(Masking.redact("password='" + quoted + "'")).isEqualTo("password='****'");
        assertThat(Masking.redact("password='" + "''".repeat(30_000) + "'")).isEqualTo("password='****'");
        Violation longMessage = new Violation("config.no-hardcoded-credentials", "k", "holds \"" + "\\n".repeat(30_000) + "\"",
                SourceLocation.of("a.B", 1), "hint");
        assertThat(Masking.mask(longMessage).message()).isEqualTo("holds \"****\"");
    }
}
