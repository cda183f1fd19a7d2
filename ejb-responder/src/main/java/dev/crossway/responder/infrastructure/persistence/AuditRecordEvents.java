package dev.crossway.responder.infrastructure.persistence;

import dev.crossway.directory.infrastructure.atna.AtnaEvent;
import dev.crossway.directory.infrastructure.atna.AtnaMessages;
import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.responder.domain.audit.AuditRecord;
import dev.crossway.responder.domain.audit.Initiator;
import dev.crossway.responder.domain.audit.Transaction;
import java.util.List;

/**
 * The responding gateway's audit records as ATNA messages: ITI-55 and ITI-38 as Query, ITI-39 as
 * Export; the peer gateway is the requestor (its home community id, organization and address),
 * the assertion's subject the human requestor, the hosted community the responder.
 * Administrative records are not ATNA transactions and stay in the trail alone.
 */
final class AuditRecordEvents {

    private AuditRecordEvents() {
    }

    static List<String> messages(List<AuditRecord> records, AtnaSettings settings) {
        return records.stream().filter(r -> r.transaction() != Transaction.ADMIN)
                .map(r -> AtnaMessages.xml(event(r), settings)).toList();
    }

    static AtnaEvent event(AuditRecord r) {
        Initiator i = r.initiator();
        AtnaEvent.Outcome outcome = switch (r.outcome()) {
            case SUCCESS, NO_MATCH -> AtnaEvent.Outcome.SUCCESS;
            case REFUSED -> AtnaEvent.Outcome.MINOR_FAILURE;
            case ERROR -> AtnaEvent.Outcome.SERIOUS_FAILURE;
        };
        return new AtnaEvent(AtnaEvent.Side.RESPONDER, r.transaction().code(), r.at(), outcome, r.detail(), i.purposeOfUse(),
                new AtnaEvent.Participant(i.homeCommunityId(), i.organization(), r.remoteAddress()),
                new AtnaEvent.Participant(r.communityHcid() == null ? "crossway" : r.communityHcid(), null, null),
                i.subject() == null ? null : new AtnaEvent.Participant(i.subject(), i.subject(), null), null,
                r.patient() == null ? List.of() : List.of(r.patient()), r.messageId() == null ? r.requestId() : r.messageId(),
                r.communityHcid(), r.documents());
    }
}
