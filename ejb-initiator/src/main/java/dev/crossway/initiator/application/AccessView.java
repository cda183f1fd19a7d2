package dev.crossway.initiator.application;

import java.time.Instant;
import java.util.List;

/**
 * One outbound access as the accounting of disclosures shows it. {@code action}: PatientQuery,
 * PatientSearch, DocumentQuery or DocumentGet; {@code channel}: API, PORTAL or SCHEDULING;
 * {@code outcome}: Success, NoMatch, Partial or Error.
 */
public record AccessView(String id, Instant at, String action, String channel, String client, String userId,
                         String userRole, String organizationId, String purposeOfUse, String demographicsDigest,
                         List<String> patientIdentifiers, List<String> communities, List<String> documents,
                         String outcome, String detail) {

    public AccessView {
        patientIdentifiers = List.copyOf(patientIdentifiers);
        communities = List.copyOf(communities);
        documents = List.copyOf(documents);
    }
}
