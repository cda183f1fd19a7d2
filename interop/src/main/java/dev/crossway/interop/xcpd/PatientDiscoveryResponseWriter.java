package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Writing.el;

import org.w3c.dom.Element;

/** Writes a {@link PatientDiscoveryResponse} as a PRPA_IN201306UV02 element. */
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
}
