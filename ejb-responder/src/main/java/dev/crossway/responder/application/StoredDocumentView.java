package dev.crossway.responder.application;

import dev.crossway.interop.id.PatientId;
import java.time.Instant;

/** A stored document's metadata (no bytes). */
public record StoredDocumentView(String documentUniqueId, String repositoryUniqueId, String communityHcid,
                                 PatientId patient, String title, String mimeType, String typeCode, String classCode,
                                 String formatCode, Instant creationTime, long size) {
}
