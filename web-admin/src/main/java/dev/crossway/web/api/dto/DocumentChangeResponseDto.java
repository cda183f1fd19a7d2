package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to DocumentReplace and DocumentWithdraw: Meta and the document as now stored. */
@Schema
public record DocumentChangeResponseDto(MetaDto meta, StoredDocumentDto document) {
}
