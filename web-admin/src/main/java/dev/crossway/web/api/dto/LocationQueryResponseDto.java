package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's PatientSearch {@code LocationQueryResponse}: {@code Patients}, each an identifier with
 * the organization that gave it. {@code LastSeen} is Crossway's addition.
 */
@Schema
public record LocationQueryResponseDto(MetaDto meta, List<LocatedPatientDto> patients) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LocatedPatientDto(List<IdentifierDto> identifiers, OrganizationRefDto organization,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) Instant lastSeen) {
    }

    /** Redox's organization of a location: its identifiers (the OID, IDType "OID") and name. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrganizationRefDto(List<IdentifierDto> identifiers, String name) {
    }
}
