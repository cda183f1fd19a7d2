package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Dom.at;
import static dev.crossway.interop.xcpd.Hl7Dom.child;
import static dev.crossway.interop.xcpd.Hl7Dom.required;

import org.w3c.dom.Element;

/** Reads an MCCI_IN000002UV01 acknowledgement element. */
public final class PatientDiscoveryAckReader {

    private PatientDiscoveryAckReader() {
    }

    public static PatientDiscoveryAck read(Element root) {
        Hl7Dom.expectRoot(root, Hl7v3.ACK);
        String path = Hl7v3.ACK;
        InstanceId messageId = Hl7Reading.ii(required(root, "id", path), path + "/id");
        Hl7Time created = Hl7Reading.time(required(root, "creationTime", path), path + "/creationTime");
        Device receiver = Hl7Reading.device(required(root, "receiver", path), path + "/receiver");
        Device sender = Hl7Reading.device(required(root, "sender", path), path + "/sender");
        String ackPath = path + "/acknowledgement";
        Element ack = required(root, "acknowledgement", path);
        String code = Hl7Reading.code(ack, "typeCode", ackPath);
        Element targetId = child(ack, "targetMessage").flatMap(t -> child(t, "id"))
                .orElseThrow(() -> new XcpdMessageException(ackPath + ": required element targetMessage/id is missing"));
        InstanceId target = Hl7Reading.ii(targetId, ackPath + "/targetMessage/id");
        return at(path, () -> new PatientDiscoveryAck(messageId, created, sender, receiver, code, target,
                AcknowledgementDetails.read(ack, ackPath)));
    }
}
