package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.SoapNamespaces;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every security defect and hostile input gets a SOAP 1.2 fault with the right code and HTTP status, and is audited. */
class GatewaySecurityTest {

    private GatewayFixture f;

    @BeforeEach
    void host() {
        f = new GatewayFixture();
        f.host(XcpdResponderTest.HCID, XcpdResponderTest.AUTHORITY);
    }

    private static byte[] signed(Clock clock, String audience, dev.crossway.interop.saml.SigningCredential signer) {
        return GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL,
                GatewayFixture.spec(audience).build(), signer, clock);
    }

    private SoapFault securityFault(byte[] request, QName subcode, String rule) {
        GatewayReply reply = f.post(GatewayEndpoint.XCPD, request);
        assertThat(reply.httpStatus()).isEqualTo(400);
        SoapFault fault = GatewayFixture.fault(reply);
        assertThat(fault.code()).isEqualTo(SoapFault.Code.SENDER);
        assertThat(fault.subcodes()).containsExactly(subcode);
        assertThat(fault.reason()).contains(rule);
        AuditRecord audit = f.audit.get(f.audit.size() - 1);
        assertThat(audit.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(audit.detail()).contains(rule);
        return fault;
    }

    @Test
    void aValidRequestPasses() {
        GatewayReply reply = f.post(GatewayEndpoint.XCPD, signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER));
        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(GatewayFixture.envelope(reply).isFault()).isFalse();
    }

    @Test
    void aRequestWithoutSecurityHeaderIsRefused() {
        byte[] plain = dev.crossway.interop.soap.SoapEnvelope.create(dev.crossway.interop.soap.WsAddressing.request(
                Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL), Hl7Edits.nist()).toBytes();
        securityFault(plain, SecurityGate.INVALID_SECURITY, "MISSING_SECURITY_HEADER");
    }

    @Test
    void anUnsignedAssertionIsRefused() {
        Document doc = SecureXml.parse(signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER));
        Element assertion = (Element) doc.getElementsByTagNameNS(SecurityGate.SAML2, "Assertion").item(0);
        NodeList signatures = assertion.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature");
        assertion.removeChild(signatures.item(0));
        byte[] unsigned = dev.crossway.interop.soap.SoapEnvelope.parse(serialize(doc)).toBytes();
        securityFault(unsigned, SecurityGate.INVALID_SECURITY, "UNSIGNED");
    }

    @Test
    void anExpiredAssertionIsRefused() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        securityFault(signed(anHourAgo, GatewayFixture.XCPD_URL, GatewayFixture.PARTNER), SecurityGate.INVALID_SECURITY, "EXPIRED");
    }

    @Test
    void anAssertionForAnotherAudienceIsRefused() {
        securityFault(signed(Clock.systemUTC(), "https://elsewhere.test/gateway/xcpd", GatewayFixture.PARTNER),
                SecurityGate.INVALID_SECURITY, "WRONG_AUDIENCE");
    }

    @Test
    void anUntrustedSignerIsRefused() {
        securityFault(signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.ROGUE),
                SecurityGate.FAILED_AUTHENTICATION, "UNTRUSTED_SIGNER");
        assertThat(f.audit.get(f.audit.size() - 1).initiator().subject()).isEqualTo("Dr. Test Initiator").as("claimed, for the record");
    }

    @Test
    void noTrustAnchorsMeansNobodyIsTrusted() {
        f.anchors = dev.crossway.interop.saml.TrustAnchors.of(java.util.List.of());
        securityFault(signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER),
                SecurityGate.FAILED_AUTHENTICATION, "UNTRUSTED_SIGNER");
    }

    @Test
    void everyConfiguredPublicUrlIsAnAcceptedAudienceWithTheEndpointPathOrAlone() {
        f.trust = InboundTrustSettings.of("https://gw.example.org/", "https://lb.example.org");
        for (String audience : new String[] {"https://gw.example.org/gateway/xcpd", "https://lb.example.org/gateway/xcpd",
                "https://gw.example.org"}) {
            GatewayReply reply = f.post(GatewayEndpoint.XCPD, signed(Clock.systemUTC(), audience, GatewayFixture.PARTNER));
            assertThat(reply.httpStatus()).as(audience).isEqualTo(200);
        }
        securityFault(signed(Clock.systemUTC(), "http://internal:8080/gateway/xcpd", GatewayFixture.PARTNER),
                SecurityGate.INVALID_SECURITY, "WRONG_AUDIENCE");
    }

    @Test
    void anAudienceForAnotherEndpointOfThisGatewayIsRefused() {
        securityFault(signed(Clock.systemUTC(), GatewayFixture.QUERY_URL, GatewayFixture.PARTNER),
                SecurityGate.INVALID_SECURITY, "WRONG_AUDIENCE");
    }

    @Test
    void theSameSecurityHeaderIsAcceptedOnceWhateverTheBody() {
        byte[] request = signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER);
        assertThat(f.post(GatewayEndpoint.XCPD, request).httpStatus()).isEqualTo(200);
        securityFault(request, SecurityGate.INVALID_SECURITY, "REPLAYED");
        // the captured header with another body (the body is not signed) and another MessageID
        String text = new String(request, StandardCharsets.UTF_8);
        String other = text.replace("urn:uuid:", "urn:uuid:0").replace("Jones", "Smith");
        assertThat(other).isNotEqualTo(text);
        securityFault(other.getBytes(StandardCharsets.UTF_8), SecurityGate.INVALID_SECURITY, "REPLAYED");
    }

    @Test
    void theSameAssertionWithAFreshTimestampSignedByItsHolderIsAccepted() {
        Clock clock = Clock.systemUTC();
        dev.crossway.interop.saml.AssertionSpec spec = GatewayFixture.spec(GatewayFixture.XCPD_URL).build();
        org.w3c.dom.Document assertion = dev.crossway.interop.saml.WsSecurity.signedAssertion(GatewayFixture.PARTNER, spec, clock);
        String id = assertion.getDocumentElement().getAttribute("ID");
        byte[] first = GatewayFixture.reusing(assertion, Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL,
                GatewayFixture.PARTNER, clock);
        byte[] second = GatewayFixture.reusing(assertion, Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL,
                GatewayFixture.PARTNER, clock);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains(id);
        assertThat(new String(second, StandardCharsets.UTF_8)).contains(id);
        assertThat(f.post(GatewayEndpoint.XCPD, first).httpStatus()).isEqualTo(200);
        assertThat(f.post(GatewayEndpoint.XCPD, second).httpStatus()).isEqualTo(200);
        assertThat(f.replays.seen()).hasSize(2);
    }

    @Test
    void aReplayIsRememberedUntilTheMessageCouldNoLongerBeValid() {
        Instant before = Instant.now();
        assertThat(f.post(GatewayEndpoint.XCPD, signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER))
                .httpStatus()).isEqualTo(200);
        Instant until = f.replays.seen().values().iterator().next();
        assertThat(until).isBetween(before.plus(Duration.ofMinutes(6)), Instant.now().plus(Duration.ofMinutes(7)));
    }

    @Test
    void anAssertionValidForThirtyDaysIsRefused() {
        byte[] request = GatewayFixture.signed(Hl7Edits.nist(), Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL,
                GatewayFixture.spec(GatewayFixture.XCPD_URL).validity(Duration.ofDays(30)).build(), GatewayFixture.PARTNER,
                Clock.systemUTC());
        securityFault(request, SecurityGate.INVALID_SECURITY, "EXCESSIVE_LIFETIME");
    }

    @Test
    void aRefusedRequestDoesNotConsumeItsHeader() {
        byte[] request = signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER);
        f.anchors = dev.crossway.interop.saml.TrustAnchors.of(java.util.List.of());
        securityFault(request, SecurityGate.FAILED_AUTHENTICATION, "UNTRUSTED_SIGNER");
        assertThat(f.replays.seen()).isEmpty();
    }

    @Test
    void anInitiatorOverItsRateIsToldTheResponderIsBusyWithRetryAfter() {
        f.rates = new InitiatorRateLimit(new InitiatorRateLimit.Rate(0, 1),
                java.util.Map.of(GatewayFixture.INITIATOR.oid().value(), new InitiatorRateLimit.Rate(0.01, 2)));
        for (int i = 0; i < 2; i++) {
            assertThat(f.post(GatewayEndpoint.XCPD, signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER))
                    .httpStatus()).isEqualTo(200);
        }
        GatewayReply busy = f.post(GatewayEndpoint.XCPD, signed(Clock.systemUTC(), GatewayFixture.XCPD_URL, GatewayFixture.PARTNER));
        assertThat(busy.httpStatus()).isEqualTo(503);
        assertThat(Integer.parseInt(busy.headers().get("Retry-After"))).isBetween(1, 100);
        String body = new String(busy.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("ResponderBusy").contains("PRPA_IN201306UV02").contains("over its rate limit");
        AuditRecord audit = f.audit.get(f.audit.size() - 1);
        assertThat(audit.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(audit.detail()).contains("rate limit");
    }

    private SoapFault senderFault(GatewayEndpoint endpoint, byte[] body, String contentType) {
        GatewayReply reply = f.post(endpoint, body, contentType);
        assertThat(reply.httpStatus()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/soap+xml");
        SoapFault fault = GatewayFixture.fault(reply);
        assertThat(fault.code()).isEqualTo(SoapFault.Code.SENDER);
        assertThat(f.audit).isNotEmpty();
        return fault;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingTheFile() {
        SoapFault fault = senderFault(GatewayEndpoint.XCPD, text("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><soap:Envelope xmlns:soap=\"" + SoapNamespaces.SOAP12
                + "\"><soap:Body><a>&x;</a></soap:Body></soap:Envelope>"), "application/soap+xml");
        assertThat(fault.reason()).doesNotContain("root:");
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE b [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        senderFault(GatewayEndpoint.XCPD, text(dtd + "<soap:Envelope xmlns:soap=\"" + SoapNamespaces.SOAP12
                + "\"><soap:Body><b>&a9;</b></soap:Body></soap:Envelope>"), "application/soap+xml");
    }

    @Test
    void garbageIsRefused() {
        senderFault(GatewayEndpoint.XCA_QUERY, text("this is not XML at all <<<"), "application/soap+xml");
        senderFault(GatewayEndpoint.XCA_RETRIEVE, new byte[0], "application/soap+xml");
        senderFault(GatewayEndpoint.XCA_RETRIEVE, text("--x\r\n\r\n"), "multipart/related; boundary=x");
    }

    @Test
    void soap11IsRefusedSayingSo() {
        SoapFault fault = senderFault(GatewayEndpoint.XCPD, text("<s:Envelope xmlns:s=\"" + SoapNamespaces.SOAP11
                + "\"><s:Body><a/></s:Body></s:Envelope>"), "application/soap+xml");
        assertThat(fault.reason()).contains("SOAP 1.1");
        senderFault(GatewayEndpoint.XCPD, text("<s:Envelope xmlns:s=\"" + SoapNamespaces.SOAP11
                + "\"><s:Body><a/></s:Body></s:Envelope>"), "text/xml");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeParsing() {
        f.settings = new ResponderSettings(1024, ResponderSettings.DEFAULT_TTL, ResponderSettings.DEFAULT_REVOCATION);
        SoapFault fault = senderFault(GatewayEndpoint.XCPD, new byte[2048], "application/soap+xml");
        assertThat(fault.reason()).contains("exceeds the limit of 1024 bytes");
    }

    @Test
    void theWrongActionForTheEndpointIsRefused() {
        byte[] xcpdRequest = signed(Clock.systemUTC(), GatewayFixture.QUERY_URL, GatewayFixture.PARTNER);
        SoapFault fault = senderFault(GatewayEndpoint.XCA_QUERY, xcpdRequest, "application/soap+xml");
        assertThat(fault.subcodes()).containsExactly(new QName(SoapNamespaces.WSA, "ActionNotSupported"));
    }

    @Test
    void aMalformedXcpdPayloadIsASenderFault() {
        Element bad = Hl7Edits.without(Hl7Edits.nist(), "livingSubjectName");
        GatewayReply reply = f.post(GatewayEndpoint.XCPD, GatewayFixture.signed(bad, Hl7v3.ACTION_QUERY, GatewayFixture.XCPD_URL));
        assertThat(reply.httpStatus()).isEqualTo(400);
        assertThat(GatewayFixture.fault(reply).reason()).contains("livingSubjectName");
    }

    @Test
    void aFaultRelatesToTheRequest() {
        byte[] request = signed(Clock.systemUTC(), "https://elsewhere.test/x", GatewayFixture.PARTNER);
        GatewayReply reply = f.post(GatewayEndpoint.XCPD, request);
        assertThat(GatewayFixture.relatesTo(reply))
                .isEqualTo(dev.crossway.interop.soap.SoapEnvelope.parse(request).addressing().messageId());
    }

    private static byte[] serialize(Document doc) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            SecureXml.newTransformerFactory().newTransformer().transform(new javax.xml.transform.dom.DOMSource(doc),
                    new javax.xml.transform.stream.StreamResult(out));
            return out.toByteArray();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
