package dev.crossway.web.api.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One server-sent event of a job: Started, Discovered, Source, ..., Completed or Failed. */
@Schema
public record ProgressEventDto(String type, int progress, String message, Instant dateTime, SourceDto source,
                               PatientQueryResponseDto result) {
}
