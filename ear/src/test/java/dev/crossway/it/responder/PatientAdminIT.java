package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Tokens;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Clinical data storage through the JSON API: patients registered, updated, merged; documents pushed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientAdminIT {

    static final String COMMUNITY = "2.16.840.1.113883.3.3333.1";
    static final String AUTHORITY = "2.16.840.1.113883.3.3333.1.1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void community() {
        Hosted.community(COMMUNITY, "Patient Admin Test Community", AUTHORITY, "\"TREATMENT\"");
    }

    static String id() {
        return "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    static String patient(String event, String id, String last) {
        return """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "%s", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}],
                  "Demographics": {"FirstName": "Mary-Ann", "LastName": "%s", "DOB": "1980-02-29", "Sex": "Female",
                   "Address": {"StreetAddress": "12 Elm St", "City": "Madison", "State": "WI", "ZIP": "53703"}}}}
                """.formatted(event, COMMUNITY, id, AUTHORITY, last);
    }

    @Test
    void registersUpdatesAndMergesPatients() {
        String a = id();
        String b = id();
        Api.Reply created = Api.post("PatientAdmin/NewPatient", Tokens.partner(), patient("NewPatient", a, "O'Neil"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("Patient").path("Demographics").path("LastName").asText()).isEqualTo("O'Neil");

        Api.Reply again = Api.post("PatientAdmin/NewPatient", Tokens.partner(), patient("NewPatient", a, "O'Neil"));
        assertThat(again.status()).as("a resent NewPatient changes nothing and is not an error").isEqualTo(200);
        assertThat(again.json().path("Patient")).isEqualTo(created.json().path("Patient"));

        Api.Reply updated = Api.post("PatientAdmin/PatientUpdate", Tokens.partner(), patient("PatientUpdate", a, "Oneil-Smith"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("Patient").path("Demographics").path("LastName").asText()).isEqualTo("Oneil-Smith");

        assertThat(Api.post("PatientAdmin/NewPatient", Tokens.partner(), patient("NewPatient", b, "Duplicate")).status())
                .isEqualTo(201);
        Api.Reply merged = Api.post("PatientAdmin/PatientMerge", Tokens.partner(), """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "PatientMerge", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]},
                 "PriorPatient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]}}""".formatted(COMMUNITY, a, AUTHORITY, b, AUTHORITY));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);

        Api.Reply unknown = Api.post("PatientAdmin/PatientUpdate", Tokens.partner(), patient("PatientUpdate", id(), "Nobody"));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void refusesBadPatientsNamingTheField() {
        Api.Reply noFacility = Api.post("PatientAdmin/NewPatient", Tokens.partner(),
                patient("NewPatient", id(), "X").replace("\"FacilityCode\": \"" + COMMUNITY + "\"", "\"FacilityCode\": null"));
        assertThat(noFacility.status()).isEqualTo(400);
        assertThat(noFacility.firstError().path("Field").asText()).isEqualTo("Meta.FacilityCode");

        Api.Reply badDob = Api.post("PatientAdmin/NewPatient", Tokens.partner(),
                patient("NewPatient", id(), "X").replace("1980-02-29", "29/02/1980"));
        assertThat(badDob.status()).isEqualTo(400);
        assertThat(badDob.firstError().path("Field").asText()).isEqualTo("Patient.Demographics.DOB");

        Api.Reply foreignAuthority = Api.post("PatientAdmin/NewPatient", Tokens.partner(),
                patient("NewPatient", id(), "X").replace("\"IDType\": \"" + AUTHORITY + "\"", "\"IDType\": \"1.2.3.4\""));
        assertThat(foreignAuthority.status()).isEqualTo(400);
        assertThat(foreignAuthority.firstError().path("Field").asText()).startsWith("Patient.Identifiers");
    }

    @Test
    void aMalformedDocumentIsRefusedAndNothingIsStored() {
        String a = id();
        assertThat(Api.post("PatientAdmin/NewPatient", Tokens.partner(), patient("NewPatient", a, "Docs")).status()).isEqualTo(201);
        String truncated = Base64.getEncoder().encodeToString("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id root=".getBytes());
        Api.Reply r = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), """
                {"Meta": {"FacilityCode": "%s"}, "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]},
                 "Document": {"FileType": "XML", "Data": "%s"}}""".formatted(COMMUNITY, a, AUTHORITY, truncated));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.firstError().path("Field").asText()).isEqualTo("Document.Data");
        Api.Reply notBase64 = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), """
                {"Meta": {"FacilityCode": "%s"}, "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]},
                 "Document": {"FileType": "XML", "Data": "***"}}""".formatted(COMMUNITY, a, AUTHORITY));
        assertThat(notBase64.status()).isEqualTo(400);
        Api.Reply pdf = Api.post("ClinicalSummary/VisitPush", Tokens.partner(), """
                {"Meta": {"FacilityCode": "%s"}, "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s"}]},
                 "Document": {"FileType": "PDF", "Data": "%s"}}""".formatted(COMMUNITY, a, AUTHORITY,
                Base64.getEncoder().encodeToString("%PDF-1.4 test".getBytes())));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(pdf.json().path("Document").path("ID").asText()).startsWith("2.25.");
        assertThat(Api.post("ClinicalSummary/VisitPush", null, "{}").status()).isEqualTo(401);
    }
}
