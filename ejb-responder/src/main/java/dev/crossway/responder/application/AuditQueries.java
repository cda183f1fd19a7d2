package dev.crossway.responder.application;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/** Reading the audit trail (it has no write or delete path here or anywhere). */
@Local
public interface AuditQueries {

    /** Newest first. @throws ResponderValidationException for an unknown transaction or outcome */
    List<AuditView> search(AuditFilter filter);

    /** Accounting of disclosures: every time this patient's data left, oldest first. */
    List<AuditView> disclosures(HomeCommunityId community, PatientId patient);

    /** Query volume per hour ({@code daily} false) or day, UTC, empty buckets omitted. */
    List<VolumeBucket> volume(Instant from, Instant to, boolean daily);
}
