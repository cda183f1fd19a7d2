package dev.crossway.responder.application;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Documents partners push for their patients, served to the network by XCA. */
@Local
public interface DocumentStore {

    /**
     * Stores a document for a registered patient, once: pushing again a document the patient has
     * (same C-CDA id or same bytes) stores nothing and answers the stored one as {@code UNCHANGED}. An XML document must be a C-CDA (its metadata is
     * read from it); other types ({@code PDF}, {@code TXT}, ...) get minimal metadata.
     *
     * @throws ResponderValidationException ({@code DOCUMENT_CONTENT}, {@code DOCUMENT_FILE_TYPE},
     *         {@code PATIENT_IDENTIFIERS}, {@code COMMUNITY}); nothing is stored then
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not write to the
     *         community; nothing is stored then
     */
    PushedDocument push(HomeCommunityId community, PatientId patient, byte[] content, String fileType, Caller caller);

    List<StoredDocumentView> forPatient(HomeCommunityId community, PatientId patient);

    Optional<byte[]> content(HomeCommunityId community, DocumentUniqueId documentUniqueId);
}
