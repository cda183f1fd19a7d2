package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.ccda.CcdaConformance;
import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Organization;
import dev.crossway.interop.ccda.write.CcdaDocumentSpec;
import dev.crossway.interop.ccda.write.CcdaWriter;
import dev.crossway.interop.ccda.write.DocumentKind;
import dev.crossway.web.api.dto.PatientPushDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Redox PatientPush JSON in, C-CDA R2.1 out, checked by the offline C-CDA conformance rules, read
 * back by Crossway's own reader: the same codes, names, dates and values, section by section.
 * (The server path, XCA and ITI-39 included, is PatientPushIT.)
 */
class PatientPushRoundTripTest {

    static final String PATIENT = """
            "Meta": {"DataModel": "Clinical Summary", "EventType": "PatientPush", "FacilityCode": "2.16.840.1.113883.3.72.6.165"},
            "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "2.16.840.1.113883.3.72.6.165.1"}],
                        "Demographics": {"FirstName": "Lou", "LastName": "Grant", "DOB": "1950-03-14", "Sex": "Male",
                                         "Address": {"StreetAddress": "1 Newsroom Way", "City": "Los Angeles", "State": "CA", "ZIP": "90012"}}}
            """;

    /** Renders {@code sections} (JSON members after Meta and Patient), checks it and reads it back. */
    static ClinicalSummary roundTrip(String sections) throws Exception {
        byte[] xml = render(sections);
        assertThat(CcdaConformance.check(xml)).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
        return CcdaReader.read(xml);
    }

    static byte[] render(String sections) throws Exception {
        PatientPushDto dto = JsonConfiguration.MAPPER.readValue("{" + PATIENT + (sections.isBlank() ? "" : "," + sections) + "}",
                PatientPushDto.class);
        DiscreteDataAssembler.Discrete d = DiscreteDataAssembler.of(dto, dto.patient(), "Patient");
        return CcdaWriter.write(new CcdaDocumentSpec(DocumentKind.CONTINUITY_OF_CARE, "2.25.42", Instant.parse("2024-01-02T03:04:05Z"),
                null, new Organization("2.16.840.1.113883.3.72.6.165", null, "Round Trip", null, null), null, d.content(),
                d.planOfCareText()));
    }

    static JsonNode json(String sections) throws Exception {
        return JsonConfiguration.MAPPER.readTree("{" + sections + "}");
    }

    /** The pushed code, as read back. */
    static void same(Code read, JsonNode pushed) {
        assertThat(read.code()).isEqualTo(pushed.path("Code").asText());
        assertThat(read.codeSystem()).isEqualTo(pushed.path("CodeSystem").asText());
        assertThat(read.name()).isEqualTo(pushed.path("Name").asText());
    }

    /** The same date, or the same instant for a date-time. */
    static void sameTime(String read, String pushed) {
        if (pushed.length() <= 10) {
            assertThat(read).isEqualTo(pushed);
        } else {
            assertThat(OffsetDateTime.parse(read).toInstant()).isEqualTo(OffsetDateTime.parse(pushed).toInstant());
        }
    }

