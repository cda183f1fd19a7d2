package dev.crossway.it.initiator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Redox client pointed at Crossway unchanged: Redox's published example requests (the sandbox
 * patient Alice Newman in their place), Redox's spellings, and Redox's response shapes, key for
 * key; the three-step Redox flow (search, document query by the identifier the search returned,
 * document get by id); writes that can be resent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedoxFlowIT {

    /** Every top-level key of Redox's published PatientQueryResponse example. */
    static final List<String> PATIENT_QUERY_RESPONSE = List.of("Meta", "Header", "AdvanceDirectivesText", "AdvanceDirectives",
            "AllergyText", "Allergies", "EncountersText", "Encounters", "FamilyHistoryText", "FamilyHistory", "ImmunizationText",
            "Immunizations", "InsurancesText", "Insurances", "MedicalEquipmentText", "MedicalEquipment", "MedicationsText",
            "Medications", "PlanOfCareText", "PlanOfCare", "ProblemsText", "Problems", "ProceduresText", "Procedures", "ResultText",
            "Results", "SocialHistoryText", "SocialHistory", "VitalSignsText", "VitalSigns");
    static final String STORE = "2.16.840.1.113883.3.9999.13";
    static final String STORE_AUTHORITY = STORE + ".1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void network() throws Exception {
        Sandbox.ready();
        Hosted.community(STORE, "Redox repository test community", STORE_AUTHORITY, "\"TREATMENT\"");
    }

    /** Redox's Meta block as its examples send it: the model with a space, typed extensions, a destination. */
    static String meta(String model, String event, String facility) {
        return """
                "Meta": {"DataModel": "%s", "EventType": "%s", "EventDateTime": "2026-12-01T10:00:00.000Z", "Test": true,
                  "Destinations": [{"ID": "af394f14-b34a-464f-8d24-895f370af4c9", "Name": "Crossway"}]%s,
                  "Extensions": {
                    "user-id": {"url": "https://api.redoxengine.com/extensions/user-id", "string": "dr.jones"},
                    "user-role": {"url": "https://api.redoxengine.com/extensions/user-role", "coding": {"code": "112247003", "display": "Medical doctor"}},
                    "purpose-of-use": {"url": "https://api.redoxengine.com/extensions/purpose-of-use", "coding": {"code": "TREATMENT", "display": "Treatment"}},
                    "organization-name": {"url": "https://api.redoxengine.com/extensions/organization-name", "string": "Crossway Test Clinic"},
                    "sender-organization-id": {"url": "https://api.redoxengine.com/extensions/sender-organization-id", "string": "2.16.840.1.113883.3.9999.99"}}}"""
                .formatted(model, event, facility == null ? "" : ", \"FacilityCode\": \"" + facility + "\"");
    }

    @Test
    void aPatientQueryInRedoxsSpellingAnswersEveryKeyOfRedoxsExample() {
        Api.Reply r = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(),
                "{" + meta("Clinical Summary", "PatientQuery", null) + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.path("Meta").path("DataModel").asText()).isEqualTo("Clinical Summary");
        assertThat(json.path("Meta").path("EventType").asText()).isEqualTo("PatientQueryResponse");
        PATIENT_QUERY_RESPONSE.forEach(key -> assertThat(json.has(key)).as(key).isTrue());
        assertThat(json.path("Header").path("Document").path("ID").asText()).isNotBlank();
        assertThat(json.path("Header").path("Patient").path("Demographics").path("LastName").asText()).as("the documents' patient").isNotBlank();
        assertThat(json.path("MedicationsText").asText()).as("the narrative of the documents").isNotBlank();
        JsonNode medication = json.path("Medications").path(0);
        List.of("Prescription", "FreeTextSig", "Dose", "Rate", "Route", "StartDate", "EndDate", "Frequency", "IsPRN", "Product")
                .forEach(key -> assertThat(medication.has(key)).as("Medications[0]." + key).isTrue());
        assertThat(medication.path("Product").path("Code").asText()).isNotBlank();
        assertThat(json.path("Sources")).hasSize(3);
    }

    @Test
    void theRedoxFlowSearchesThenListsByTheReturnedIdentifierThenGetsOneDocumentById() {
        Api.Reply search = Api.post("PatientSearch/Query", Tokens.partner(),
                "{" + meta("PatientSearch", "Query", null) + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().path("Meta").path("EventType").asText()).isEqualTo("QueryResponse");
        JsonNode patient = search.json().path("Patient");
        List.of("Identifiers", "Demographics", "Notes").forEach(k -> assertThat(patient.has(k)).as("Patient." + k).isTrue());
        assertThat(patient.path("Demographics").path("FirstName").asText()).isEqualTo("Alice");

        String north = Sandbox.COMMUNITIES.get(0);
        JsonNode match = null;
        for (JsonNode m : search.json().path("PotentialMatches")) {
            if (north.equals(m.path("Organization").path("ID").asText())) {
                match = m;
            }
        }
        assertThat(match).as("a match at " + north).isNotNull();
        String id = match.path("Identifiers").path(0).path("ID").asText();

        Api.Reply list = Api.post("ClinicalSummary/DocumentQuery", Tokens.partner(), "{" + meta("Clinical Summary", "DocumentQuery", north)
                + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"" + id + "\", \"IDType\": \"" + north + "\"}]}}");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().path("Meta").path("EventType").asText()).isEqualTo("DocumentQueryResponse");
        JsonNode doc = list.json().path("Documents").path(0);
        List.of("ID", "Title", "DateTime", "Type", "TypeCode", "FileType").forEach(k -> assertThat(doc.has(k)).as(k).isTrue());

        Api.Reply got = Api.post("ClinicalSummary/DocumentGet", Tokens.partner(), "{" + meta("Clinical Summary", "DocumentGet", north)
                + ", \"Document\": {\"ID\": \"" + doc.path("ID").asText() + "\"}}");
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        assertThat(got.json().path("Meta").path("EventType").asText()).isEqualTo("DocumentGetResponse");
        assertThat(got.json().path("Document").path("FileType").asText()).isEqualTo("XML");
        String content = new String(Base64.getDecoder().decode(got.json().path("Document").path("Data").asText()), StandardCharsets.UTF_8);
        assertThat(content).contains("ClinicalDocument");
    }

    @Test
    void locationAndOrganizationQueriesAnswerInRedoxsShape() {
        Api.post("PatientSearch/Query", Tokens.partner(), "{" + meta("PatientSearch", "Query", null) + "," + Sandbox.alice() + ","
                + Sandbox.targets() + "}");
        Api.Reply located = Api.post("PatientSearch/LocationQuery", Tokens.partner(),
                "{" + meta("PatientSearch", "LocationQuery", null) + "," + Sandbox.alice() + "}");
        assertThat(located.status()).as(located.body()).isEqualTo(200);
        assertThat(located.json().path("Meta").path("EventType").asText()).isEqualTo("LocationQueryResponse");
        assertThat(located.json().path("Patients").size()).isGreaterThanOrEqualTo(3);
        assertThat(located.json().path("Patients").path(0).path("Organization").path("Identifiers").path(0).path("IDType").asText())
                .isEqualTo("OID");

        Api.Reply orgs = Api.post("Organization/Query", Tokens.partner(), "{" + meta("Organization", "Query", null)
                + ", \"Organization\": {\"Name\": \"Sandbox community\"}}");
        assertThat(orgs.status()).as(orgs.body()).isEqualTo(200);
        assertThat(orgs.json().path("Meta").path("EventType").asText()).isEqualTo("QueryResponse");
    }

    @Test
    void explicitTargetsBeyondTheCapAreListedAsSkippedWithTheReason() {
        StringBuilder orgs = new StringBuilder();
        for (String c : Sandbox.COMMUNITIES) {
            orgs.append(orgs.isEmpty() ? "" : ",").append("{\"ID\": \"").append(c).append("\"}");
        }
        Api.Reply r = Api.post("PatientSearch/Query", Tokens.partner(), "{" + meta("PatientSearch", "Query", null) + ","
                + Sandbox.alice() + ", \"Targets\": {\"Organizations\": [" + orgs + "], \"Max\": 2}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("Sources")).hasSize(3);
        JsonNode skipped = r.json().path("Sources").path(2);
        assertThat(skipped.path("Status").asText()).isEqualTo("Skipped");
        assertThat(skipped.path("Error").asText()).contains("Targets.Max");
        assertThat(skipped.path("Organization").path("ID").asText()).isEqualTo(Sandbox.COMMUNITIES.get(2));
    }

    @Test
    void resendingNewPatientAndVisitPushChangesNothing() throws Exception {
        String id = "R" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String newPatient = "{" + meta("PatientAdmin", "NewPatient", STORE) + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"" + id
                + "\", \"IDType\": \"" + STORE_AUTHORITY + "\"}], \"Demographics\": {\"FirstName\": \"Alice\", \"LastName\": \"Newman\","
                + " \"DOB\": \"1970-05-01\", \"Sex\": \"Female\", \"Address\": {\"StreetAddress\": \"1357 Amber Drive\","
                + " \"City\": \"Beaverton\", \"State\": \"OR\", \"ZIP\": \"97006\"}}}}";
        Api.Reply first = Api.post("PatientAdmin/NewPatient", Tokens.partner(), newPatient);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Reply again = Api.post("PatientAdmin/NewPatient", Tokens.partner(), newPatient);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("Patient")).isEqualTo(first.json().path("Patient"));

        byte[] ccd = Files.readAllBytes(Servers.shared().resolve("samples/ccda/hl7-c-cda-examples/CCD_1.xml"));
        String push = "{" + meta("Clinical Summary", "VisitPush", STORE) + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"" + id
                + "\", \"IDType\": \"" + STORE_AUTHORITY + "\"}]}, \"Document\": {\"FileType\": \"XML\", \"Data\": \""
                + Base64.getEncoder().encodeToString(ccd) + "\"}}";
        Api.Reply stored = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), push);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        Api.Reply storedAgain = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), push);
        assertThat(storedAgain.status()).as(storedAgain.body()).isEqualTo(200);
        assertThat(storedAgain.json().path("Document").path("ID").asText()).isEqualTo(stored.json().path("Document").path("ID").asText());
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String id = "K" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String body = "{" + meta("PatientAdmin", "NewPatient", STORE) + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"" + id
                + "\", \"IDType\": \"" + STORE_AUTHORITY + "\"}], \"Demographics\": {\"FirstName\": \"Alice\", \"LastName\": \"Newman\","
                + " \"DOB\": \"1970-05-01\", \"Sex\": \"Female\"}}}";
        Api.Reply first = withKey("PatientAdmin/NewPatient", key, body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Reply replay = withKey("PatientAdmin/NewPatient", key, body);
        assertThat(replay.status()).as("the first answer, status included").isEqualTo(201);
        assertThat(replay.json()).isEqualTo(first.json());
        Api.Reply reused = withKey("PatientAdmin/NewPatient", key, body.replace("Newman", "Other"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.firstError().path("Code").asText()).isEqualTo("IdempotencyKeyReused");
    }

    private static Api.Reply withKey(String path, String key, String body) {
        return Api.send(HttpRequest.newBuilder(Servers.api(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)), Tokens.partner());
    }
}
