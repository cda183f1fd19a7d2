package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.AuditView;
import dev.crossway.responder.application.CommunityView;
import dev.crossway.responder.application.DownstreamEndpoints;
import dev.crossway.responder.application.PatientView;
import dev.crossway.responder.application.StoredDocumentView;
import dev.crossway.responder.application.TrustAnchorView;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.DocumentCode;
import dev.crossway.responder.domain.document.DtmTime;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientDemographics;
import dev.crossway.responder.domain.trust.TrustAnchor;
import java.time.Instant;

/** Entities to the records the facades return (entities never leave this module). */
final class Views {

    private Views() {
    }

    static CommunityView of(HostedCommunity c) {
        return new CommunityView(c.homeCommunityId().oid().value(), c.name(), c.assigningAuthority().value(), c.mode().label(),
                c.policy().codes(), DownstreamEndpoints.of(c.downstreamXcpd().orElse(null), c.downstreamXcaQuery().orElse(null),
                c.downstreamXcaRetrieve().orElse(null)), c.repositoryUniqueId(), c.createdAt(),
                c.confidentiality().restrictedCodes(), c.confidentiality().veryRestrictedCodes());
    }

    static PatientView of(Patient p) {
        PatientDemographics d = p.demographics();
        return new PatientView(p.community().oid().value(), p.identifiers(), d.firstName(), d.middleName(), d.lastName(),
                d.birthDate(), d.sex().label(), d.street(), d.city(), d.state(), d.zip(), d.homePhone(), d.mobilePhone(),
                p.isMerged(), p.isActive());
    }

    static StoredDocumentView of(StoredDocument d) {
        return of(d, null, false);
    }

    /** With the unique id of the document it follows ({@code parent}, null for none) and whether it is the latest summary. */
    static StoredDocumentView of(StoredDocument d, String parent, boolean latestSummary) {
        return new StoredDocumentView(d.uniqueId().value(), d.repositoryUniqueId(), d.community().oid().value(), d.patient(),
                d.title(), d.mimeType(), code(d.typeCode()), code(d.classCode()), code(d.formatCode()),
                DtmTime.toInstant(d.creationTime()), d.size(), d.status(), d.confidentiality(), parent,
                d.relation().map(Enum::name).orElse(null), d.withdrawnAt(), latestSummary, d.pushedAt(), d.pushedBy());
    }

    static TrustAnchorView of(TrustAnchor a, Instant now) {
        return new TrustAnchorView(a.fingerprint(), a.label(), a.subject(), a.issuer(), a.notBefore(), a.notAfter(),
                a.kind().name(), a.allowsSha1(), a.state(now).label());
    }

    static AuditView of(AuditRecord r) {
        var i = r.initiator();
        return new AuditView(r.id(), r.at(), r.transaction().code(), i.subject(), i.organization(), i.homeCommunityId(),
                i.purposeOfUse(), r.communityHcid(), r.patient(), r.documents(), r.outcome().label(), r.detail(),
                r.remoteAddress(), r.clientCertificate());
    }

    private static String code(DocumentCode c) {
        return c == null ? null : c.code();
    }
}
