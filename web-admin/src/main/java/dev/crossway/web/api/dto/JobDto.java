package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A PatientQuery job: its state, progress (0-100), what happened so far, and the PatientQueryResponse when done. */
public record JobDto(@JsonProperty("JobID") String jobId, String status, int progress, List<String> events, String error,
                     PatientQueryResponseDto result) {
}
