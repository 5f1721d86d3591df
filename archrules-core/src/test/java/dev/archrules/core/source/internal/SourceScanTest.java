package dev.archrules.core.source.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pre-filter sees of a file: string values and the names they can be bound to, as the parser binds them. */
class SourceScanTest {

    private static SourceScan scan(String body) {
        return SourceScan.of("package shop.web;\n\nimport static shop.Defaults.PASSWORD;\nimport shop.config.*;\n"
                + "import shop.Keys;\n\n/** http://example.com in Javadoc */\nclass Sample {\n" + body + "\n}\n");
    }

    @Test
    void values_leave_out_comments_imports_and_annotation_arguments_and_decode_escapes() {
        SourceScan scan = scan("""
                    // "http://in.a.comment"
                    /* "jdbc:in:a:comment" */
                    @Deprecated(since = "https://in.an.annotation")
                    String sql = "\\n  select id" + " from orders";
                    String block = \"""
                        SELECT 1
                        \""";
                    char quote = '"';
                    String after = "after the char";
                """);

        assertThat(scan.values()).as("text blocks keep their incidental white space")
                .containsExactlyInAnyOrder("\n  select id from orders", "        SELECT 1\n        ", "after the char");
    }

    @Test
    void names_are_bound_as_the_parser_binds_texts() {
        SourceScan scan = scan("""
                    private String password = "hunter22";
                    private String apiKey = Keys.API_KEY;
                    private String token = request.getHeader("Authorization");
                    private String secret = (String) values.get(0);
                    private int tokenLifespan = 300;
                    private String header = 1 + "";
                    void configure(Properties properties) {
                        this.passphrase += "more";
                        properties.setProperty("db.password", "letmein");
                        client.setClientSecret(SECRET);
                        client.setTokenTtl(ttl);
                        login(PASSWORD);
                        if (token == null) { return; }
                    }
                """);

        assertThat(scan.boundNames()).as("a superset of the parser's bindings: setProperty has two arguments, so no setter binding")
                .containsExactlyInAnyOrder("password", "apiKey", "header", "passphrase", "db.password", "Property", "ClientSecret");
        assertThat(scan.constantUses()).containsExactlyInAnyOrder(new SourceScan.ConstantUse("Keys", "API_KEY"),
                new SourceScan.ConstantUse("", "SECRET"), new SourceScan.ConstantUse("", "PASSWORD"));
    }

    @Test
    void a_constant_declaration_is_no_binding_but_a_static_final_field_with_run_time_parts_is() {
        SourceScan scan = scan("""
                    static final String PASSWORD = "hunter22";
                    public static final String API_KEY = Keys.PREFIX + "live", OTHER_TOKEN = "x" + "y";
                    static final String SESSION_TOKEN = "s-" + System.nanoTime();
                    final String INSTANCE_SECRET = "not static";
                    static final Object OBJECT_SECRET = "not a String";
                    interface Names {
                        String INTERFACE_TOKEN = "implicitly static final";
                    }
                """);

        assertThat(scan.boundNames()).containsExactlyInAnyOrder("SESSION_TOKEN", "INSTANCE_SECRET", "OBJECT_SECRET");
        assertThat(scan.declaredConstants()).containsExactlyInAnyOrder("PASSWORD", "API_KEY", "OTHER_TOKEN", "SESSION_TOKEN",
                "INSTANCE_SECRET", "OBJECT_SECRET", "INTERFACE_TOKEN");
        assertThat(scan.constantValue("PASSWORD")).contains("hunter22");
        assertThat(scan.constantValue("OTHER_TOKEN")).as("not a single literal").isEmpty();
        assertThat(scan.constantValue("API_KEY")).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS) // a guard against a quadratic scan, not a speed measurement
    void a_statement_of_20000_declarators_is_read_as_a_short_one() {
        StringBuilder declarators = new StringBuilder("static final String TOKEN_0 = \"v0\"");
        for (int i = 1; i < 20_000; i++) {
            declarators.append(", TOKEN_").append(i).append(" = \"v").append(i).append('"');
        }
        SourceScan scan = scan(declarators + ", SESSION_TOKEN = \"s-\" + System.nanoTime();\nString plain = \"a\", secret = \"b\";");

        assertThat(scan.boundNames()).as("constants are no binding; the run-time one and the non-static ones are")
                .containsExactlyInAnyOrder("SESSION_TOKEN", "plain", "secret");
        assertThat(scan.declaredConstants()).hasSize(20_001).contains("TOKEN_0", "TOKEN_19999", "SESSION_TOKEN");
        assertThat(scan.constantValue("TOKEN_19999")).contains("v19999");
    }

    @Test
    void the_imports_give_the_owners_of_used_constants() {
        SourceScan scan = scan("");

        assertThat(scan.imports()).isEqualTo(new ConstantOwners.Imports("shop.web.", List.of("shop.Keys"), List.of("shop.config"),
                List.of("shop.Defaults.PASSWORD"), List.of()));
        assertThat(ConstantOwners.ofBare("PASSWORD", scan.imports(), List.of("shop.web.Sample")))
                .containsExactly("shop.Defaults", "shop.web.Sample");
        assertThat(ConstantOwners.ofScope("Keys", scan.imports(), java.util.Map.of()))
                .containsExactly("shop.Keys", "shop.web.Keys", "shop.config.Keys");
    }
}
