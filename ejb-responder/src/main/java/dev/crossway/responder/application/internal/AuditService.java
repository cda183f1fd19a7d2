package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.ResponderField;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.AuditFilter;
import dev.crossway.responder.application.AuditView;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.application.VolumeBucket;
import dev.crossway.responder.domain.audit.AuditCriteria;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.audit.Outcome;
import dev.crossway.responder.domain.audit.Transaction;
import dev.crossway.responder.domain.audit.VolumeCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the audit trail for the portal and the API. */
final class AuditService {

    private final AuditTrail trail;

    AuditService(AuditTrail trail) {
        this.trail = trail;
    }

    List<AuditView> search(AuditFilter f) {
        Transaction tx = parse(f.transaction(), ResponderField.AUDIT_TRANSACTION, Transaction::parse);
        Outcome outcome = parse(f.outcome(), ResponderField.AUDIT_OUTCOME, Outcome::parse);
        String initiator = blank(f.initiatorHomeCommunityId()) ? null : oid(f.initiatorHomeCommunityId(), ResponderField.AUDIT_INITIATOR);
        String patient = blank(f.patient()) ? null : cx(f.patient());
        return trail.search(new AuditCriteria(f.from(), f.to(), tx, initiator, outcome, null, patient, f.limit(), f.offset()))
                .stream().map(Views::of).toList();
    }

    List<AuditView> disclosures(String communityHcid, PatientId patient) {
        if (patient == null) {
            throw new ResponderValidationException(ResponderField.PATIENT_IDENTIFIERS, "the patient identifier is required");
        }
        return trail.disclosures(oid(communityHcid, ResponderField.COMMUNITY), patient.toCx()).stream().map(Views::of).toList();
    }

    List<VolumeBucket> volume(Instant from, Instant to, boolean daily) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new ResponderValidationException(ResponderField.VOLUME_RANGE, "a time range with from before to is required");
        }
        Map<Instant, long[]> buckets = new TreeMap<>();
        for (VolumeCount c : trail.volume(from, to, daily)) {
            long[] b = buckets.computeIfAbsent(c.start(), k -> new long[3]);
            b[c.transaction().ordinal()] += c.requests();
        }
        List<VolumeBucket> out = new ArrayList<>();
        buckets.forEach((start, b) -> out.add(new VolumeBucket(start, b[0] + b[1] + b[2], b[0], b[1], b[2])));
        return out;
    }

    private static String cx(String patient) {
        try {
            return PatientId.fromCx(patient).toCx();
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(ResponderField.AUDITED_PATIENT, e.getMessage());
        }
    }

    private static String oid(String value, ResponderField field) {
        if (!Oid.isValid(value)) {
            throw new ResponderValidationException(field, "'" + value + "' is not an OID");
        }
        return Oid.of(value).value();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> T parse(String value, ResponderField field, java.util.function.Function<String, T> parser) {
        if (blank(value)) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ResponderValidationException(field, e.getMessage());
        }
    }
}
