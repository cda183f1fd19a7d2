package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.SamlAttributes;
import dev.crossway.interop.saml.SecurityRejection;
import dev.crossway.interop.saml.SignedTimestamp;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.saml.WsSecurityVerifier;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.trust.ReplayCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * WS-Security of incoming requests: the interop verifier against the current trust anchors and the
 * policy of {@link InboundTrustSettings} (audiences are this gateway's configured public URLs,
 * never anything the request says about itself; bounded lifetimes), then the cluster-wide replay
 * cache. A rejection becomes a Sender fault with a {@code wsse} subcode and the rule name.
 */
final class SecurityGate {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final QName INVALID_SECURITY = new QName(WSSE, "InvalidSecurity");
    static final QName FAILED_AUTHENTICATION = new QName(WSSE, "FailedAuthentication");

    private final Supplier<TrustAnchors> anchors;
    /** Each endpoint's policy, built once: the audiences are fixed for the life of the deployment. */
    private final java.util.Map<GatewayEndpoint, dev.crossway.interop.saml.VerificationPolicy> policies =
            new java.util.EnumMap<>(GatewayEndpoint.class);
    private final ReplayCache replays;
    private final Clock clock;

    SecurityGate(Supplier<TrustAnchors> anchors, InboundTrustSettings trust, ReplayCache replays, Clock clock) {
        this.anchors = anchors;
        for (GatewayEndpoint endpoint : GatewayEndpoint.values()) {
            policies.put(endpoint, trust.policy(endpoint));
        }
        this.replays = replays;
        this.clock = clock;
    }

    /** The verified assertion; throws {@link SecurityRejection} for any defect, {@code REPLAYED} for a header seen before. */
    VerifiedAssertion verify(Document envelope, GatewayEndpoint endpoint) {
        VerifiedAssertion assertion = WsSecurityVerifier.verify(envelope, anchors.get(), policies.get(endpoint), clock);
        SignedTimestamp timestamp = assertion.timestamp().orElseThrow(() ->
                new SecurityRejection(SecurityRejection.Rule.TIMESTAMP, "the security header has no signed timestamp"));
        Instant until = (timestamp.expires().isBefore(assertion.notOnOrAfter()) ? timestamp.expires() : assertion.notOnOrAfter())
                .plus(ResponderSettings.CLOCK_SKEW);
        if (!replays.firstSeen(replayKey(assertion.id(), timestamp), until)) {
            throw new SecurityRejection(SecurityRejection.Rule.REPLAYED, "this security header (assertion " + assertion.id()
                    + ", timestamp " + timestamp.id() + ") was already received: a message is accepted once");
        }
        return assertion;
    }

    /**
     * One sending of a security header: the assertion with the timestamp its holder signed for that
     * message. The WS-Addressing MessageID is not part of it: it is not signed, so a replay could
     * change it at will (a legitimately reused assertion always comes with a fresh timestamp).
     */
    static String replayKey(String assertionId, SignedTimestamp timestamp) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(assertionId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(timestamp.id().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(timestamp.signatureValue().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static SoapFault fault(SecurityRejection r) {
        QName sub = switch (r.rule()) {
            case BAD_SIGNATURE, UNTRUSTED_SIGNER -> FAILED_AUTHENTICATION;
            default -> INVALID_SECURITY;
        };
        return new SoapFault(SoapFault.Code.SENDER, List.of(sub), "WS-Security rejected (" + r.rule() + "): " + r.getMessage(),
                Optional.empty());
    }

    /** What a refused request's assertion claimed, for the audit trail only. */
    static Initiator claimed(Document envelope) {
        try {
            NodeList found = envelope.getElementsByTagNameNS(SAML2, "Assertion");
            if (found.getLength() == 0) {
                return Initiator.UNKNOWN;
            }
            SamlAttributes a = SamlAttributes.readAvailable((Element) found.item(0));
            return new Initiator(a.subjectId(), a.organization(),
                    a.homeCommunityId() == null ? null : a.homeCommunityId().oid().value(),
                    a.purposeOfUse() == null ? null : a.purposeOfUse().code());
        } catch (RuntimeException e) {
            return Initiator.UNKNOWN;
        }
    }
}
