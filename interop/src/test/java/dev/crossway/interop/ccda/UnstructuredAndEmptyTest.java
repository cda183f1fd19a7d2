package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.SectionSummary;
import org.junit.jupiter.api.Test;

/** Unstructured bodies read their header and describe the body; nullFlavored sections are empty. */
class UnstructuredAndEmptyTest {

    @Test
    void embeddedPdf() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("hl7-c-cda-examples/Unstructured_Embedded_PDF.xml"));

        assertThat(s.header().document().title()).isEqualTo("Community Health and Hospitals: Discharge Summary");
        assertThat(s.header().document().type().code()).isEqualTo("11490-0");
        assertThat(s.patient().demographics().lastName()).isNotBlank();
        assertThat(s.body().mediaType()).isEqualTo("application/pdf");
        assertThat(s.body().representation()).isEqualTo("B64");
        assertThat(s.body().size()).isGreaterThan(100_000);
        assertThat(s.sections()).isEmpty();
    }

    @Test
    void embeddedPlainText() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("hl7-c-cda-examples/Unstructured_Embedded_Text_Plain.xml"));

        assertThat(s.header().document().type().code()).isEqualTo("34847-4");
        assertThat(s.body().mediaType()).isEqualTo("text/plain");
        assertThat(s.body().size()).isPositive();
    }

    @Test
    void referencedPdf() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("hl7-c-cda-examples/Unstructured_Reference_PDF.xml"));

        assertThat(s.body().reference()).isEqualTo("UD_sample.pdf");
        assertThat(s.body().size()).isNull();
        assertThat(CcdaMetadata.read(Samples.bytes("hl7-c-cda-examples/Unstructured_Reference_PDF.xml")).formatCode())
                .startsWith("urn:hl7-org:sdwg:ccda-nonXMLBody:");
    }

    @Test
    void emptySectionsAreEmptyNotFailures() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("hl7-c-cda-examples/Empty_Sections_CCD.xml"));

        assertThat(s.sections()).filteredOn(SectionSummary::empty).extracting(SectionSummary::kind)
                .contains("Encounters", "Procedures", "VitalSigns", "Results");
        assertThat(s.sections()).filteredOn(x -> "NI".equals(x.nullFlavor())).allSatisfy(x -> {
            assertThat(x.empty()).isTrue();
            assertThat(x.entryCount()).isZero();
        });
        assertThat(s.vitalSigns()).isEmpty();
        assertThat(s.results()).isEmpty();
        assertThat(s.problems()).hasSize(2);
    }

    @Test
    void replacementCcd() {
        byte[] xml = Samples.bytes("hl7-c-cda-examples/CCD_Parent_Document_Replace.xml");
        ClinicalSummary s = CcdaReader.read(xml);

        assertThat(s.header().document().title()).isEqualTo("CCD Demonstrating Replacement of Prior CCD");
        assertThat(s.sections()).hasSize(20);
        assertThat(s.sections()).filteredOn(x -> "NI".equals(x.nullFlavor())).isNotEmpty().allMatch(SectionSummary::empty);
        assertThat(s.immunizations()).hasSize(1);
        assertThat(CcdaMetadata.read(xml).documentId()).isEqualTo("2.16.840.1.113883.19.5.99999.1^TT662");
    }
}
