package dev.crossway.web.api.dto;

/** The answer to VisitPush: Meta and the document as stored (its id, repository and metadata). */
public record VisitPushResponseDto(MetaDto meta, StoredDocumentDto document) {
}
