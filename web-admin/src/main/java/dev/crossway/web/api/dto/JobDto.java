package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PatientQuery job: its state, progress (0-100), what happened so far, and the PatientQueryResponse when done. */
@Schema
public record JobDto(@JsonProperty("JobID") String jobId, String status, int progress, List<String> events, String error,
                     PatientQueryResponseDto result) {
}
