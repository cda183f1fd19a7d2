package dev.crossway.directory.application.internal;

import dev.crossway.directory.application.DirectoryField;
import dev.crossway.directory.application.DirectoryValidationException;
import dev.crossway.directory.application.FacilityForm;
import dev.crossway.directory.application.OrganizationNotFoundException;
import dev.crossway.directory.domain.AuditEvent;
import dev.crossway.directory.domain.AuditTrail;
import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.interop.id.Oid;
import java.time.Clock;
import java.time.Instant;

/**
 * The own-facility use cases over repositories, within the caller's transaction: each change and
 * its audit event are written together or not at all.
 */
final class OwnFacilityService {

    private final OrganizationRepository organizations;
    private final AuditTrail audit;
    private final FacilityFormValidator validator;
    private final Clock clock;

    OwnFacilityService(OrganizationRepository organizations, ZipCentroidRepository zips, AuditTrail audit, Clock clock) {
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
        this.validator = new FacilityFormValidator(z -> zips.locate(z).map(dev.crossway.directory.domain.ZipLocation::point));
    }

    Organization create(FacilityForm form, String actor) {
        Oid oid = FacilityFormValidator.oid(form == null ? null : form.oid());
        DirectoryEntry entry = validator.validate(oid, form);
        if (organizations.find(oid).isPresent()) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "organization " + oid + " already exists");
        }
        Instant now = clock.instant();
        Organization o = Organization.ownFacility(entry, now);
        organizations.add(o);
        organizations.announceChanges();
        record(actor, AuditEvent.Action.CREATED, o, now);
        return o;
    }

    Organization update(String oidText, FacilityForm form, String actor) {
        Organization o = own(oidText);
        if (form != null && form.oid() != null && !form.oid().isBlank()
                && !(Oid.isValid(form.oid()) && Oid.of(form.oid()).equals(o.homeCommunityId()))) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID, "the home community id cannot be changed");
        }
        Instant now = clock.instant();
        o.edit(validator.validate(o.homeCommunityId(), form), now);
        organizations.announceChanges();
        record(actor, AuditEvent.Action.UPDATED, o, now);
        return o;
    }

    Organization deactivate(String oidText, String actor) {
        Organization o = own(oidText);
        Instant now = clock.instant();
        o.deactivate(now);
        organizations.announceChanges();
        record(actor, AuditEvent.Action.DEACTIVATED, o, now);
        return o;
    }

    /** An existing own facility, or the exception the web layer maps to 404 / 400. */
    Organization own(String oidText) {
        Oid oid = FacilityFormValidator.oid(oidText);
        Organization o = organizations.find(oid).orElseThrow(() -> new OrganizationNotFoundException(oid.value()));
        if (!o.isOwn()) {
            throw new DirectoryValidationException(DirectoryField.ORGANIZATION_OID,
                    "organization " + oid + " comes from the Carequality directory and cannot be changed here");
        }
        return o;
    }

    private void record(String actor, AuditEvent.Action action, Organization o, Instant now) {
        String who = actor == null || actor.isBlank() ? "unknown" : actor;
        audit.record(new AuditEvent(who, action, o.homeCommunityId(), now, AuditSummary.of(o)));
    }
}
