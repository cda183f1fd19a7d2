package dev.crossway.responder.application.internal;

import dev.crossway.responder.domain.audit.RequestRef;

import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.responder.domain.audit.Caller;
import dev.crossway.responder.domain.audit.Initiator;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * A request that passed parsing, addressing and WS-Security: what the transaction responders work
 * from. {@code mtom} says whether it came as multipart/related (a retrieve then answers in MTOM).
 */
record Inbound(MtomMessage message, boolean mtom, VerifiedAssertion assertion, RequestRef requestId, Caller caller) {

    Inbound {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(assertion, "assertion");
    }

    Element payload() {
        return message.envelope().payload();
    }

    WsAddressing addressing() {
        return message.envelope().addressing();
    }

    Initiator initiator() {
        return new Initiator(assertion.subjectId(), assertion.organization(),
                assertion.homeCommunityId() == null ? null : assertion.homeCommunityId().oid().value(),
                assertion.purposeOfUse() == null ? null : assertion.purposeOfUse().code());
    }

    /**
     * Whom the rate limit and the correlations count: the asserted home community, else the
     * organization id, else the assertion's issuer (all of them signed by a trusted key).
     */
    String initiatorKey() {
        return initiatorKey(assertion);
    }

    static String initiatorKey(VerifiedAssertion assertion) {
        if (assertion.homeCommunityId() != null) {
            return assertion.homeCommunityId().oid().value();
        }
        return assertion.organizationId() != null ? assertion.organizationId() : String.valueOf(assertion.issuer());
    }

    String purposeOfUse() {
        return assertion.purposeOfUse() == null ? null : assertion.purposeOfUse().code();
    }
}
