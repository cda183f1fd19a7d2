package dev.crossway.interop.ccda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Observation;
import org.junit.jupiter.api.Test;

/** The HL7 C-CDA example library's edge cases, each a bare section or component. */
class FragmentsTest {

    private static ClinicalSummary read(String name) {
        return CcdaReader.readFragment(Samples.fragment(name));
    }

    @Test
    void noKnownAllergies() {
        ClinicalSummary s = read("No_Known_Allergies");
        assertThat(s.noKnownAllergies()).isTrue();
        assertThat(s.allergies()).singleElement().satisfies(a -> {
            assertThat(a.negated()).isTrue();
            assertThat(a.substance()).isNull();
            assertThat(a.type().code()).isEqualTo("419199007");
            assertThat(a.startDate()).as("low nullFlavor=NI is absent").isNull();
        });
        assertThat(s.allergyText()).isEqualTo("No Known Allergies");
    }

    @Test
    void noKnownMedicationAllergies() {
        ClinicalSummary s = read("No_Known_Medication_Allergies");
        assertThat(s.noKnownAllergies()).isTrue();
        assertThat(s.allergies()).singleElement().satisfies(a -> assertThat(a.type().code()).isEqualTo("416098002"));
    }

    @Test
    void noInformationSectionIsEmptyNotFailed() {
        ClinicalSummary s = read("No_Information_Allergies_nullFlavor");
        assertThat(s.allergies()).isEmpty();
        assertThat(s.noKnownAllergies()).as("no information is not no known allergies").isFalse();
        assertThat(s.sections()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("Allergies");
            assertThat(x.empty()).isTrue();
            assertThat(x.nullFlavor()).isEqualTo("NI");
        });
    }

    @Test
    void notAllergicToPeanutsIsANegatedSpecificAllergy() {
        ClinicalSummary s = read("Not_Allergic_to_Peanuts");
        assertThat(s.noKnownAllergies()).isFalse();
        assertThat(s.allergies()).singleElement().satisfies(a -> {
            assertThat(a.negated()).isTrue();
            assertThat(a.substance().code()).isEqualTo("762952008");
            assertThat(a.substance().name()).isEqualTo("Peanut");
        });
    }

    @Test
    void noKnownProblems() {
        ClinicalSummary s = read("No_Known_Problems");
        assertThat(s.noKnownProblems()).isTrue();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.negated()).isTrue();
            assertThat(p.code().code()).isEqualTo("55607006");
            assertThat(p.code().name()).isEqualTo("Problem");
        });
    }

    @Test
    void noMedications() {
        ClinicalSummary s = read("No_Medications");
        assertThat(s.noKnownMedications()).isTrue();
        assertThat(s.medications()).singleElement().satisfies(m -> {
            assertThat(m.negated()).isTrue();
            assertThat(m.product().code()).as("OTH code falls back to its translation").isEqualTo("410942007");
            assertThat(m.startDate()).isNull();
            assertThat(m.dose()).isNull();
        });
    }

    @Test
    void medicationRefused() {
        ClinicalSummary s = read("Medication_Refused");
        assertThat(s.noKnownMedications()).isFalse();
        assertThat(s.medications()).singleElement().satisfies(m -> {
            assertThat(m.negated()).isTrue();
            assertThat(m.product().code()).isEqualTo("314076");
            assertThat(m.product().name()).isEqualTo("lisinopril 10 MG Oral Tablet");
            assertThat(m.negationReason().code()).isEqualTo("105480006");
            assertThat(m.route()).as("routeCode nullFlavor=NA").isNull();
            assertThat(m.startDate()).isEqualTo("2018-03-15T11:23:05-05:00");
        });
    }

    @Test
    void immunizationRefused() {
        ClinicalSummary s = read("Immunization_Refused");
        assertThat(s.immunizations()).singleElement().satisfies(i -> {
            assertThat(i.refused()).isTrue();
            assertThat(i.vaccine().code()).isEqualTo("166");
            assertThat(i.vaccine().codeSystemName()).isEqualTo("CVX");
            assertThat(i.refusalReason().code()).isEqualTo("PATOBJ");
            assertThat(i.dateTime()).isEqualTo("2015-11-15");
        });
    }

    @Test
    void unknownImmunizationStatus() {
        ClinicalSummary s = read("Unknown_Immunization_Status");
        assertThat(s.immunizations()).singleElement().satisfies(i -> {
            assertThat(i.noInformation()).isTrue();
            assertThat(i.refused()).isFalse();
            assertThat(i.dateTime()).isEqualTo("1999-11");
            assertThat(i.vaccine().code()).isEqualTo("787859002");
        });
    }

    @Test
    void resultLessThanKeepsTheComparator() {
        Observation o = read("Result_Less_Than_Value").results().get(0).observations().get(0);
        assertThat(o.value()).isEqualTo("<=5");
        assertThat(o.units()).isEqualTo("pg/mL");
        assertThat(o.valueType()).isEqualTo("Numeric");
        assertThat(o.referenceRange().low()).isEqualTo("0");
        assertThat(o.referenceRange().high()).isEqualTo("100");
    }

    @Test
    void resultPanelPending() {
        var result = read("Result_Panel_Pending").results().get(0);
        assertThat(result.code().code()).isEqualTo("57782-5");
        assertThat(result.status()).isEqualTo("active");
        assertThat(result.observations()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("active");
            assertThat(o.value()).as("value nullFlavor=NA").isNull();
            assertThat(o.valueType()).isNull();
        });
    }

    @Test
    void resultStringValue() {
        Observation o = read("Result_String_Value").results().get(0).observations().get(0);
        assertThat(o.code().code()).isEqualTo("5778-6");
        assertThat(o.value()).isEqualTo("Amber");
        assertThat(o.valueType()).isEqualTo("String");
        assertThat(o.units()).isNull();
    }

    @Test
    void vitalsKeepTheirMixedUnits() {
        var vitals = read("Vitals_Mixed_Units").vitalSigns();
        assertThat(vitals).singleElement().satisfies(v -> {
            assertThat(v.dateTime()).isEqualTo("2014-05-20T19:36:05-05:00");
            assertThat(v.observations()).extracting(o -> o.code().code(), Observation::value, Observation::units)
                    .contains(tuple("8310-5", "99.0", "[degF]"), tuple("8302-2", "67", "[in_us]"),
                            tuple("29463-7", "239.9", "[lb_av]"), tuple("39156-5", "37.58", "kg/m2"),
                            tuple("2710-2", "98", "%"));
        });
    }

    @Test
    void rtfNoteKeepsOnlyTheNarrative() {
        ClinicalSummary s = read("RTF_Note");
        assertThat(s.sections()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("Other");
            assertThat(x.code().code()).isEqualTo("34746-8");
            assertThat(x.text()).startsWith("Nursing Note written by Nick Nurse").doesNotContain("e1xydGYx");
        });
    }

    @Test
    void compressedNonXmlBodyIsDescribedNotDecoded() {
        ClinicalSummary s = read("nonXMLBody_Compressed");
        assertThat(s.body().mediaType()).isEqualTo("text/rtf");
        assertThat(s.body().representation()).isEqualTo("B64");
        assertThat(s.body().compression()).isEqualTo("DF");
        assertThat(s.body().size()).as("damaged base64 leaves the size unknown").isNull();
    }
}
