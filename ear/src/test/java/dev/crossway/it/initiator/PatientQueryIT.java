package dev.crossway.it.initiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The initiating gateway end to end over mutual TLS: this server asks the sandbox communities it
 * also hosts at its own HTTPS listener (XCPD, XCA query, XCA retrieve, its client certificate
 * presented and verified, signed SAML both ways), and answers one merged clinical summary with
 * duplicates removed and provenance kept. An endpoint the address policy does not allow is never
 * connected to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientQueryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void network() throws Exception {
        Sandbox.ready();
    }

    @Test
    void aliceIsFoundInEveryCommunity() {
        Api.Reply r = Api.post("PatientSearch/Query", Tokens.partner(),
                "{" + Sandbox.meta("PatientSearch", "Query") + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Set<String> matched = new HashSet<>();
        r.json().path("PotentialMatches").forEach(m -> matched.add(m.path("Organization").path("ID").asText()));
        assertThat(matched).containsExactlyInAnyOrderElementsOf(Sandbox.COMMUNITIES);
        r.json().path("Sources").forEach(s -> assertThat(s.path("Status").asText()).as(s.toString()).isEqualTo("Matched"));
        assertThat(r.json().path("PotentialMatches").path(0).path("Identifiers").path(0).path("ID").asText()).startsWith("ALICE-");
    }

    @Test
    void onePatientQueryMergesEveryCommunitysDocuments() {
        Api.Reply r = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(),
                "{" + Sandbox.meta("ClinicalSummary", "PatientQuery") + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode summary = r.json();
        assertThat(summary.path("Sources")).hasSize(3);
        summary.path("Sources").forEach(s -> {
            assertThat(s.path("Status").asText()).as(s.toString()).isEqualTo("Matched");
            assertThat(s.path("Documents").size()).as(s.toString()).isPositive();
        });
        assertThat(summary.path("Medications").size()).isPositive();
        assertThat(summary.path("Problems").size()).isPositive();
        summary.path("Medications").forEach(m -> assertThat(m.path("Provenance").size()).isPositive());
        Set<String> medicationOrganizations = new HashSet<>();
        boolean mergedAcrossSources = false;
        for (JsonNode m : summary.path("Medications")) {
            Set<String> orgs = new HashSet<>();
            m.path("Provenance").forEach(p -> orgs.add(p.path("Organization").asText()));
            medicationOrganizations.addAll(orgs);
            mergedAcrossSources |= m.path("Provenance").size() > 1;
        }
        assertThat(medicationOrganizations.size()).as("medications come from several communities").isGreaterThan(1);
        assertThat(mergedAcrossSources).as("a medication present in several documents is one entry with several provenances").isTrue();
    }

    @Test
    void aLongQueryRunsAsAJobWithProgressEvents() throws Exception {
        Api.Reply started = Api.post("ClinicalSummary/PatientQuery", Tokens.partner(), "{" + Sandbox.meta("ClinicalSummary", "PatientQuery")
                + "," + Sandbox.alice() + "," + Sandbox.targets() + ", \"Async\": true}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().path("JobID").asText();

        HttpRequest events = HttpRequest.newBuilder(Servers.api("jobs/" + job + "/events")).timeout(Duration.ofSeconds(120))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + Tokens.partner()).GET().build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(events, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        StringBuilder seen = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (line.startsWith("event:") && (line.contains("Completed") || line.contains("Failed"))) {
                    break;
                }
            }
        }
        assertThat(seen.toString()).contains("event: Started").contains("event: Completed");

        Api.await(Duration.ofSeconds(60), () -> "Completed".equals(Api.get("jobs/" + job, Tokens.partner()).json().path("Status").asText()),
                "job " + job);
        JsonNode done = Api.get("jobs/" + job, Tokens.partner()).json();
        assertThat(done.path("Progress").asInt()).isEqualTo(100);
        assertThat(done.path("Result").path("Medications").size()).isPositive();
        assertThat(Api.get("jobs/no-such-job", Tokens.partner()).status()).isEqualTo(404);
    }

    @Test
    void oneCommunitysDocumentsAreListedAndOneIsRetrievedAndRead() throws Exception {
        String north = Sandbox.COMMUNITIES.get(0);
        String meta = Sandbox.meta("ClinicalSummary", "DocumentQuery").replace("\"Extensions\"", "\"FacilityCode\": \"" + north + "\", \"Extensions\"");
        Api.Reply list = Api.post("ClinicalSummary/DocumentQuery", Tokens.partner(), "{" + meta
                + ", \"Patient\": {\"Identifiers\": [{\"ID\": \"ALICE-1\", \"IDType\": \"" + north + ".1\"}]}}");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().path("Documents").size()).isGreaterThanOrEqualTo(2);
        JsonNode doc = list.json().path("Documents").path(0);

        Api.Reply got = Api.post("ClinicalSummary/DocumentGet", Tokens.partner(), "{" + meta.replace("DocumentQuery", "DocumentGet")
                + ", \"Document\": {\"ID\": \"" + doc.path("ID").asText() + "\", \"RepositoryUniqueID\": \""
                + doc.path("RepositoryUniqueID").asText() + "\"}}");
        assertThat(got.status()).as(got.body()).isEqualTo(200);
        byte[] content = Base64.getDecoder().decode(got.json().path("Document").path("Data").asText());
        assertThat(new String(content, StandardCharsets.UTF_8)).contains("ClinicalDocument");
        assertThat(got.json().path("ClinicalSummary").path("Header").isMissingNode()).isFalse();
    }

    @Test
    void anAppointmentSchedulesOneQueryPerPatientAndDay() {
        String body = "{" + Sandbox.meta("Scheduling", "New") + "," + Sandbox.alice() + "," + Sandbox.targets()
                + ", \"Visit\": {\"VisitNumber\": \"V-1\", \"VisitDateTime\": \"2030-01-15T09:30:00Z\"}}";
        Api.Reply first = Api.post("Scheduling/New", Tokens.partner(), body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Reply second = Api.post("Scheduling/New", Tokens.partner(), body.replace("V-1", "V-2"));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("Appointment").path("Id").asText())
                .isEqualTo(first.json().path("Appointment").path("Id").asText());
    }

    @Test
    void badRequestsNameTheField() {
        Api.Reply noPatient = Api.post("PatientSearch/Query", Tokens.partner(), "{" + Sandbox.meta("PatientSearch", "Query") + "}");
        assertThat(noPatient.status()).isEqualTo(400);
        assertThat(noPatient.firstError().path("Field").asText()).startsWith("Patient");
        Api.Reply badOrg = Api.post("PatientSearch/Query", Tokens.partner(), "{" + Sandbox.meta("PatientSearch", "Query")
                .replace("2.16.840.1.113883.3.9999.99", "not-an-oid") + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(badOrg.status()).isEqualTo(400);
    }

    @Test
    void theGatewayRequestsCameOverMutualTlsAndTheirAuditNamesTheClientCertificate() {
        Api.Reply r = Api.post("PatientSearch/Query", Tokens.partner(),
                "{" + Sandbox.meta("PatientSearch", "Query") + "," + Sandbox.alice() + "," + Sandbox.targets() + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Api.Reply audit = Api.get("admin/audit?transaction=ITI-55&initiator=2.16.840.1.113883.3.9999.99", Tokens.admin());
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().findValuesAsText("ClientCertificate"))
                .as("the sandbox client certificate, verified in the handshake, is in the audit record")
                .anySatisfy(subject -> assertThat(subject).contains("CN=Crossway sandbox initiator").contains("O=Crossway sandbox"));
    }

    @Test
    void anEndpointAtALoopbackPortThatIsNotAllowedIsNeverConnectedTo() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // far from the sandbox communities, so that no radius search of another test targets it
            String oid = "2.16.840.1.113883.3.9999.1.77";
            String url = "https://localhost:" + listener.getLocalPort() + "/gateway/xcpd";
            Api.Reply created = Api.post("Organization/New", Tokens.admin(), """
                    {"Organization": {"Name": "Loopback Trap", "Identifiers": [{"ID": "%s", "IDType": "OID"}],
                     "Address": {"StreetAddress": "1 Loopback Way", "City": "Anchorage", "State": "AK", "ZIP": "99501"},
                     "Endpoints": [{"Transaction": "XCPD ITI-55", "Address": "%s", "PurposesOfUse": ["TREATMENT"]}]}}
                    """.formatted(oid, url));
            assertThat(created.status()).as(created.body()).isIn(201, 400);
            Api.Reply r = Api.post("PatientSearch/Query", Tokens.partner(), "{" + Sandbox.meta("PatientSearch", "Query") + ","
                    + Sandbox.alice() + ", \"Targets\": {\"Organizations\": [{\"ID\": \"" + oid + "\"}]}}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode source = r.json().path("Sources").path(0);
            assertThat(source.path("Status").asText()).as(source.toString()).isEqualTo("Error");
            assertThat(source.path("Error").asText()).startsWith("address not allowed");
            listener.setSoTimeout(500);
            assertThatThrownBy(listener::accept).as("the endpoint was never connected to").isInstanceOf(SocketTimeoutException.class);
        }
    }
}
