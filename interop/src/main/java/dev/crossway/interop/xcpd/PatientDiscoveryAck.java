package dev.crossway.interop.xcpd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An MCCI_IN000002UV01 acknowledgement: in XCPD, the synchronous answer to a deferred-mode query,
 * accepting it (CA/AA) or refusing it, e.g. with NS250 when the deferred option is not supported.
 */
public record PatientDiscoveryAck(InstanceId messageId, Hl7Time creationTime, Device sender, Device receiver,
                                  String acknowledgementCode, InstanceId targetMessageId,
                                  List<AcknowledgementDetail> details) {

    private static final Set<String> CODES = Set.of("AA", "AE", "AR", "CA", "CE", "CR");

    public PatientDiscoveryAck {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(targetMessageId, "targetMessageId");
        details = List.copyOf(details);
        if (!CODES.contains(acknowledgementCode)) {
            throw new IllegalArgumentException("acknowledgement typeCode '" + acknowledgementCode + "' is not an HL7 ack code");
        }
    }

    /**
     * The refusal of a deferred-mode query by a responder without the Deferred Response option:
     * application error AE with acknowledgementDetail NS250 (unsupported processing mode).
     */
    public static PatientDiscoveryAck deferredModeUnsupported(PatientDiscoveryQuery query, InstanceId messageId) {
        AcknowledgementDetail detail = new AcknowledgementDetail("E",
                Optional.of(AcknowledgementDetail.UNSUPPORTED_PROCESSING_MODE), Optional.of(Hl7v3.ACK_DETAIL_SYSTEM),
                Optional.of("Deferred response mode is not supported"));
        return new PatientDiscoveryAck(messageId, Hl7Time.now(), query.receiver(), query.sender(), "AE",
                query.messageId(), List.of(detail));
    }
}
