package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Markup.empty;
import static dev.crossway.interop.xcpd.Hl7Markup.start;
import static dev.crossway.interop.xcpd.Hl7Writing.el;

import dev.crossway.interop.soap.MarkupWriter;
import dev.crossway.interop.soap.SoapEnvelopeWriter;
import dev.crossway.interop.soap.WsAddressing;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Writes a {@link PatientDiscoveryResponse} as a PRPA_IN201306UV02 element: as a DOM
 * ({@link #write(PatientDiscoveryResponse)}), or as markup straight into the bytes of the SOAP
 * answer ({@link #envelope}), which is what a responder sends. The two write the same elements in
 * the same order; {@code PatientDiscoveryMarkupTest} holds them to the same bytes.
 */
public final class PatientDiscoveryResponseWriter {

    private PatientDiscoveryResponseWriter() {
    }

    public static Element write(PatientDiscoveryResponse r) {
        Element root = Hl7Writing.root(Hl7v3.RESPONSE);
        Hl7Writing.header(root, r.messageId(), r.creationTime(), "T", "NE", r.receiver());
        Hl7Writing.device(el(root, "sender", "typeCode", "SND"), r.sender());
        Hl7Writing.acknowledgement(root, r.acknowledgementCode(), r.targetMessageId().orElse(null), r.acknowledgementDetails());
        Element control = el(root, "controlActProcess", "classCode", "CACT", "moodCode", "EVN");
        el(control, "code", "code", "PRPA_TE201306UV02", "codeSystem", Hl7v3.INTERACTION_ROOT);
        r.matches().forEach(m -> PatientMatchWriter.write(control, m));
        r.issues().forEach(issue -> {
            Element event = el(el(control, "reasonOf", "typeCode", "RSON"), "detectedIssueEvent", "classCode", "ALRT", "moodCode", "EVN");
            el(event, "code", "code", "ActAdministrativeDetectedIssueCode", "codeSystem", Hl7v3.DETECTED_ISSUE_SYSTEM);
            if (issue.kind() == DetectedIssue.Kind.ERROR) {
                Element management = el(el(event, "mitigatedBy", "typeCode", "MITGT"), "detectedIssueManagement",
                        "classCode", "ACT", "moodCode", "EVN");
                el(management, "code", "code", issue.code(), "codeSystem", issue.codeSystem());
            } else {
                Element order = el(el(event, "triggerFor", "typeCode", "TRIG"), "actOrderRequired", "classCode", "ACT", "moodCode", "RQO");
                el(order, "code", "code", issue.code(), "codeSystem", issue.codeSystem());
            }
        });
        Element queryAck = el(control, "queryAck");
        r.queryId().ifPresent(id -> Hl7Writing.ii(queryAck, "queryId", id));
        el(queryAck, "statusCode", "code", r.outcome() == PatientDiscoveryResponse.Outcome.ERROR ? "aborted" : "deliveredResponse");
        el(queryAck, "queryResponseCode", "code", r.queryResponseCode());
        if (r.queryId().isPresent() && r.echoedParameters().isPresent()) {
            Element query = el(control, "queryByParameter");
            Hl7Writing.ii(query, "queryId", r.queryId().get());
            el(query, "statusCode", "code", "new");
            el(query, "responseModalityCode", "code", "R");
            el(query, "responsePriorityCode", "code", "I");
            QueryParametersWriter.write(query, r.echoedParameters().get());
        }
        return root;
    }

    /**
     * The whole SOAP answer as bytes: the envelope {@code SoapEnvelope.around(addressing, write(r))}
     * with {@code timeToLive}'s header added would serialise to, built without a DOM.
     */
    public static byte[] envelope(WsAddressing addressing, PatientDiscoveryResponse r, Optional<CorrelationTimeToLive> timeToLive) {
        return SoapEnvelopeWriter.write(addressing, out -> timeToLive.ifPresent(t -> t.write(out)), out -> write(r, out));
    }

    /** Writes the response element (declaring its namespaces) at the writer's position. */
    public static void write(PatientDiscoveryResponse r, MarkupWriter out) {
        Hl7Markup.root(out, Hl7v3.RESPONSE);
        Hl7Markup.header(out, Hl7v3.RESPONSE, r.messageId(), r.creationTime(), "T", "NE", r.receiver());
        Hl7Markup.device(out, "sender", "SND", r.sender());
        Hl7Markup.acknowledgement(out, r.acknowledgementCode(), r.targetMessageId().orElse(null), r.acknowledgementDetails());
        start(out, "controlActProcess", "classCode", "CACT", "moodCode", "EVN");
        empty(out, "code", "code", "PRPA_TE201306UV02", "codeSystem", Hl7v3.INTERACTION_ROOT);
        r.matches().forEach(m -> PatientMatchWriter.write(out, m));
        for (DetectedIssue issue : r.issues()) {
            start(out, "reasonOf", "typeCode", "RSON");
            start(out, "detectedIssueEvent", "classCode", "ALRT", "moodCode", "EVN");
            empty(out, "code", "code", "ActAdministrativeDetectedIssueCode", "codeSystem", Hl7v3.DETECTED_ISSUE_SYSTEM);
            if (issue.kind() == DetectedIssue.Kind.ERROR) {
                start(out, "mitigatedBy", "typeCode", "MITGT");
                start(out, "detectedIssueManagement", "classCode", "ACT", "moodCode", "EVN");
            } else {
                start(out, "triggerFor", "typeCode", "TRIG");
                start(out, "actOrderRequired", "classCode", "ACT", "moodCode", "RQO");
            }
            empty(out, "code", "code", issue.code(), "codeSystem", issue.codeSystem());
            out.end().end().end().end();
        }
        out.start("queryAck");
        r.queryId().ifPresent(id -> Hl7Markup.ii(out, "queryId", id));
        empty(out, "statusCode", "code", r.outcome() == PatientDiscoveryResponse.Outcome.ERROR ? "aborted" : "deliveredResponse");
        empty(out, "queryResponseCode", "code", r.queryResponseCode());
        out.end();
        if (r.queryId().isPresent() && r.echoedParameters().isPresent()) {
            out.start("queryByParameter");
            Hl7Markup.ii(out, "queryId", r.queryId().get());
            empty(out, "statusCode", "code", "new");
            empty(out, "responseModalityCode", "code", "R");
            empty(out, "responsePriorityCode", "code", "I");
            QueryParametersWriter.write(out, r.echoedParameters().get());
            out.end();
        }
        out.end().end();
    }
}
