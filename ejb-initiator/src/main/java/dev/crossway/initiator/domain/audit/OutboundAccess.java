package dev.crossway.initiator.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to the network on someone's behalf: who asked (the authenticated client, and the
 * user, role, organization and purpose of use it asserted), about which patient (a digest of the
 * demographics it sent, never the demographics, and the identifiers it sent or found), which
 * communities were asked, which documents came back, and how it ended. Written once, never
 * changed (the tables refuse UPDATE and DELETE), before the answer goes back to the caller.
 *
 * @param id                 Crossway's own id of the record
 * @param demographicsDigest {@link DemographicsDigest} of what the caller sent; null when it sent identifiers only
 * @param patientIds         identifiers as HL7 CX ({@code id^^^&oid&ISO}), the caller's and those found
 * @param communities        home community / organization OIDs asked
 * @param documents          document unique ids retrieved (or listed, for a document query)
 */
public record OutboundAccess(
        String id,
        Instant at,
        AccessAction action,
        String channel,
        String client,
        String userId,
        String userRole,
        String organizationId,
        String purposeOfUse,
        String demographicsDigest,
        List<String> patientIds,
        List<String> communities,
        List<String> documents,
        AccessOutcome outcome,
        String detail) {

    public OutboundAccess {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        patientIds = patientIds == null ? List.of() : List.copyOf(patientIds);
        communities = communities == null ? List.of() : List.copyOf(communities);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
