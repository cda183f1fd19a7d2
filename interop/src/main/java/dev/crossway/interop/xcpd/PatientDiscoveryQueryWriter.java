package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Writing.el;

import org.w3c.dom.Element;

/** Writes a {@link PatientDiscoveryQuery} as a PRPA_IN201305UV02 element, the SOAP body payload of ITI-55. */
public final class PatientDiscoveryQueryWriter {

    private PatientDiscoveryQueryWriter() {
    }

    public static Element write(PatientDiscoveryQuery q) {
        Element root = Hl7Writing.root(Hl7v3.QUERY);
        Hl7Writing.header(root, q.messageId(), q.creationTime(), q.deferred() ? "I" : "T", "AL", q.receiver());
        q.respondTo().ifPresent(address -> {
            Element respondTo = el(root, "respondTo", "typeCode", "RSP");
            el(respondTo, "telecom", "value", address);
            Element entity = el(respondTo, "entityRsp", "classCode", "ENT", "determinerCode", "INSTANCE");
            entity.setAttributeNS(Hl7v3.XSI, "xsi:nil", "true");
        });
        Hl7Writing.device(el(root, "sender", "typeCode", "SND"), q.sender());
        Element control = el(root, "controlActProcess", "classCode", "CACT", "moodCode", "EVN");
        el(control, "code", "code", "PRPA_TE201305UV02", "codeSystem", Hl7v3.INTERACTION_ROOT);
        Element query = el(control, "queryByParameter");
        Hl7Writing.ii(query, "queryId", q.queryId());
        el(query, "statusCode", "code", "new");
        el(query, "responseModalityCode", "code", "R");
        el(query, "responsePriorityCode", "code", q.deferred() ? "D" : "I");
        QueryParametersWriter.write(query, q.parameters());
        return root;
    }
}
