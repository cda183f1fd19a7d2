package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record StoredDocumentDto(@JsonProperty("ID") String id, String repositoryUniqueId, String title,
                                String mimeType, String typeCode, String classCode, String formatCode,
                                Instant creationTime, Long size) {
}
