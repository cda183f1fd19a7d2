package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization of the directory as the API shows it (Redox Organization data model: {@code Type}
 * is Redox's {@code {"System", "Value"}}, a plain string is read as its value; {@code DestinationID},
 * Redox's routing id, is accepted and not kept). {@code Own}, {@code Position}, {@code DistanceMiles},
 * {@code ManagingOrganization} and {@code LastUpdated} are Crossway's.
 */
@Schema
public record OrganizationDto(String name, List<IdentifierDto> identifiers, List<String> aliases, Boolean active,
                              SystemValueDto type, Boolean own, AddressDto address, PositionDto position,
                              Double distanceMiles, PartOfDto partOf, ReferenceDto managingOrganization,
                              List<EndpointDto> endpoints, List<ContactDto> contacts, Instant lastUpdated,
                              @JsonProperty("DestinationID") String destinationId) {
}
