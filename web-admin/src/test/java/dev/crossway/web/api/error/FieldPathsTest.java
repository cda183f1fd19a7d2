package dev.crossway.web.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.initiator.application.EndpointSettings;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.responder.application.DocumentNotFoundException;
import dev.crossway.responder.application.ResponderField;
import dev.crossway.web.api.JsonConfiguration;
import dev.crossway.web.api.dto.EndpointSettingsDto;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The EJB modules name domain fields; the API answers where they are in its JSON. */
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

    @Test
    void everyResponderFieldHasItsOwnPath() {
        Set<String> paths = new HashSet<>();
        for (ResponderField f : ResponderField.values()) {
            assertThat(FieldPaths.of(f)).as(f.name()).isNotBlank();
            assertThat(paths.add(FieldPaths.of(f))).as(f + " shares " + FieldPaths.of(f)).isTrue();
        }
        assertThat(FieldPaths.of(ResponderField.COMMUNITY)).isEqualTo("Meta.FacilityCode");
        assertThat(FieldPaths.of(ResponderField.DOCUMENT_CONTENT)).isEqualTo("Document.Data");
        assertThat(FieldPaths.of(ResponderField.PATIENT_BIRTH_DATE)).isEqualTo("Patient.Demographics.DOB");
        assertThat(FieldPaths.of(new DocumentNotFoundException(ResponderField.DOCUMENT_REPLACES, "x"))).isEqualTo("Document.Replaces");
        assertThat(FieldPaths.of((ResponderField) null)).isNull();
    }

    @Test
    void everyDirectoryFieldHasAPathAndAnEndpointsFieldItsIndex() {
        Set<String> paths = new HashSet<>();
        for (DirectoryField f : DirectoryField.values()) {
            assertThat(FieldPaths.of(f)).as(f.name()).isNotBlank();
            assertThat(FieldPaths.of(f, 3)).as(f.name()).isNotBlank();
            assertThat(paths.add(FieldPaths.of(f))).as(f + " shares " + FieldPaths.of(f)).isTrue();
        }
        assertThat(FieldPaths.of(DirectoryField.ORGANIZATION_OID)).isEqualTo("Organization.Identifiers");
        assertThat(FieldPaths.of(DirectoryField.ENDPOINT_TRANSACTION)).isEqualTo("Organization.Endpoints.Transaction");
        assertThat(FieldPaths.of(new DirectoryValidationException(DirectoryField.ENDPOINT_TRANSACTION, 2, "x")))
                .isEqualTo("Organization.Endpoints[2].Transaction");
        assertThat(FieldPaths.of(new DirectoryValidationException(DirectoryField.ENDPOINT_URL, 0, "x")))
                .isEqualTo("Organization.Endpoints[0].Address");
        assertThat(FieldPaths.of(new DirectoryValidationException(DirectoryField.RADIUS_ZIP, "x"))).isEqualTo("Radius.ZIP");
        assertThat(FieldPaths.of((DirectoryField) null)).isNull();
    }
}
