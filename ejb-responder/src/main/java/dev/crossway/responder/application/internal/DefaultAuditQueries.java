package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.AuditFilter;
import dev.crossway.responder.application.AuditQueries;
import dev.crossway.responder.application.AuditView;
import dev.crossway.responder.application.VolumeBucket;
import dev.crossway.responder.domain.audit.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Reads of the audit trail. */
@Stateless
public class DefaultAuditQueries implements AuditQueries {

    @Inject
    AuditTrail trail;

    @Override
    public List<AuditView> search(AuditFilter filter) {
        return new AuditService(trail).search(filter);
    }

    @Override
    public List<AuditView> disclosures(HomeCommunityId communityId, PatientId patient) {
        return new AuditService(trail).disclosures(communityId.oid().value(), patient);
    }

    @Override
    public List<VolumeBucket> volume(Instant from, Instant to, boolean daily) {
        return new AuditService(trail).volume(from, to, daily);
    }
}
