package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored document as the API shows it. Crossway's additions: {@code Status} ({@code Approved},
 * {@code Deprecated} once replaced), {@code ConfidentialityCode}, {@code Replaces} and
 * {@code Relation} (RPLC/APND) for a new version, {@code WithdrawnAt} once withdrawn,
 * {@code LatestSummary} true on the patient's newest patient-level summary.
 */
@Schema
public record StoredDocumentDto(@JsonProperty("ID") String id, String repositoryUniqueId, String title,
                                String mimeType, String typeCode, String classCode, String formatCode,
                                Instant creationTime, Long size, String status, String confidentialityCode,
                                String replaces, String relation, Instant withdrawnAt, Boolean latestSummary) {
}
