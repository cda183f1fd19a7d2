package dev.crossway.web.api.dto;

import java.time.Instant;

/** One server-sent event of a job: Started, Discovered, Source, ..., Completed or Failed. */
public record ProgressEventDto(String type, int progress, String message, Instant dateTime, SourceDto source,
                               PatientQueryResponseDto result) {
}
