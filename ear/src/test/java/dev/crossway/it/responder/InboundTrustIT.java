package dev.crossway.it.responder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryResponse;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseReader;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.it.support.Api;
import dev.crossway.it.support.Deployments;
import dev.crossway.it.support.Gateway;
import dev.crossway.it.support.Hosted;
import dev.crossway.it.support.Servers;
import dev.crossway.it.support.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * The ways in that a peer gateway (or someone holding a captured message) tried against the
 * running server, each refused over HTTP with its own fault reason, audited, and with nothing of
 * the patient in the answer: an audience taken from the Host header, the same signed request sent
 * twice, an assertion valid for 30 days, an initiator over its rate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboundTrustIT {

    static final String COMMUNITY = Hosted.NIST_COMMUNITY;
    static final String AUTHORITY = Hosted.NIST_AUTHORITY;
    /** The initiator that ./crossway test gives a tiny rate: 3 requests, then one every 20 s. */
    static final HomeCommunityId SLOW_INITIATOR = HomeCommunityId.of("2.16.840.1.113883.3.9999.77");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crossway();
    }

    @BeforeAll
    static void hostTheNistPatient() {
        Hosted.nistPatient();
        Gateway.trusted();
    }

    static Element nistQuery() {
        try {
            return SecureXml.parse(Files.readAllBytes(Servers.shared().resolve(
                    "samples/ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml"))).getDocumentElement();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] signed(dev.crossway.interop.saml.AssertionSpec spec) {
        return Gateway.signed(Gateway.XCPD, Hl7v3.ACTION_QUERY, nistQuery(), Gateway.trusted(), spec, Clock.systemUTC());
    }

    @Test
    void anAudienceNamedAfterTheHostHeaderIsRefused() throws IOException {
        byte[] forged = signed(Gateway.assertion(Gateway.XCPD).audience("http://evil.example/gateway/xcpd").build());
        Gateway.Reply reply = postWithHost("evil.example", forged);
        assertRefused(reply, "WRONG_AUDIENCE");
        assertAudited("WRONG_AUDIENCE", "evil.example");
    }

    @Test
    void theSameSignedRequestIsAnsweredOnceAndRefusedTheSecondTime() {
        byte[] request = signed(Gateway.assertion(Gateway.XCPD).build());
        Gateway.Reply first = Gateway.post(Gateway.XCPD, request);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        PatientDiscoveryResponse answer = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(first.body()).payload());
        assertThat(answer.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.MATCH);

        Gateway.Reply second = Gateway.post(Gateway.XCPD, request);
        assertRefused(second, "REPLAYED");
        assertAudited("REPLAYED", "already received");
    }

    @Test
    void aCapturedHeaderWithAnotherBodyIsStillAReplay() {
        String request = new String(signed(Gateway.assertion(Gateway.XCPD).build()), StandardCharsets.UTF_8);
        assertThat(Gateway.post(Gateway.XCPD, request.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        String otherBody = request.replace(">Evans<", ">Moore<").replace("urn:uuid:", "urn:uuid:1");
        assertThat(otherBody).isNotEqualTo(request);
        assertRefused(Gateway.post(Gateway.XCPD, otherBody.getBytes(StandardCharsets.UTF_8)), "REPLAYED");
    }

    @Test
    void anAssertionValidForThirtyDaysIsRefused() {
        byte[] request = signed(Gateway.assertion(Gateway.XCPD).validity(Duration.ofDays(30)).build());
        assertRefused(Gateway.post(Gateway.XCPD, request), "EXCESSIVE_LIFETIME");
        assertAudited("EXCESSIVE_LIFETIME", "PT720H");
    }

    @Test
    void anInitiatorOverItsRateIsToldTheResponderIsBusy() {
        List<Gateway.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replies.add(Gateway.post(Gateway.XCPD, signed(Gateway.assertion(Gateway.XCPD).homeCommunityId(SLOW_INITIATOR)
                    .organizationId("urn:oid:" + SLOW_INITIATOR.oid().value()).build())));
        }
        for (Gateway.Reply r : replies.subList(0, 3)) {
            assertThat(r.status()).as(r.text()).isEqualTo(200);
        }
        Gateway.Reply busy = replies.get(4);
        assertThat(busy.status()).as(busy.text()).isEqualTo(503);
        assertThat(busy.retryAfter()).as("Retry-After").isNotEmpty();
        assertThat(Integer.parseInt(busy.retryAfter().get())).isBetween(1, 20);
        PatientDiscoveryResponse answer = PatientDiscoveryResponseReader.read(SoapEnvelope.parse(busy.body()).payload());
        assertThat(answer.outcome()).isEqualTo(PatientDiscoveryResponse.Outcome.ERROR);
        assertThat(answer.errorCodes()).containsExactly("ResponderBusy");
        // the answer echoes the query (as every PRPA_IN201306UV02 does) but holds no subject of ours
        assertThat(answer.matches()).as("no patient disclosed").isEmpty();
        assertThat(busy.text()).doesNotContain("registrationEvent");
        assertAudited("rate limit", SLOW_INITIATOR.oid().value());
    }

    @Test
    void aKnownPatientIdWalkedWithFindDocumentsWithoutXcpdIsAnUnknownPatient() {
        HomeCommunityId walker = HomeCommunityId.of("2.16.840.1.113883.3.9999.43");
        dev.crossway.interop.saml.AssertionSpec.Builder spec = Gateway.assertion(Gateway.XCA_QUERY).homeCommunityId(walker)
                .organizationId("urn:oid:" + walker.oid().value());
        dev.crossway.interop.id.PatientId daniel = new dev.crossway.interop.id.PatientId("801",
                dev.crossway.interop.id.Oid.of(AUTHORITY));
        org.w3c.dom.Element findDaniel = dev.crossway.interop.xca.AdhocQueryRequestWriter.write(
                dev.crossway.interop.xca.AdhocQueryRequest.findDocuments(daniel, HomeCommunityId.of(COMMUNITY)));
        Gateway.Reply walked = Gateway.post(Gateway.XCA_QUERY, Gateway.signed(Gateway.XCA_QUERY,
                "urn:ihe:iti:2007:CrossGatewayQuery", (org.w3c.dom.Element) findDaniel.cloneNode(true), Gateway.trusted(),
                spec.build(), Clock.systemUTC()));
        assertThat(walked.status()).as(walked.text()).isEqualTo(200);
        assertThat(walked.text()).contains("XDSUnknownPatientId").doesNotContain("ExtrinsicObject").doesNotContain("Evans");
        assertAudited("ITI-38", "was not disclosed", walker.oid().value());

        // once an XCPD answer gave this initiator the id, the same query is answered
        Gateway.Reply discovered = Gateway.post(Gateway.XCPD, signed(Gateway.assertion(Gateway.XCPD).homeCommunityId(walker)
                .organizationId("urn:oid:" + walker.oid().value()).build()));
        assertThat(discovered.status()).as(discovered.text()).isEqualTo(200);
        assertThat(discovered.text()).contains("queryResponseCode code=\"OK\"");
        Gateway.Reply answered = Gateway.post(Gateway.XCA_QUERY, Gateway.signed(Gateway.XCA_QUERY,
                "urn:ihe:iti:2007:CrossGatewayQuery", findDaniel, Gateway.trusted(), spec.build(), Clock.systemUTC()));
        assertThat(answered.text()).doesNotContain("XDSUnknownPatientId").contains("ResponseStatusType:Success");
    }

    static void assertRefused(Gateway.Reply reply, String rule) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains("Fault").contains(rule)
                .as("nothing of the patient").doesNotContain("Evans").doesNotContain("19570423")
                .doesNotContain("809 First Ave");
    }

    /** An audit record of a refused XCPD whose detail names {@code rule} and mentions {@code also}. */
    static void assertAudited(String rule, String also) {
        assertAudited("ITI-55", rule, also);
    }

    static void assertAudited(String transaction, String rule, String also) {
        Api.Reply audit = Api.get("admin/audit?transaction=" + transaction + "&outcome=Refused&limit=1000", Tokens.admin());
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        JsonNode records = audit.json();
        assertThat(StreamSupport.stream(records.spliterator(), false)
                .map(r -> r.path("Detail").asText() + " " + r.path("InitiatorHomeCommunityId").asText()))
                .as("an audit record of the refusal").anyMatch(d -> d.contains(rule) && d.contains(also));
    }

    /** A raw HTTP/1.1 POST with a Host header of our choosing (java.net.http will not send one). */
    static Gateway.Reply postWithHost(String host, byte[] body) throws IOException {
        try (Socket socket = new Socket(Servers.gateway().getHost(), Servers.gateway().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + Gateway.XCPD + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/soap+xml; charset=UTF-8\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int headerEnd = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, headerEnd);
            String contentType = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Gateway.Reply(status, contentType, response.substring(headerEnd + 4).getBytes(StandardCharsets.UTF_8));
        }
    }
}
