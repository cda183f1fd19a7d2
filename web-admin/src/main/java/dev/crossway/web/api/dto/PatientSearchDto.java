package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PatientSearch/Query}, {@code LocationQuery} and {@code ClinicalSummary/PatientQuery}: the
 * patient to find and where to look. {@code Meta.Extensions} carries who asks (they go into the
 * SAML assertion); {@code Async} and {@code Refresh} are used by the calls that know them.
 */
@Schema
public record PatientSearchDto(MetaDto meta, PatientDto patient, TargetsDto targets,
                               @JsonProperty("Async") Boolean async, @JsonProperty("Refresh") Boolean refresh) {

    public record TargetsDto(List<ReferenceDto> organizations, RadiusDto radius, Boolean linked, Integer max) {
    }
}
