package dev.crossway.interop.saml;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.interop.xml.SecureXml;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Puts a signed holder-of-key assertion and a signed timestamp into the {@code wsse:Security}
 * header of a SOAP 1.2 envelope, the way Carequality gateways expect: Timestamp, Assertion, then
 * the timestamp's signature, whose KeyInfo points at the assertion (SAML token profile 1.1) so the
 * receiver sees the holder of the confirmed key signing this very message.
 */
public final class WsSecurity {

    private WsSecurity() {
    }

    /** How long a message's timestamp stays valid, independently of the assertion's validity. */
    public static final Duration DEFAULT_TIMESTAMP_TTL = Duration.ofMinutes(5);

    /** Adds the Security header to {@code envelope} (creating {@code soap:Header} if missing); returns the assertion. */
    public static Element secure(Document envelope, SigningCredential credential, AssertionSpec spec, Clock clock) {
        return secure(envelope, credential, spec, clock, DEFAULT_TIMESTAMP_TTL);
    }

    public static Element secure(Document envelope, SigningCredential credential, AssertionSpec spec, Clock clock,
                                 Duration timestampTtl) {
        Objects.requireNonNull(credential, "signing credential");
        Objects.requireNonNull(spec, "assertion spec");
        Instant now = clock.instant();
        Element security = SecurityHeader.create(envelope);
        Element timestamp = timestamp(security, now, timestampTtl);
        Element assertion = AssertionWriter.appendSigned(security, spec, credential, now);
        String assertionId = assertion.getAttributeNS(null, "ID");
        String timestampId = timestamp.getAttributeNS(SamlNames.WSU, "Id");
        XmlSigner.sign(timestamp, timestampId, security, null, credential, spec.algorithm(),
                s -> s.getKeyInfo().addUnknownElement(tokenReference(envelope, assertionId)));
        return assertion;
    }

    /** A signed assertion as a document of its own (for tests, tools and non-SOAP transports). */
    /**
     * Adds a Security header carrying an assertion issued before (IHE XUA lets an initiator reuse
     * one within a session) and a fresh timestamp signed by {@code holder}, the key the assertion
     * confirms: each message so sent is new to the receiver's replay cache.
     */
    public static Element secureReusing(Document envelope, Document signedAssertion, SigningCredential holder, Clock clock) {
        Objects.requireNonNull(holder, "holder credential");
        Element security = SecurityHeader.create(envelope);
        Element timestamp = timestamp(security, clock.instant(), DEFAULT_TIMESTAMP_TTL);
        Element assertion = (Element) envelope.importNode(signedAssertion.getDocumentElement(), true);
        security.appendChild(assertion);
        String assertionId = assertion.getAttributeNS(null, "ID");
        assertion.setIdAttributeNS(null, "ID", true);
        XmlSigner.sign(timestamp, timestamp.getAttributeNS(SamlNames.WSU, "Id"), security, null, holder,
                SignatureAlgorithm.RSA_SHA256, s -> s.getKeyInfo().addUnknownElement(tokenReference(envelope, assertionId)));
        return assertion;
    }

    public static Document signedAssertion(SigningCredential credential, AssertionSpec spec, Clock clock) {
        Document doc = SecureXml.newDocument();
        AssertionWriter.appendSigned(doc, spec, credential, clock.instant());
        return doc;
    }

    private static Element timestamp(Element security, Instant now, Duration ttl) {
        Element ts = Dom.append(security, SamlNames.WSU, "wsu:Timestamp");
        AssertionWriter.declare(ts, "wsu", SamlNames.WSU);
        ts.setAttributeNS(SamlNames.WSU, "wsu:Id", "TS-" + RandomUuids.next());
        ts.setIdAttributeNS(SamlNames.WSU, "Id", true);
        Dom.append(ts, SamlNames.WSU, "wsu:Created", XmlTime.format(now));
        Dom.append(ts, SamlNames.WSU, "wsu:Expires", XmlTime.format(now.plus(ttl)));
        return ts;
    }

    private static Element tokenReference(Document doc, String assertionId) {
        Element str = doc.createElementNS(SamlNames.WSSE, "wsse:SecurityTokenReference");
        AssertionWriter.declare(str, "wsse", SamlNames.WSSE);
        AssertionWriter.declare(str, "wsse11", SamlNames.WSSE11);
        str.setAttributeNS(SamlNames.WSSE11, "wsse11:TokenType", SamlNames.SAML_V2_TOKEN);
        Element keyIdentifier = Dom.append(str, SamlNames.WSSE, "wsse:KeyIdentifier", assertionId);
        keyIdentifier.setAttributeNS(null, "ValueType", SamlNames.SAML_ID_VALUE_TYPE);
        return str;
    }
}
