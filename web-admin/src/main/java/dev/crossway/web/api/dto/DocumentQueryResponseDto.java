package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Redox's {@code DocumentQueryResponse}: the patient asked about and the documents listed; {@code Source} is Crossway's. */
@Schema
public record DocumentQueryResponseDto(MetaDto meta, PatientDto patient, List<DocumentEntryDto> documents, SourceDto source) {
}
