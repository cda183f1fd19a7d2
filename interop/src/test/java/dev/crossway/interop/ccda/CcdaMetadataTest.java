package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import org.junit.jupiter.api.Test;

/** XDS DocumentEntry metadata taken from the C-CDA header. */
class CcdaMetadataTest {

    @Test
    void ccd1() {
        CcdaMetadata m = CcdaMetadata.read(Samples.bytes("hl7-c-cda-examples/CCD_1.xml"));

        assertThat(m.documentId()).isEqualTo("2.16.840.1.113883.19.5.99999.1^TT988");
        assertThat(m.title()).isEqualTo("Patient Chart Summary");
        assertThat(m.effectiveTime()).as("201308151030-0800 in UTC").isEqualTo("201308151830");
        assertThat(m.typeCode().code()).isEqualTo("34133-9");
        assertThat(m.classCode().code()).isEqualTo("34133-9");
        assertThat(m.formatCode()).isEqualTo("urn:hl7-org:sdwg:ccda-structuredBody:2.1");
        assertThat(m.authorPerson()).isEqualTo("Patricia Primary");
        assertThat(m.confidentialityCode().code()).isEqualTo("N");
        assertThat(m.languageCode()).isEqualTo("en-US");
        assertThat(m.patientIds()).containsExactly(new PatientId("444222222", Oid.of("2.16.840.1.113883.4.1")));
        assertThat(m.serviceStartTime()).isEqualTo("19750501");
        assertThat(m.serviceStopTime()).isEqualTo("20130815");
    }

    @Test
    void r11StructuredAndUnstructured() {
        assertThat(CcdaMetadata.read(Samples.bytes("ms-fhir-converter/170.314B2_Amb_CCD.xml")).formatCode())
                .isEqualTo("urn:hl7-org:sdwg:ccda-structuredBody:1.1");
        CcdaMetadata unstructured = CcdaMetadata.read(Samples.bytes("ms-fhir-converter/sample_unstructured_R1.1.xml"));
        assertThat(unstructured.formatCode()).isEqualTo("urn:hl7-org:sdwg:ccda-nonXMLBody:1.1");
        assertThat(unstructured.classCode().code()).isEqualTo("11490-0");
        assertThat(unstructured.effectiveTime()).as("20050329171504+0500 in UTC").isEqualTo("20050329121504");
    }

    @Test
    void syntheaAuthorIsTheInstitution() {
        CcdaMetadata m = CcdaMetadata.read(Samples.bytes("synthea/synthea_ccd_small.xml"));

        assertThat(m.authorInstitution()).isEqualTo("NORTON HEALTH CARE PC");
        assertThat(m.formatCode()).isEqualTo("urn:hl7-org:sdwg:ccda-structuredBody:2.1");
        assertThat(m.effectiveTime()).as("no offset: kept as sent").isEqualTo("20230616065810");
    }
}
