package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /Organization/Publish}: which own facility, and to which FHIR directory. */
@Schema
public record PublishRequestDto(MetaDto meta, OrganizationDto organization, Directory directory) {

    public record Directory(@JsonProperty("URL") String url, String apiKey) {
    }
}
