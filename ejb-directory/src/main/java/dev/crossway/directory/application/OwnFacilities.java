package dev.crossway.directory.application;

import dev.crossway.interop.id.Oid;
import jakarta.ejb.Local;

/**
 * The facilities this installation manages: created, edited and withdrawn here, audited, and
 * published to the Carequality directory. Every change is one transaction with its audit event.
 */
@Local
public interface OwnFacilities {

    /** @throws DirectoryValidationException on invalid input or an OID already in the directory */
    OrganizationView create(FacilityForm form, String actor);

    /** @throws OrganizationNotFoundException when {@code oid} is unknown; DirectoryValidationException when not own or invalid */
    OrganizationView update(Oid oid, FacilityForm form, String actor);

    /** Marks the facility inactive (never deletes it). */
    OrganizationView deactivate(Oid oid, String actor);

    /**
     * PUTs the facility as a FHIR R4 Organization (Sequoia shape) to {@code {directoryBaseUrl}/Organization/{oid}}.
     *
     * @throws DirectoryPublishException when the directory does not answer 2xx or cannot be reached
     */
    void publish(Oid oid, String directoryBaseUrl, String apiKey);
}
