package dev.crossway.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.initiator.application.MergedSummary;
import dev.crossway.initiator.application.SummaryHeader;
import dev.crossway.web.api.dto.MetaDto;
import dev.crossway.web.api.dto.PatientSearchDto;
import dev.crossway.web.api.error.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire contracts a Redox client relies on, checked on the JSON itself. */
class RedoxShapesTest {

    /** The top-level keys of Redox's published PatientQueryResponse example, in its order. */
    static final List<String> PATIENT_QUERY_RESPONSE_KEYS = List.of("Meta", "Header", "AdvanceDirectivesText", "AdvanceDirectives",
            "AllergyText", "Allergies", "EncountersText", "Encounters", "FamilyHistoryText", "FamilyHistory", "ImmunizationText",
            "Immunizations", "InsurancesText", "Insurances", "MedicalEquipmentText", "MedicalEquipment", "MedicationsText",
            "Medications", "PlanOfCareText", "PlanOfCare", "ProblemsText", "Problems", "ProceduresText", "Procedures", "ResultText",
            "Results", "SocialHistoryText", "SocialHistory", "VitalSignsText", "VitalSigns");

    @Test
    void theDataModelIsAcceptedInRedoxsSpellingAndInTheOneWithoutSpaces() {
        for (String spelling : List.of("Clinical Summary", "ClinicalSummary", "clinical summary", "Clinical-Summary")) {
            Requests.checkMeta(meta(spelling, "PatientQuery"), DataModel.CLINICAL_SUMMARY, "PatientQuery");
        }
        Requests.checkMeta(meta("Patient Search", "Query"), DataModel.PATIENT_SEARCH, "Query");
        Requests.checkMeta(meta("Patient Admin", "NewPatient"), DataModel.PATIENT_ADMIN, "NewPatient");
        assertThatThrownBy(() -> Requests.checkMeta(meta("Results", "PatientQuery"), DataModel.CLINICAL_SUMMARY, "PatientQuery"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Clinical Summary");
        assertThatThrownBy(() -> Requests.checkMeta(meta("Clinical Summary", "VisitPush"), DataModel.CLINICAL_SUMMARY, "PatientQuery"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void extensionsAreReadAsRedoxsTypedValuesOrAsPlainStrings() throws Exception {
        PatientSearchDto r = JsonConfiguration.MAPPER.readValue("""
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "PatientQuery", "Extensions": {
                  "user-id": {"url": "https://api.redoxengine.com/extensions/user-id", "string": "dr.jones"},
                  "purpose-of-use": {"url": "https://api.redoxengine.com/extensions/purpose-of-use",
                                     "coding": {"code": "TREATMENT", "display": "Treatment"}},
                  "organization-name": "Crossway Test Clinic"}}}""", PatientSearchDto.class);
        var context = Initiators.context(r.meta(), "caller");
        assertThat(context.userId()).isEqualTo("dr.jones");
        assertThat(context.purposeOfUse()).isEqualTo("TREATMENT");
        assertThat(context.organizationName()).isEqualTo("Crossway Test Clinic");
    }

    @Test
    void aPatientQueryResponseHasEveryKeyOfRedoxsExampleEvenWithoutData() {
        MergedSummary empty = new MergedSummary(new SummaryHeader(Instant.now(), 0, 0, 0, true), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null, null);
        JsonNode json = JsonConfiguration.MAPPER.valueToTree(ClinicalSummaryResource.reply(meta("Clinical Summary", "PatientQuery"), empty));
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertThat(keys).containsSubsequence(PATIENT_QUERY_RESPONSE_KEYS);
        assertThat(json.path("Meta").path("DataModel").asText()).isEqualTo("Clinical Summary");
        assertThat(json.path("Meta").path("EventType").asText()).isEqualTo("PatientQueryResponse");
        assertThat(json.path("AllergyText").isNull()).isTrue();
        assertThat(json.path("Allergies").isArray()).isTrue();
        assertThat(json.path("SocialHistory").has("Observations")).isTrue();
        assertThat(json.path("PlanOfCare").has("MedicationAdministration")).isTrue();
        assertThat(json.path("Procedures").has("Procedures")).isTrue();
    }

    private static MetaDto meta(String model, String event) {
        return new MetaDto(model, event, null, null, null, null, null, null);
    }
}
