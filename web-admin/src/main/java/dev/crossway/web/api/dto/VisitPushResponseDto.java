package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to VisitPush: Meta and the document as stored (its id, repository and metadata). */
@Schema
public record VisitPushResponseDto(MetaDto meta, StoredDocumentDto document) {
}
