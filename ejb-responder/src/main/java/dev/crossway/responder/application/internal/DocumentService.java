package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.RandomUuids;
import dev.crossway.responder.application.ResponderField;
import dev.crossway.responder.application.WriteOutcome;
import dev.crossway.interop.ccda.CcdaMetadata;
import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.PatientId;
import dev.crossway.responder.application.PatientNotFoundException;
import dev.crossway.responder.application.ResponderValidationException;
import dev.crossway.responder.domain.community.HostedCommunity;
import dev.crossway.responder.domain.document.ContentDigest;
import dev.crossway.responder.domain.document.DocumentContent;
import dev.crossway.responder.domain.document.DocumentMetadata;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import dev.crossway.responder.domain.patient.Patient;
import dev.crossway.responder.domain.patient.PatientRepository;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores pushed documents: checks community, patient and content, reads the metadata (C-CDA
 * header, or the minimum for other files), gives the document a globally unique id (its own when
 * it has one not already taken, else a {@code 2.25} UUID OID), keeps size and hashes.
 */
final class DocumentService {

    private final PatientService patientService;
    private final PatientRepository patients;
    private final DocumentRepository documents;
    private final GatewayAudit audit;
    private final Clock clock;

    DocumentService(PatientService patientService, PatientRepository patients, DocumentRepository documents,
                    GatewayAudit audit, Clock clock) {
        this.patientService = patientService;
        this.patients = patients;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A document after a push, and whether the push stored it. */
    record Pushed(StoredDocument document, WriteOutcome outcome) {
    }

    /**
     * Stores the document, once: a push of a document this patient already has (the same bytes, or
     * the same C-CDA document id, title and creation time) stores nothing and answers the stored one.
     */
    Pushed push(String communityHcid, PatientId patientId, byte[] content, String fileType, String actor) {
        HostedCommunity community = patientService.storedCommunity(communityHcid);
        Patient patient = patient(community, patientId);
        if (content == null || content.length == 0) {
            throw new ResponderValidationException(ResponderField.DOCUMENT_CONTENT, "the document is empty");
        }
        if (content.length > DocumentContent.MAX_BYTES) {
            throw new ResponderValidationException(ResponderField.DOCUMENT_CONTENT, "the document of " + content.length
                    + " bytes exceeds the limit of " + DocumentContent.MAX_BYTES + " bytes");
        }
        String type = Fields.required(fileType, ResponderField.DOCUMENT_FILE_TYPE, "Document.FileType", 20);
        DocumentMetadata metadata;
        String ownId = null;
        if (FileTypes.isXml(type)) {
            CcdaMetadata m;
            try {
                m = CcdaMetadata.read(content);
            } catch (RuntimeException e) {
                throw new ResponderValidationException(ResponderField.DOCUMENT_CONTENT, "the document is not a readable C-CDA: " + e.getMessage());
            }
            metadata = FileTypes.fromCcda(m);
            ownId = m.documentId();
        } else {
            metadata = FileTypes.minimal(type, clock.instant());
        }
        ContentDigest digest = ContentDigest.of(content);
        Optional<StoredDocument> same = alreadyStored(community, patient, ownId, metadata, digest);
        if (same.isPresent()) {
            return new Pushed(same.get(), WriteOutcome.UNCHANGED);
        }
        PatientId main = patient.identifierUnder(community.assigningAuthority()).orElse(patientId);
        StoredDocument d = new StoredDocument(uniqueId(ownId), community.homeCommunityId(), community.repositoryUniqueId(),
                patient.id(), main, metadata, digest, clock.instant(), actor);
        documents.add(d, content);
        audit.admin(actor, community.homeCommunityId().oid().value(), main.toCx(), "document " + d.uniqueId() + " pushed ("
                + metadata.mimeType() + ", " + content.length + " bytes)");
        return new Pushed(d, WriteOutcome.CREATED);
    }

    /**
     * The stored document this push repeats: the same bytes, or the same C-CDA id with the same
     * title and creation time (a re-serialisation of one document). The id alone is not enough:
     * real senders reuse one id for different documents (the HL7 C-CDA examples do).
     */
    private Optional<StoredDocument> alreadyStored(HostedCommunity community, Patient patient, String ownId, DocumentMetadata m,
                                                   ContentDigest digest) {
        if (ownId != null) {
            try {
                Optional<StoredDocument> byId = documents.byUniqueId(community.homeCommunityId(), new DocumentUniqueId(ownId))
                        .filter(d -> d.patientKey() == patient.id())
                        .filter(d -> digest.sha256().equals(d.sha256())
                                || java.util.Objects.equals(d.title(), m.title()) && java.util.Objects.equals(d.creationTime(), m.creationTime()));
                if (byId.isPresent()) {
                    return byId;
                }
            } catch (IllegalArgumentException e) {
                // not an XDS unique id: only the bytes can say
            }
        }
        return documents.ofPatient(patient.id()).stream().filter(d -> digest.sha256().equals(d.sha256())).findFirst();
    }

    Patient patient(HostedCommunity community, PatientId id) {
        if (id == null) {
            throw new ResponderValidationException(ResponderField.PATIENT_IDENTIFIERS, "the patient identifier is required");
        }
        return patients.byIdentifier(community.homeCommunityId(), id).filter(Patient::isActive)
                .orElseThrow(() -> new PatientNotFoundException(ResponderField.PATIENT_IDENTIFIERS, "no active patient " + id.toCx()
                        + " in community " + community.homeCommunityId()));
    }

    private DocumentUniqueId uniqueId(String own) {
        if (own != null) {
            try {
                DocumentUniqueId id = new DocumentUniqueId(own);
                if (!documents.uniqueIdTaken(id)) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // not usable as an XDS unique id: mint one
            }
        }
        return fresh();
    }

    /** {@code 2.25.<UUID as an unsigned integer>} (ITU-T X.667), globally unique without registration. */
    static DocumentUniqueId fresh() {
        UUID u = RandomUuids.next();
        byte[] bytes = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
        return new DocumentUniqueId("2.25." + new BigInteger(1, bytes));
    }
}
