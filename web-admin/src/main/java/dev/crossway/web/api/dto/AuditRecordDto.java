package dev.crossway.web.api.dto;

import dev.crossway.responder.application.AuditView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record of the responding gateway's audit trail, in its own shape (not the accounting's). */
@Schema
public record AuditRecordDto(long id, Instant at, String transaction, String initiatorSubject, String initiatorOrganization,
                             String initiatorHomeCommunityId, String purposeOfUse, String communityHcid, String patient,
                             List<String> documents, String outcome, String detail, String remoteAddress,
                             String clientCertificate) {

    public static AuditRecordDto of(AuditView a) {
        return new AuditRecordDto(a.id(), a.at(), a.transaction(), a.initiatorSubject(), a.initiatorOrganization(),
                a.initiatorHomeCommunityId(), a.purposeOfUse(), a.communityHcid(), a.patient(), a.documents(), a.outcome(),
                a.detail(), a.remoteAddress(), a.clientCertificate());
    }
}
