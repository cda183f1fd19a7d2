package dev.crossway.web.api.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Crossway's answer to Scheduling/New: the pre-visit patient query scheduled for the appointment
 * ({@code Id}; {@code Duplicate} when the patient already had one that day, which this is).
 */
@Schema
public record AppointmentDto(String id, String visitId, Instant visitTime, Instant queryAt, String status, boolean duplicate,
                             Instant completedAt, String error) {
}
