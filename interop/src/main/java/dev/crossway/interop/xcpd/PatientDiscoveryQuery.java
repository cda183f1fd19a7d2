package dev.crossway.interop.xcpd;

import java.util.Objects;
import java.util.Optional;

/**
 * An ITI-55 query (PRPA_IN201305UV02): who asks (sender device and community), whom (receiver),
 * the message and query ids, whether the answer is deferred (processingModeCode I or
 * responsePriorityCode D, with a respondTo address) and the demographics to match.
 */
public record PatientDiscoveryQuery(InstanceId messageId, Hl7Time creationTime, Device sender, Device receiver,
                                    InstanceId queryId, boolean deferred, Optional<String> respondTo,
                                    QueryParameters parameters) {

    public PatientDiscoveryQuery {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(respondTo, "respondTo");
        Objects.requireNonNull(parameters, "parameters");
        if (parameters.names().isEmpty()) {
            throw new IllegalArgumentException("an XCPD query needs at least one livingSubjectName");
        }
        if (parameters.birthTime().isEmpty()) {
            throw new IllegalArgumentException("an XCPD query needs livingSubjectBirthTime");
        }
    }
}
