package dev.crossway.initiator.application;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Local;

/** XCA document query (ITI-38) and retrieve (ITI-39) at one community. */
@Local
public interface DocumentQueries {

    /**
     * FindDocuments for the patient (the community's own identifier, from a match) at the
     * organization's XCA ITI-38 endpoint. Failures come back in {@code source}, not as exceptions.
     *
     * @throws InitiatorValidationException for a malformed context, an unknown organization
     *         ({@code Meta.FacilityCode}) or one without an XCA query endpoint
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not initiate or
     *         assert the context's organization, purpose of use or role; nothing is sent
     */
    DocumentList find(Caller caller, InitiatorContext context, String organizationId, PatientId patient, DocumentFilter filter);

    /**
     * Retrieves one document from the organization's XCA ITI-39 endpoint and, for a C-CDA, reads it.
     *
     * @throws InitiatorValidationException as for {@link #find}
     */
    RetrievedDocument retrieve(Caller caller, InitiatorContext context, String organizationId, String repositoryUniqueId, String documentId);
}
