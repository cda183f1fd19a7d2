package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SecurityRejection.Rule.MISSING_ASSERTION;
import static dev.crossway.interop.saml.SecurityRejection.Rule.MISSING_SECURITY_HEADER;
import static dev.crossway.interop.saml.SecurityRejection.Rule.SIGNATURE_WRAPPING;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Verifies the WS-Security header of an incoming SOAP request, in this order: the Security header
 * (exactly one), the assertion (exactly one, a direct child of it), the assertion's signature
 * (algorithms, wrapping, digest and value, signer trust), the assertion's validity window and
 * audience (one of the policy's) and lifetime, the signed timestamp, and last the attributes. The first failure is thrown as a
 * {@link SecurityRejection}; the assertion whose attributes are returned is the very element
 * whose signature was checked.
 */
public final class WsSecurityVerifier {

    /** A sensible clock skew between gateways. */
    public static final Duration DEFAULT_SKEW = Duration.ofMinutes(2);

    private WsSecurityVerifier() {
    }

    /** One expected audience and the default lifetime caps of {@link VerificationPolicy}. */
    public static VerifiedAssertion verify(Document envelope, TrustAnchors anchors, String expectedAudience,
                                           Clock clock, Duration skew) {
        return verify(envelope, anchors, VerificationPolicy.of(expectedAudience, skew), clock);
    }

    public static VerifiedAssertion verify(Document envelope, TrustAnchors anchors, VerificationPolicy policy, Clock clock) {
        Instant now = clock.instant();
        Element security = securityHeader(envelope);
        Element assertion = assertion(security);
        IdCheck ids = IdCheck.of(envelope);
        AssertionVerifier.Signed signed = AssertionVerifier.checkSignature(assertion, anchors, now, ids);
        AssertionConditions conditions = AssertionConditions.check(assertion, policy, now);
        SignedTimestamp timestamp = TimestampCheck.check(security, assertion, signed, now, policy, ids);
        return AssertionVerifier.result(assertion, signed, conditions).with(timestamp);
    }

    /**
     * What checks the signature values' RSA ({@link RsaProvider}, setting {@code crossway.native-rsa}): a
     * provider's name and version, or "the JDK". A server calls it as it starts, so that a malformed
     * setting stops it there rather than failing its first request.
     */
    public static String rsaProvider() {
        return RsaProvider.current().map(p -> p.getName() + " " + p.getVersionStr()).orElse("the JDK");
    }

    private static Element securityHeader(Document envelope) {
        List<Element> headers = SecurityHeader.find(envelope);
        if (headers.isEmpty()) {
            throw new SecurityRejection(MISSING_SECURITY_HEADER, "the SOAP header has no wsse:Security block");
        }
        if (headers.size() > 1) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "the SOAP header has " + headers.size() + " wsse:Security blocks");
        }
        return headers.get(0);
    }

    private static Element assertion(Element security) {
        List<Element> assertions = Dom.children(security, SamlNames.SAML2, "Assertion");
        if (assertions.isEmpty()) {
            throw new SecurityRejection(MISSING_ASSERTION, "the wsse:Security header carries no SAML 2.0 assertion");
        }
        if (assertions.size() > 1) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "the wsse:Security header carries " + assertions.size() + " assertions");
        }
        return assertions.get(0);
    }
}
