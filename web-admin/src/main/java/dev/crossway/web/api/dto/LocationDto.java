package dev.crossway.web.api.dto;

import java.time.Instant;

/** A community known to hold the patient, with the patient's id there. */
public record LocationDto(ReferenceDto organization, IdentifierDto identifier, Instant lastSeen) {
}
