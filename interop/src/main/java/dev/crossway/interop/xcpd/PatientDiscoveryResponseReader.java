package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.attr;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.children;
import static dev.crossway.interop.xcpd.Hl7Dom.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Reads a PRPA_IN201306UV02 element (the SOAP body payload of an ITI-55 answer). */
public final class PatientDiscoveryResponseReader {

    private PatientDiscoveryResponseReader() {
    }

    public static PatientDiscoveryResponse read(Element root) {
        Hl7Dom.expectRoot(root, Hl7v3.RESPONSE);
        String path = Hl7v3.RESPONSE;
        InstanceId messageId = Hl7Reading.ii(required(root, "id", path), path + "/id");
        Hl7Time created = Hl7Reading.time(required(root, "creationTime", path), path + "/creationTime");
        Device receiver = Hl7Reading.device(required(root, "receiver", path), path + "/receiver");
        Device sender = Hl7Reading.device(required(root, "sender", path), path + "/sender");
        String ackPath = path + "/acknowledgement";
        Element ack = required(root, "acknowledgement", path);
        String ackCode = Hl7Reading.code(ack, "typeCode", ackPath);
        Optional<InstanceId> target = child(ack, "targetMessage").flatMap(t -> child(t, "id"))
                .flatMap(i -> Hl7Reading.optionalIi(i, ackPath + "/targetMessage/id"));
        List<AcknowledgementDetail> details = AcknowledgementDetails.read(ack, ackPath);

        String cap = path + "/controlActProcess";
        Element control = required(root, "controlActProcess", path);
        List<PatientMatch> matches = new ArrayList<>();
        List<Element> subjects = children(control, "subject");
        for (int i = 0; i < subjects.size(); i++) {
            matches.add(PatientMatchReader.read(subjects.get(i), cap + "/subject[" + (i + 1) + "]"));
        }
        List<DetectedIssue> issues = issues(control, cap);
        Element queryAck = required(control, "queryAck", cap);
        Optional<InstanceId> queryId = child(queryAck, "queryId").flatMap(q -> Hl7Reading.optionalIi(q, cap + "/queryAck/queryId"));
        String queryCode = Hl7Reading.code(queryAck, "queryResponseCode", cap + "/queryAck");
        String qbp = cap + "/queryByParameter/parameterList";
        Optional<QueryParameters> echoed = child(control, "queryByParameter").flatMap(q -> child(q, "parameterList"))
                .map(list -> QueryParametersReader.read(list, qbp));
        return at(path, () -> new PatientDiscoveryResponse(messageId, created, sender, receiver, ackCode, target, details,
                queryId, queryCode, matches, issues, echoed));
    }

    private static List<DetectedIssue> issues(Element control, String cap) {
        List<DetectedIssue> issues = new ArrayList<>();
        for (Element reason : children(control, "reasonOf")) {
            for (Element event : children(reason, "detectedIssueEvent")) {
                for (Element trigger : children(event, "triggerFor")) {
                    child(trigger, "actOrderRequired").flatMap(a -> child(a, "code")).flatMap(c -> attr(c, "code"))
                            .ifPresent(code -> issues.add(DetectedIssue.attributeRequested(code)));
                }
                for (Element mitigated : children(event, "mitigatedBy")) {
                    child(mitigated, "detectedIssueManagement").flatMap(a -> child(a, "code")).flatMap(c -> attr(c, "code"))
                            .ifPresent(code -> issues.add(DetectedIssue.error(code)));
                }
            }
        }
        return issues;
    }
}
