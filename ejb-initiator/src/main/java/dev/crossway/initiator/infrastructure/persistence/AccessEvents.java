package dev.crossway.initiator.infrastructure.persistence;

import dev.crossway.directory.infrastructure.atna.AtnaEvent;
import dev.crossway.directory.infrastructure.atna.AtnaMessages;
import dev.crossway.directory.infrastructure.atna.AtnaSettings;
import dev.crossway.initiator.domain.audit.AccessAction;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * The initiating gateway's accesses as ATNA messages: one ITI-55 Query per community asked (a
 * patient search or query), one ITI-38 Query per community for a document query, one ITI-39
 * Import for the documents a query or a DocumentGet retrieved. Crossway (the audit source) is
 * the requestor, the caller's user the human requestor with its role, the community the
 * responder. The patient is named by the identifiers sent and found (never the demographics).
 */
final class AccessEvents {

    private AccessEvents() {
    }

    static List<String> messages(List<OutboundAccess> accesses, AtnaSettings settings) {
        List<String> out = new ArrayList<>();
        for (OutboundAccess a : accesses) {
            for (AtnaEvent e : events(a, settings)) {
                out.add(AtnaMessages.xml(e, settings));
            }
        }
        return out;
    }

    static List<AtnaEvent> events(OutboundAccess a, AtnaSettings settings) {
        List<AtnaEvent> events = new ArrayList<>();
        switch (a.action()) {
            case PATIENT_SEARCH, PATIENT_QUERY -> a.communities().forEach(c -> events.add(event(a, settings, "ITI-55", c, List.of())));
            case DOCUMENT_QUERY -> a.communities().forEach(c -> events.add(event(a, settings, "ITI-38", c, List.of())));
            case DOCUMENT_GET -> { }
        }
        boolean retrieved = a.action() == AccessAction.DOCUMENT_GET
                || a.action() == AccessAction.PATIENT_QUERY && !a.documents().isEmpty();
        if (retrieved) {
            String community = a.communities().size() == 1 ? a.communities().get(0) : null;
            events.add(event(a, settings, "ITI-39", community, a.documents()));
        }
        return events;
    }

    private static AtnaEvent event(OutboundAccess a, AtnaSettings settings, String transaction, String community,
                                   List<String> documents) {
        AtnaEvent.Outcome outcome = switch (a.outcome()) {
            case SUCCESS, NO_MATCH -> AtnaEvent.Outcome.SUCCESS;
            case PARTIAL -> AtnaEvent.Outcome.MINOR_FAILURE;
            case ERROR -> AtnaEvent.Outcome.SERIOUS_FAILURE;
        };
        String human = a.userId() == null ? a.client() : a.userId();
        return new AtnaEvent(AtnaEvent.Side.INITIATOR, transaction, a.at(), outcome, a.detail(), a.purposeOfUse(),
                new AtnaEvent.Participant(a.organizationId() == null ? settings.sourceId() : a.organizationId(), a.client(), null),
                new AtnaEvent.Participant(community == null ? "unknown" : community, null, null),
                human == null ? null : new AtnaEvent.Participant(human, a.client(), null), a.userRole(), a.patientIds(),
                a.id(), community, documents);
    }
}
