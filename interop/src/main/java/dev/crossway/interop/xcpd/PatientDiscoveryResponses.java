package dev.crossway.interop.xcpd;

import java.util.List;
import java.util.Optional;

/**
 * Builds the responder's answer to a query in each of the five ITI-55 cases, with the ids
 * (target message, query id, devices) taken from the query so they correlate.
 */
public final class PatientDiscoveryResponses {

    private PatientDiscoveryResponses() {
    }

    /** One or several matches: AA / OK. */
    public static PatientDiscoveryResponse matches(PatientDiscoveryQuery query, InstanceId messageId, List<PatientMatch> matches) {
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("use noMatch for an empty result");
        }
        return build(query, messageId, "AA", List.of(), "OK", matches, List.of());
    }

    /** No match: AA / NF. */
    public static PatientDiscoveryResponse noMatch(PatientDiscoveryQuery query, InstanceId messageId) {
        return build(query, messageId, "AA", List.of(), "NF", List.of(), List.of());
    }

    /** The responder needs more demographics to decide: AA / OK with the requested attribute codes. */
    public static PatientDiscoveryResponse moreAttributesRequested(PatientDiscoveryQuery query, InstanceId messageId,
                                                                   List<String> attributeCodes) {
        List<DetectedIssue> issues = attributeCodes.stream().map(DetectedIssue::attributeRequested).toList();
        return build(query, messageId, "AA", List.of(), "OK", List.of(), issues);
    }

    /** The responder cannot answer: AE / AE with an XCPD error code and a text. */
    public static PatientDiscoveryResponse error(PatientDiscoveryQuery query, InstanceId messageId, String errorCode, String text) {
        List<AcknowledgementDetail> details = List.of(AcknowledgementDetail.error(AcknowledgementDetail.INTERNAL_ERROR, text));
        return build(query, messageId, "AE", details, "AE", List.of(), List.of(DetectedIssue.error(errorCode)));
    }

    private static PatientDiscoveryResponse build(PatientDiscoveryQuery q, InstanceId messageId, String ack,
                                                  List<AcknowledgementDetail> details, String queryCode,
                                                  List<PatientMatch> matches, List<DetectedIssue> issues) {
        return new PatientDiscoveryResponse(messageId, Hl7Time.now(), q.receiver(), q.sender(), ack,
                Optional.of(q.messageId()), details, Optional.of(q.queryId()), queryCode, matches, issues,
                Optional.of(q.parameters()));
    }
}
