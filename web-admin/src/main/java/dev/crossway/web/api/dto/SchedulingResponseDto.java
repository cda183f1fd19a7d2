package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to Scheduling/New: Meta and the scheduled query. */
@Schema
public record SchedulingResponseDto(MetaDto meta, AppointmentDto appointment) {
}
