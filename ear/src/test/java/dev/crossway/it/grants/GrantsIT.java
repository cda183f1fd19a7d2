package dev.crossway.it.grants;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Tokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partners are tenants: a partner may do only what its grants (kept in Keycloak, carried in its
 * token) allow, and what it causes is its own. Partners are onboarded through the API, with real
 * client-credentials tokens from the running Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantsIT {

    private static final String NORTH = Sandbox.COMMUNITIES.get(0);
    private static final String SOUTH = Sandbox.COMMUNITIES.get(1);
    /** The organization Sandbox.meta speaks for. */
    private static final String CLINIC = "2.16.840.1.113883.3.9999.99";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    private record Partner(String clientId, String token) {
    }

    /** Onboards a partner through the API and returns its first token (asked for at once). */
    private static Partner onboard(String grants) throws Exception {
        String clientId = "grants-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply r = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": %s}""".formatted(clientId, grants));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Partner(clientId, Tokens.clientCredentials(clientId, r.json().path("Secret").asText()));
    }

    private static String writer() {
        return """
                {"Communities": ["%s"], "Organizations": ["%s"], "PurposesOfUse": ["TREATMENT"], "Initiate": true}"""
                .formatted(NORTH, CLINIC);
    }

    @Test
    void partnersAreOnboardedWithGrantsThatCanBeReadAndReplacedAndTheirTokenWorksAtOnce() throws Exception {
        String clientId = "grants-it-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply created = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Communities": ["%s"], "Organizations": ["urn:oid:%s"],
                 "PurposesOfUse": ["TREATMENT"], "Initiate": true}}""".formatted(clientId, NORTH, CLINIC));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("ClientId").asText()).isEqualTo(clientId);
        assertThat(created.json().path("Secret").asText()).hasSizeGreaterThan(16);
        JsonNode grants = created.json().path("Grants");
        assertThat(grants.path("Communities").get(0).asText()).isEqualTo(NORTH);
        assertThat(grants.path("Organizations").get(0).asText()).isEqualTo(CLINIC);
        assertThat(grants.path("Initiate").asBoolean()).isTrue();

        String token = Tokens.clientCredentials(clientId, created.json().path("Secret").asText());
        assertThat(Api.post("Organization/Query", token, "{}").status()).isEqualTo(200);

        Api.Reply read = Api.get("admin/partners/" + clientId + "/grants", Tokens.admin());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("PurposesOfUse").get(0).asText()).isEqualTo("TREATMENT");

        Api.Reply replaced = Api.send(HttpRequest.newBuilder(Api.uri("admin/partners/" + clientId + "/grants"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"Communities": [], "Organizations": ["%s"], "PurposesOfUse": ["TREATMENT", "OPERATIONS"], "Initiate": false}"""
                        .formatted(CLINIC))), Tokens.admin());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode now = Api.get("admin/partners/" + clientId + "/grants", Tokens.admin()).json();
        assertThat(now.path("Communities")).isEmpty();
        assertThat(now.path("PurposesOfUse").toString()).contains("OPERATIONS");
        assertThat(now.path("Initiate").asBoolean()).isFalse();

        assertThat(Api.get("admin/partners/no-such-partner/grants", Tokens.admin()).status()).isEqualTo(404);
        assertThat(Api.get("admin/partners/" + clientId + "/grants", token).status()).as("a partner is not an admin").isEqualTo(403);
        Api.Reply bad = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "grants-it-bad", "Grants": {"Communities": ["north"]}}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.firstError().path("Field").asText()).isEqualTo("Grants");
    }

    @Test
    void aPartnerWritingToACommunityItWasNotGrantedIsRefusedAndNothingIsWritten() throws Exception {
        Sandbox.ready();
        Partner acme = onboard(writer());
        String id = "GR-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Instant start = Instant.now().minusSeconds(1);

        Api.Reply refused = Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(SOUTH, id));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.firstError().path("Code").asText()).isEqualTo("NotGranted");
        assertThat(refused.firstError().path("Field").asText()).isEqualTo("Meta.FacilityCode");
        assertThat(refused.firstError().path("Message").asText())
                .isEqualTo("community " + SOUTH + " is not granted to client " + acme.clientId());
        // nothing written: the administrator cannot find the patient there
        Api.Reply lookup = Api.post("PatientAdmin/PatientUpdate", Tokens.admin(), newPatient(SOUTH, id)
                .replace("NewPatient", "PatientUpdate"));
        assertThat(lookup.status()).as(lookup.body()).isEqualTo(404);
        Api.Reply push = Api.post("ClinicalSummary/VisitPush", acme.token(), """
                {"Meta": {"DataModel": "ClinicalSummary", "EventType": "VisitPush", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s.1"}]},
                 "Document": {"FileType": "TXT", "Data": "aGVsbG8="}}""".formatted(SOUTH, id, SOUTH));
        assertThat(push.status()).as(push.body()).isEqualTo(403);

        // the granted community takes the same patient: the refusal was the grant, not the request
        assertThat(Api.post("PatientAdmin/NewPatient", acme.token(), newPatient(NORTH, id)).status()).isEqualTo(201);

        // and the refusals are in the audit trail
        Api.await(Duration.ofSeconds(20), () -> Api.get("admin/audit?outcome=Refused&from=" + start, Tokens.admin()).body()
                .contains("community " + SOUTH + " is not granted to client " + acme.clientId()), "the refusal's audit record");
    }

    @Test
    void aPartnerAssertingAnOrganizationOrPurposeItWasNotGrantedIsRefusedAndNothingIsSent() throws Exception {
        Sandbox.ready();
        Partner acme = onboard(writer());
        Instant start = Instant.now().minusSeconds(1);
        // this test's user, to tell its queries from the others' at the responder
        String user = "dr.grants-" + ThreadLocalRandom.current().nextInt(100000, 999999);

        Api.Reply org = Api.post("PatientSearch/Query", acme.token(), search("2.16.840.1.113883.3.4242", "TREATMENT", user));
        assertThat(org.status()).as(org.body()).isEqualTo(403);
        assertThat(org.firstError().path("Field").asText()).isEqualTo("Meta.Extensions.sender-organization-id");
        Api.Reply purpose = Api.post("ClinicalSummary/PatientQuery", acme.token(),
                search(CLINIC, "PAYMENT", user).replace("PatientSearch", "ClinicalSummary").replace("\"Query\"", "\"PatientQuery\""));
        assertThat(purpose.status()).as(purpose.body()).isEqualTo(403);
        assertThat(purpose.firstError().path("Field").asText()).isEqualTo("Meta.Extensions.purpose-of-use");
        Partner writerOnly = onboard("""
                {"Communities": ["%s"], "Organizations": ["%s"], "PurposesOfUse": ["TREATMENT"], "Initiate": false}"""
                .formatted(NORTH, CLINIC));
        Api.Reply initiate = Api.post("PatientSearch/Query", writerOnly.token(), search(CLINIC, "TREATMENT", user));
        assertThat(initiate.status()).as(initiate.body()).isEqualTo(403);
        assertThat(initiate.firstError().path("Message").asText()).contains("initiating");

        // nothing was sent: the sandbox's responding gateway (this server) saw no XCPD from this user
        assertThat(xcpdFrom(user, start)).isEmpty();
        // the same query within the grants goes out
        Api.Reply allowed = Api.post("PatientSearch/Query", acme.token(), search(CLINIC, "TREATMENT", user));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        Api.await(Duration.ofSeconds(20), () -> !xcpdFrom(user, start).isEmpty(), "the allowed query's XCPD at the responder");
    }

    /** The responder's XCPD audit records since {@code start} whose assertion named {@code user}. */
    private static java.util.List<JsonNode> xcpdFrom(String user, Instant start) {
        Api.Reply r = Api.get("admin/audit?transaction=ITI-55&limit=1000&from=" + start, Tokens.admin());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        java.util.List<JsonNode> mine = new java.util.ArrayList<>();
        r.json().forEach(n -> {
            if (user.equals(n.path("InitiatorSubject").asText())) {
                mine.add(n);
            }
        });
        return mine;
    }

    @Test
    void anotherPartnersJobAndPatientLinksAreUnknownToAPartnerAndVisibleToAnAdmin() throws Exception {
        Sandbox.ready();
        Partner acme = onboard(writer());
        Partner other = onboard(writer());

        Api.Reply started = Api.post("ClinicalSummary/PatientQuery", acme.token(), """
                {%s, %s, "Targets": {"Organizations": [{"ID": "%s"}]}, "Async": true}"""
                .formatted(Sandbox.meta("ClinicalSummary", "PatientQuery"), Sandbox.alice(), NORTH));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().path("JobID").asText();
        assertThat(Api.get("jobs/" + job, acme.token()).status()).isEqualTo(200);
        Api.Reply foreign = Api.get("jobs/" + job, other.token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.firstError().path("Code").asText()).isEqualTo("NotFound");
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("jobs/" + job + "/events")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20)).GET(), other.token()).status()).isEqualTo(404);
        assertThat(Api.get("jobs/" + job, Tokens.admin()).status()).as("an admin sees all").isEqualTo(200);

        Api.Reply refreshed = Api.post("PatientSearch/LocationQuery", acme.token(), locations(true));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().path("Patients")).isNotEmpty();
        assertThat(Api.post("PatientSearch/LocationQuery", acme.token(), locations(false)).json().path("Patients")).isNotEmpty();
        assertThat(Api.post("PatientSearch/LocationQuery", other.token(), locations(false)).json().path("Patients"))
                .as("another partner's links are not this partner's").isEmpty();
        assertThat(Api.post("PatientSearch/LocationQuery", Tokens.admin(), locations(false)).json().path("Patients")).isNotEmpty();
    }

    private static String newPatient(String community, String id) {
        return """
                {"Meta": {"DataModel": "PatientAdmin", "EventType": "NewPatient", "FacilityCode": "%s"},
                 "Patient": {"Identifiers": [{"ID": "%s", "IDType": "%s.1"}],
                  "Demographics": {"FirstName": "Grant", "LastName": "Tester", "DOB": "1980-01-02", "Sex": "Male",
                   "Address": {"StreetAddress": "1 Test Way", "City": "Beaverton", "State": "OR", "ZIP": "97006"}}}}"""
                .formatted(community, id, community);
    }

    private static String search(String organization, String purpose, String user) {
        return """
                {%s, %s, "Targets": {"Organizations": [{"ID": "%s"}]}}"""
                .formatted(Sandbox.meta("PatientSearch", "Query"), Sandbox.alice(), NORTH)
                .replace("\"sender-organization-id\": \"" + CLINIC + "\"", "\"sender-organization-id\": \"" + organization + "\"")
                .replace("\"purpose-of-use\": \"TREATMENT\"", "\"purpose-of-use\": \"" + purpose + "\"")
                .replace("\"user-id\": \"dr.jones\"", "\"user-id\": \"" + user + "\"");
    }

    private static String locations(boolean refresh) {
        return """
                {%s, %s, "Targets": {"Organizations": [{"ID": "%s"}]}, "Refresh": %s}"""
                .formatted(Sandbox.meta("PatientSearch", "LocationQuery"), Sandbox.alice(), NORTH, refresh);
    }
}
