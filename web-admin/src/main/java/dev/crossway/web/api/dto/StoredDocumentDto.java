package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema
public record StoredDocumentDto(@JsonProperty("ID") String id, String repositoryUniqueId, String title,
                                String mimeType, String typeCode, String classCode, String formatCode,
                                Instant creationTime, Long size) {
}
