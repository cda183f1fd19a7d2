package dev.crossway.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import dev.crossway.it.support.Sandbox;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Sandbox;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Element;

/**
 * Two WildFly nodes started by {@code ./crossway test} (ports 8280 and 8380) form one cluster: a
 * trust anchor revoked on node 1 is refused by node 2 at once; a signed request answered by node 1
 * is a replay to node 2; an XCPD answer cached on node 1 is
 * served from the replicated identity cache by node 2; a patient registered or corrected through
 * one node changes the other node's cached answers about that patient at once, and no other; both
 * nodes look for due pre-visit queries, and one due appointment is queried once; a patient query
 * job started on node 1 is read and followed on node 2, and when node 1 is killed in the middle of
 * one, node 2 takes it over and finishes it; and node 2 keeps answering.
 */
@EnabledIfSystemProperty(named = "crossway.cluster.node1", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final URI NODE1 = URI.create(System.getProperty("crossway.cluster.node1", "http://localhost:8280"));
    static final URI NODE2 = URI.create(System.getProperty("crossway.cluster.node2", "http://localhost:8380"));
    static final String COMMUNITY = Hosted.NIST_COMMUNITY;
    static final String AUTHORITY = Hosted.NIST_AUTHORITY;

    @BeforeAll
    static void hostThePatient() {
        on(NODE1, () -> {
            Hosted.nistPatient();
            Gateway.trusted();
        });
    }

    @Test
    @Order(1)
    void aTrustAnchorRevokedOnOneNodeIsRefusedByTheOtherAtOnce() {
        SigningCredential partner = DevCredentials.selfSigned("CN=crossway-cluster-partner,O=Crossway Tests",
                Instant.now().minusSeconds(3600), Duration.ofDays(1));
        Api.Reply added = on(NODE1, () -> Api.post("admin/trust-anchors?label=cluster-partner", Tokens.admin(),
                partner.certificatesPem(), "application/x-pem-file"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.json().path("ID").asText();
        assertThat(added.json().path("Subject").asText()).contains("crossway-cluster-partner");
        assertThat(added.json().path("NotAfter").asText()).isNotBlank();

        assertThat(on(NODE2, () -> signedBy(partner)).status()).as("node 2 trusts what node 1 added").isEqualTo(200);

        Api.Reply revoked = on(NODE1, () -> Api.send(java.net.http.HttpRequest.newBuilder(Api.uri("admin/trust-anchors/" + id))
                .DELETE(), Tokens.admin()));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);

        // the very next request on the other node, with no wait
        Gateway.Reply refused = on(NODE2, () -> signedBy(partner));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("FailedAuthentication").contains("UNTRUSTED_SIGNER");
        assertThat(on(NODE2, () -> signedBy(Gateway.trusted())).status()).as("other anchors unaffected").isEqualTo(200);
    }

    static Gateway.Reply signedBy(SigningCredential credential) {
        try {
            byte[] xml = Files.readAllBytes(Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"));
            Element query = SecureXml.parse(xml).getDocumentElement();
            return Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, query, credential,
                    Gateway.assertion(Gateway.XCPD).build(), Clock.systemUTC()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    void aSignedRequestAnsweredByOneNodeIsRefusedAsAReplayByTheOther() {
        byte[] request = on(NODE1, () -> {
            try {
                byte[] xml = Files.readAllBytes(Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"));
                return Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, SecureXml.parse(xml).getDocumentElement());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Gateway.Reply first = on(NODE1, () -> Gateway.post(Gateway.XCPD, request));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        Gateway.Reply replayed = on(NODE2, () -> Gateway.post(Gateway.XCPD, request));
        assertThat(replayed.status()).as(replayed.text()).isEqualTo(400);
        assertThat(replayed.text()).contains("InvalidSecurity").contains("REPLAYED").doesNotContain("809 First Ave");
        Gateway.Reply again = on(NODE1, () -> Gateway.post(Gateway.XCPD, request));
        assertThat(again.text()).as("and on the first node too").contains("REPLAYED");
    }

    /**
     * Both nodes look for due pre-visit queries every few seconds; one appointment due at once is
     * claimed by exactly one of them: the peer receives one XCPD request, the call log holds one
     * call, and the appointment was claimed once.
     */
    @Test
    @Order(2)
    void twoNodesLookingForTheSameDueAppointmentSendItsQueryOnce() throws Exception {
        String oid = "2.16.840.1.113883.3.9999.1.89"; // not the slow peer's (.88): this peer answers
        AtomicInteger received = new AtomicInteger();
        // the one loopback port ./crossway test's CROSSWAY_OUTBOUND_ALLOW opens for a test peer
        HttpServer peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 18089), 0);
        peer.createContext("/previsit-xcpd", exchange -> {
            try (exchange) {
                received.incrementAndGet();
                SoapEnvelope in = SoapEnvelope.parse(exchange.getRequestBody().readAllBytes());
                PatientDiscoveryQuery query = PatientDiscoveryQueryReader.read(in.payload());
                byte[] body = SoapEnvelope.create(WsAddressing.responseTo(in.addressing(), Hl7v3.ACTION_RESPONSE),
                        PatientDiscoveryResponseWriter.write(PatientDiscoveryResponses.noMatch(query,
                                InstanceId.of(oid, UUID.randomUUID().toString())))).toBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/soap+xml; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        peer.start();
        try {
            String url = "http://127.0.0.1:18089/previsit-xcpd";
            Api.Reply org = on(NODE1, () -> Api.post("Organization/New", Tokens.admin(), """
                    {"Organization": {"Name": "Cluster pre-visit peer", "Identifiers": [{"ID": "%s", "IDType": "OID"}],
                     "Address": {"StreetAddress": "1 Peer Way", "City": "Juneau", "State": "AK", "ZIP": "99801"},
                     "Endpoints": [{"Transaction": "XCPD ITI-55", "Address": "%s", "PurposesOfUse": ["TREATMENT"]}]}}
                    """.formatted(oid, url)));
            assertThat(org.status()).as(org.body()).isIn(201, 400);
            // letters only: the patient key ignores digits, and each run books a patient of its own
            String last = "Previsit" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
            Instant visit = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Api.Reply booked = on(NODE1, () -> Api.post("Scheduling/New", Tokens.partner(), "{" + Sandbox.meta("Scheduling", "New")
                    + ", \"Patient\": {\"Demographics\": {\"FirstName\": \"Clara\", \"LastName\": \"" + last + "\","
                    + " \"DOB\": \"1960-02-03\", \"Sex\": \"Female\", \"Address\": {\"ZIP\": \"99801\"}}},"
                    + " \"Targets\": {\"Organizations\": [{\"ID\": \"" + oid + "\"}]},"
                    + " \"Visit\": {\"VisitNumber\": \"CL-1\", \"VisitDateTime\": \"" + visit + "\"}}"));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            String id = booked.json().path("Appointment").path("Id").asText();

            Api.await(Duration.ofSeconds(120), () -> "Completed".equals(on(NODE2, () -> Api.get("Scheduling/Appointments/" + id,
                    Tokens.partner())).json().path("Appointment").path("Status").asText()), "the pre-visit query to complete");
            JsonNode done = on(NODE2, () -> Api.get("Scheduling/Appointments/" + id, Tokens.partner())).json();
            assertThat(done.path("Appointment").path("Attempts").asInt()).as("claimed once").isEqualTo(1);
            assertThat(received.get()).as("the peer got one XCPD request").isEqualTo(1);
            String calls = "admin/endpoints/calls?url=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
            Api.await(Duration.ofSeconds(20), () -> on(NODE2, () -> Api.get(calls, Tokens.admin())).json().size() >= 1,
                    "the call in the call log");
            assertThat(on(NODE1, () -> Api.get(calls, Tokens.admin())).json()).as("the call log of the cluster: one call").hasSize(1);
        } finally {
            peer.stop(0);
        }
    }

    @Test
    @Order(3)
    void aPatientRegisteredOrCorrectedThroughOneNodeChangesTheOtherNodesCachedAnswerAtOnce() {
        // the NIST query for somebody not registered yet: node 2 answers no match, then from its cache
        Element query = query("Clusterwick", "19610203");
        assertThat(on(NODE2, () -> ask(query)).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.NO_MATCH);
        long hits = hits(NODE2);
        assertThat(on(NODE2, () -> ask(query)).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.NO_MATCH);
        assertThat(hits(NODE2)).as("the no match is cached").isGreaterThan(hits);

        // registered through node 1 (NewPatient): node 2 finds the patient on the very next query
        on(NODE1, (Runnable) () -> Hosted.patient(COMMUNITY, "C-801", AUTHORITY, "Daniel", "Clusterwick", "1961-02-03", "Male",
                "809 First Ave", "Springfield", "KY", "40090", "920-989-0987"));
        PatientDiscoveryResponse found = on(NODE2, () -> ask(query));
        assertThat(found.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(found.matches().get(0).patientId()).isEqualTo(new PatientId("C-801", Oid.of(AUTHORITY)));
        hits = hits(NODE2);
        assertThat(on(NODE2, () -> ask(query)).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(hits(NODE2)).as("the match is cached").isGreaterThan(hits);

        // the birth date corrected through node 1 (NewPatient of a known identifier updates it): node 2 no longer
        // discloses the patient for the old birth date, and finds it for the new one
        on(NODE1, (Runnable) () -> Hosted.patient(COMMUNITY, "C-801", AUTHORITY, "Daniel", "Clusterwick", "1961-03-02", "Male",
                "809 First Ave", "Springfield", "KY", "40090", "920-989-0987"));
        assertThat(on(NODE2, () -> ask(query)).outcome()).isNotEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(on(NODE2, () -> ask(query("Clusterwick", "19610302"))).outcome())
                .isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);

        // and the NIST patient's cached answer, of another family name, is still served from the cache
        assertThat(on(NODE2, ClusterIT::discover).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        on(NODE1, (Runnable) () -> Hosted.patient(COMMUNITY, "C-802", AUTHORITY, "Daniel", "Clusterwick", "1970-01-01", "Male",
                "809 First Ave", "Springfield", "KY", "40090", "920-989-0987"));
        hits = hits(NODE2);
        assertThat(on(NODE2, ClusterIT::discover).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(hits(NODE2)).as("a registration of somebody else leaves it cached").isGreaterThan(hits);
    }

    /** The NIST sample query with another family name and birth time. */
    static Element query(String family, String birthTime) {
        try {
            byte[] xml = Files.readAllBytes(Servers.shared().resolve("samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"));
            Element q = SecureXml.parse(xml).getDocumentElement();
            org.w3c.dom.NodeList families = q.getElementsByTagNameNS(Hl7v3.NS, "family");
            for (int i = 0; i < families.getLength(); i++) {
                families.item(i).setTextContent(family);
            }
            Element birth = (Element) q.getElementsByTagNameNS(Hl7v3.NS, "livingSubjectBirthTime").item(0);
            ((Element) birth.getElementsByTagNameNS(Hl7v3.NS, "value").item(0)).setAttribute("value", birthTime);
            return q;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static PatientDiscoveryResponse ask(Element query) {
        Gateway.Reply reply = Gateway.post(Gateway.XCPD, Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY,
                (Element) query.cloneNode(true), Gateway.trusted(), Gateway.assertion(Gateway.XCPD).build(), Clock.systemUTC()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
    }

    @Test
    @Order(3)
    void aFacilityCreatedMovedOrDeactivatedThroughOneNodeIsFoundAsItIsNowByTheOthersRadiusSearch() {
        // node 2 answers plain radius searches from its in-memory grid once built; a write on node 1
        // advances the directory's token in the replicated signals cache, so node 2 never answers from a stale grid
        String oid = "2.16.840.1.113883.3.8888." + (1 + new java.util.Random().nextInt(Integer.MAX_VALUE - 1));
        String nearSitka = "{\"Radius\": {\"Miles\": 5, \"Latitude\": 57.06, \"Longitude\": -135.33}, \"Paging\": {\"Count\": 50}}";
        String nearJuneau = "{\"Radius\": {\"Miles\": 5, \"Latitude\": 58.30, \"Longitude\": -134.42}, \"Paging\": {\"Count\": 50}}";
        for (int i = 0; i < 5; i++) {
            assertThat(on(NODE2, () -> radiusOids(nearSitka))).doesNotContain(oid);
        }
        String facility = """
                {"Meta": {"DataModel": "Organization", "EventType": "%s"},
                 "Organization": {"Name": "Cluster Grid Clinic", "Identifiers": [{"ID": "%s", "IDType": "OID"}], "Type": "Facility",
                  "Address": {"StreetAddress": "1 Lincoln St", "City": "Sitka", "State": "AK", "ZIP": "99835"},
                  "Position": {"Latitude": %s, "Longitude": %s}}}""";
        Api.Reply created = on(NODE1, () -> Api.post("Organization/New", Tokens.admin(), facility.formatted("New", oid, 57.0601, -135.3301)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(on(NODE2, () -> radiusOids(nearSitka))).contains(oid);

        Api.Reply moved = on(NODE1, () -> Api.post("Organization/Update", Tokens.admin(),
                facility.formatted("Update", oid, 58.3001, -134.4201)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(on(NODE2, () -> radiusOids(nearSitka))).doesNotContain(oid);
        assertThat(on(NODE2, () -> radiusOids(nearJuneau))).contains(oid);

        Api.Reply deleted = on(NODE1, () -> Api.post("Organization/Delete", Tokens.admin(),
                "{\"Organization\": {\"Identifiers\": [{\"ID\": \"" + oid + "\", \"IDType\": \"OID\"}]}}"));
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(on(NODE2, () -> radiusOids(nearJuneau))).doesNotContain(oid);
    }

    static java.util.List<String> radiusOids(String query) {
        Api.Reply r = Api.post("Organization/Query", Tokens.partner(), query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        java.util.List<String> out = new java.util.ArrayList<>();
        r.json().path("Organizations").forEach(o -> out.add(o.path("Identifiers").path(0).path("ID").asText()));
        return out;
    }

    @Test
    @Order(3)
    void aCachedAnswerIsServedByTheOtherNode() {
        long node2HitsBefore = hits(NODE2);

        PatientDiscoveryResponse first = on(NODE1, ClusterIT::discover);
        assertThat(first.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);

        Api.await(Duration.ofSeconds(20), () -> cacheSize(NODE2) > 0, "the cached answer to replicate to node 2");
        PatientDiscoveryResponse second = on(NODE2, ClusterIT::discover);
        assertThat(second.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        assertThat(second.matches().get(0).patientId()).isEqualTo(new PatientId("801", Oid.of(AUTHORITY)));
        assertThat(hits(NODE2)).as("node 2 answered from the replicated cache").isGreaterThan(node2HitsBefore);
    }

    @Test
    @Order(4)
    void aJobStartedOnOneNodeIsReadAndStreamedFromTheOtherAndStaysItsOwners() throws Exception {
        try (SlowPeer peer = SlowPeer.open()) {
            String job = on(NODE1, () -> startJob(Tokens.partner()));

            Api.Reply read = on(NODE2, () -> Api.get("jobs/" + job, Tokens.partner()));
            assertThat(read.status()).as("node 2 knows node 1's job: " + read.body()).isEqualTo(200);
            assertThat(read.json().path("JobID").asText()).isEqualTo(job);

            String stream = on(NODE2, () -> events(job, Tokens.partner()));
            assertThat(stream).as("node 2 streams node 1's progress, to the end").contains("event: Started")
                    .contains("event: Discovered").contains("event: Completed").contains(SlowPeer.OID);

            JsonNode done = on(NODE2, () -> Api.get("jobs/" + job, Tokens.partner())).json();
            assertThat(done.path("Status").asText()).isEqualTo("Completed");
            assertThat(done.path("Progress").asInt()).isEqualTo(100);
            assertThat(done.path("Result").path("Sources").toString()).contains(SlowPeer.OID);

            String other = on(NODE2, ClusterIT::anotherPartner);
            Api.Reply foreign = on(NODE2, () -> Api.get("jobs/" + job, other));
            assertThat(foreign.status()).as("another client's job is unknown to it, on any node").isEqualTo(404);
            assertThat(foreign.body()).doesNotContain(SlowPeer.OID);
            assertThat(on(NODE1, () -> Api.get("jobs/" + job + "/events", other)).status()).isEqualTo(404);
        }
    }

    @Test
    @Order(5)
    void aJobWhoseNodeIsKilledMidwayIsFinishedByTheOther() {
        try (SlowPeer peer = SlowPeer.open()) {
            String job = on(NODE1, () -> startJob(Tokens.partner()));
            Api.await(Duration.ofSeconds(20), () -> on(NODE2, () -> Api.get("jobs/" + job, Tokens.partner())).body()
                    .contains("Started"), "node 2 to see the job running");
            assertThat(on(NODE2, () -> Api.get("jobs/" + job, Tokens.partner())).json().path("Status").asText())
                    .as("killed mid-job").isEqualTo("Running");

            killNode1();

            // the lease (CROSSWAY_JOBS_LEASE in scripts/cluster-test.sh) runs out, node 2 claims the job and runs it again
            Api.await(Duration.ofSeconds(120), () -> !"Running".equals(on(NODE2, () -> Api.get("jobs/" + job, Tokens.partner()))
                    .json().path("Status").asText()), "node 2 to finish node 1's job");
            JsonNode done = on(NODE2, () -> Api.get("jobs/" + job, Tokens.partner())).json();
            assertThat(done.path("Status").asText()).isIn("Completed", "Failed");
            if ("Failed".equals(done.path("Status").asText())) {
                assertThat(done.path("Error").asText()).as("a failed job says why").isNotBlank();
            } else {
                assertThat(done.path("Events").toString().split("Started", -1)).as("run again by node 2: " + done.path("Events"))
                        .hasSizeGreaterThanOrEqualTo(3);
                assertThat(done.path("Result").path("Sources").toString()).contains(SlowPeer.OID);
            }
        }
    }

    @Test
    @Order(6)
    void theSurvivorKeepsAnsweringWhenANodeIsKilled() {
        killNode1();
        for (int i = 0; i < 5; i++) {
            assertThat(on(NODE2, ClusterIT::discover).outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);
        }
    }

    /** Kills node 1 (SIGKILL, by the PID the cluster script recorded), unless it is dead already. */
    static void killNode1() {
        long pid = Long.parseLong(System.getProperty("crossway.cluster.node1.pid"));
        ProcessHandle.of(pid).ifPresent(node1 -> {
            node1.descendants().forEach(ProcessHandle::destroyForcibly);
            node1.destroyForcibly();
            Api.await(Duration.ofSeconds(30), () -> !node1.isAlive(), "node 1 to die");
        });
    }

    /** An async patient query of the sandbox clinic's patient at the slow peer; its job id. */
    static String startJob(String token) {
        Api.Reply started = Api.post("ClinicalSummary/PatientQuery", token, "{" + Sandbox.meta("ClinicalSummary", "PatientQuery")
                + "," + Sandbox.alice() + ", \"Targets\": {\"Organizations\": [{\"ID\": \"" + SlowPeer.OID + "\"}]}, \"Async\": true}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().path("JobID").asText();
    }

    /** The job's server-sent events, read to the terminal one. */
    static String events(String job, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(Servers.api("jobs/" + job + "/events")).timeout(Duration.ofSeconds(120))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            StringBuilder seen = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.startsWith("event:") && (line.contains("Completed") || line.contains("Failed"))) {
                        for (String data; (data = reader.readLine()) != null && !data.isEmpty(); ) {
                            seen.append(data).append('\n');
                        }
                        break;
                    }
                }
            }
            return seen.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token of a partner onboarded for this test: not the owner of the sandbox partner's jobs. */
    static String anotherPartner() {
        String clientId = "cluster-it-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100000, 999999);
        Api.Reply r = Api.post("admin/partners", Tokens.admin(), """
                {"ClientId": "%s", "Grants": {"Organizations": ["2.16.840.1.113883.3.9999.99"], "PurposesOfUse": ["TREATMENT"],
                 "Initiate": true}}""".formatted(clientId));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Tokens.clientCredentials(clientId, r.json().path("Secret").asText());
    }

    /**
     * A partner gateway that accepts connections and never answers (its TCP backlog takes them):
     * an XCPD call to it lasts until the initiator's timeout ({@code CROSSWAY_OUTBOUND_TIMEOUT_XCPD}
     * in scripts/cluster-test.sh), which keeps a job running long enough to watch it. Listed in the
     * directory on an allowed loopback port ({@code CROSSWAY_OUTBOUND_ALLOW}).
     */
    record SlowPeer(ServerSocket socket) implements AutoCloseable {

        static final String OID = "2.16.840.1.113883.3.9999.1.88";

        static SlowPeer open() {
            try {
                ServerSocket socket = new ServerSocket(18089, 50, InetAddress.getByName("127.0.0.1"));
                Api.Reply listed = on(NODE1, () -> Api.post("Organization/New", Tokens.admin(), """
                        {"Organization": {"Name": "Slow Peer", "Identifiers": [{"ID": "%s", "IDType": "OID"}],
                         "Address": {"StreetAddress": "1 Slow Way", "City": "Nome", "State": "AK", "ZIP": "99762"},
                         "Endpoints": [{"Transaction": "XCPD ITI-55", "Address": "https://127.0.0.1:18089/gateway/xcpd",
                                        "PurposesOfUse": ["TREATMENT"]}]}}""".formatted(OID)));
                assertThat(listed.status()).as(listed.body()).isIn(201, 400);
                return new SlowPeer(socket);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a listener that accepted nothing
            }
        }
    }

    static PatientDiscoveryResponse discover() {
        Gateway.Reply reply = signedBy(Gateway.trusted());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return PatientDiscoveryResponseReader.read(SoapEnvelope.parse(reply.body()).payload());
    }

    static long hits(URI node) {
        return on(node, () -> identityCache().path("Hits").asLong());
    }

    static long cacheSize(URI node) {
        return on(node, () -> identityCache().path("Size").asLong());
    }

    static JsonNode identityCache() {
        Api.Reply r = Api.get("admin/identity-cache", Tokens.admin());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Runs {@code work} with the test clients pointed at one node. */
    static <T> T on(URI node, java.util.function.Supplier<T> work) {
        String previous = System.getProperty("crossway.it.url");
        System.setProperty("crossway.it.url", node.toString());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                System.clearProperty("crossway.it.url");
            } else {
                System.setProperty("crossway.it.url", previous);
            }
        }
    }

    static void on(URI node, Runnable work) {
        on(node, () -> {
            work.run();
            return null;
        });
    }
}
