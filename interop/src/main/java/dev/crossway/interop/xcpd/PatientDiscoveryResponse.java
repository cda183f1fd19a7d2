package dev.crossway.interop.xcpd;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ITI-55 response (PRPA_IN201306UV02). The acknowledgement code (AA, AE) and the query
 * response code (OK, NF, AE) together with the matches and detected issues say which of the five
 * cases it is; {@link #outcome()} names it. The echoed query parameters are kept when present.
 */
public record PatientDiscoveryResponse(InstanceId messageId, Hl7Time creationTime, Device sender, Device receiver,
                                       String acknowledgementCode, Optional<InstanceId> targetMessageId,
                                       List<AcknowledgementDetail> acknowledgementDetails, Optional<InstanceId> queryId,
                                       String queryResponseCode, List<PatientMatch> matches,
                                       List<DetectedIssue> issues, Optional<QueryParameters> echoedParameters) {

    public enum Outcome { MATCH, MULTIPLE_MATCHES, MORE_ATTRIBUTES_REQUESTED, NO_MATCH, ERROR }

    private static final Set<String> ACK_CODES = Set.of("AA", "AE", "AR");
    private static final Set<String> QUERY_CODES = Set.of("OK", "NF", "AE", "QE");

    public PatientDiscoveryResponse {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(targetMessageId, "targetMessageId");
        acknowledgementDetails = List.copyOf(acknowledgementDetails);
        Objects.requireNonNull(queryId, "queryId");
        matches = List.copyOf(matches);
        issues = List.copyOf(issues);
        Objects.requireNonNull(echoedParameters, "echoedParameters");
        if (!ACK_CODES.contains(acknowledgementCode)) {
            throw new IllegalArgumentException("acknowledgement typeCode '" + acknowledgementCode + "' is not AA, AE or AR");
        }
        if (!QUERY_CODES.contains(queryResponseCode)) {
            throw new IllegalArgumentException("queryResponseCode '" + queryResponseCode + "' is not OK, NF, AE or QE");
        }
        if (queryResponseCode.equals("NF") && !matches.isEmpty()) {
            throw new IllegalArgumentException("queryResponseCode NF (no match) but " + matches.size() + " patient(s) returned");
        }
        if (queryResponseCode.equals("OK") && matches.isEmpty() && requestedAttributes(issues).isEmpty()) {
            throw new IllegalArgumentException("queryResponseCode OK but neither a patient nor a requested attribute");
        }
    }

    public Outcome outcome() {
        if (!acknowledgementCode.equals("AA") || queryResponseCode.equals("AE") || queryResponseCode.equals("QE")) {
            return Outcome.ERROR;
        }
        if (queryResponseCode.equals("NF")) {
            return Outcome.NO_MATCH;
        }
        if (matches.isEmpty()) {
            return Outcome.MORE_ATTRIBUTES_REQUESTED;
        }
        return matches.size() == 1 ? Outcome.MATCH : Outcome.MULTIPLE_MATCHES;
    }

    /** The codes of the attributes the responder asks for (case "more attributes requested"). */
    public List<String> requestedAttributes() {
        return requestedAttributes(issues);
    }

    /** The XCPD error codes (ResponderBusy, AnswerNotAvailable, InternalError) of an error response. */
    public List<String> errorCodes() {
        return issues.stream().filter(i -> i.kind() == DetectedIssue.Kind.ERROR).map(DetectedIssue::code).toList();
    }

    private static List<String> requestedAttributes(List<DetectedIssue> issues) {
        return issues.stream().filter(i -> i.kind() == DetectedIssue.Kind.ATTRIBUTE_REQUESTED).map(DetectedIssue::code).toList();
    }
}
