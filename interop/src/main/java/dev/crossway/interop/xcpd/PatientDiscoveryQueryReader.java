package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.attr;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.required;

import java.util.Optional;
import org.w3c.dom.Element;

/** Reads a PRPA_IN201305UV02 element (the SOAP body payload of ITI-55) into a {@link PatientDiscoveryQuery}. */
public final class PatientDiscoveryQueryReader {

    private PatientDiscoveryQueryReader() {
    }

    public static PatientDiscoveryQuery read(Element root) {
        Hl7Dom.expectRoot(root, Hl7v3.QUERY);
        String path = Hl7v3.QUERY;
        InstanceId messageId = Hl7Reading.ii(required(root, "id", path), path + "/id");
        Hl7Time created = Hl7Reading.time(required(root, "creationTime", path), path + "/creationTime");
        Device receiver = Hl7Reading.device(required(root, "receiver", path), path + "/receiver");
        Device sender = Hl7Reading.device(required(root, "sender", path), path + "/sender");
        Optional<String> respondTo = child(root, "respondTo").flatMap(r -> child(r, "telecom")).flatMap(t -> attr(t, "value"));
        String cap = path + "/controlActProcess";
        String qbp = cap + "/queryByParameter";
        Element query = required(required(root, "controlActProcess", path), "queryByParameter", cap);
        InstanceId queryId = Hl7Reading.ii(required(query, "queryId", qbp), qbp + "/queryId");
        boolean deferred = "I".equals(code(root, "processingModeCode")) || "D".equals(code(query, "responsePriorityCode"));
        QueryParameters parameters = QueryParametersReader.read(required(query, "parameterList", qbp), qbp + "/parameterList");
        return at(qbp + "/parameterList", () -> new PatientDiscoveryQuery(messageId, created, sender, receiver, queryId,
                deferred, respondTo, parameters));
    }

    private static String code(Element parent, String local) {
        return child(parent, local).flatMap(e -> attr(e, "code")).orElse("");
    }
}
