package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's PatientSearch {@code QueryResponse}: {@code Patient} with every identifier the
 * communities gave (each under its assigning authority's OID), the demographics of the best match
 * and {@code Notes}. Crossway's additions: {@code PotentialMatches} (which organization gave which
 * identifier: the {@code FacilityCode} and identifier of a following DocumentQuery) and
 * {@code Sources} (how every organization asked answered, skipped ones with the reason).
 */
@Schema
public record QueryResponseDto(MetaDto meta, PatientEntryDto patient, List<PotentialMatchDto> potentialMatches,
                               List<SourceDto> sources) {

    /** Redox's {@code Patient} of a QueryResponse; null when no community matched. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PatientEntryDto(List<IdentifierDto> identifiers, DemographicsDto demographics, List<String> notes) {
    }
}
