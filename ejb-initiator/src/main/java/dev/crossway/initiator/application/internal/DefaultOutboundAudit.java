package dev.crossway.initiator.application.internal;

import dev.crossway.initiator.application.AccessView;
import dev.crossway.initiator.application.InitiatorField;
import dev.crossway.initiator.application.InitiatorValidationException;
import dev.crossway.initiator.application.OutboundAudit;
import dev.crossway.initiator.domain.audit.AccessTrail;
import dev.crossway.initiator.domain.audit.DemographicsDigest;
import dev.crossway.initiator.domain.audit.OutboundAccess;
import dev.crossway.initiator.infrastructure.persistence.JdbcAccessTrail;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Reads the initiator's audit trail for the portal and the API (it has no write path here). */
@Stateless
public class DefaultOutboundAudit implements OutboundAudit {

    static final int MAX_LIMIT = 1000;

    @PersistenceContext(unitName = "initiator")
    EntityManager em;

    @Override
    public List<AccessView> accesses(String patient, Instant from, Instant to, int limit, int offset) {
        int l = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
        int o = Math.max(0, offset);
        AccessTrail trail = new JdbcAccessTrail(em);
        List<OutboundAccess> found = patient == null || patient.isBlank() ? trail.recent(from, to, l, o)
                : trail.about(canonical(patient.trim()), from, to, l, o);
        return found.stream().map(DefaultOutboundAudit::view).toList();
    }

    /** A digest in lower case, an identifier in Crossway's one CX form. */
    static String canonical(String patient) {
        String lower = patient.toLowerCase(Locale.ROOT);
        if (DemographicsDigest.looksLikeDigest(lower)) {
            return lower;
        }
        try {
            return PatientId.fromCx(patient).toCx();
        } catch (IllegalArgumentException e) {
            throw new InitiatorValidationException(InitiatorField.AUDITED_PATIENT, "the patient must be an identifier in CX form"
                    + " (id^^^&authority-OID&ISO) or a 64-hex demographics digest: " + e.getMessage());
        }
    }

    private static AccessView view(OutboundAccess a) {
        return new AccessView(a.id(), a.at(), label(a.action().name()), a.channel(), a.client(), a.userId(), a.userRole(),
                a.organizationId(), a.purposeOfUse(), a.demographicsDigest(), a.patientIds(), a.communities(), a.documents(),
                a.outcome().label(), a.detail());
    }

    /** PATIENT_QUERY → PatientQuery, as the Redox event is spelled. */
    private static String label(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
