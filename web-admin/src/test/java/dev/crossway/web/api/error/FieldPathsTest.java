package dev.crossway.web.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.initiator.application.EndpointSettings;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.web.api.JsonConfiguration;
import dev.crossway.web.api.dto.EndpointSettingsDto;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The initiator names domain fields; the API answers where they are in its JSON. */
class FieldPathsTest {

    @Test
    void everyInitiatorFieldHasAPath() {
        for (InitiatorField f : InitiatorField.values()) {
            assertThat(FieldPaths.of(f)).as(f.name()).isNotBlank();
        }
        assertThat(FieldPaths.of(InitiatorField.CALLER_ORGANIZATION)).isEqualTo("Meta.Extensions.sender-organization-id");
        assertThat(FieldPaths.of(InitiatorField.PATIENT_BIRTH_DATE)).isEqualTo("Patient.Demographics.DOB");
        assertThat(FieldPaths.of(InitiatorField.DESTINATION_URL)).isEqualTo("URL");
        assertThat(FieldPaths.of((InitiatorField) null)).isNull();
    }

    @Test
    void anEndpointSettingsErrorNamesAKeyOfTheSettingsJson() {
        JsonNode json = JsonConfiguration.MAPPER.valueToTree(EndpointSettingsDto.of(
                new EndpointSettings("https://x.example/xcpd", 10, "RSA_SHA256", true, false, 30, 60, 90, 4)));
        for (InitiatorField f : EnumSet.range(InitiatorField.ENDPOINT_URL, InitiatorField.ENDPOINT_RETRIEVE_TIMEOUT)) {
            assertThat(json.has(FieldPaths.of(f))).as(f + " → " + FieldPaths.of(f) + " in " + json).isTrue();
        }
    }
}
