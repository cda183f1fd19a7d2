package dev.crossway.web.api.dto;

import java.util.List;

/** Redox's {@code DocumentQueryResponse}: the patient asked about and the documents listed; {@code Source} is Crossway's. */
public record DocumentQueryResponseDto(MetaDto meta, PatientDto patient, List<DocumentEntryDto> documents, SourceDto source) {
}
