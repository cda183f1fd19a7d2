package dev.crossway.responder.application.internal;

import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.SoapFaultWriter;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.soap.XopParts;
import dev.crossway.responder.application.GatewayReply;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Builds the HTTP answers: a SOAP 1.2 envelope with WS-Addressing (RelatesTo the request's
 * MessageID) around an IHE payload, in MTOM when asked, or a SOAP fault with the HTTP status the
 * SOAP 1.2 HTTP binding gives its code (Sender 400, Receiver and the others 500).
 */
final class SoapReplies {

    static final String SOAP_XML = "application/soap+xml; charset=UTF-8";
    static final String FAULT_ACTION = "http://www.w3.org/2005/08/addressing/soap/fault";

    private SoapReplies() {
    }

    static SoapEnvelope envelope(WsAddressing request, String action, Element payload) {
        return SoapEnvelope.around(WsAddressing.responseTo(request, action), payload);
    }

    static GatewayReply ok(SoapEnvelope envelope) {
        return new GatewayReply(200, SOAP_XML, envelope.toBytes());
    }

    /** An envelope already written as bytes. */
    static GatewayReply ok(byte[] envelope) {
        return new GatewayReply(200, SOAP_XML, envelope);
    }

    static GatewayReply mtom(SoapEnvelope envelope, XopParts parts) {
        MtomWriter.Output out = MtomWriter.write(envelope, parts.parts());
        return new GatewayReply(200, out.contentType(), out.body());
    }

    /** A fault, addressed to the request when its addressing headers could be read. */
    static GatewayReply fault(SoapFault fault, Optional<WsAddressing> request) {
        WsAddressing addressing = request.map(r -> WsAddressing.responseTo(r, FAULT_ACTION))
                .orElseGet(() -> new WsAddressing(Optional.of(FAULT_ACTION), Optional.of(WsAddressing.newMessageId()),
                        Optional.empty(), Optional.empty(), Optional.empty()));
        SoapEnvelope envelope = SoapEnvelope.create(addressing, SoapFaultWriter.write(fault));
        int status = fault.code() == SoapFault.Code.SENDER ? 400 : 500;
        return new GatewayReply(status, SOAP_XML, envelope.toBytes());
    }
}
