package dev.crossway.initiator.application;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.Oid;
import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Local;

/** XCA document query (ITI-38) and retrieve (ITI-39) at one community. */
@Local
public interface DocumentQueries {

    /**
     * FindDocuments for the patient at the organization's XCA ITI-38 endpoint. The patient id is
     * the community's own; an id whose assigning authority is the organization's own OID (how Redox
     * clients name "the id this organization gave") is read as the id under the authority a patient
     * search there returned, when one did. The documents listed are remembered, so that
     * {@link #retrieve} can find their repository. Failures come back in {@code source}, not as
     * exceptions.
     *
     * @throws InitiatorValidationException for a malformed context, an unknown organization or one
     *         without an XCA query endpoint (field {@code organization})
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not initiate or
     *         assert the context's organization, purpose of use or role; nothing is sent
     */
    DocumentList find(Caller caller, InitiatorContext context, HomeCommunityId organization, PatientId patient, DocumentFilter filter);

    /**
     * FindDocuments for a patient named by demographics alone, under the identifier a discovery of
     * the same caller found at the organization and that is still within the community's
     * {@code CorrelationTimeToLive} (a stored link): no XCPD is sent. The answer's source carries
     * the link it used.
     *
     * @throws InitiatorValidationException as for {@link #find}, and (field {@code Patient.Identifiers})
     *         when the caller has no such link: the community's identifier is then required
     */
    DocumentList findByStoredLink(Caller caller, InitiatorContext context, HomeCommunityId organization, Demographics patient,
                                  DocumentFilter filter);

    /**
     * Retrieves one document from the organization's XCA ITI-39 endpoint and, for a C-CDA, reads it.
     *
     * @param repository the document's repository; null for the one a {@link #find} listed it in,
     *                   else the organization's own OID (the usual single-repository community)
     * @throws InitiatorValidationException as for {@link #find}
     */
    RetrievedDocument retrieve(Caller caller, InitiatorContext context, HomeCommunityId organization, DocumentUniqueId document, Oid repository);
}
