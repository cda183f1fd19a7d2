package dev.crossway.web.api.dto;

import dev.crossway.responder.application.AuditView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record of the responding gateway's audit trail, in its own shape (not the accounting's). */
@Schema
public record AuditRecordDto(long id, Instant at,
                             @Schema(enumeration = {"ITI-55", "ITI-38", "ITI-39", "ADMIN"}) String transaction,
                             String initiatorSubject, String initiatorOrganization,
                             String initiatorHomeCommunityId, String purposeOfUse, String communityHcid,
                             @Schema(description = "the patient's id in CX form") String patient,
                             @Schema(description = "the document unique ids this record names") List<String> documents,
                             @Schema(enumeration = {"Success", "NoMatch", "Refused", "Error"}) String outcome,
                             String detail, String remoteAddress,
                             @Schema(description = "the subject of the TLS client certificate, when the request came over mutual TLS")
                             String clientCertificate) {

    public static AuditRecordDto of(AuditView a) {
        return new AuditRecordDto(a.id(), a.at(), a.transaction(), a.initiatorSubject(), a.initiatorOrganization(),
                a.initiatorHomeCommunityId(), a.purposeOfUse(), a.communityHcid(), a.patient(), a.documents(), a.outcome(),
                a.detail(), a.remoteAddress(), a.clientCertificate());
    }
}
