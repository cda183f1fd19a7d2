package dev.crossway.interop.saml;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.xml.SecureXml;
import dev.crossway.testsupport.Shared;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * Shared test material: key pairs and certificates minted once per run (none is committed), a
 * fixed clock, a typical assertion spec, envelopes and the wire round trip (serialise, re-parse
 * with the hardened parser).
 */
final class SamlFixtures {

    static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Duration SKEW = Duration.ofMinutes(2);
    static final String AUDIENCE = "https://gateway.example.org/gateway/xcpd";

    static final SigningCredential CA = DevCredentials.selfSigned("CN=Crossway Test CA,O=Crossway",
            NOW.minus(Duration.ofDays(1)), Duration.ofDays(365));
    static final SigningCredential GATEWAY = DevCredentials.issuedBy(CA, "CN=gateway.example.org,O=Example Health",
            NOW.minus(Duration.ofDays(1)), Duration.ofDays(90));
    static final SigningCredential ROGUE = DevCredentials.selfSigned("CN=gateway.example.org,O=Mallory",
            NOW.minus(Duration.ofDays(1)), Duration.ofDays(90));
    static final TrustAnchors ANCHORS = TrustAnchors.of(CA.certificate());

    private SamlFixtures() {
    }

    static AssertionSpec spec() {
        return AssertionSpec.builder()
                .subjectId("Dr. Alice Example")
                .organization("Example Health")
                .organizationId("urn:oid:2.16.840.1.113883.3.9999.1")
                .homeCommunityId(HomeCommunityId.of("2.16.840.1.113883.3.9999"))
                .role(CodedValue.role("112247003", "Medical doctor"))
                .purposeOfUse(CodedValue.treatment())
                .npi("1234567893")
                .queryAuthGrantor("Organization/urn:oid:2.16.840.1.113883.3.9999.2")
                .audience(AUDIENCE)
                .build();
    }

    static Document envelope() {
        return parse("""
                <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">
                  <soap:Body><q:Query xmlns:q="urn:test">hello</q:Query></soap:Body>
                </soap:Envelope>""");
    }

    /** A secured envelope as it arrives on the wire: serialised, then parsed by the hardened parser. */
    static Document securedOnTheWire(AssertionSpec spec) {
        Document envelope = envelope();
        WsSecurity.secure(envelope, GATEWAY, spec, CLOCK);
        return parse(serialize(envelope));
    }

    static VerifiedAssertion verifyAt(Document envelope, Instant at) {
        return WsSecurityVerifier.verify(envelope, ANCHORS, AUDIENCE, Clock.fixed(at, ZoneOffset.UTC), SKEW);
    }

    static Document parse(String xml) {
        return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String serialize(Document doc) {
        try {
            Transformer t = SecureXml.newTransformerFactory().newTransformer();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path shared() {
        return Shared.root();
    }

    static Document sample(String relative) {
        try {
            return SecureXml.parse(Files.readAllBytes(shared().resolve("samples/ihe").resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
