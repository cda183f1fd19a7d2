package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization of the directory as the API shows it (Redox Organization data model: {@code Type}
 * is Redox's {@code {"System", "Value"}}, a plain string is read as its value; {@code DestinationID},
 * Redox's routing id, is accepted and not kept; {@code ManagingOrg} is Redox's managing organization OID). Redox's keys
 * are always written, null when unknown. {@code Own}, {@code Position}, {@code DistanceMiles},
 * {@code ManagingOrganization} and {@code LastUpdated} are Crossway's.
 */
@Schema
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationDto(String name, List<IdentifierDto> identifiers, List<String> aliases, Boolean active,
                              SystemValueDto type, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean own, AddressDto address,
                              @JsonInclude(JsonInclude.Include.NON_NULL) PositionDto position,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceMiles, PartOfDto partOf,
                              String managingOrg,
                              @JsonInclude(JsonInclude.Include.NON_NULL) ReferenceDto managingOrganization,
                              List<EndpointDto> endpoints, List<ContactDto> contacts,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Instant lastUpdated,
                              @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("DestinationID") String destinationId) {
}
