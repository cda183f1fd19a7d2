package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Redox's {@code Patient}: identifiers and demographics. */
@Schema
public record PatientDto(List<IdentifierDto> identifiers, DemographicsDto demographics) {
}
