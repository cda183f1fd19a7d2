package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crossway.initiator.application.AppointmentView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Crossway's answer to the Scheduling events: the pre-visit patient query scheduled for the
 * appointment ({@code Id}; {@code Duplicate} when the patient already had one that day, which
 * this is). {@code Status}: Scheduled, Running, Completed, Failed or Cancelled; {@code Attempts}:
 * how many times a node claimed it.
 */
@Schema
public record AppointmentDto(String id, String visitId, Instant visitTime, Instant queryAt, String status, boolean duplicate,
                             Instant completedAt, String error, int attempts,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String cancelReason) {

    public static AppointmentDto of(AppointmentView v) {
        return new AppointmentDto(v.id(), v.visitId(), v.visitTime(), v.queryAt(), v.status(), v.duplicate(), v.completedAt(),
                v.error(), v.attempts(), v.cancelReason());
    }
}
