package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PatientQuery started as a job ({@code "Async": true}): poll {@code /jobs/{JobID}} or follow its events. */
@Schema
public record JobStartedDto(@JsonProperty("JobID") String jobId) {
}
