package dev.crossway.responder.application;

import java.time.Instant;
import java.util.List;

/**
 * One audit record. {@code transaction}: ITI-55, ITI-38, ITI-39 or ADMIN; {@code outcome}:
 * Success, NoMatch, Refused or Error; {@code patient} in CX form; {@code clientCertificate} the
 * subject of the TLS client certificate the request came with (none over plain HTTP).
 */
public record AuditView(long id, Instant at, String transaction, String initiatorSubject, String initiatorOrganization,
                        String initiatorHomeCommunityId, String purposeOfUse, String communityHcid, String patient,
                        List<String> documents, String outcome, String detail, String remoteAddress,
                        String clientCertificate) {

    public AuditView {
        documents = List.copyOf(documents);
    }
}
