package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to PatientPush (and to a VisitPush of discrete data): Meta and the rendered document
 * as stored ({@code Document.ID}, {@code Document.RepositoryUniqueId}, its metadata).
 * {@code NotRendered} (Crossway's addition) names the sections that were sent but that Crossway's
 * C-CDA does not carry (advance directives, family history, insurances, medical equipment), so
 * nothing is dropped without a word; absent when there are none.
 */
@Schema
public record PatientPushResponseDto(MetaDto meta, StoredDocumentDto document, List<String> notRendered) {
}
