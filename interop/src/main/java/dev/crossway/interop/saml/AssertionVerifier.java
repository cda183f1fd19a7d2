package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SecurityRejection.Rule.SIGNATURE_WRAPPING;
import static dev.crossway.interop.saml.SecurityRejection.Rule.UNSIGNED;
import static dev.crossway.interop.saml.SecurityRejection.Rule.UNTRUSTED_SIGNER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Verifies one SAML 2.0 assertion on its own: signature, signer trust, validity window, audience,
 * attributes. {@link WsSecurityVerifier} runs the same steps with the timestamp in between; use
 * this class directly only for assertions that do not travel in a WS-Security header.
 */
public final class AssertionVerifier {

    /** What the signature check established, passed on to the later steps: who signed, how, vouched for by which anchor. */
    record Signed(SignerKey signer, SignatureAlgorithm algorithm, Anchor anchor) {
    }

    private AssertionVerifier() {
    }

    public static VerifiedAssertion verify(Element assertion, TrustAnchors anchors, String expectedAudience,
                                           Clock clock, Duration skew) {
        Instant now = clock.instant();
        Signed signed = checkSignature(assertion, anchors, now, IdCheck.of(assertion.getOwnerDocument()));
        AssertionConditions conditions = AssertionConditions.check(assertion, VerificationPolicy.of(expectedAudience, skew), now);
        return result(assertion, signed, conditions);
    }

    /**
     * UNSIGNED, WEAK_ALGORITHM, SIGNATURE_WRAPPING, BAD_SIGNATURE, UNTRUSTED_SIGNER, in that order;
     * then WEAK_ALGORITHM for SHA-1 unless the signer's trust anchor allows it.
     */
    static Signed checkSignature(Element assertion, TrustAnchors anchors, Instant now, IdCheck ids) {
        List<Element> signatures = Dom.children(assertion, SamlNames.DS, "Signature");
        String id = assertion.getAttributeNS(null, "ID").trim();
        if (signatures.isEmpty()) {
            if (!id.isEmpty() && ids.count(id) > 1) {
                throw new SecurityRejection(SIGNATURE_WRAPPING, "assertion ID '" + id + "' occurs on more than one element");
            }
            throw new SecurityRejection(UNSIGNED, "the assertion carries no ds:Signature");
        }
        if (signatures.size() > 1) {
            throw new SecurityRejection(SIGNATURE_WRAPPING, "the assertion carries " + signatures.size() + " signatures");
        }
        SignatureCheck check = new SignatureCheck(signatures.get(0), assertion, "assertion", ids);
        SignatureAlgorithm algorithm = check.checkStructure("", "ID");
        SignerKey signer = Dom.child(signatures.get(0), SamlNames.DS, "KeyInfo").flatMap(SignerKey::from)
                .or(() -> SignerKey.holderOfKey(assertion))
                .orElseThrow(() -> new SecurityRejection(UNTRUSTED_SIGNER, "the assertion signature names no signer key"));
        check.verify(signer.publicKey());
        if (signer.certificate() == null) {
            throw new SecurityRejection(UNTRUSTED_SIGNER,
                    "the assertion is signed with a bare RSA key value, no X.509 certificate to chain to a trust anchor");
        }
        Anchor anchor = anchors.check(signer.certificate(), signer.others(), now);
        check.checkSha1AllowedBy(anchor);
        return new Signed(signer, algorithm, anchor);
    }

    static VerifiedAssertion result(Element assertion, Signed signed, AssertionConditions conditions) {
        SamlAttributes attributes = SamlAttributes.read(assertion);
        String issuer = Dom.child(assertion, SamlNames.SAML2, "Issuer").map(Dom::text).orElse(null);
        String nameId = Dom.child(assertion, SamlNames.SAML2, "Subject")
                .flatMap(s -> Dom.child(s, SamlNames.SAML2, "NameID")).map(Dom::text).orElse(null);
        return new VerifiedAssertion(assertion.getAttributeNS(null, "ID").trim(), issuer, nameId, attributes,
                conditions.notBefore(), conditions.notOnOrAfter(), conditions.audiences(),
                signed.signer().certificate(), signed.algorithm(), java.util.Optional.empty());
    }
}
