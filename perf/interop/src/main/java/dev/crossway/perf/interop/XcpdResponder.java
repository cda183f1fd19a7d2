package dev.crossway.perf.interop;

import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.saml.WsSecurityVerifier;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps a responding gateway takes for one ITI-55 query, as the benchmarks time them, alone
 * and together. Finding the patient is left out (a prepared match): that is a database's cost.
 */
final class XcpdResponder {

    static final String MESSAGE_ID_ROOT = "2.16.840.1.113883.3.72.6.1.1";

    private XcpdResponder() {
    }

    static PatientDiscoveryQuery read(SoapEnvelope envelope) {
        return PatientDiscoveryQueryReader.read(envelope.payload());
    }

    static VerifiedAssertion verify(SoapEnvelope envelope, XcpdExchange x) {
        return WsSecurityVerifier.verify(envelope.document(), x.anchors, XcpdExchange.RESPONDER, x.clock, WsSecurityVerifier.DEFAULT_SKEW);
    }

    static byte[] respond(WsAddressing request, PatientDiscoveryQuery query, XcpdExchange x) {
        InstanceId messageId = InstanceId.of(MESSAGE_ID_ROOT, UUID.randomUUID().toString());
        var response = PatientDiscoveryResponses.matches(query, messageId, List.of(x.match));
        // written straight to bytes, as the server's XcpdResponder does (without its CorrelationTimeToLive header)
        return PatientDiscoveryResponseWriter.envelope(WsAddressing.responseTo(request, Hl7v3.ACTION_RESPONSE), response, Optional.empty());
    }

    /** The whole path: bytes in, security checked, query read, answer out as bytes. */
    static byte[] answer(XcpdExchange x) {
        SoapEnvelope envelope = SoapEnvelope.parse(x.request);
        verify(envelope, x);
        return respond(envelope.addressing(), read(envelope), x);
    }
}
