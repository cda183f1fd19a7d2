package dev.crossway.interop.saml;

import dev.crossway.interop.id.HomeCommunityId;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An assertion that passed every check: signed by a trusted certificate, within its validity
 * window, addressed to us, and carrying the required Carequality attributes. What the responder's
 * purpose-of-use policy and the audit trail work from.
 */
public record VerifiedAssertion(
        String id,
        String issuer,
        String nameId,
        SamlAttributes attributes,
        Instant notBefore,
        Instant notOnOrAfter,
        List<String> audiences,
        X509Certificate signer,
        SignatureAlgorithm algorithm,
        Optional<SignedTimestamp> timestamp) {

    public VerifiedAssertion {
        audiences = List.copyOf(audiences);
        timestamp = timestamp == null ? Optional.empty() : timestamp;
    }

    /** The same assertion, as confirmed by the holder's signed timestamp of one message. */
    VerifiedAssertion with(SignedTimestamp signedTimestamp) {
        return new VerifiedAssertion(id, issuer, nameId, attributes, notBefore, notOnOrAfter, audiences, signer, algorithm,
                Optional.of(signedTimestamp));
    }

    public String subjectId() {
        return attributes.subjectId();
    }

    public String organization() {
        return attributes.organization();
    }

    public String organizationId() {
        return attributes.organizationId();
    }

    public HomeCommunityId homeCommunityId() {
        return attributes.homeCommunityId();
    }

    public CodedValue role() {
        return attributes.role();
    }

    public CodedValue purposeOfUse() {
        return attributes.purposeOfUse();
    }

    public String npi() {
        return attributes.npi();
    }
}
