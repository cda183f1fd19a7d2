package dev.crossway.interop.ccda;

import dev.crossway.interop.ccda.model.Code;
import dev.crossway.interop.id.PatientId;
import java.util.List;

/**
 * What the responder needs to index a pushed C-CDA as an XDS DocumentEntry. Times are XDS DTM
 * ({@code yyyyMMdd[HHmmss]}, converted to UTC when the document gave an offset, otherwise kept at
 * the sender's precision). {@code documentId} is {@code root^extension} (or the root alone).
 * {@code classCode} is a suggestion from the document type; an affinity domain may override it.
 */
public record CcdaMetadata(
        String documentId,
        String setId,
        String title,
        String effectiveTime,
        Code typeCode,
        Code classCode,
        String formatCode,
        String authorPerson,
        String authorInstitution,
        String authorInstitutionId,
        Code confidentialityCode,
        String languageCode,
        List<PatientId> patientIds,
        String serviceStartTime,
        String serviceStopTime) {

    public static final String MIME_TYPE = "text/xml";

    public CcdaMetadata {
        patientIds = List.copyOf(patientIds);
    }

    /**
     * Reads the metadata of a whole ClinicalDocument (structured or not).
     *
     * @throws CcdaRejectedException as {@link CcdaReader#read(byte[])}
     */
    public static CcdaMetadata read(byte[] xml) {
        return MetadataReader.read(CdaSource.document(xml).getDocumentElement());
    }
}
