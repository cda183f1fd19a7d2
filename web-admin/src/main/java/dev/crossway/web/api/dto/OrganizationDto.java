package dev.crossway.web.api.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organization of the directory as the API shows it (Redox Organization data model). */
@Schema
public record OrganizationDto(String name, List<IdentifierDto> identifiers, List<String> aliases, Boolean active,
                              String type, Boolean own, AddressDto address, PositionDto position,
                              Double distanceMiles, PartOfDto partOf, ReferenceDto managingOrganization,
                              List<EndpointDto> endpoints, List<ContactDto> contacts, Instant lastUpdated) {
}
