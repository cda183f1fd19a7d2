package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A PatientQuery started as a job ({@code "Async": true}): poll {@code /jobs/{JobID}} or follow its events. */
public record JobStartedDto(@JsonProperty("JobID") String jobId) {
}
