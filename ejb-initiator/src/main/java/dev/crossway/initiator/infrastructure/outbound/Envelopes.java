package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.initiator.application.InitiatorContext;
import dev.crossway.initiator.domain.EndpointProfile;
import dev.crossway.interop.access.SubjectRole;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.http.SoapRequest;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * Wraps a request payload in a SOAP 1.2 envelope with WS-Addressing and a signed SAML assertion
 * about who asks ({@link InitiatorContext}) for the target URL (the audience), in the endpoint's
 * signature algorithm, {@code urn:oid:} style and MTOM or inline packaging.
 */
public final class Envelopes {

    private final Supplier<SigningCredential> credential;
    private final HomeCommunityId home;
    private final Clock clock;

    public Envelopes(Supplier<SigningCredential> credential, HomeCommunityId home, Clock clock) {
        this.credential = Objects.requireNonNull(credential, "credential");
        this.home = Objects.requireNonNull(home, "home");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public HomeCommunityId home() {
        return home;
    }

    public SoapRequest build(Element payload, Transaction transaction, String url, InitiatorContext context,
                                 EndpointProfile profile) {
        if (!profile.urnOidPrefix()) {
            HomeCommunityIds.stripUrnOid(payload);
        }
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(transaction.action(), url), payload);
        return SoapRequest.signed(envelope, transaction.action(), credential.get(), assertion(context, url, profile), clock,
                profile.mtom());
    }

    private AssertionSpec assertion(InitiatorContext c, String url, EndpointProfile profile) {
        String orgId = c.organizationId() == null ? null : Oid.of(c.organizationId()).urn();
        String orgName = c.organizationName() == null || c.organizationName().isBlank()
                ? (c.organizationId() == null ? home.toString() : c.organizationId()) : c.organizationName();
        return AssertionSpec.builder()
                .subjectId(c.userId() == null || c.userId().isBlank() ? "unknown" : c.userId())
                .organization(orgName)
                .organizationId(orgId)
                .homeCommunityId(home)
                .role(CodedValue.role(c.userRole(), SubjectRole.displayOf(c.userRole())))
                .purposeOfUse(CodedValue.purposeOfUse(c.purposeOfUse(), null))
                .npi(c.npi() == null || c.npi().isBlank() ? null : c.npi())
                .audience(url)
                .algorithm(profile.signatureAlgorithm())
                .build();
    }
}
