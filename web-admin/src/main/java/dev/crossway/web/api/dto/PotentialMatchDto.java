package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema
public record PotentialMatchDto(ReferenceDto organization, List<IdentifierDto> identifiers, DemographicsDto demographics) {
}
