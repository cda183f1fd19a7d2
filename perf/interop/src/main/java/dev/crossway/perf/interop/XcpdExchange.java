package dev.crossway.perf.interop;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.Address;
import dev.crossway.interop.xcpd.Demographics;
import dev.crossway.interop.xcpd.Gender;
import dev.crossway.interop.xcpd.Hl7Time;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientMatch;
import dev.crossway.interop.xcpd.PersonName;
import dev.crossway.interop.xml.SecureXml;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Element;

/**
 * One XCPD exchange prepared before timing: the NIST ITI-55 query in a SOAP envelope secured by
 * an initiating gateway (RSA-2048 key issued by a test CA, holder-of-key assertion, signed
 * timestamp), the responder's trust anchors, a clock inside the assertion's validity and the
 * patient the responder will answer with.
 */
@State(Scope.Benchmark)
public class XcpdExchange {

    static final String RESPONDER = "https://responder.example.org/gateway/xcpd";
    static final HomeCommunityId RESPONDER_COMMUNITY = HomeCommunityId.of("2.16.840.1.113883.3.72.6.1");

    byte[] request;
    TrustAnchors anchors;
    Clock clock;
    PatientMatch match;
    /** The request already read, for timing the answer alone. */
    WsAddressing requestAddressing;
    PatientDiscoveryQuery query;

    @Setup(Level.Trial)
    public void prepare() {
        Instant signedAt = Instant.now();
        SigningCredential ca = DevCredentials.selfSigned("CN=Benchmark CA,O=Crossway", signedAt.minus(Duration.ofDays(1)), Duration.ofDays(30));
        SigningCredential initiator = DevCredentials.issuedBy(ca, "CN=initiator.example.org,O=Example Health",
                signedAt.minus(Duration.ofDays(1)), Duration.ofDays(30));
        Element body = SecureXml.parse(SharedSamples.read("ihe/nist-iheos-toolkit2/iti55_PRPA_IN201305UV02.xml")).getDocumentElement();
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(Hl7v3.ACTION_QUERY, RESPONDER), body);
        WsSecurity.secure(envelope.document(), initiator, spec(), Clock.fixed(signedAt, ZoneOffset.UTC));
        request = envelope.toBytes();
        anchors = TrustAnchors.of(ca.certificate());
        clock = Clock.fixed(signedAt.plusSeconds(1), ZoneOffset.UTC);
        match = new PatientMatch(new PatientId("34827K410", RESPONDER_COMMUNITY.oid()), List.of(),
                new Demographics(List.of(PersonName.of("Jones", "Jim")), Optional.of(Gender.M), Optional.of(Hl7Time.of("19630804")),
                        List.of(Address.of(List.of("3443 North Arctic Avenue"), "Some City", "IL", "61000", "US")), List.of()),
                Optional.of(RESPONDER_COMMUNITY), Optional.of(92));
        SoapEnvelope received = SoapEnvelope.parse(request);
        requestAddressing = received.addressing();
        query = XcpdResponder.read(received);
        XcpdResponder.answer(this); // fails here, not in the timed loop, if anything is wrong
    }

    private static AssertionSpec spec() {
        return AssertionSpec.builder()
                .subjectId("Dr. Alice Example")
                .organization("Example Health")
                .organizationId("urn:oid:1.2.840.114350.1.13.99998.1")
                .homeCommunityId(HomeCommunityId.of("1.2.840.114350.1.13.99998"))
                .role(CodedValue.role("112247003", "Medical doctor"))
                .purposeOfUse(CodedValue.treatment())
                .npi("1234567893")
                .audience(RESPONDER)
                .build();
    }
}
