package dev.crossway.web.api.dto;

/** The answer to Scheduling/New: Meta and the scheduled query. */
public record SchedulingResponseDto(MetaDto meta, AppointmentDto appointment) {
}
