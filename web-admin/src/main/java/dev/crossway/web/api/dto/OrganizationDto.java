package dev.crossway.web.api.dto;

import java.time.Instant;
import java.util.List;

/** An organization of the directory as the API shows it (Redox Organization data model). */
public record OrganizationDto(String name, List<IdentifierDto> identifiers, List<String> aliases, Boolean active,
                              String type, Boolean own, AddressDto address, PositionDto position,
                              Double distanceMiles, ReferenceDto partOf, ReferenceDto managingOrganization,
                              List<EndpointDto> endpoints, List<ContactDto> contacts, Instant lastUpdated) {
}
