package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.responder.application.CommunityForm;
import dev.crossway.web.api.dto.ConsentDto;
import dev.crossway.web.api.dto.DocumentChangeDto;
import org.junit.jupiter.api.Test;

/** The JSON of the store's events and of a community's confidentiality policy, read with the API's own mapper. */
class StoredDataShapesTest {

    @Test
    void aCommunityFormReadsItsConfidentialityPolicyAndDefaultsToWithholding() throws Exception {
        CommunityForm f = JsonConfiguration.MAPPER.readValue("""
                {"HomeCommunityId": "1.2.3", "Name": "C", "AssigningAuthority": "1.2.3.1", "Mode": "Stored",
                 "PurposesOfUse": ["TREATMENT"], "RestrictedPurposesOfUse": ["TREATMENT"]}""", CommunityForm.class);
        assertThat(f.restrictedPurposesOfUse()).containsExactly("TREATMENT");
        assertThat(f.veryRestrictedPurposesOfUse()).isEmpty();
        CommunityForm plain = JsonConfiguration.MAPPER.readValue("""
                {"HomeCommunityId": "1.2.3", "Name": "C", "AssigningAuthority": "1.2.3.1"}""", CommunityForm.class);
        assertThat(plain.name()).isEqualTo("C");
        assertThat(plain.restrictedPurposesOfUse()).isEmpty();
    }

    @Test
    void theStoreEventsReadTheirRedoxShapedBodies() throws Exception {
        DocumentChangeDto replace = JsonConfiguration.MAPPER.readValue("""
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "DocumentReplace", "FacilityCode": "1.2.3"},
                 "Patient": {"Identifiers": [{"ID": "A-1", "IDType": "1.2.3.1"}]},
                 "Document": {"ID": "x", "Replaces": "1.2.3.9", "Relation": "APND", "FileType": "XML", "Data": "PGE+"}}""",
                DocumentChangeDto.class);
        assertThat(replace.document().replaces()).isEqualTo("1.2.3.9");
        assertThat(replace.document().relation()).isEqualTo("APND");
        assertThat(replace.document().id()).isEqualTo("x");
        ConsentDto consent = JsonConfiguration.MAPPER.readValue("""
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "Consent"}, "Consent": {"NetworkDisclosure": "OptOut"}}""",
                ConsentDto.class);
        assertThat(consent.consent().networkDisclosure()).isEqualTo("OptOut");
        JsonNode written = JsonConfiguration.MAPPER.valueToTree(new ConsentDto.ConsentBody("OptIn", null, "admin"));
        assertThat(written.has("NetworkDisclosure")).isTrue();
        assertThat(written.has("RecordedAt")).as("null fields are left out").isFalse();
    }
}
