package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.DocumentHeader;
import dev.crossway.interop.ccda.model.Observation;
import org.junit.jupiter.api.Test;

/** Concrete values from the HL7 example CCDs (R2.x), read discretely. */
class CcdDocumentsTest {

    private final ClinicalSummary ccd1 = CcdaReader.read(Samples.bytes("hl7-c-cda-examples/CCD_1.xml"));
    private final ClinicalSummary ccd2 = CcdaReader.read(Samples.bytes("hl7-c-cda-examples/CCD_2.xml"));

    @Test
    void ccd1Header() {
        DocumentHeader doc = ccd1.header().document();
        assertThat(doc.id()).isEqualTo("2.16.840.1.113883.19.5.99999.1^TT988");
        assertThat(doc.title()).isEqualTo("Patient Chart Summary");
        assertThat(doc.dateTime()).isEqualTo("2013-08-15T10:30-08:00");
        assertThat(doc.type().code()).isEqualTo("34133-9");
        assertThat(doc.author().firstName()).isEqualTo("Patricia");
        assertThat(doc.author().lastName()).isEqualTo("Primary");
        assertThat(doc.author().id()).isEqualTo("5555555555");
        assertThat(doc.custodian().name()).isEqualTo("Good Health HIE");
        assertThat(doc.locale()).isEqualTo("en-US");
    }

    @Test
    void ccd1Patient() {
        var demo = ccd1.patient().demographics();
        assertThat(demo.firstName()).isEqualTo("Eve");
        assertThat(demo.lastName()).isEqualTo("Betterhalf");
        assertThat(demo.dob()).isEqualTo("1975-05-01");
        assertThat(demo.sex()).isEqualTo("Female");
        assertThat(demo.race()).isEqualTo("White");
        assertThat(demo.address().city()).isEqualTo("Beaverton");
        assertThat(demo.phoneNumber().home()).isEqualTo("+1(555)555-2003");
        assertThat(ccd1.patient().identifiers()).extracting("id", "idType")
                .containsExactly(tuple("444222222", "2.16.840.1.113883.4.1"));
    }

    @Test
    void ccd1Medications() {
        assertThat(ccd1.medications()).anySatisfy(m -> {
            assertThat(m.product().code()).isEqualTo("197380");
            assertThat(m.product().codeSystemName()).isEqualTo("RxNorm");
            assertThat(m.product().name()).isEqualTo("atenolol 25 MG Oral Tablet");
            assertThat(m.frequency().period()).isEqualTo("12");
            assertThat(m.frequency().unit()).isEqualTo("h");
            assertThat(m.route().name()).isEqualTo("Oral Route of Administration");
            assertThat(m.startDate()).isEqualTo("2012-03-18");
            assertThat(m.negated()).isFalse();
            assertThat(m.negationReason()).as("an indication is not a negation reason").isNull();
        });
        assertThat(ccd1.medicationsText()).contains("Atenolol 25 MG Oral Tablet");
    }

    @Test
    void ccd1AllergiesWithReactionAndSeverity() {
        assertThat(ccd1.allergies()).anySatisfy(a -> {
            assertThat(a.substance().code()).isEqualTo("70618");
            assertThat(a.substance().name()).isEqualTo("Penicillin");
            assertThat(a.reactions()).extracting("code", "name").containsExactly(tuple("422587007", "Nausea"));
            assertThat(a.reactions().get(0).severity().name()).isEqualTo("Mild");
            assertThat(a.startDate()).isEqualTo("1998-05-01");
        });
        assertThat(ccd1.noKnownAllergies()).isFalse();
    }

    @Test
    void ccd1ProblemsResultsVitalsImmunizations() {
        assertThat(ccd1.problems()).anySatisfy(p -> {
            assertThat(p.code().code()).isEqualTo("233604007");
            assertThat(p.code().codeSystemName()).isEqualTo("SNOMED CT");
            assertThat(p.code().name()).isEqualTo("Pneumonia");
        });
        Observation hemoglobin = ccd1.results().get(0).observations().get(0);
        assertThat(ccd1.results().get(0).code().code()).isEqualTo("57021-8");
        assertThat(hemoglobin.code().code()).isEqualTo("718-7");
        assertThat(hemoglobin.value()).isEqualTo("13.2");
        assertThat(hemoglobin.units()).isEqualTo("g/dL");
        assertThat(hemoglobin.valueType()).isEqualTo("Numeric");
        assertThat(hemoglobin.referenceRange().low()).isEqualTo("12.0");
        assertThat(hemoglobin.interpretationCode()).isEqualTo("N");
        assertThat(ccd1.vitalSigns().get(0).dateTime()).isEqualTo("2012-09-10");
        assertThat(ccd1.vitalSigns().get(0).observations()).extracting(o -> o.code().code(), Observation::value, Observation::units)
                .contains(tuple("8302-2", "177", "cm"), tuple("8480-6", "132", "mm[Hg]"));
        assertThat(ccd1.immunizations()).anySatisfy(i -> {
            assertThat(i.vaccine().code()).isEqualTo("33");
            assertThat(i.vaccine().codeSystemName()).isEqualTo("CVX");
            assertThat(i.refused()).isFalse();
        });
        assertThat(ccd1.immunizations()).anySatisfy(i -> {
            assertThat(i.vaccine().code()).isEqualTo("103");
            assertThat(i.refused()).isTrue();
            assertThat(i.refusalReason().code()).isEqualTo("PATOBJ");
        });
        assertThat(ccd1.socialHistory().smokingStatus().valueCode().code()).isEqualTo("8517006");
    }

    @Test
    void ccd2NoKnownAllergiesWithGenericSubstance() {
        assertThat(ccd2.header().document().id()).isEqualTo("be84a8e4-a22e-4210-a4a6-b3c48273e84c^EHRVersion2.0");
        assertThat(ccd2.patient().demographics().firstName()).isEqualTo("Isabella");
        assertThat(ccd2.patient().demographics().dob()).isEqualTo("1950-12-19");
        assertThat(ccd2.patient().demographics().emailAddresses()).containsExactly("Isbella.Jones.CCD@gmail.com");
        assertThat(ccd2.patient().identifiers()).hasSize(2);
        assertThat(ccd2.allergies()).singleElement().satisfies(a -> assertThat(a.negated()).isTrue());
        assertThat(ccd2.noKnownAllergies()).isTrue();
        assertThat(ccd2.results().get(0).status()).isEqualTo("active");
        assertThat(ccd2.vitalSigns().get(0).observations()).extracting(o -> o.code().code(), Observation::value)
                .contains(tuple("8480-6", "120"), tuple("8462-4", "80"));
        assertThat(ccd2.procedures()).anySatisfy(p -> assertThat(p.code().code()).isEqualTo("6025007"));
    }
}
