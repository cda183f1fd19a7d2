package dev.crossway.interop.xcpd;

import static dev.crossway.interop.xcpd.Hl7Writing.el;

import org.w3c.dom.Element;

/** Writes a {@link PatientDiscoveryAck} as an MCCI_IN000002UV01 element. */
public final class PatientDiscoveryAckWriter {

    private PatientDiscoveryAckWriter() {
    }

    public static Element write(PatientDiscoveryAck ack) {
        Element root = Hl7Writing.root(Hl7v3.ACK);
        Hl7Writing.header(root, ack.messageId(), ack.creationTime(), "T", "NE", ack.receiver());
        Hl7Writing.device(el(root, "sender", "typeCode", "SND"), ack.sender());
        Hl7Writing.acknowledgement(root, ack.acknowledgementCode(), ack.targetMessageId(), ack.details());
        return root;
    }
}
