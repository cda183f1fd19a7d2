package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.SecurityRejection;
import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.SoapNamespaces;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xml.XmlRejectedException;
import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.RequestRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;

/**
 * The hand-written SOAP pipeline every request goes through, in this order: size bound, hardened
 * parse (plain SOAP 1.2 or MTOM), WS-Addressing Action, WS-Security (with the replay cache), the
 * initiator's rate limit, then the transaction's responder. It never throws: what the sender got wrong is a Sender fault (HTTP 400), what went
 * wrong here a Receiver fault (HTTP 500), and every request leaves an audit record.
 */
final class GatewayPipeline {

    private static final Logger LOG = Logger.getLogger(GatewayPipeline.class.getName());

    private final ResponderSettings settings;
    private final SecurityGate security;
    private final InitiatorRateLimit rates;
    private final GatewayAudit audit;
    private final XcpdResponder xcpd;
    private final XcaQueryResponder xcaQuery;
    private final XcaRetrieveResponder xcaRetrieve;

    GatewayPipeline(ResponderSettings settings, SecurityGate security, InitiatorRateLimit rates, GatewayAudit audit,
                    XcpdResponder xcpd, XcaQueryResponder xcaQuery, XcaRetrieveResponder xcaRetrieve) {
        this.settings = settings;
        this.security = security;
        this.rates = rates;
        this.audit = audit;
        this.xcpd = xcpd;
        this.xcaQuery = xcaQuery;
        this.xcaRetrieve = xcaRetrieve;
    }

    GatewayReply handle(GatewayEndpoint endpoint, GatewayRequest request) {
        return answer(endpoint, request).reply();
    }

    /**
     * The reply, and what a later fault about the same request needs: its request id and the
     * addressing headers it was sent with, when they could be read.
     */
    record Answered(GatewayReply reply, RequestRef requestId, Optional<WsAddressing> addressing) {

        /**
         * The Receiver fault that replaces a reply whose audit records could not be committed: nothing
         * is disclosed that the audit trail does not account for.
         */
        GatewayReply unrecorded() {
            return SoapReplies.fault(SoapFault.receiver("the responding gateway could not record the request ("
                    + requestId.id() + ")"), addressing);
        }
    }

    Answered answer(GatewayEndpoint endpoint, GatewayRequest request) {
        Read read = new Read();
        GatewayReply reply = handle(endpoint, request, read);
        return new Answered(reply, read.requestId, read.addressing);
    }

    /** The request's id and addressing headers, as far as {@link #handle} read them. */
    private static final class Read {
        RequestRef requestId;
        Optional<WsAddressing> addressing = Optional.empty();
    }

    private GatewayReply handle(GatewayEndpoint endpoint, GatewayRequest request, Read read) {
        RequestRef requestId = request.requestId() == null ? RequestRef.fresh() : new RequestRef(request.requestId(), null);
        Optional<WsAddressing> addressing = Optional.empty();
        read.requestId = requestId;
        Initiator initiator = Initiator.UNKNOWN;
        try {
            byte[] body = request.body();
            if (body == null || body.length == 0) {
                return reject(endpoint, request, requestId, initiator, addressing, SoapFault.sender("the request body is empty"));
            }
            if (body.length > settings.maxBytes()) {
                return reject(endpoint, request, requestId, initiator, addressing, SoapFault.sender("the request of "
                        + body.length + " bytes exceeds the limit of " + settings.maxBytes() + " bytes"));
            }
            MtomMessage message = MtomReader.read(request.contentType() == null ? "" : request.contentType(), body,
                    settings.maxBytes());
            addressing = Optional.of(message.envelope().addressing());
            requestId = requestId.withMessageId(addressing.get().messageId().orElse(null));
            read.requestId = requestId;
            read.addressing = addressing;
            Optional<SoapFault> actionFault = checkAction(endpoint, addressing.get());
            if (actionFault.isPresent()) {
                return reject(endpoint, request, requestId, initiator, addressing, actionFault.get());
            }
            VerifiedAssertion assertion;
            try {
                assertion = security.verify(message.envelope().document(), endpoint);
            } catch (SecurityRejection e) {
                initiator = SecurityGate.claimed(message.envelope().document());
                return reject(endpoint, request, requestId, initiator, addressing, SecurityGate.fault(e), Outcome.REFUSED);
            }
            boolean mtom = String.valueOf(request.contentType()).trim().toLowerCase(Locale.ROOT).startsWith("multipart/related");
            Inbound in = new Inbound(message, mtom, assertion, requestId, request.caller());
            initiator = in.initiator();
            InitiatorRateLimit.Decision admitted = rates.admit(in.initiatorKey());
            if (!admitted.admitted()) {
                audit.record(requestId, endpoint.transaction(), initiator, null, null, List.of(), Outcome.REFUSED,
                        "rate limit: the initiator is over its rate, busy answered (retry after "
                                + admitted.retryAfter().toMillis() + " ms)", request.caller());
                return BusyReplies.busy(endpoint, in, admitted.retryAfter());
            }
            return switch (endpoint) {
                case XCPD -> xcpd.answer(in);
                case XCA_QUERY -> xcaQuery.answer(in);
                case XCA_RETRIEVE -> xcaRetrieve.answer(in);
            };
        } catch (XmlRejectedException e) {
            return reject(endpoint, request, requestId, initiator, addressing, SoapFault.sender(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return reject(endpoint, request, requestId, initiator, addressing, SoapFault.sender("unacceptable request: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "responder " + endpoint + " failed on " + requestId, e);
            return reject(endpoint, request, requestId, initiator, addressing,
                    SoapFault.receiver("the responding gateway could not process the request (" + requestId.id() + ")"));
        }
    }

    private static Optional<SoapFault> checkAction(GatewayEndpoint endpoint, WsAddressing addressing) {
        if (addressing.action().isEmpty()) {
            return Optional.of(new SoapFault(SoapFault.Code.SENDER, List.of(new QName(SoapNamespaces.WSA,
                    "MessageAddressingHeaderRequired")), "the WS-Addressing Action header is missing", Optional.empty()));
        }
        if (!endpoint.accepts(addressing.action().get())) {
            return Optional.of(new SoapFault(SoapFault.Code.SENDER, List.of(new QName(SoapNamespaces.WSA, "ActionNotSupported")),
                    "action " + addressing.action().get() + " is not served here; expected " + String.join(" or ", endpoint.actions()),
                    Optional.empty()));
        }
        return Optional.empty();
    }

    private GatewayReply reject(GatewayEndpoint endpoint, GatewayRequest request, RequestRef requestId, Initiator initiator,
                                Optional<WsAddressing> addressing, SoapFault fault) {
        return reject(endpoint, request, requestId, initiator, addressing, fault,
                fault.code() == SoapFault.Code.SENDER ? Outcome.REFUSED : Outcome.ERROR);
    }

    private GatewayReply reject(GatewayEndpoint endpoint, GatewayRequest request, RequestRef requestId, Initiator initiator,
                                Optional<WsAddressing> addressing, SoapFault fault, Outcome outcome) {
        try {
            audit.record(requestId, endpoint.transaction(), initiator, null, null, List.of(), outcome,
                    "SOAP fault: " + fault.reason(), request.caller());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot audit the rejected request " + requestId, e);
        }
        try {
            return SoapReplies.fault(fault, addressing);
        } catch (RuntimeException e) {
            return SoapReplies.fault(fault, Optional.empty());
        }
    }
}
