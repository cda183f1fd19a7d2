package dev.crossway.interop.ccda.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.ccda.CcdaConformance;
import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.interop.ccda.model.Address;
import dev.crossway.interop.ccda.model.Allergy;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.ccda.model.Demographics;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Frequency;
import dev.crossway.interop.ccda.model.Identifier;
import dev.crossway.interop.ccda.model.Immunization;
import dev.crossway.interop.ccda.model.Medication;
import dev.crossway.interop.ccda.model.Observation;
import dev.crossway.interop.ccda.model.Organization;
import dev.crossway.interop.ccda.model.Patient;
import dev.crossway.interop.ccda.model.PhoneNumber;
import dev.crossway.interop.ccda.model.Problem;
import dev.crossway.interop.ccda.model.Procedure;
import dev.crossway.interop.ccda.model.Quantity;
import dev.crossway.interop.ccda.model.Reaction;
import dev.crossway.interop.ccda.model.ReferenceRange;
import dev.crossway.interop.ccda.model.Result;
import dev.crossway.interop.ccda.model.SocialHistory;
import dev.crossway.interop.ccda.model.VitalSign;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renderer on its own: a summary with every section renders a document that passes the
 * offline C-CDA R2.1 check (and HL7's schema and schematron when -Dcrossway.cda.specs is given),
 * and Crossway's reader gives back what was rendered; hostile text stays text.
 */
class CcdaWriterTest {

    static final String LOINC = "2.16.840.1.113883.6.1";
    static final String SNOMED = "2.16.840.1.113883.6.96";
    static final Organization COMMUNITY = new Organization("2.16.840.1.113883.3.72.6.170", null, "Writer Test Community",
            new Address("1 Main St", "Madison", "WI", "53703", "US"), "+1-608-555-0100");

    static Code code(String code, String system, String systemName, String name) {
        return new Code(code, system, systemName, name);
    }

    static Patient patient() {
        return new Patient(List.of(new Identifier("LG-16", "2.16.840.1.113883.3.72.6.170.1")),
                new Demographics("Lou", null, "Grant", "1950-03-14", "Male",
                        new Address("1 Newsroom Way", "Los Angeles", "CA", "90012", "US"),
                        new PhoneNumber("+1-213-555-0142", null, null), List.of("lou@example.org"), "White",
                        "Not Hispanic or Latino", "en"));
    }

    static ClinicalSummary full() {
        Allergy allergy = new Allergy(code("416098002", SNOMED, "SNOMED CT", "Drug allergy"),
                code("7982", "2.16.840.1.113883.6.88", "RxNorm", "Penicillin G"),
                List.of(new Reaction("247472004", SNOMED, "SNOMED CT", "Hives", code("6736007", SNOMED, "SNOMED CT", "Moderate"))),
                null, code("55561003", SNOMED, "SNOMED CT", "Active"), "2012-08-06", null, false);
        Medication med = new Medication(code("197361", "2.16.840.1.113883.6.88", "RxNorm", "Amlodipine 5 MG Oral Tablet"),
                new Quantity("1", "{tbl}"), code("C38288", "2.16.840.1.113883.3.26.1.1", "NCI Thesaurus", "Oral"),
                new Frequency("24", "h", null), "2015-06-01", null, "active", false, null);
        Problem problem = new Problem(code("38341003", SNOMED, "SNOMED CT", "Hypertension"),
                List.of(code("I10", "2.16.840.1.113883.6.90", "ICD-10-CM", "Essential (primary) hypertension")),
                code("55607006", SNOMED, "SNOMED CT", "Problem"), "2014-02-01", null,
                code("55561003", SNOMED, "SNOMED CT", "Active"), false);
        Result result = new Result(code("24357-6", LOINC, "LOINC", "Urinalysis macro panel"), "completed",
                "2019-03-01T10:30:00+00:00", List.of(
                new Observation(code("5811-5", LOINC, "LOINC", "Specific gravity of Urine"), "1.015", "Numeric", null, null,
                        new ReferenceRange("1.005", "1.030", null), "N", "2019-03-01T10:30:00+00:00", "completed"),
                new Observation(code("5804-0", LOINC, "LOINC", "Protein [Mass/volume] in Urine"), "<=5", "Numeric", null, "mg/dL",
                        null, null, "2019-03-01T10:30:00+00:00", "completed"),
                new Observation(code("5778-6", LOINC, "LOINC", "Color of Urine"), "Yellow", "Coded Entry",
                        code("371244009", SNOMED, "SNOMED CT", "Yellow"), null, null, null, "2019-03-01T10:30:00+00:00",
                        "completed")));
        VitalSign vitals = new VitalSign("2019-03-01T10:00:00+00:00", List.of(
                new Observation(code("8480-6", LOINC, "LOINC", "Systolic blood pressure"), "132", "Numeric", null, "mm[Hg]", null,
                        "H", "2019-03-01T10:00:00+00:00", "completed"),
                new Observation(code("29463-7", LOINC, "LOINC", "Body weight"), "88.5", "Numeric", null, "kg", null, null,
                        "2019-03-01T10:00:00+00:00", "completed")));
        Immunization flu = new Immunization(code("140", "2.16.840.1.113883.12.292", "CVX", "Influenza, seasonal, injectable"),
                "2018-10-15", new Quantity("0.5", "mL"), code("C28161", "2.16.840.1.113883.3.26.1.1", "NCI Thesaurus",
                "Intramuscular"), "completed", "FLU-2018-A1", false, null, false);
        Procedure colonoscopy = new Procedure(code("73761001", SNOMED, "SNOMED CT", "Colonoscopy"), "2017-05-20", null,
                "completed", null, false);
        Encounter visit = new Encounter(code("99213", "2.16.840.1.113883.6.12", "CPT", "Office outpatient visit 15 minutes"),
                "2019-03-01T09:45:00+00:00", "2019-03-01T10:45:00+00:00", "Newsroom Clinic",
                List.of(code("38341003", SNOMED, "SNOMED CT", "Hypertension")));
        Observation smoking = new Observation(code("72166-2", LOINC, "LOINC", "Tobacco smoking status"), "Former smoker",
                "Coded Entry", code("8517006", SNOMED, "SNOMED CT", "Former smoker"), null, null, null, "2019-03-01", "completed");
        return new ClinicalSummary(null, patient(), List.of(), null,
                null, List.of(allergy), false, null, List.of(med), false, null, List.of(problem), false,
                null, List.of(result), null, List.of(vitals), null, List.of(flu), null, List.of(colonoscopy),
                null, List.of(visit), null, new SocialHistory(List.of(smoking), smoking));
    }

    static CcdaDocumentSpec spec(ClinicalSummary content) {
        return new CcdaDocumentSpec(DocumentKind.CONTINUITY_OF_CARE, "2.25.1234567890123456789", Instant.parse("2019-03-02T08:00:00Z"),
                null, COMMUNITY, null, content, null);
    }

    /** The offline check, then HL7's schema and schematron when a developer has them. */
    static void valid(byte[] xml) throws Exception {
        assertThat(CcdaConformance.check(xml)).isEmpty();
        if (Hl7Specs.dir().isPresent()) {
            Path dir = Hl7Specs.dir().get();
            assertThat(Hl7Specs.schemaErrors(dir, xml)).as("CDA R2 schema with SDTC extensions").isEmpty();
            assertThat(Hl7Specs.schematronErrors(dir, xml)).as("C-CDA R2.1 schematron, errors phase").isEmpty();
        }
    }

    @Test
    void everySectionRendersValidAndReadsBackAsRendered() throws Exception {
        ClinicalSummary in = full();
        byte[] xml = CcdaWriter.write(spec(in));
        valid(xml);
        ClinicalSummary out = CcdaReader.read(xml);
        assertThat(out.allergies()).isEqualTo(in.allergies());
        assertThat(out.medications()).isEqualTo(in.medications());
        assertThat(out.problems()).isEqualTo(in.problems());
        assertThat(out.results()).isEqualTo(in.results());
        assertThat(out.vitalSigns()).isEqualTo(in.vitalSigns());
        assertThat(out.immunizations()).isEqualTo(in.immunizations());
        assertThat(out.procedures()).isEqualTo(in.procedures());
        assertThat(out.encounters()).isEqualTo(in.encounters());
        assertThat(out.socialHistory()).isEqualTo(in.socialHistory());
        assertThat(out.patient().identifiers()).isEqualTo(in.patient().identifiers());
        Demographics d = out.patient().demographics();
        assertThat(List.of(d.firstName(), d.lastName(), d.dob(), d.sex(), d.race(), d.ethnicity(), d.language()))
                .containsExactly("Lou", "Grant", "1950-03-14", "Male", "White", "Not Hispanic or Latino", "en");
        assertThat(d.address()).isEqualTo(in.patient().demographics().address());
        assertThat(d.emailAddresses()).containsExactly("lou@example.org");
        assertThat(out.header().document().id()).isEqualTo("2.25.1234567890123456789");
        assertThat(out.header().document().type().code()).isEqualTo("34133-9");
        assertThat(out.sections()).extracting(s -> s.kind()).contains("Allergies", "Medications", "Problems", "Results",
                "VitalSigns", "Immunizations", "Procedures", "Encounters", "SocialHistory");
        assertThat(List.of(out.allergyText(), out.medicationsText(), out.problemsText(), out.resultsText(), out.vitalSignsText(),
                out.immunizationsText(), out.proceduresText(), out.encountersText(), out.socialHistoryText()))
                .as("every section has a readable narrative").allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(out.medicationsText()).contains("Amlodipine 5 MG Oral Tablet");
        assertThat(out.resultsText()).contains("Specific gravity of Urine").contains("1.015");
    }

    @Test
    void aPatientWithoutDataStillHasTheSixSectionsACcdRequiresSaidToHoldNoInformation() throws Exception {
        ClinicalSummary empty = new ClinicalSummary(null, patient(), List.of(), null, null, List.of(), false, null, List.of(), false,
                null, List.of(), false, null, List.of(), null, List.of(), null, List.of(), null, List.of(), null, List.of(), null,
                null);
        byte[] xml = CcdaWriter.write(spec(empty));
        valid(xml);
        ClinicalSummary out = CcdaReader.read(xml);
        assertThat(out.sections()).hasSize(6).allSatisfy(s -> {
            assertThat(s.empty()).isTrue();
            assertThat(s.nullFlavor()).isEqualTo("NI");
        });
    }

    @Test
    void anEncounterSummaryNamesItsVisit() throws Exception {
        ClinicalSummary in = full();
        Encounter visit = in.encounters().get(0);
        byte[] xml = CcdaWriter.write(new CcdaDocumentSpec(DocumentKind.ENCOUNTER_SUMMARY, "2.25.99", Instant.parse("2019-03-02T08:00:00Z"),
                null, COMMUNITY, visit, in, "Recheck blood pressure in 3 months."));
        valid(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<title>Encounter Summary</title>").contains("encompassingEncounter")
                .contains("<low value=\"20190301094500+0000\"/>").contains("Recheck blood pressure in 3 months.");
        assertThat(CcdaReader.read(xml).encounters()).isEqualTo(in.encounters());
    }

    @Test
    void hostileTextIsEscapedAndReadBackAsText() throws Exception {
        String nasty = "Peanut </title><script>alert(1)</script> & \"nuts\" 'n' \u0001stuff";
        ClinicalSummary in = full();
        Allergy a = in.allergies().get(0);
        Allergy hostile = new Allergy(a.type(), code("256349002", SNOMED, "SNOMED CT", nasty), a.reactions(), a.severity(),
                a.status(), a.startDate(), a.endDate(), false);
        ClinicalSummary withHostile = new ClinicalSummary(null, in.patient(), List.of(), null, "<b>bold</b> & more",
                List.of(hostile), false, null, in.medications(), false, null, in.problems(), false, null, in.results(), null,
                in.vitalSigns(), null, in.immunizations(), null, in.procedures(), null, in.encounters(), null, in.socialHistory());
        byte[] xml = CcdaWriter.write(spec(withHostile));
        valid(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script>");
        assertThat(CcdaReader.read(xml).allergies().get(0).substance().name())
                .isEqualTo("Peanut </title><script>alert(1)</script> & \"nuts\" 'n' stuff");
    }

    @Test
    void theOfflineCheckFindsWhatIsBroken() {
        String good = new String(CcdaWriter.write(spec(full())), StandardCharsets.UTF_8);
        assertThat(CcdaConformance.check(good.replace("value=\"#medication-1\"", "value=\"#nowhere\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule()).contains("narrative reference");
        assertThat(CcdaConformance.check(good.replace("root=\"2.16.840.1.113883.10.20.22.2.4.1\"", "root=\"1.2.3\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule()).contains("CCD required section");
        assertThat(CcdaConformance.check(good.replace("value=\"20190301103000+0000\"", "value=\"201903011030\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule()).contains("TS time zone");
        assertThat(CcdaConformance.check(good.replace("codeSystem=\"2.16.840.1.113883.6.88\"", "codeSystem=\"RxNorm\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule()).contains("code system");
        assertThat(CcdaConformance.check(good.replace("<value xsi:type=\"PQ\" value=\"132\"", "<value xsi:type=\"ST\" value=\"132\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule()).contains("vital sign value");
        assertThat(CcdaConformance.check(good.replaceFirst("extension=\"2015-08-01\"", "extension=\"2014-06-09\"")
                .getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule()).contains("US Realm Header templateId");
        assertThat(CcdaConformance.check("<nope".getBytes(StandardCharsets.UTF_8))).extracting(f -> f.rule())
                .containsExactly("well-formed");
    }

    @Test
    void hl7sOwnFilesFindWhatIsBrokenToo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Hl7Specs.dir().isPresent(), "-Dcrossway.cda.specs not given");
        Path dir = Hl7Specs.dir().get();
        String good = new String(CcdaWriter.write(spec(full())), StandardCharsets.UTF_8);
        byte[] noVitals = good.replace("root=\"2.16.840.1.113883.10.20.22.2.4.1\"", "root=\"1.2.3\"").getBytes(StandardCharsets.UTF_8);
        assertThat(Hl7Specs.schematronErrors(dir, noVitals)).as("the schematron runs and sees the missing section").isNotEmpty();
        byte[] misplaced = good.replace("<title>Continuity of Care Document</title>", "").replace("<realmCode code=\"US\"/>",
                "<realmCode code=\"US\"/><title>Continuity of Care Document</title>").getBytes(StandardCharsets.UTF_8);
        assertThat(Hl7Specs.schemaErrors(dir, misplaced)).as("the schema runs and sees the misplaced title").isNotEmpty();
    }
}
