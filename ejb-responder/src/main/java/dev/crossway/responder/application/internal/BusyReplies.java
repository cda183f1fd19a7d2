package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.interop.xca.AdhocQueryResponse;
import dev.crossway.interop.xca.AdhocQueryResponseWriter;
import dev.crossway.interop.xca.EbXml;
import dev.crossway.interop.xca.RegistryError;
import dev.crossway.interop.xca.ResponseStatus;
import dev.crossway.interop.xca.RetrieveDocumentSetResponse;
import dev.crossway.interop.xca.RetrieveResponseWriter;
import dev.crossway.interop.xcpd.DetectedIssue;
import dev.crossway.interop.xcpd.Hl7v3;
import dev.crossway.interop.xcpd.InstanceId;
import dev.crossway.interop.xcpd.PatientDiscoveryQuery;
import dev.crossway.interop.xcpd.PatientDiscoveryQueryReader;
import dev.crossway.interop.xcpd.PatientDiscoveryResponseWriter;
import dev.crossway.interop.xcpd.PatientDiscoveryResponses;
import dev.crossway.responder.application.GatewayReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The answer to an initiator over its rate: the transaction's own "busy" error (XCPD
 * {@code ResponderBusy} with AE, XCA {@code XDSRegistryBusy} with Failure), so that an IHE client
 * reads it as it reads any other error, sent with HTTP 503 and {@code Retry-After}.
 */
final class BusyReplies {

    private BusyReplies() {
    }

    static GatewayReply busy(GatewayEndpoint endpoint, Inbound in, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        String text = "the initiator is over its rate limit at this gateway; retry after " + seconds + " s";
        Element payload;
        String action;
        switch (endpoint) {
            case XCPD -> {
                PatientDiscoveryQuery query = PatientDiscoveryQueryReader.read(in.payload());
                String root = query.receiver().homeCommunityId().map(r -> r.oid().value()).orElse("2.25");
                payload = PatientDiscoveryResponseWriter.write(PatientDiscoveryResponses.error(query,
                        InstanceId.of(root, RandomUuids.next().toString()), DetectedIssue.RESPONDER_BUSY, text));
                action = Hl7v3.ACTION_RESPONSE;
            }
            case XCA_QUERY -> {
                payload = AdhocQueryResponseWriter.write(AdhocQueryResponse.failure(error(text)));
                action = EbXml.ACTION_QUERY_RESPONSE;
            }
            default -> {
                payload = RetrieveResponseWriter.write(new RetrieveDocumentSetResponse(ResponseStatus.FAILURE,
                        List.of(error(text)), List.of()));
                action = EbXml.ACTION_RETRIEVE_RESPONSE;
            }
        }
        GatewayReply ok = SoapReplies.ok(SoapReplies.envelope(in.addressing(), action, payload));
        return new GatewayReply(503, ok.contentType(), ok.body(), Map.of("Retry-After", Long.toString(seconds)));
    }

    private static RegistryError error(String text) {
        return RegistryError.error(RegistryError.REGISTRY_BUSY, text, null);
    }
}
