package dev.crossway.responder.application;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The clinical data store kept current and consent respected: a partner of the community (per its
 * grants) or an administrator records a patient's opt-out, replaces or withdraws a document; an
 * administrator looks into what is stored. Every change and every look is audited.
 */
@Local
public interface StoredData {

    /**
     * Records that the patient opts out of ({@code optOut}) or back in to disclosure to the network,
     * now and by the caller. Takes effect at once: the community's cached XCPD answers are forgotten.
     *
     * @throws PatientNotFoundException ({@code PATIENT_IDENTIFIERS}) when no active patient holds the id
     * @throws dev.crossway.interop.access.NotGrantedException when the caller may not write to the community
     */
    ConsentView recordConsent(HomeCommunityId community, PatientId patient, boolean optOut, Caller caller);

    ConsentView consent(HomeCommunityId community, PatientId patient, Caller caller);

    /**
     * Stores {@code content} as a new version of the patient's document {@code replaced}: with
     * {@code relation} RPLC (default) the old one becomes Deprecated, with APND it stays Approved.
     *
     * @throws DocumentNotFoundException ({@code DOCUMENT_REPLACES}) when the patient has no such document
     * @throws ResponderValidationException when the old one is withdrawn or already replaced, the new
     *         one is already stored, or as {@link DocumentStore#push}
     */
    PushedDocument replace(HomeCommunityId community, PatientId patient, String replaced, String relation, byte[] content,
                           String fileType, Caller caller);

    /**
     * Withdraws the document: never disclosed again, to anyone. Withdrawing it again changes nothing.
     *
     * @throws DocumentNotFoundException ({@code DOCUMENT_ID}) when the community holds no such document
     */
    StoredDocumentView withdraw(HomeCommunityId community, DocumentUniqueId documentUniqueId, Caller caller);

    /** Administrators: the community's patients whose id is {@code search} or whose name starts with it (audited). */
    List<StoredPatientView> patients(HomeCommunityId community, String search, Caller caller);

    /** Administrators: every document of the patient, withdrawn and deprecated ones too (audited). */
    List<StoredDocumentView> documents(HomeCommunityId community, PatientId patient, Caller caller);

    /** Administrators: a document's bytes, to be shown (audited as a view of the document). */
    Optional<byte[]> open(HomeCommunityId community, DocumentUniqueId documentUniqueId, Caller caller);
}
