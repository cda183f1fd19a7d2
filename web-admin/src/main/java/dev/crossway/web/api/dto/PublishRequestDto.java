package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /Organization/Publish}: which own facility, and to which FHIR directory. */
public record PublishRequestDto(MetaDto meta, OrganizationDto organization, Directory directory) {

    public record Directory(@JsonProperty("URL") String url, String apiKey) {
    }
}
