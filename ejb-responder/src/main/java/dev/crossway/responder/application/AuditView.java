package dev.crossway.responder.application;

import java.time.Instant;
import java.util.List;

/**
 * One audit record. {@code transaction}: ITI-55, ITI-38, ITI-39 or ADMIN; {@code outcome}:
 * Success, NoMatch, Refused or Error; {@code patient} in CX form.
 */
public record AuditView(long id, Instant at, String transaction, String initiatorSubject, String initiatorOrganization,
                        String initiatorHomeCommunityId, String purposeOfUse, String communityHcid, String patient,
                        List<String> documents, String outcome, String detail) {

    public AuditView {
        documents = List.copyOf(documents);
    }
}
