package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A pre-visit query and its results: {@code Result} is the Clinical Summary
 * {@code PatientQueryResponse} it produced (null until it completed).
 */
@Schema
public record PreVisitResultDto(AppointmentDto appointment, PatientQueryResponseDto result) {
}
