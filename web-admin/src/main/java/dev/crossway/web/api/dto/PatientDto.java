package dev.crossway.web.api.dto;

import java.util.List;

/** Redox's {@code Patient}: identifiers and demographics. */
public record PatientDto(List<IdentifierDto> identifiers, DemographicsDto demographics) {
}
