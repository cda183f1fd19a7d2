package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.ccda.CcdaConformance;
import dev.crossway.interop.ccda.CcdaReader;
import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.xca.Code;
import dev.crossway.interop.xca.DocumentEntry;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discrete data in (issue 16): a partner pushes Redox PatientPush JSON for Lou Grant; a peer
 * gateway then finds the rendered C-CDA by a signed XCA FindDocuments with its full metadata,
 * retrieves it by ITI-39, and every pushed code is in it. Resends store nothing, bad input and
 * ungranted callers store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientPushIT {

    static final String PUSH = "2.16.840.1.113883.3.72.6.166";
    static final String CCDA_21 = "urn:hl7-org:sdwg:ccda-structuredBody:2.1";
    static final List<String> PUSHED_CODES = List.of("197361", "7982", "247472004", "38341003", "I10", "2345-7", "8480-6",
            "140", "73761001", "99213", "8517006");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void trust() {
        Gateway.trusted();
    }

    static String body(String community, String medicationSystem) {
        return """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "PatientPush", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}],
                             "Demographics": {"FirstName": "Lou", "LastName": "Grant", "DOB": "1950-03-14", "Sex": "Male"}},
                 "Medications": [{"Product": {"Code": "197361", "CodeSystem": "%s", "Name": "Amlodipine 5 MG Oral Tablet"},
                                  "Dose": {"Quantity": "1", "Units": "{tbl}"}, "Frequency": {"Period": "24", "Unit": "h"},
                                  "StartDate": "2015-06-01"}],
                 "Allergies": [{"Type": {"Code": "416098002", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Drug allergy"},
                                "Substance": {"Code": "7982", "CodeSystem": "2.16.840.1.113883.6.88", "Name": "Penicillin G"},
                                "Reaction": [{"Code": "247472004", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Hives"}],
                                "StartDate": "2012-08-06"}],
                 "Problems": [{"Code": "38341003", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Hypertension",
                               "AltCodes": [{"Code": "I10", "CodeSystem": "2.16.840.1.113883.6.90", "Name": "Essential hypertension"}],
                               "StartDate": "2014-02-01"}],
                 "Results": [{"Code": "2345-7", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Glucose", "Status": "Final",
                              "DateTime": "2019-03-01T10:30:00.000Z",
                              "Observations": [{"Code": "2345-7", "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Glucose",
                                                "Value": "95", "Units": "mg/dL", "ValueType": "Numeric"}]}],
                 "VitalSigns": [{"DateTime": "2019-03-01T10:00:00.000Z", "Observations": [{"Code": "8480-6",
                                 "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Systolic blood pressure", "Value": "132", "Units": "mm[Hg]"}]}],
                 "Immunizations": [{"DateTime": "2018-10-15", "Product": {"Code": "140", "CodeSystem": "2.16.840.1.113883.12.292",
                                    "Name": "Influenza, seasonal, injectable"}}],
                 "Procedures": {"Procedures": [{"Code": "73761001", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Colonoscopy",
                                                "DateTime": "2017-05-20"}]},
                 "Encounters": [{"Type": {"Code": "99213", "CodeSystem": "2.16.840.1.113883.6.12", "Name": "Office visit"},
                                 "DateTime": "2019-03-01T09:45:00.000Z"}],
                 "SocialHistory": {"TobaccoUse": [{"Code": "72166-2", "CodeSystem": "2.16.840.1.113883.6.1",
                                    "Name": "Tobacco smoking status", "DateTime": "2019-03-01",
                                    "CodedValue": {"Code": "8517006", "CodeSystem": "2.16.840.1.113883.6.96", "Name": "Former smoker"}}]}}
                """.formatted(community, StoredDataIT.authority(community), medicationSystem);
    }

    static Api.Reply push(String body, String token) {
        return Api.post("ClinicalSummary/PatientPush", token, body);
    }

    @Test
    void pushedDiscreteDataIsFoundByXcaAndRetrievedAsAConformantCcdCarryingEveryPushedCode() throws IOException {
        StoredDataIT.host(PUSH);
        Api.Reply pushed = push(body(PUSH, "2.16.840.1.113883.6.88"), Tokens.partner());
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        String id = pushed.json().path("Document").path("ID").asText();
        assertThat(id).startsWith("2.25.");
        assertThat(pushed.json().path("Document").path("RepositoryUniqueId").asText()).isEqualTo(PUSH);
        assertThat(pushed.json().path("Meta").path("EventType").asText()).isEqualTo("PatientPush");

        assertThat(StoredDataIT.xcpd(PUSH).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        List<DocumentEntry> found = StoredDataIT.find(PUSH).documents();
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.uniqueId().value()).isEqualTo(id);
            assertThat(e.mimeType()).isEqualTo("text/xml");
            assertThat(e.codes().typeCode()).map(Code::code).contains("34133-9");
            assertThat(e.codes().classCode()).map(Code::code).contains("34133-9");
            assertThat(e.codes().formatCode()).map(Code::code).contains(CCDA_21);
            assertThat(e.codes().confidentialityCodes()).extracting(Code::code).containsExactly("N");
            assertThat(e.codes().practiceSettingCode()).isPresent();
            assertThat(e.slots().languageCode()).contains("en-US");
            assertThat(e.slots().creationTime()).isPresent();
            assertThat(e.slots().serviceStartTime()).contains("20120806");
            assertThat(e.slots().sourcePatientId()).contains("LG-16^^^&" + StoredDataIT.authority(PUSH) + "&ISO");
            assertThat(e.slots().hash()).isPresent();
            assertThat(e.slots().size()).isPresent();
        });

        RetrieveDocumentSetResponse retrieved = StoredDataIT.retrieve(PUSH, id);
        assertThat(retrieved.documents()).hasSize(1);
        byte[] xml = retrieved.documents().get(0).content();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(PUSHED_CODES).allSatisfy(code -> assertThat(text).contains("code=\"" + code + "\""));
        assertThat(CcdaConformance.check(xml)).isEmpty();
        ClinicalSummary read = CcdaReader.read(xml);
        assertThat(read.medications()).singleElement().satisfies(m -> assertThat(m.product().code()).isEqualTo("197361"));
        assertThat(read.patient().demographics().lastName()).isEqualTo("Grant");

        Api.Reply again = push(body(PUSH, "2.16.840.1.113883.6.88"), Tokens.partner());
        assertThat(again.status()).as("the same data again stores nothing").isEqualTo(200);
        assertThat(again.json().path("Document").path("ID").asText()).isEqualTo(id);
        String key = "push-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply first = withKey(key, body(PUSH, "RxNorm"));
        assertThat(first.status()).as("the code system by name is the same data: " + first.body()).isEqualTo(200);
        assertThat(first.json().path("Document").path("ID").asText()).isEqualTo(id);
        Api.Reply replay = withKey(key, body(PUSH, "RxNorm"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).as("the first answer, replayed").isEqualTo(first.body());
        Api.Reply reused = withKey(key, body(PUSH, "2.16.840.1.113883.6.88"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(StoredDataIT.find(PUSH).documents()).extracting(e -> e.uniqueId().value()).containsExactly(id);
        StoredDataIT.audited("ADMIN", null, "document " + id + " pushed");
    }

    @Test
    void badInputAndUngrantedCallersStoreNothing() throws IOException {
        String community = "2.16.840.1.113883.3.72.6.167";
        StoredDataIT.host(community);
        Api.Reply bad = push(body(community, "not-a-code-system"), Tokens.partner());
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.firstError().path("Field").asText()).isEqualTo("Medications[0].Product.CodeSystem");
        assertThat(bad.body()).doesNotContain("Exception");
        Api.Reply badDate = push(body(community, "2.16.840.1.113883.6.88").replace("\"2014-02-01\"", "\"last spring\""),
                Tokens.partner());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.firstError().path("Field").asText()).isEqualTo("Problems[0].StartDate");

        String clientId = "push-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply onboarded = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Communities": ["%s"], "PurposesOfUse": ["TREATMENT"]}}""".formatted(clientId, PUSH));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        Api.Reply refused = push(body(community, "2.16.840.1.113883.6.88"),
                Tokens.clientCredentials(clientId, onboarded.json().path("Secret").asText()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.firstError().path("Code").asText()).isEqualTo("NotGranted");

        Api.Reply unknown = push(body(community, "2.16.840.1.113883.6.88").replace("\"LG-16\"", "\"NOBODY-16\""), Tokens.partner());
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        Api.Reply noToken = push(body(community, "2.16.840.1.113883.6.88"), null);
        assertThat(noToken.status()).isEqualTo(401);

        assertThat(StoredDataIT.xcpd(community).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(StoredDataIT.find(community).documents()).as("nothing stored by the refused pushes").isEmpty();
    }

    @Test
    void aVisitPushOfDiscreteDataIsStoredAsAnEncounterSummaryOfThatVisit() throws IOException {
        String community = "2.16.840.1.113883.3.72.6.168";
        StoredDataIT.host(community);
        Api.Reply pushed = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), """
                {"Meta": {"DataModel": "Clinical Summary", "EventType": "VisitPush", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "LG-16", "IDType": "%s"}],
                             "Demographics": {"FirstName": "Lou", "LastName": "Grant", "DOB": "1950-03-14", "Sex": "Male"}},
                 "Visit": {"VisitNumber": "V-1601", "VisitDateTime": "2019-03-01T09:45:00.000Z",
                           "DischargeDateTime": "2019-03-01T10:45:00.000Z", "Location": {"Facility": "Newsroom Clinic"}},
                 "VitalSigns": [{"DateTime": "2019-03-01T10:00:00.000Z", "Observations": [{"Code": "8480-6",
                                 "CodeSystem": "2.16.840.1.113883.6.1", "Name": "Systolic blood pressure", "Value": "132",
                                 "Units": "mm[Hg]"}]}],
                 "PlanOfCareText": "Recheck blood pressure in 3 months"}
                """.formatted(community, StoredDataIT.authority(community)));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        String id = pushed.json().path("Document").path("ID").asText();
        assertThat(pushed.json().path("Document").path("Title").asText()).isEqualTo("Encounter Summary");

        assertThat(StoredDataIT.xcpd(community).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(StoredDataIT.find(community).documents()).singleElement().satisfies(e -> {
            assertThat(e.uniqueId().value()).isEqualTo(id);
            assertThat(e.slots().serviceStartTime()).contains("20190301094500");
            assertThat(e.slots().serviceStopTime()).contains("20190301104500");
        });
        byte[] xml = StoredDataIT.retrieve(community, id).documents().get(0).content();
        assertThat(CcdaConformance.check(xml)).isEmpty();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("encompassingEncounter").contains("Newsroom Clinic")
                .contains("code=\"8480-6\"").contains("Recheck blood pressure in 3 months");
    }

    private static Api.Reply withKey(String key, String body) {
        return Api.send(HttpRequest.newBuilder(Servers.api("ClinicalSummary/PatientPush")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)), Tokens.partner());
    }
}
