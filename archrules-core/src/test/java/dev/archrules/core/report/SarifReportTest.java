package dev.archrules.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The SARIF report is valid against the official 2.1.0 schema and carries what code scanning needs. */
class SarifReportTest {

    private static final String SCHEMA_FILE = "shared/schemas/sarif-2.1.0-rtm.5.json";

    private final Reports reports = Reports.into(Path.of("unused"));
    private final ObjectMapper json = new ObjectMapper();

    /**
     * The official schema: from {@code shared/} beside the project when it is there (CI copies it to
     * {@code ../shared} of the clone), else the unmodified copy in this module's test resources.
     */
    static Path schemaFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(SCHEMA_FILE))) {
                return dir.resolve(SCHEMA_FILE);
            }
        }
        Path copy = Path.of("src/test/resources/schemas/sarif-2.1.0-rtm.5.json");
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        return fail("the SARIF schema " + SCHEMA_FILE + " was found neither in a directory above " + Path.of("").toAbsolutePath()
                + " nor as " + copy.toAbsolutePath());
    }

    private static List<Error> validate(String sarif) throws IOException {
        try (InputStream schemaText = Files.newInputStream(schemaFile())) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
            return schema.validate(new ObjectMapper().readTree(sarif));
        }
    }

    @Test
    void the_full_and_the_new_only_report_are_valid_sarif_2_1_0() throws IOException {
        assertThat(validate(reports.render(SampleModel.model(), ReportFormat.SARIF))).isEmpty();
        assertThat(validate(reports.render(SampleModel.model(), ReportFormat.SARIF_NEW_ONLY))).isEmpty();
    }

    @Test
    void the_validation_catches_an_invalid_report() throws IOException {
        String broken = reports.render(SampleModel.model(), ReportFormat.SARIF).replace("\"baselineState\": \"new\"", "\"baselineState\": \"brand-new\"");

        assertThat(validate(broken)).isNotEmpty();
    }

    @Test
    void rules_carry_id_name_descriptions_and_help() throws IOException {
        JsonNode driver = json.readTree(reports.render(SampleModel.model(), ReportFormat.SARIF)).at("/runs/0/tool/driver");
        JsonNode rule = driver.at("/rules/0");

        assertThat(driver.get("name").asText()).isEqualTo("archrules");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        JsonNode table = json.readTree(reports.render(SampleModel.model(), ReportFormat.SARIF)).at("/runs/0/properties/archrules/table");
        assertThat(table.get(0).toString()).isEqualTo("{\"rule\":\"controllers.no-data-access\",\"severity\":\"error\",\"new\":1,\"baselined\":1,\"fixed\":2,\"total\":2}");

        assertThat(rule.get("id").asText()).isEqualTo("controllers.no-data-access");
        assertThat(rule.get("name").asText()).isEqualTo("ControllersNoDataAccess");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("controllers should not access repositories or data-access APIs");
        assertThat(rule.at("/fullDescription/text").asText()).startsWith("controllers should not access repositories or data-access APIs, because ");
        assertThat(rule.at("/help/text").asText()).contains("Why: ").contains("Fix: ");
        assertThat(rule.at("/help/markdown").asText()).contains("**Fix:**");
    }

    @Test
    void results_have_repo_relative_locations_baseline_states_and_accepted_suppressions() throws IOException {
        JsonNode results = json.readTree(reports.withSourceRoot("shop/src/main/java/").render(SampleModel.model(), ReportFormat.SARIF))
                .at("/runs/0/results");

        assertThat(results.findValuesAsText("baselineState"))
                .containsExactly("new", "unchanged", "absent", "updated", "unchanged", "new", "new");
        JsonNode fresh = results.get(0);
        assertThat(fresh.get("ruleId").asText()).isEqualTo("controllers.no-data-access");
        assertThat(fresh.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("shop/src/main/java/com/acme/web/OrderController.java");
        assertThat(fresh.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(22);
        assertThat(fresh.at("/message/text").asText()).contains(SampleModel.SCRIPT_INJECTION);
        assertThat(fresh.has("suppressions")).isFalse();
        JsonNode baselined = results.get(1);
        assertThat(baselined.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(baselined.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(results.get(2).has("locations")).as("a fixed entry has no location").isFalse();
        JsonNode noLine = results.get(5);
        assertThat(noLine.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("shop/src/main/java/com/acme/orders/OrderService.java");
        assertThat(noLine.at("/locations/0/physicalLocation").has("region")).as("line 0 has no region").isFalse();
        assertThat(Optional.ofNullable(results.get(0).at("/partialFingerprints/archrulesKey~1v1").textValue())).isPresent();
    }

    @Test
    void new_only_mode_has_just_the_new_results_for_code_scanning() throws IOException {
        JsonNode results = json.readTree(reports.render(SampleModel.model(), ReportFormat.SARIF_NEW_ONLY)).at("/runs/0/results");

        assertThat(results.findValuesAsText("ruleId")).containsExactly("controllers.no-data-access", "modules.own-their-data",
                "state.stateless-singletons", "config.no-hardcoded-credentials");
        assertThat(results.findValues("suppressions")).isEmpty();
        assertThat(results.findValues("baselineState")).isEmpty();
    }
}