    @Test
    void allergies() throws Exception {
        String s = """
                "AllergyText": "Penicillin: hives",
                "Allergies": [{"Type": {"Code": "416098002", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Drug allergy"},
                  "Substance": {"Code": "7982", "CodeSystem": "2.16.840.1.113883.6.88", "Name": "Penicillin G"},
                  "Reaction": [{"Code": "247472004", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Hives",
                                "Severity": {"Code": "6736007", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Moderate"}}],
                  "Status": {"Code": "55561003", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Active"},
                  "StartDate": "2012-08-06"}]""";
        ClinicalSummary out = roundTrip(s);
        JsonNode a = json(s).path("Allergies").get(0);
        assertThat(out.allergies()).hasSize(1);
        var read = out.allergies().get(0);
        same(read.type(), a.path("Type"));
        same(read.substance(), a.path("Substance"));
        same(read.status(), a.path("Status"));
        assertThat(read.reactions()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("247472004");
            assertThat(r.name()).isEqualTo("Hives");
            same(r.severity(), a.path("Reaction").get(0).path("Severity"));
        });
        sameTime(read.startDate(), "2012-08-06");
        assertThat(out.allergyText()).contains("Penicillin: hives").contains("Penicillin G");
    }

    @Test
    void medications() throws Exception {
        String s = """
                "Medications": [{"Product": {"Code": "197361", "CodeSystem": "2.16.840.1.113883.6.88", "Name": "Amlodipine 5 MG Oral Tablet"},
                  "Dose": {"Quantity": "1", "Units": "{tbl}"},
                  "Route": {"Code": "C38288", "CodeSystem": "2.16.840.1.113883.3.26.1.1", "Name": "Oral"},
                  "Frequency": {"Period": "12", "Unit": "h"},
                  "StartDate": "2015-06-01T08:00:00.000Z", "EndDate": "2025-06-01T08:00:00.000Z"}]""";
        ClinicalSummary out = roundTrip(s);
        JsonNode m = json(s).path("Medications").get(0);
        var read = out.medications().get(0);
        same(read.product(), m.path("Product"));
        same(read.route(), m.path("Route"));
        assertThat(read.dose().quantity()).isEqualTo("1");
        assertThat(read.dose().units()).isEqualTo("{tbl}");
        assertThat(read.frequency().period()).isEqualTo("12");
        assertThat(read.frequency().unit()).isEqualTo("h");
        sameTime(read.startDate(), "2015-06-01T08:00:00.000Z");
        sameTime(read.endDate(), "2025-06-01T08:00:00.000Z");
        assertThat(read.status()).isEqualTo("completed");
    }

    @Test
    void problems() throws Exception {
        String s = """
                "Problems": [{"StartDate": "2014-02-01", "Code": "38341003", "CodeSystem": "2.16.840.1.113883.6.96",
                  "Name": "Hypertension", "AltCodes": [{"Code": "I10", "CodeSystem": "2.16.840.1.113883.6.90", "Name": "Essential hypertension"}],
                  "Category": {"Code": "282291009", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Diagnosis"},
                  "Status": {"Code": "55561003", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Active"}}]""";
        ClinicalSummary out = roundTrip(s);
        JsonNode p = json(s).path("Problems").get(0);
        var read = out.problems().get(0);
        same(read.code(), p);
        same(read.category(), p.path("Category"));
        same(read.status(), p.path("Status"));
        assertThat(read.altCodes()).singleElement().satisfies(c -> same(c, p.path("AltCodes").get(0)));
        sameTime(read.startDate(), "2014-02-01");
    }

    @Test
    void results() throws Exception {
        String s = """
                "Results": [{"Code": "24357-6", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Urinalysis macro panel",
                  "Status": "Final", "DateTime": "2019-03-01T10:30:00.000Z",
                  "Observations": [
                    {"Code": "5811-5", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Specific gravity of Urine",
                     "Value": "1.015", "ValueType": "Numeric", "ReferenceRange": {"Low": "1.005", "High": "1.030"},
                     "Interpretation": "Normal", "DateTime": "2019-03-01T10:30:00.000Z", "Status": "Final"},
                    {"Code": "2345-7", "CodeSystem": "LOINC", "Name": "Glucose", "Value": "<70", "Units": "mg/dL",
                     "ValueType": "Numeric", "Interpretation": "Low", "DateTime": "2019-03-01T10:30:00.000Z"},
                    {"Code": "5778-6", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Color of Urine", "ValueType": "Coded Entry",
                     "CodedValue": {"Code": "371244009", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Yellow"}},
                    {"Code": "5767-9", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Appearance of Urine", "Value": "Clear & <bright>",
                     "ValueType": "String"}]}]""";
        ClinicalSummary out = roundTrip(s);
        JsonNode r = json(s).path("Results").get(0);
        var read = out.results().get(0);
        same(read.code(), r);
        assertThat(read.status()).isEqualTo("completed");
        sameTime(read.dateTime(), "2019-03-01T10:30:00.000Z");
        assertThat(read.observations()).hasSize(4);
        Observation gravity = read.observations().get(0);
        same(gravity.code(), r.path("Observations").get(0));
        assertThat(gravity.value()).isEqualTo("1.015");
        assertThat(gravity.referenceRange().low()).isEqualTo("1.005");
        assertThat(gravity.referenceRange().high()).isEqualTo("1.030");
        assertThat(gravity.interpretationCode()).isEqualTo("N");
        Observation glucose = read.observations().get(1);
        assertThat(glucose.code().codeSystem()).as("a known name stored as its OID").isEqualTo("2.16.840.1.113883.6.1");
        assertThat(glucose.value()).isEqualTo("<70");
        assertThat(glucose.units()).isEqualTo("mg/dL");
        assertThat(glucose.interpretationCode()).isEqualTo("L");
        same(read.observations().get(2).valueCode(), r.path("Observations").get(2).path("CodedValue"));
        assertThat(read.observations().get(3).value()).isEqualTo("Clear & <bright>");
    }

    @Test
    void vitalSigns() throws Exception {
        String s = """
                "VitalSignsText": "Taken at the visit",
                "VitalSigns": [{"DateTime": "2019-03-01T10:00:00.000Z", "Observations": [
                  {"Code": "8480-6", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Systolic blood pressure", "Value": "132",
                   "Units": "mm[Hg]", "Interpretation": "High", "DateTime": "2019-03-01T10:00:00.000Z"},
                  {"Code": "8462-4", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Diastolic blood pressure", "Value": "86",
                   "Units": "mm[Hg]", "DateTime": "2019-03-01T10:00:00.000Z"}]}]""";
        ClinicalSummary out = roundTrip(s);
        var read = out.vitalSigns().get(0);
        sameTime(read.dateTime(), "2019-03-01T10:00:00.000Z");
        assertThat(read.observations()).extracting(o -> o.code().code() + " " + o.value() + " " + o.units())
                .containsExactly("8480-6 132 mm[Hg]", "8462-4 86 mm[Hg]");
        assertThat(read.observations().get(0).interpretationCode()).isEqualTo("H");
    }

    @Test
    void immunizations() throws Exception {
        String s = """
                "Immunizations": [{"DateTime": "2018-10-15",
                  "Route": {"Code": "C28161", "CodeSystem": "2.16.840.1.113883.3.26.1.1", "Name": "Intramuscular"},
                  "Product": {"Code": "140", "CodeSystem": "2.16.840.1.113883.12.292", "Name": "Influenza, seasonal, injectable",
                              "LotNumber": "FLU-2018-A1"},
                  "Dose": {"Quantity": "0.5", "Units": "mL"}}]""";
        ClinicalSummary out = roundTrip(s);
        var read = out.immunizations().get(0);
        same(read.vaccine(), json(s).path("Immunizations").get(0).path("Product"));
        same(read.route(), json(s).path("Immunizations").get(0).path("Route"));
        assertThat(read.lotNumber()).isEqualTo("FLU-2018-A1");
        assertThat(read.dose().quantity()).isEqualTo("0.5");
        sameTime(read.dateTime(), "2018-10-15");
        assertThat(read.refused()).isFalse();
    }

    @Test
    void procedures() throws Exception {
        String s = """
                "Procedures": {"Observations": [], "Procedures": [{"Code": "73761001", "CodeSystem": "2.16.840.1.113883.6.96",
                  "Name": "Colonoscopy", "DateTime": "2017-05-20", "Status": "Completed",
                  "TargetSite": {"Code": "71854001", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Colon"}}],
                  "Services": [{"Code": "45378", "CodeSystem": "2.16.840.1.113883.6.12", "Name": "Diagnostic colonoscopy",
                  "DateTime": "2017-05-20"}]}""";
        ClinicalSummary out = roundTrip(s);
        JsonNode p = json(s).path("Procedures");
        assertThat(out.procedures()).hasSize(2);
        same(out.procedures().get(0).code(), p.path("Procedures").get(0));
        same(out.procedures().get(0).targetSite(), p.path("Procedures").get(0).path("TargetSite"));
        same(out.procedures().get(1).code(), p.path("Services").get(0));
        sameTime(out.procedures().get(0).dateTime(), "2017-05-20");
    }

    @Test
    void encounters() throws Exception {
        String s = """
                "Encounters": [{"Type": {"Code": "99213", "CodeSystem": "2.16.840.1.113883.6.12", "Name": "Office visit"},
                  "DateTime": "2019-03-01T09:45:00.000Z", "EndDateTime": "2019-03-01T10:45:00.000Z",
                  "Locations": [{"Name": "Newsroom Clinic"}],
                  "Diagnosis": [{"Code": "38341003", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Hypertension"}]}]""";
        ClinicalSummary out = roundTrip(s);
        JsonNode e = json(s).path("Encounters").get(0);
        var read = out.encounters().get(0);
        same(read.type(), e.path("Type"));
        sameTime(read.dateTime(), "2019-03-01T09:45:00.000Z");
        sameTime(read.endDateTime(), "2019-03-01T10:45:00.000Z");
        assertThat(read.location()).isEqualTo("Newsroom Clinic");
        assertThat(read.diagnosis()).singleElement().satisfies(c -> same(c, e.path("Diagnosis").get(0)));
    }

    @Test
    void socialHistory() throws Exception {
        String s = """
                "SocialHistory": {"Observations": [{"Code": "11331-6", "CodeSystem": "2.16.840.1.113883.6.1",
                    "Name": "History of Alcohol use", "Value": "2 drinks a week", "ValueType": "String", "DateTime": "2019-03-01"}],
                  "TobaccoUse": [{"Code": "72166-2", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Tobacco smoking status",
                    "CodedValue": {"Code": "8517006", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Former smoker"},
                    "DateTime": "2019-03-01"}]}""";
        ClinicalSummary out = roundTrip(s);
        var read = out.socialHistory();
        assertThat(read.observations()).hasSize(2);
        assertThat(read.observations().get(0).value()).isEqualTo("2 drinks a week");
        same(read.smokingStatus().valueCode(), json(s).path("SocialHistory").path("TobaccoUse").get(0).path("CodedValue"));
        sameTime(read.smokingStatus().dateTime(), "2019-03-01");
    }

    @Test
    void planOfCareAndUnrenderedSectionsAreNarrativeOrNamed() throws Exception {
        String s = """
                "PlanOfCareText": "Recheck in 3 months",
                "PlanOfCare": {"Procedures": [{"Code": "73761001", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Colonoscopy",
                  "DateTime": "2027-05-20"}]},
                "FamilyHistory": [{"Relation": {"Code": "FTH", "Name": "Father"}, "Problems": []}]""";
        String text = new String(render(s), StandardCharsets.UTF_8);
        assertThat(text).contains("Recheck in 3 months").contains("Planned procedure: Colonoscopy (2027-05-20)");
        PatientPushDto dto = JsonConfiguration.MAPPER.readValue("{" + PATIENT + "," + s + "}", PatientPushDto.class);
        assertThat(DiscreteDataAssembler.of(dto, dto.patient(), "Patient").notRendered()).containsExactly("FamilyHistory");
    }

    @Test
    void aPatientWithNoDataStillGetsAConformantCcd() throws Exception {
        ClinicalSummary out = roundTrip("");
        assertThat(out.patient().demographics().lastName()).isEqualTo("Grant");
        assertThat(out.sections()).hasSize(6).allSatisfy(sec -> assertThat(sec.nullFlavor()).isEqualTo("NI"));
    }

    @Test
    void badInputNamesItsJsonPath() {
        assertThatThrownBy(() -> render("""
                "Medications": [{"Product": {"Code": "197361", "CodeSystem": "RxNorm-ish", "Name": "Amlodipine"}}]"""))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("Medications[0].Product.CodeSystem"));
        assertThatThrownBy(() -> render("""
                "Problems": [{"Code": "38341003", "CodeSystem": "2.16.840.1.113883.6.96", "StartDate": "last spring"}]"""))
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("Problems[0].StartDate"));
        assertThatThrownBy(() -> render("""
                "VitalSigns": [{"Observations": [{"Code": "8480-6", "CodeSystem": "2.16.840.1.113883.6.1", "Value": "high"}]}]"""))
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("VitalSigns[0].Observations[0].Value"));
        assertThatThrownBy(() -> render("""
                "Medications": [{"Product": {"Code": "197361", "CodeSystem": "2.16.840.1.113883.6.88"}, "Dose": {"Quantity": "a lot"}}]"""))
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("Medications[0].Dose.Quantity"));
        assertThatThrownBy(() -> render("""
                "Allergies": [{"Type": {"Code": "416098002", "CodeSystem": "2.16.840.1.113883.6.96"}}]"""))
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("Allergies[0].Substance"));
    }

    @Test
    void theDocumentIdDependsOnTheDataNotOnMetaOrSpelling() throws Exception {
        String med = """
                "Medications": [{"Product": {"Code": "197361", "CodeSystem": "%s", "Name": "Amlodipine"}}]""";
        var patient = new dev.crossway.interop.id.PatientId("LG-16", dev.crossway.interop.id.Oid.of("2.16.840.1.113883.3.72.6.165.1"));
        String a = id(PATIENT, med.formatted("2.16.840.1.113883.6.88"), patient);
        String b = id(PATIENT.replace("\"PatientPush\"", "\"PatientPush\", \"EventDateTime\": \"2030-01-01T00:00:00Z\""),
                med.formatted("RxNorm"), patient);
        String c = id(PATIENT.replace("Lou", "Louis"), med.formatted("2.16.840.1.113883.6.88"), patient);
        assertThat(a).isEqualTo(b).startsWith("2.25.").isNotEqualTo(c);
    }

    private static String id(String patientJson, String sections, dev.crossway.interop.id.PatientId patient) throws Exception {
        PatientPushDto dto = JsonConfiguration.MAPPER.readValue("{" + patientJson + "," + sections + "}", PatientPushDto.class);
        return DiscretePushes.documentId("2.16.840.1.113883.3.72.6.165", patient, DocumentKind.CONTINUITY_OF_CARE,
                DiscretePushes.contentKey(null, null, DiscreteDataAssembler.of(dto, dto.patient(), "Patient")));
    }
}
