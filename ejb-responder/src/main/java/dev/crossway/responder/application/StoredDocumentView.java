package dev.crossway.responder.application;

import dev.crossway.interop.id.PatientId;
import java.time.Instant;

/**
 * A stored document's metadata (no bytes). {@code status} is the XDS status URN (Approved, or
 * Deprecated once replaced); {@code replaces} the unique id of the document this one follows, by
 * {@code relation} RPLC or APND (null for an original); {@code withdrawnAt} set once withdrawn;
 * {@code latestSummary} when it is the patient's newest patient-level summary (a CCD, LOINC
 * 34133-9) still disclosed.
 */
public record StoredDocumentView(String documentUniqueId, String repositoryUniqueId, String communityHcid,
                                 PatientId patient, String title, String mimeType, String typeCode, String classCode,
                                 String formatCode, Instant creationTime, long size, String status,
                                 String confidentialityCode, String replaces, String relation, Instant withdrawnAt,
                                 boolean latestSummary, Instant pushedAt, String pushedBy) {

    /** The status without its URN prefix: {@code Approved} or {@code Deprecated}. */
    public String statusName() {
        return status == null ? null : status.substring(status.lastIndexOf(':') + 1);
    }
}
