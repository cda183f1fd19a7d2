package dev.crossway.web.api.dto;

import java.util.List;

public record PotentialMatchDto(ReferenceDto organization, List<IdentifierDto> identifiers, DemographicsDto demographics) {
}
