package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Observation;
import org.junit.jupiter.api.Test;

/** Synthea output and the R1.1 documents from the Microsoft FHIR-Converter test set. */
class OtherSourcesTest {

    @Test
    void syntheaSmall() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("synthea/synthea_ccd_small.xml"));

        assertThat(s.header().document().title()).isEqualTo("C-CDA R2.1 Patient Record: Berry486 Hilll811");
        assertThat(s.header().document().author().device()).isEqualTo("https://github.com/synthetichealth/synthea");
        assertThat(s.header().document().custodian().name()).isEqualTo("NORTON HEALTH CARE PC");
        assertThat(s.patient().demographics().lastName()).isEqualTo("Hilll811");
        assertThat(s.patient().demographics().sex()).isEqualTo("Male");
        assertThat(s.patient().demographics().dob()).startsWith("1940-04-26");
        assertThat(s.medications()).anySatisfy(m -> {
            assertThat(m.product().code()).isEqualTo("855332");
            assertThat(m.product().name()).isEqualTo("Warfarin Sodium 5 MG Oral Tablet");
        });
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.code().code()).isEqualTo("15777000"));
        assertThat(s.sections()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo("Allergies");
            assertThat(x.empty()).isTrue();
            assertThat(x.nullFlavor()).isEqualTo("NI");
        });
        assertThat(s.allergies()).isEmpty();
        assertThat(s.socialHistory().smokingStatus().value()).isEqualTo("Ex-smoker (finding)");
    }

    @Test
    void syntheaLarge() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("synthea/synthea_ccd_pretty_printed.xml"));

        assertThat(s.medications()).hasSize(23);
        assertThat(s.immunizations()).anySatisfy(i -> {
            assertThat(i.vaccine().code()).isEqualTo("140");
            assertThat(i.vaccine().codeSystemName()).isEqualTo("CVX");
        });
        assertThat(s.vitalSigns()).flatExtracting(v -> v.observations()).anySatisfy(o -> {
            assertThat(o.code().code()).isEqualTo("8302-2");
            assertThat(o.value()).isNotBlank();
            assertThat(o.units()).isEqualTo("cm");
        });
        assertThat(s.results()).flatExtracting(r -> r.observations())
                .filteredOn(o -> "Numeric".equals(o.valueType())).isNotEmpty();
    }

    @Test
    void r11AmbulatoryCcd() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("ms-fhir-converter/170.314B2_Amb_CCD.xml"));

        assertThat(s.header().document().id()).isEqualTo("1.3.6.1.4.1.22812.3.99930.3.1^66670992");
        assertThat(s.header().document().custodian().name()).isEqualTo("Get Well Clinic");
        assertThat(s.patient().demographics().firstName()).isEqualTo("Adam");
        assertThat(s.patient().demographics().lastName()).isEqualTo("Everyman");
        assertThat(s.patient().demographics().dob()).isEqualTo("1962-10-22");
        assertThat(s.medications()).singleElement().satisfies(m -> {
            assertThat(m.product().code()).isEqualTo("573621");
            assertThat(m.dose().quantity()).isEqualTo("2");
            assertThat(m.dose().units()).isEqualTo("Puffs");
        });
        assertThat(s.allergies()).anySatisfy(a -> {
            assertThat(a.substance().code()).isEqualTo("7982");
            assertThat(a.substance().name()).isEqualTo("Penicillin G benzathine");
            assertThat(a.reactions()).extracting("name").containsExactly("Hives");
            assertThat(a.status().name()).isEqualTo("Active");
        });
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.code().code()).isEqualTo("195967001"));
        assertThat(s.immunizations()).singleElement().satisfies(i -> assertThat(i.vaccine().code()).isEqualTo("88"));
        assertThat(s.results().get(0).observations().get(0)).extracting(Observation::value, Observation::units)
                .containsExactly("25", "mmol/L");
        assertThat(s.vitalSigns().get(0).observations()).anySatisfy(o -> {
            assertThat(o.code().code()).isEqualTo("3141-9");
            assertThat(o.value()).isEqualTo("195");
            assertThat(o.units()).isEqualTo("[lb_av]");
        });
        assertThat(s.socialHistory().smokingStatus()).isNotNull();
    }

    @Test
    void r11UnstructuredWithExternalReference() {
        ClinicalSummary s = CcdaReader.read(Samples.bytes("ms-fhir-converter/sample_unstructured_R1.1.xml"));

        assertThat(s.header().document().title()).isEqualTo("Discharge Summary (UD)");
        assertThat(s.header().document().id()).isEqualTo("2.16.840.1.113883.19^999021");
        assertThat(s.header().document().author().lastName()).isEqualTo("Seven");
        assertThat(s.patient().demographics().firstName()).isEqualTo("Adam");
        assertThat(s.patient().demographics().dob()).isEqualTo("1954-11-25");
        assertThat(s.sections()).isEmpty();
        assertThat(s.body().reference()).isEqualTo("UD_sample.pdf");
        assertThat(s.body().size()).isNull();
    }
}
